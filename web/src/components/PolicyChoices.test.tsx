// @vitest-environment happy-dom
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describePolicy } from '../../../src/domain/policy/describe.ts';
import { loadPolicy } from '../../../src/domain/policy/index.ts';
import { forgetPolicy } from '../lib/usePolicy.ts';
import { DeclarePage } from '../pages/DeclarePage.tsx';
import { IncidentListPage } from '../pages/IncidentListPage.tsx';
import { SessionContext } from '../session.ts';
import { buildUser } from '../test-support/factories.ts';
import { TestQueries } from '../test-support/queries.tsx';
import { json, mockServer, type Call } from '../test-support/mock-server.ts';
import { ActionItemForm } from './ActionItemForm.tsx';
import { mountPoint, unmount } from '../test-support/mount.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A team's own scale and priorities, as debrief.config.yaml would give them (aliases keep the default rules valid). */
const teamPolicy = describePolicy(loadPolicy({
  severity: { levels: [{ id: 'critical', aliases: ['SEV-1'], label: 'Customers down' }, { id: 'major', aliases: ['SEV-2'] }, { id: 'minor', aliases: ['SEV-3', 'SEV-4'] }] },
  actionItems: {
    priorities: { urgent: '48h', normal: '2w', later: '1q' },
    horizons: { immediate: { within: '1w', priorities: ['urgent'] }, 'short-term': { within: '1mo', priorities: ['normal'] }, 'long-term': { within: '1q', priorities: ['later'] } },
  },
}));

let calls: Call[];
let root: Root;
let host: HTMLElement;
const user = buildUser({ role: 'editor' });

const settle = async (): Promise<void> => { await act(async () => { await new Promise((r) => setTimeout(r, 0)); }); };
const options = (label: string): string[] => {
  const select = [...host.querySelectorAll('label')].find((l) => l.textContent.startsWith(label))?.querySelector('select')
    ?? host.querySelector<HTMLSelectElement>(`select[name="${label.toLowerCase()}"]`);
  return [...(select?.querySelectorAll('option') ?? [])].map((o) => o.value);
};

beforeEach(() => {
  calls = [];
  forgetPolicy();
  ({ host, root } = mountPoint());
  mockServer(calls, (c) => {
    if (c.url === '/api/v1/policy') return json(200, teamPolicy);
    if (c.url.startsWith('/api/v1/incidents')) return json(200, { items: [], nextCursor: null });
    return json(201, {});
  });
});
afterEach(() => unmount({ host, root }));

describe("forms and filters offer the team's policy", () => {
  it('declares with the custom severity scale, starting one below the most severe', async () => {
    await act(async () => { root.render(<TestQueries><SessionContext.Provider value={user}><DeclarePage /></SessionContext.Provider></TestQueries>); });
    await settle();
    expect(options('Severity')).toEqual(['critical', 'major', 'minor']);
    expect(host.querySelector('select[name="severity"]')!.textContent).toContain('critical (customers down)');
    expect(host.querySelector<HTMLSelectElement>('select[name="severity"]')!.value).toBe('major');
    expect(options('Type')).toEqual(teamPolicy.incidentTypes.map((t) => t.id));
    expect(host.textContent).toContain(teamPolicy.flags[0]!.label);
  });

  it('filters the incident list by the custom severities', async () => {
    await act(async () => { root.render(<TestQueries><SessionContext.Provider value={user}><IncidentListPage /></SessionContext.Provider></TestQueries>); });
    await settle();
    expect(options('Severity')).toEqual(['', 'critical', 'major', 'minor']);
  });

  it('adds an action item with the custom priorities, each with the time it gives', async () => {
    await act(async () => { root.render(<TestQueries><SessionContext.Provider value={user}><ActionItemForm postmortemId="INC-1" defaultOwner="ada" onAdded={() => undefined} /></SessionContext.Provider></TestQueries>); });
    await settle();
    expect(options('Priority')).toEqual(['urgent', 'normal', 'later']);
    expect(host.textContent).toContain('urgent (48 hours)');
  });
});
