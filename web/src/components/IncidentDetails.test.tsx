// @vitest-environment happy-dom
import { act, useState } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SessionContext } from '../session.ts';
import type { Incident, User } from '../contract.ts';
import { buildIncident, buildPolicy, buildUser } from '../test-support/factories.ts';
import { IncidentDetails } from './IncidentDetails.tsx';
import { IncidentSummary } from './IncidentSummary.tsx';
import { json, mockServer, type Call } from '../test-support/mock-server.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const user: User = buildUser({ role: 'responder' });
const incident = (version: number, over: Partial<Incident> = {}): Incident => buildIncident({ version, ...over });

let calls: Call[];
let root: Root;
let host: HTMLElement;



/** The incident page's part that matters here: the details and the policy panel, sharing the incident. */
function Page({ initial }: { initial: Incident }) {
  const [i, setI] = useState(initial);
  // The verdict and its reasons show on the incident's summary.
  return <><IncidentDetails incident={i} onChanged={setI} /><IncidentSummary incident={i} /></>;
}
async function render(initial: Incident): Promise<void> {
  await act(async () => {
    root.render(<SessionContext.Provider value={user}><Page initial={initial} /></SessionContext.Provider>);
  });
}
const field = <T extends HTMLElement>(id: string): T => host.querySelector<T>(`#edit-incident-${id}`)!;
/** Sets a value through the prototype's setter, as a person typing does, so React sees the change. */
async function fill(id: string, text: string): Promise<void> {
  const el = field<HTMLInputElement | HTMLSelectElement>(id);
  await act(async () => {
    Reflect.set(Object.getPrototypeOf(el) as object, 'value', text, el);
    el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
  });
}
/** Picks yes / no / not known in the flag's group. */
async function choose(flagLabel: string, choice: 'Yes' | 'No' | 'Not known'): Promise<void> {
  const group = [...host.querySelectorAll('fieldset.tri-state')].find((f) => f.querySelector('legend')?.textContent === flagLabel)!;
  const radio = [...group.querySelectorAll('label')].find((l) => l.textContent === choice)!.querySelector('input')!;
  await act(async () => { radio.click(); });
}
const click = async (label: string): Promise<void> => {
  const button = [...host.querySelectorAll('button')].find((b) => b.textContent === label)!;
  await act(async () => { button.click(); });
};
const patches = (): Call[] => calls.filter((c) => c.method === 'PATCH');

beforeEach(() => {
  calls = [];
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
  vi.unstubAllGlobals();
});

