import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAYLOAD_FIXTURES } from '../../../test/helpers/payload-fixtures.ts';
import { renderSlackText } from './slack-markup.ts';
import { slackAdapter, type SlackExport } from './slack.adapter.ts';

const read = (p: string): unknown[] => JSON.parse(readFileSync(join(PAYLOAD_FIXTURES, 'slack-export', p), 'utf8')) as unknown[];

function exportFixture(): SlackExport {
  return { channels: read('channels.json'), users: read('users.json'), files: [{ channel: 'inc-checkout', date: '2024-03-05', messages: read('inc-checkout/2024-03-05.json') }] };
}

describe('slackAdapter', () => {
  it('reads one event per message, keyed by channel and ts, with names for mentions', () => {
    const r = slackAdapter(exportFixture(), {});
    expect(r.events).toHaveLength(5);
    expect(r.events[1]).toMatchObject({
      at: '2024-03-05T14:13:50.000200Z',
      kind: 'message',
      actor: 'Sam Ops',
      text: 'Seeing 5xx on checkout, @ana can you look at the dashboard (https://grafana.example.internal/d/checkout)?',
      idempotencyKey: 'slack:inc-checkout:1709648030.000200',
    });
    expect(r.events[0]?.kind).toBe('message.channel_join');
    expect(r.warnings.some((w) => w.message.includes('"ts"'))).toBe(true);
  });

  it('reads bot messages from their attachments and marks decisions', () => {
    const r = slackAdapter(exportFixture(), {});
    expect(r.events[3]).toMatchObject({ actor: 'deploy-bot', text: 'Deploy finished acme/shop main (c0ffee0) to production', phase: 'mitigation' });
    expect(r.events[2]).toMatchObject({ decisionPoint: true, text: 'Decided to roll back the pricing cache & restart the pods' });
    expect(r.events[4]?.phase).toBe('resolution');
  });

  it('reads a bare daily file without knowing the channel', () => {
    const r = slackAdapter(read('inc-checkout/2024-03-05.json'), {});
    expect(r.events).toHaveLength(5);
    expect(r.events[0]?.actor).toBe('U02SAM');
  });

  it('reads channels.json alone as no events, with the id-to-name map in a warning', () => {
    const r = slackAdapter(read('channels.json'), {});
    expect(r.events).toEqual([]);
    expect(r.warnings[0]?.message).toContain('C07INC0001 = #inc-checkout');
  });

  it('refuses what is not an export', () => {
    expect(() => slackAdapter({ action: 'Create', alert: {} }, {})).toThrow(/slack: "files" must be an array/);
    expect(() => slackAdapter([{ foo: 1 }], {})).toThrow(/slack:/);
  });
});

describe('renderSlackText', () => {
  const dir = { users: new Map([['U1', 'ana']]), channels: new Map([['C1', 'general']]) };
  it('simplifies Slack markup', () => {
    expect(renderSlackText('<@U1> <@U2|bob> <#C1> <!here> <!subteam^S1|@oncall> <https://x.io|x.io> <mailto:a@b.c|a@b.c> a &lt; b', dir)).toBe(
      '@ana @bob #general @here @oncall x.io a@b.c a < b',
    );
  });
});
