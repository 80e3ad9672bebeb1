import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTION_SCHEMAS } from '../../src/config/sections.ts';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

describe.each(backends())('the meeting invite on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend, {
      postmortem: SECTION_SCHEMAS.postmortem.parse({ meetingOrganizer: { name: 'SRE team', email: 'sre@example.com' } }),
    });
  });
  afterAll(async () => { await t?.close(); });

  const start = async (title: string, extra: Record<string, unknown> = {}) => {
    const inc = (await t.call('responder', 'POST', '/api/v1/incidents', { title, severity: 'SEV-2', ...extra })).json();
    await t.call('responder', 'POST', `/api/v1/incidents/${inc.id}/postmortem`, {});
    return inc.id as string;
  };

  it('leaves bots, integrations and raw chat ids out of the suggested participants', async () => {
    const id = await start('Search down', { commander: 'maria' });
    for (const actor of ['U0BMQB6JE', 'deploy-bot', 'dana']) {
      await t.call('responder', 'POST', `/api/v1/incidents/${id}/events`, { at: '2026-03-10T11:00:00Z', text: `${actor} wrote`, actor });
    }
    const m = (await t.call('viewer', 'GET', `/api/v1/postmortems/${id}/meeting`)).json();
    expect(m.participants.map((p: { name: string }) => p.name).sort()).toEqual(['dana', 'maria']);
  });

  it('has an organizer and invites only people with a real address, one line each', async () => {
    const id = await start('Queue stuck');
    const saved = await t.call('responder', 'PUT', `/api/v1/postmortems/${id}/meeting`, {
      scheduledAt: '2026-03-11T15:00:00Z', version: 0,
      participants: [
        { name: 'Dana Ops', role: 'responder', email: 'dana@example.com' },
        { name: 'Eve\r\nATTENDEE:mailto:evil@example.com', role: 'responder', email: 'eve@example.com' },
        { name: 'Frank', role: 'responder' },
      ],
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const ics = (await t.call('viewer', 'GET', `/api/v1/postmortems/${id}/meeting.ics`)).body;
    const lines = ics.replace(/\r\n /g, '').split('\r\n');
    expect(ics).toContain('METHOD:REQUEST');
    expect(lines).toContain('ORGANIZER;CN="SRE team":mailto:sre@example.com');
    const attendees = lines.filter((l) => l.startsWith('ATTENDEE'));
    expect(attendees).toHaveLength(2);
    expect(attendees[0]).toContain('mailto:dana@example.com');
    expect(attendees.map((l) => /:mailto:([^:";]+)$/.exec(l)?.[1])).toEqual(['dana@example.com', 'eve@example.com']);
    expect(lines.some((l) => l.startsWith('ATTENDEE:'))).toBe(false);
    expect(ics).not.toContain('debrief.invalid');
  });

  it('refuses a meeting before the incident, naming the field', async () => {
    const id = await start('Late meeting', { startedAt: '2026-03-10T09:00:00Z' });
    const res = await t.call('responder', 'PUT', `/api/v1/postmortems/${id}/meeting`, { scheduledAt: '2026-03-09T15:00:00Z', version: 0 });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0].path).toBe('scheduledAt');
  });
});
