import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_PRINCIPAL } from '../../src/domain/access/roles.ts';
import { createToken } from '../../src/services/token.service.ts';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';

type Section = { key: string | null; heading: string; body: string };

/** Section bodies that a careful author would write (no placeholders, no blame). */
function cleanSections(sections: Section[]): Record<string, string> {
  const text: Record<string, string> = {
    summary: 'Checkout returned errors for 40 minutes after a configuration change removed the payment-service connection pool limit.',
    impact: 'About 12% of checkout requests failed between 10:00 and 10:40 UTC (see the [error-rate dashboard](https://grafana.example.com/d/checkout)).',
    rootCause: 'Configuration changes to the payment service are not validated before rollout, because the deploy pipeline has no schema check for pool settings.',
    whatWentWell: '- The error-rate alert fired within two minutes.\n- Rolling back was quick once the change was found.',
    whatWentWrong: '- The change was not visible in the deploy log, which slowed down the investigation.',
    lessons: '- Configuration is code and needs the same checks.',
    actionItems: 'Tracked below.',
  };
  return Object.fromEntries(sections.map((s) => [s.key ?? s.heading, s.key === 'timeline' ? 'Times are UTC.' : (text[s.key ?? ''] ?? 'N/A')]));
}

describe.each(backends())('the post-mortem lifecycle on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => { t = await createTestApp(backend); });
  afterAll(async () => { await t?.close(); });

  it('goes from declaration to a published post-mortem and closed action items', async () => {
    // Declare, record events, resolve.
    const inc = (await t.call('responder', 'POST', '/api/v1/incidents', {
      title: 'Checkout errors after config change', severity: 'SEV-2', services: ['checkout'], commander: 'carol',
      customerVisible: true, startedAt: '2026-03-10T10:00:00Z',
    })).json();
    await t.call('responder', 'POST', `/api/v1/incidents/${inc.id}/events`, { at: '2026-03-10T10:02:00Z', text: 'Error-rate alert fired', phase: 'detection' });
    await t.call('responder', 'POST', `/api/v1/incidents/${inc.id}/events`, { at: '2026-03-10T10:30:00Z', text: 'Decided to roll back the config change', phase: 'mitigation', decisionPoint: true });
    const resolved = await t.call('responder', 'POST', `/api/v1/incidents/${inc.id}/status`, { status: 'resolved', at: '2026-03-10T10:40:00Z', version: inc.version });
    expect(resolved.statusCode).toBe(200);

    // The draft appeared, with the timeline, the numbers and the owner.
    const draftRes = await t.call('viewer', 'GET', `/api/v1/postmortems/${inc.id}`);
    expect(draftRes.statusCode).toBe(200);
    const draft = draftRes.json();
    expect(draft.status).toBe('draft');
    expect(draft.owner).toBe('carol');
    expect(draft.timeline.entries.map((e: { text: string }) => e.text)).toEqual(['Error-rate alert fired', 'Decided to roll back the config change', 'Status changed to resolved']);
    expect(draft.sections.find((s: Section) => s.key === 'impact').body).toContain('40 min');
    expect(draft.deadlines.published).toBeTruthy();
    expect(draft.findings.some((f: { rule: string }) => f.rule === 'placeholder')).toBe(true);
    const md = await t.call('viewer', 'GET', `/api/v1/postmortems/${inc.id}.md`);
    expect(md.headers['content-type']).toContain('text/markdown');
    expect(md.body).toContain(`id: ${inc.id}`);

    // Edit (as an editor), then a stale edit is refused with the other version.
    const sections = cleanSections(draft.sections);
    sections['rootCause'] = 'Dave broke the config because he did not test properly.';
    const edit = await t.call('editor', 'PATCH', `/api/v1/postmortems/${inc.id}`, { sections, version: draft.version });
    expect(edit.statusCode).toBe(200);
    const v2 = edit.json();
    expect(v2.findings.some((f: { rule: string }) => f.rule === 'blame')).toBe(true);
    const stale = await t.call('editor', 'PATCH', `/api/v1/postmortems/${inc.id}`, { title: 'Other', version: draft.version });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().current.version).toBe(v2.version);

    // Review: request, changes requested, fix, approve.
    const req1 = (await t.call('editor', 'POST', `/api/v1/postmortems/${inc.id}/review`, { action: 'request', version: v2.version })).json();
    expect(req1.status).toBe('in_review');
    const changes = await t.call('editor', 'POST', `/api/v1/postmortems/${inc.id}/review`, { action: 'request_changes', role: 'technical lead', comment: 'The root cause names a person.', version: req1.version });
    expect(changes.json().status).toBe('draft');
    sections['rootCause'] = 'Configuration changes to the payment service are not validated before rollout, because the deploy pipeline has no schema check for pool settings.';
    const fixed = (await t.call('editor', 'PATCH', `/api/v1/postmortems/${inc.id}`, { sections, version: changes.json().version })).json();
    expect(fixed.findings.filter((f: { severity: string }) => f.severity === 'error')).toEqual([]);
    let cur = (await t.call('editor', 'POST', `/api/v1/postmortems/${inc.id}/review`, { action: 'request', version: fixed.version })).json();

    // Publishing is refused while sign-offs remain.
    const early = await t.call('editor', 'POST', `/api/v1/postmortems/${inc.id}/publish`, { audience: 'internal', version: cur.version });
    expect(early.statusCode).toBe(422);
    expect(early.json().blockers.join(' ')).toContain('sign-off missing');
    // One person fills one slot: a reviewer token each.
    for (const r of cur.reviewers as { role: string; user: string | null }[]) {
      const token = r.user === 'token:editor' ? t.tokens.editor : (await createToken(t.ctx, SYSTEM_PRINCIPAL, { name: `reviewer ${r.role}`, role: 'editor' })).token;
      const res = await t.app.inject({
        method: 'POST', url: `/api/v1/postmortems/${inc.id}/review`, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        payload: { action: 'approve', role: r.role, version: cur.version },
      });
      expect(res.statusCode, res.body).toBe(200);
      cur = res.json();
    }
    expect(cur.status).toBe('approved');

    // Action items with an owner and due dates from policy.
    const a1 = await t.call('editor', 'POST', `/api/v1/postmortems/${inc.id}/action-items`, { title: 'Add a schema check for pool settings to the deploy pipeline', category: 'prevent', priority: 'P1', owner: 'dave' });
    expect(a1.statusCode).toBe(201);
    expect(a1.json().key).toBe('A1');
    expect(a1.json().dueDate).toBe('2026-03-17');
    expect(a1.json().labels).toEqual(['postmortem', inc.id]);
    cur = (await t.call('viewer', 'GET', `/api/v1/postmortems/${inc.id}`)).json();

    // External publication: the preview shows the redactions, then the published version is immutable.
    const preview = (await t.call('viewer', 'GET', `/api/v1/postmortems/${inc.id}/publish-preview?audience=external`)).json();
    expect(preview.canPublish).toBe(true);
    expect(preview.redactions.some((r: { text: string }) => r.text === 'carol' || r.text === 'dave')).toBe(true);
    expect(preview.markdown).not.toMatch(/\bdave\b/);
    const pub = await t.call('editor', 'POST', `/api/v1/postmortems/${inc.id}/publish`, { audience: 'external', version: cur.version });
    expect(pub.statusCode, pub.body).toBe(201);
    const published = (await t.call('viewer', 'GET', `/api/v1/postmortems/${inc.id}/published/${pub.json().number}`)).json();
    expect(published.audience).toBe('external');
    expect(published.markdown).not.toMatch(/\bcarol\b/);

    // Action item through closure: done needs the checklist.
    const notYet = await t.call('responder', 'PATCH', `/api/v1/postmortems/${inc.id}/action-items/A1`, { status: 'done', version: 1 }, {});
    expect(notYet.statusCode).toBe(403);
    const blocked = await t.call('editor', 'PATCH', `/api/v1/postmortems/${inc.id}/action-items/A1`, { status: 'done', version: 1 });
    expect(blocked.statusCode).toBe(422);
    const done = await t.call('editor', 'PATCH', `/api/v1/postmortems/${inc.id}/action-items/A1`, {
      status: 'done', checklist: { fixDeployed: true, docsUpdated: true, teamNotified: true, effectivenessVerifiedNotApplicable: true }, version: 1,
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().status).toBe('done');
    const weekly = (await t.call('viewer', 'GET', '/api/v1/reviews/weekly?date=2026-03-12')).json();
    expect(weekly.markdown).toContain('Post-Mortem Action Items Review');
    expect(weekly.completed.map((i: { key: string }) => i.key)).toContain('A1');

    // History lists every change with who and when.
    const revs = (await t.call('viewer', 'GET', `/api/v1/postmortems/${inc.id}/revisions`)).json().items;
    expect(revs[0].action).toBe('draft');
    expect(revs.some((r: { action: string }) => r.action === 'publish')).toBe(true);
  });

  it('gives the meeting an agenda with time boxes, Markdown and an invite', async () => {
    const inc = (await t.call('responder', 'POST', '/api/v1/incidents', { title: 'Queue backlog', severity: 'SEV-1' })).json();
    await t.call('responder', 'POST', `/api/v1/incidents/${inc.id}/postmortem`, {});
    const m = (await t.call('viewer', 'GET', `/api/v1/postmortems/${inc.id}/meeting`)).json();
    expect(m.agenda[0].topic).toBe('Introduction and context');
    expect(m.totalMinutes).toBe(90);
    const saved = await t.call('responder', 'PUT', `/api/v1/postmortems/${inc.id}/meeting`, { scheduledAt: '2026-03-11T15:00:00Z', version: 0 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().preReadDue).toBe('2026-03-10T15:00:00.000Z');
    const ics = await t.call('viewer', 'GET', `/api/v1/postmortems/${inc.id}/meeting.ics`);
    expect(ics.body).toContain('BEGIN:VEVENT');
    expect(ics.body).toContain('DTSTART:20260311T150000Z');
    const mdRes = await t.call('viewer', 'GET', `/api/v1/postmortems/${inc.id}/meeting.md`);
    expect(mdRes.body).toContain('| 15 min |');
  });

  it('round-trips a post-mortem through Markdown and refuses a stale upload', async () => {
    const inc = (await t.call('responder', 'POST', '/api/v1/incidents', { title: 'DNS records deleted', severity: 'SEV-2' })).json();
    await t.call('responder', 'POST', `/api/v1/incidents/${inc.id}/postmortem`, { template: 'concise' });
    const md = (await t.call('viewer', 'GET', `/api/v1/postmortems/${inc.id}.md`)).body;
    const same = await t.call('editor', 'PUT', `/api/v1/postmortems/${inc.id}.md`, md, { 'content-type': 'text/markdown' });
    expect(same.statusCode, same.body).toBe(200);
    expect(same.json().postmortem.version).toBe(1);
    const changed = md.replace(/## Executive Summary\n/, '## Executive Summary\n\nA cleanup job deleted DNS records it did not own.\n');
    const ok = await t.call('editor', 'PUT', `/api/v1/postmortems/${inc.id}.md`, changed, { 'content-type': 'text/markdown' });
    expect(ok.json().postmortem.version).toBe(2);
    const stale = await t.call('editor', 'PUT', `/api/v1/postmortems/${inc.id}.md`, changed, { 'content-type': 'text/markdown' });
    expect(stale.statusCode).toBe(409);
  });

  it('reminds owners before the due date and escalates overdue items', async () => {
    const inc = (await t.call('responder', 'POST', '/api/v1/incidents', { title: 'Cache stampede', severity: 'SEV-2', commander: 'erin' })).json();
    await t.call('responder', 'POST', `/api/v1/incidents/${inc.id}/postmortem`, {});
    await t.call('editor', 'POST', `/api/v1/postmortems/${inc.id}/action-items`, { title: 'Add request coalescing to the product cache', category: 'prevent', priority: 'P1', owner: 'frank' });
    const before = t.clock.now;
    try {
      t.clock.now = new Date('2026-03-16T09:00:00Z');
      const soon = (await t.call('viewer', 'GET', '/api/v1/action-items/follow-up')).json().items.find((f: { item: { postmortemId: string } }) => f.item.postmortemId === inc.id);
      expect(soon).toMatchObject({ level: 'due-soon', notify: ['frank'] });
      t.clock.now = new Date('2026-03-26T09:00:00Z');
      const late = (await t.call('viewer', 'GET', '/api/v1/action-items/follow-up')).json().items.find((f: { item: { postmortemId: string } }) => f.item.postmortemId === inc.id);
      expect(late).toMatchObject({ level: 'escalated', notify: ['frank', 'erin'] });
    } finally {
      t.clock.now = before;
    }
  });

  it('lints a Markdown body without saving it', async () => {
    const res = await t.call('viewer', 'POST', '/api/v1/lint', { markdown: '# Outage\n\n## Root cause\n\nJohn didn\'t test properly.\n' });
    expect(res.statusCode).toBe(200);
    expect(res.json().findings.some((f: { rule: string }) => f.rule === 'blame')).toBe(true);
    expect(typeof res.json().score.score).toBe('number');
  });

  it('imports a post-mortem written elsewhere, declaring its incident', async () => {
    const text = '# Search outage\n\n**Date:** 2025-07-11\n**Severity:** Sev2\n\n## Summary\n\nSearch was down.\n\n## Timeline (all times UTC)\n\n- 14:03 alert fired\n- 14:20 restarted the cluster\n\n## Action items\n\n- [ ] Add disk alerts (owner: @sam)\n';
    const res = await t.call('editor', 'POST', '/api/v1/postmortems/import?file=search.md', text, { 'content-type': 'text/markdown' });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body.postmortem.id).toMatch(/^INC-2025-07-11-\d{3}$/);
    expect(body.postmortem.actionItems[0].owner).toBe('sam');
  });
});
