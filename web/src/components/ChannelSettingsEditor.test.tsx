// @vitest-environment happy-dom
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelSettings } from '../contract.ts';
import { json, mockServer, type Call } from '../test-support/mock-server.ts';
import { mountPoint, unmount } from '../test-support/mount.ts';
import { ChannelSettingsEditor } from './ChannelSettingsEditor.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const email: ChannelSettings = {
  id: 'email', kind: 'email', enabled: true, source: 'config', settings: { host: 'smtp.example.com', port: 587, secure: false, user: 'debrief', from: 'Debrief <debrief@example.com>', extra: 'kept' },
  secrets: { password: 'not set' }, host: null, updatedBy: null, updatedAt: null,
};

let calls: Call[];
let root: Root;
let host: HTMLElement;
let answer: (c: Call) => Response;
let saved: string[];

const settle = async (): Promise<void> => {
  for (let i = 0; i < 3; i++) await act(async () => { await new Promise((r) => setTimeout(r, 0)); });
};
const field = (label: string): HTMLInputElement =>
  [...host.querySelectorAll('label')].find((l) => l.textContent?.startsWith(label))!.querySelector('input')!;
async function type(label: string, value: string): Promise<void> {
  const el = field(label);
  await act(async () => {
    Reflect.set(HTMLInputElement.prototype, 'value', value, el);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
const save = async (): Promise<void> => {
  await act(async () => { [...host.querySelectorAll('button')].find((b) => b.textContent === 'Save channel')!.click(); });
  await settle();
};
const errorFor = (label: string): string | null | undefined => document.getElementById(field(label).getAttribute('aria-describedby') ?? '')?.textContent;
const puts = (): Call[] => calls.filter((c) => c.method === 'PUT');
const render = async (channel: ChannelSettings | null): Promise<void> => {
  await act(async () => { root.render(<ChannelSettingsEditor channel={channel} onSaved={(m) => saved.push(m)} onCancel={() => undefined} />); });
};

beforeEach(() => {
  calls = [];
  saved = [];
  ({ host, root } = mountPoint());
  answer = () => json(200, email);
  mockServer(calls, (c) => answer(c));
});
afterEach(() => unmount({ host, root }));

describe('the channel settings form', () => {
  it('refuses a port the config file\'s schema refuses, beside the field, focused, without saving', async () => {
    await render(email);
    await type('Port', '70000');
    await save();
    expect(puts()).toHaveLength(0);
    expect(field('Port').getAttribute('aria-invalid')).toBe('true');
    expect(errorFor('Port')).toBeTruthy();
    expect(document.activeElement).toBe(field('Port'));

    await type('Port', '465');
    await save();
    expect(puts()[0]?.body).toEqual({ enabled: true, settings: { host: 'smtp.example.com', port: 465, secure: false, user: 'debrief', from: 'Debrief <debrief@example.com>', extra: 'kept' } });
    expect(saved).toEqual(['Saved email.']);
  });

  it('puts the server\'s problem with a webhook\'s URL under the write-only URL field, focused', async () => {
    answer = () => json(400, {
      title: 'Validation failed', status: 400, code: 'validation_failed', detail: 'The channel is not valid.',
      errors: [{ path: 'settings.url', message: 'the address resolves to a private network' }],
    });
    await render(null);
    await type('Webhook name', 'ops');
    await type('URL', 'https://10.0.0.1/hook');
    await type('Signing secret', 'a-long-enough-signing-secret');
    await save();
    expect(puts()[0]).toMatchObject({ url: '/api/v1/notify/channels/webhook%3Aops', body: { enabled: true, settings: { url: 'https://10.0.0.1/hook', secret: 'a-long-enough-signing-secret' } } });
    expect(field('URL').getAttribute('aria-invalid')).toBe('true');
    expect(errorFor('URL')).toBe('the address resolves to a private network');
    expect(document.activeElement).toBe(field('URL'));
    expect(saved).toEqual([]);
  });
});