describe('incident details', () => {
  it('sends the changed fields with yes / no / not known flags and shows the recomputed verdict', async () => {
    mockServer(calls, (c) => json(200, incident(4, {
      ...(c.body as Partial<Incident>), version: 4,
      policy: buildPolicy({ verdict: { level: 'required', reasons: [{ rule: 'customer-outage', level: 'required', message: 'customer-visible outage of 20 min', seeds: ['000'] }], unknown: [], pending: [] } }),
    })));
    await render(incident(3, { dataLoss: true }));
    expect(host.querySelector('.flag-list')!.textContent).toContain('Data loss or corruption: yes');
    await click('Edit details');
    expect(document.activeElement).toBe(field('title'));
    const radios = (label: string): HTMLInputElement[] =>
      [...[...host.querySelectorAll('fieldset.tri-state')].find((f) => f.querySelector('legend')?.textContent === label)!.querySelectorAll('input')];
    // The stored values show: data loss yes, customer visible not known.
    expect(radios('Data loss or corruption').map((r) => r.checked)).toEqual([true, false, false]);
    expect(radios('Customer visible').map((r) => r.checked)).toEqual([false, false, true]);
    await choose('Customer visible', 'Yes');
    await choose('Data loss or corruption', 'Not known');
    await choose('SLO breached', 'No');
    await fill('type', 'deployment');
    await fill('services', 'checkout,  payments ');
    await fill('errorBudgetConsumedPercent', '12.5');
    await click('Save details');
    expect(patches()).toHaveLength(1);
    expect(patches()[0]!.url).toBe('/api/v1/incidents/INC-2026-01-10-001');
    expect(patches()[0]!.body).toEqual({
      type: 'deployment', services: ['checkout', 'payments'], customerVisible: true, dataLoss: null, sloBreached: false,
      errorBudgetConsumedPercent: 12.5, version: 3,
    });
    expect(host.querySelector('.reasons')!.textContent).toContain('customer-visible outage of 20 min');
    expect(host.querySelector('[role="status"]')!.textContent).toContain('Saved (version 4)');
    expect(host.querySelector('.flag-list')!.textContent).toContain('Customer visible: yes');
  });

  it('on a stale save keeps what I typed, takes in their other changes and shows their values', async () => {
    const theirs = incident(4, { title: 'Their title', commander: 'grace', customerVisible: false });
    mockServer(calls, (c) => {
      if ((c.body as { version: number }).version === 3) {
        return json(409, { code: 'version_conflict', detail: 'incident is at version 4, not 3', currentVersion: 4, current: theirs });
      }
      return json(200, incident(5, { ...theirs, ...(c.body as Partial<Incident>), version: 5 }));
    });
    await render(incident(3));
    await click('Edit details');
    await fill('title', 'My title');
    await choose('Data loss or corruption', 'No');
    await click('Save details');
    const alert = host.querySelector('.conflict[role="alert"]')!;
    expect(alert.textContent).toContain('Someone else saved this incident while you were editing');
    expect(alert.textContent).toContain('Title: theirs “Their title” · yours “My title”');
    expect(alert.textContent).toMatch(/Incident commander: theirs .grace./);
    expect(alert.textContent).toMatch(/Customer visible: theirs .no./);
    // My title is kept; the commander I did not touch now shows theirs.
    expect(field<HTMLInputElement>('title').value).toBe('My title');
    expect(field<HTMLInputElement>('commander').value).toBe('grace');
    await click('Save my version');
    expect(patches().at(-1)!.body).toEqual({ title: 'My title', dataLoss: false, version: 4 });
    expect(host.querySelector('.conflict')).toBeNull();
    expect(host.querySelector('h2 + dl')!.textContent).toContain('grace');
  });

  it('rebases the open form when this page changes the incident (a status change), without a conflict', async () => {
    mockServer(calls, (c) => json(200, incident(6, { ...(c.body as Partial<Incident>), version: 6 })));
    let bump: (i: Incident) => void = () => undefined;
    function Bumping() {
      const [i, setI] = useState(incident(3));
      bump = setI;
      return <IncidentDetails incident={i} onChanged={setI} />;
    }
    await act(async () => { root.render(<SessionContext.Provider value={user}><Bumping /></SessionContext.Provider>); });
    await click('Edit details');
    await fill('title', 'My title');
    await act(async () => { bump(incident(5, { status: 'mitigated', commander: 'grace' })); });
    expect(field<HTMLInputElement>('title').value).toBe('My title');
    expect(field<HTMLInputElement>('commander').value).toBe('grace');
    await click('Save details');
    expect(patches().at(-1)!.body).toEqual({ title: 'My title', version: 5 });
    expect(host.querySelector('.conflict')).toBeNull();
  });

  it('can take their value for a field we both changed', async () => {
    mockServer(calls, () => json(409, { code: 'version_conflict', detail: 'stale', currentVersion: 4, current: incident(4, { title: 'Their title' }) }));
    await render(incident(3));
    await click('Edit details');
    await fill('title', 'My title');
    await click('Save details');
    await click('Take their title');
    expect(field<HTMLInputElement>('title').value).toBe('Their title');
    expect(host.querySelector('.conflict')!.textContent).not.toContain('yours');
  });

  it('shows each validation problem next to its field and keeps the form', async () => {
    mockServer(calls, () => json(400, {
      code: 'validation_failed', detail: 'unknown severity "SEV-9"',
      errors: [{ path: 'severity', message: 'unknown severity "SEV-9"; this scale accepts SEV-1..SEV-4' }, { path: 'services.1', message: 'too long' }],
    }));
    await render(incident(3));
    await click('Edit details');
    await fill('severity', 'SEV-9');
    await fill('services', 'checkout, x');
    await click('Save details');
    expect(field('severity').getAttribute('aria-invalid')).toBe('true');
    expect(field('severity').getAttribute('aria-describedby')).toBe('edit-incident-severity-error');
    expect(host.querySelector('#edit-incident-severity-error')!.textContent).toContain('this scale accepts SEV-1..SEV-4');
    expect(host.querySelector('#edit-incident-services-error')!.textContent).toBe('too long');
    expect(field<HTMLInputElement>('severity').value).toBe('SEV-9');
    // Typing in the field clears its message.
    await fill('severity', 'SEV-2');
    expect(host.querySelector('#edit-incident-severity-error')).toBeNull();
  });

  it('checks numbers before sending, and keeps the form when the server cannot be reached', async () => {
    mockServer(calls, () => { throw new TypeError('Failed to fetch'); });
    await render(incident(3));
    await click('Edit details');
    await fill('externalComplaints', '2.5');
    await click('Save details');
    expect(patches()).toHaveLength(0);
    expect(host.querySelector('#edit-incident-externalComplaints-error')!.textContent).toBe('enter a whole number');
    await fill('externalComplaints', '2');
    await fill('summary', 'Typed and not lost');
    await click('Save details');
    expect(host.querySelector('.notice-error')!.textContent).toContain('could not be reached');
    expect(field<HTMLTextAreaElement>('summary').value).toBe('Typed and not lost');
  });

  it('refuses an emptied title as the server would, beside the field, focused, without sending it', async () => {
    mockServer(calls, () => json(200, incident(4)));
    await render(incident(3));
    await click('Edit details');
    await fill('title', '   ');
    await click('Save details');
    expect(patches()).toHaveLength(0);
    expect(field('title').getAttribute('aria-invalid')).toBe('true');
    expect(host.querySelector('#edit-incident-title-error')).not.toBeNull();
    expect(document.activeElement).toBe(field('title'));
  });

  it('moves the keyboard focus to the first field the server names', async () => {
    mockServer(calls, () => json(400, {
      code: 'validation_failed', detail: 'The input is not valid.',
      errors: [{ path: 'commander', message: 'no such person: @nobody' }],
    }));
    await render(incident(3));
    await click('Edit details');
    await fill('commander', '@nobody');
    await click('Save details');
    expect(patches()).toHaveLength(1);
    expect(host.querySelector('#edit-incident-commander-error')!.textContent).toBe('no such person: @nobody');
    expect(document.activeElement).toBe(field('commander'));
  });
});
