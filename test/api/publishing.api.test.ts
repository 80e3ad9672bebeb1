import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYSTEM_PRINCIPAL, type Role } from '../../src/domain/access/roles.ts';
import { createToken } from '../../src/services/token.service.ts';
import { backends, createTestApp, type TestApp } from '../support/test-app.ts';
import { compactVerdictOf } from '../../src/domain/incident/compact-verdict.ts';

type Section = { key: string | null; heading: string; body: string };
type Reviewer = { role: string; user: string | null; decision: string; signedBy?: string | null; revision?: number | null };
type Pm = { id: string; version: number; status: string; owner: string | null; sections: Section[]; reviewers: Reviewer[]; legalReviewed: boolean; publishedVersions: unknown[] };

const json = { 'content-type': 'application/json' };

/** Section bodies a careful author would write (no placeholders, no blame). */
function cleanSections(sections: Section[], extra = ''): Record<string, string> {
  const text: Record<string, string> = {
    summary: `Checkout returned errors for 40 minutes after a configuration change removed the payment-service connection pool limit.${extra}`,
    impact: 'About 12% of checkout requests failed between 10:00 and 10:40 UTC.',
    rootCause: 'Configuration changes to the payment service are not validated before rollout, because the deploy pipeline has no schema check for pool settings.',
    whatWentWell: '- The error-rate alert fired within two minutes.',
    whatWentWrong: '- The change was not visible in the deploy log, which slowed down the investigation.',
    lessons: '- Configuration is code and needs the same checks.',
    actionItems: 'Tracked below.',
  };
  return Object.fromEntries(sections.map((s) => [s.key ?? s.heading, s.key === 'timeline' ? 'Times are UTC.' : (text[s.key ?? ''] ?? 'N/A')]));
}

describe.each(backends())('publishing and sign-off on %s', (backend) => {
  let t: TestApp;
  let n = 0;
  beforeAll(async () => { t = await createTestApp(backend); });
  afterAll(async () => { await t?.close(); });

  /** A bearer token of its own (a separate person), optionally tied to a user. */
  const person = async (role: Role = 'editor', userId: string | null = null, name = `reviewer-${++n}`) =>
    (await createToken(t.ctx, SYSTEM_PRINCIPAL, { name, role, userId })).token;
  const as = (token: string, method: string, url: string, body?: unknown) =>
    t.app.inject({ method: method as 'POST', url, headers: { authorization: `Bearer ${token}`, ...json }, ...(body === undefined ? {} : { payload: JSON.stringify(body) }) });
  const get = async (id: string): Promise<Pm> => (await t.call('viewer', 'GET', `/api/v1/postmortems/${id}`)).json();

  /** A user who can sign in: its id and a session (cookie + CSRF header). */
  async function userWithSession(username: string, role: Role = 'editor') {
    const created = await t.call('admin', 'POST', '/api/v1/users', { username, password: 'correct horse battery', role });
    expect(created.statusCode, created.body).toBe(201);
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/session', headers: json, payload: { username, password: 'correct horse battery' } });
    expect(res.statusCode, res.body).toBe(200);
    const cookie = String(res.headers['set-cookie']).split(';')[0]!;
    const headers = { cookie, 'x-csrf-token': res.json().csrfToken as string, ...json };
    return {
      id: created.json().id as string,
      call: (method: string, url: string, body?: unknown) => t.app.inject({ method: method as 'POST', url, headers, ...(body === undefined ? {} : { payload: JSON.stringify(body) }) }),
    };
  }

  /** An incident and its post-mortem, cleanly written and in review. */
  async function inReview(opts: { owner?: string; commander?: string; security?: boolean; summaryExtra?: string } = {}): Promise<Pm> {
    const inc = (await t.call('responder', 'POST', '/api/v1/incidents', {
      title: `Checkout errors ${++n}`, severity: 'SEV-2', services: ['checkout'], commander: opts.commander ?? 'carol', customerVisible: false,
      startedAt: '2026-03-09T10:00:00Z', ...(opts.security ? { type: 'security', security: true } : {}),
    })).json();
    const created = await t.call('responder', 'POST', `/api/v1/incidents/${inc.id}/postmortem`, opts.owner ? { owner: opts.owner } : {});
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json<Pm>();
    const edited = await t.call('editor', 'PATCH', `/api/v1/postmortems/${inc.id}`, { sections: cleanSections(draft.sections, opts.summaryExtra), version: draft.version });
    expect(edited.statusCode, edited.body).toBe(200);
    const req = await t.call('editor', 'POST', `/api/v1/postmortems/${inc.id}/review`, { action: 'request', version: edited.json().version });
    expect(req.statusCode, req.body).toBe(200);
    return req.json();
  }

  /** Every required slot approved, each by a different person. */
  async function approved(opts: Parameters<typeof inReview>[0] = {}): Promise<Pm> {
    let pm = await inReview(opts);
    for (const r of pm.reviewers.filter((x) => x.decision === 'pending' && x.role !== 'legal')) {
      // A slot assigned to someone is signed by them (a token in their name); open slots by anyone else.
      const res = await as(await person('editor', null, r.user ?? `reviewer-${++n}`), 'POST', `/api/v1/postmortems/${pm.id}/review`, { action: 'approve', role: r.role, version: pm.version });
      expect(res.statusCode, res.body).toBe(200);
      pm = res.json();
    }
    expect(pm.status).toBe('approved');
    return pm;
  }

  describe('sign-off means separate people', () => {
    it('lets one person fill at most one reviewer slot, even an admin', async () => {
      const pm = await inReview();
      const first = await t.call('admin', 'POST', `/api/v1/postmortems/${pm.id}/review`, { action: 'approve', role: 'technical lead', version: pm.version });
      expect(first.statusCode, first.body).toBe(200);
      const second = await t.call('admin', 'POST', `/api/v1/postmortems/${pm.id}/review`, { action: 'approve', role: 'engineering manager', version: first.json().version });
      expect(second.statusCode).toBe(403);
      expect(second.json().detail).toMatch(/one person fills at most one reviewer slot/);
      const slot = first.json<Pm>().reviewers.find((r) => r.role === 'technical lead')!;
      expect(slot.signedBy).toMatch(/^token:/);
      expect(slot.revision).toBe(pm.version);
    });

    it('refuses the owner signing by session', async () => {
      const olive = await userWithSession('olive');
      const pm = await inReview({ owner: 'olive' });
      const res = await olive.call('POST', `/api/v1/postmortems/${pm.id}/review`, { action: 'approve', role: 'technical lead', version: pm.version });
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json().detail).toMatch(/owner/);
    });

    it('refuses the owner signing with an API token tied to their user, and with a token named after them', async () => {
      const pat = await userWithSession('pat');
      const pm = await inReview({ owner: 'pat' });
      const tied = await as(await person('editor', pat.id, 'pat laptop'), 'POST', `/api/v1/postmortems/${pm.id}/review`, { action: 'approve', role: 'technical lead', version: pm.version });
      expect(tied.statusCode, tied.body).toBe(403);
      const named = await as(await person('admin', null, 'pat'), 'POST', `/api/v1/postmortems/${pm.id}/review`, { action: 'approve', role: 'technical lead', version: pm.version });
      expect(named.statusCode, named.body).toBe(403);
    });

    it('refuses the owner stored by user id, signing by session or token', async () => {
      const quinn = await userWithSession('quinn');
      let pm = await inReview();
      const owned = await t.call('editor', 'PATCH', `/api/v1/postmortems/${pm.id}`, { owner: quinn.id, version: pm.version });
      expect(owned.statusCode, owned.body).toBe(200);
      pm = owned.json();
      const bySession = await quinn.call('POST', `/api/v1/postmortems/${pm.id}/review`, { action: 'approve', role: 'technical lead', version: pm.version });
      expect(bySession.statusCode, bySession.body).toBe(403);
      const byToken = await as(await person('admin', quinn.id), 'POST', `/api/v1/postmortems/${pm.id}/review`, { action: 'approve', role: 'technical lead', version: pm.version });
      expect(byToken.statusCode, byToken.body).toBe(403);
    });

    it('gives the commander slot to another person when the commander owns the post-mortem (no deadlock)', async () => {
      const pm = await inReview({ commander: 'casey', owner: 'casey' });
      const slot = pm.reviewers.find((r) => r.role === 'incident commander')!;
      expect(slot.user).toBeNull();
      const casey = await as(await person('admin', null, 'casey'), 'POST', `/api/v1/postmortems/${pm.id}/review`, { action: 'approve', role: 'incident commander', version: pm.version });
      expect(casey.statusCode).toBe(403);
      const other = await as(await person(), 'POST', `/api/v1/postmortems/${pm.id}/review`, { action: 'approve', role: 'incident commander', version: pm.version });
      expect(other.statusCode, other.body).toBe(200);
      expect(other.json<Pm>().reviewers.find((r) => r.role === 'incident commander')!.decision).toBe('approved');
    });

    it('refuses to assign one person to two reviewer slots', async () => {
      const pm = await inReview();
      const res = await t.call('editor', 'POST', `/api/v1/postmortems/${pm.id}/review`, {
        action: 'request', reviewers: [{ role: 'technical lead', user: 'zoe' }, { role: 'engineering manager', user: 'zoe' }], version: pm.version,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().detail).toMatch(/one person fills at most one reviewer slot/);
    });

    it('refuses to assign the owner as a reviewer', async () => {
      const pm = await inReview({ owner: 'dora' });
      const res = await t.call('editor', 'POST', `/api/v1/postmortems/${pm.id}/review`, { action: 'request', reviewers: [{ role: 'technical lead', user: 'dora' }], version: pm.version });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].path).toBe('reviewers');
    });
  });

  describe('legal review of security incidents', () => {
    it('does not save legalReviewed from a refused publish', async () => {
      const pm = await inReview({ security: true });
      const res = await t.call('editor', 'POST', `/api/v1/postmortems/${pm.id}/publish`, { audience: 'external', legalReviewed: true, version: pm.version });
      expect(res.statusCode).toBe(422);
      const after = await get(pm.id);
      expect(after.legalReviewed).toBe(false);
      expect(after.version).toBe(pm.version);
      expect(after.reviewers.some((r) => r.role === 'legal' && r.decision === 'approved')).toBe(false);
    });

    it('refuses external publication without a current legal sign-off, then accepts one given by a person on this version', async () => {
      const pm = await approved({ security: true });
      const refused = await t.call('editor', 'POST', `/api/v1/postmortems/${pm.id}/publish`, { audience: 'external', version: pm.version });
      expect(refused.statusCode).toBe(422);
      expect(refused.json().blockers.join(' ')).toMatch(/legal sign-off is needed/);
      const lawyer = await person('editor', null, 'legal counsel');
      const legal = await as(lawyer, 'POST', `/api/v1/postmortems/${pm.id}/review`, { action: 'approve', role: 'legal', version: pm.version });
      expect(legal.statusCode, legal.body).toBe(200);
      const signed = legal.json<Pm>();
      expect(signed.status).toBe('approved');
      expect(signed.legalReviewed).toBe(true);
      expect(signed.reviewers.find((r) => r.role === 'legal')).toMatchObject({ user: 'token:legal counsel', decision: 'approved', revision: pm.version });
      const ok = await t.call('editor', 'POST', `/api/v1/postmortems/${pm.id}/publish`, { audience: 'external', version: signed.version });
      expect(ok.statusCode, ok.body).toBe(201);
    });

    it('invalidates the legal sign-off when the content changes afterwards', async () => {
      const pm = await inReview({ security: true });
      const legal = await as(await person(), 'POST', `/api/v1/postmortems/${pm.id}/review`, { action: 'approve', role: 'legal', version: pm.version });
      expect(legal.statusCode, legal.body).toBe(200);
      expect(legal.json<Pm>().legalReviewed).toBe(true);
      const edited = await t.call('editor', 'PATCH', `/api/v1/postmortems/${pm.id}`, { sections: { lessons: '- Configuration is code; it needs the same review as code.' }, version: legal.json().version });
      expect(edited.statusCode, edited.body).toBe(200);
      expect(edited.json<Pm>().legalReviewed).toBe(false);
      let cur = edited.json<Pm>();
      for (const r of cur.reviewers.filter((x) => x.decision === 'pending' && x.role !== 'legal')) {
        cur = (await as(await person(), 'POST', `/api/v1/postmortems/${pm.id}/review`, { action: 'approve', role: r.role, version: cur.version })).json();
      }
      expect(cur.status).toBe('approved');
      const refused = await t.call('editor', 'POST', `/api/v1/postmortems/${pm.id}/publish`, { audience: 'external', version: cur.version });
      expect(refused.statusCode).toBe(422);
      expect(refused.json().blockers.join(' ')).toMatch(/legal/);
    });

    it('records legalReviewed: true as the caller\'s sign-off of this version when the publish succeeds, never the owner\'s', async () => {
      const pm = await approved({ security: true, owner: 'erin' });
      const byOwner = await as(await person('editor', null, 'erin'), 'POST', `/api/v1/postmortems/${pm.id}/publish`, { audience: 'external', legalReviewed: true, version: pm.version });
      expect(byOwner.statusCode).toBe(403);
      const res = await as(await person('editor', null, 'counsel'), 'POST', `/api/v1/postmortems/${pm.id}/publish`, { audience: 'external', legalReviewed: true, version: pm.version });
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().postmortem.reviewers.find((r: Reviewer) => r.role === 'legal')).toMatchObject({ user: 'token:counsel', decision: 'approved', revision: pm.version });
      expect(res.json().postmortem.legalReviewed).toBe(true);
    });

    it('publishes a security incident internally without legal review', async () => {
      const pm = await approved({ security: true });
      const res = await t.call('editor', 'POST', `/api/v1/postmortems/${pm.id}/publish`, { audience: 'internal', version: pm.version });
      expect(res.statusCode, res.body).toBe(201);
    });
  });

  describe('publishing is atomic and once per approval', () => {
    it('answers five parallel publishes of one version with one 201 and four 409, storing one publication', async () => {
      const pm = await approved();
      const results = await Promise.all(Array.from({ length: 5 }, () => t.call('editor', 'POST', `/api/v1/postmortems/${pm.id}/publish`, { audience: 'internal', version: pm.version })));
      expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409, 409, 409]);
      const after = await get(pm.id);
      expect(after.publishedVersions).toHaveLength(1);
      expect(after.status).toBe('published');
    });

    it('stores nothing when a publish loses a race with an edit', async () => {
      for (let round = 0; round < 3; round++) {
        const pm = await approved();
        const [pub, edit] = await Promise.all([
          t.call('editor', 'POST', `/api/v1/postmortems/${pm.id}/publish`, { audience: 'internal', version: pm.version }),
          t.call('editor', 'PATCH', `/api/v1/postmortems/${pm.id}`, { sections: { lessons: `- Round ${round}: configuration is code.` }, version: pm.version }),
        ]);
        expect([pub.statusCode, edit.statusCode].sort()).toEqual(pub.statusCode === 201 ? [201, 409] : [200, 409]);
        const after = await get(pm.id);
        expect(after.publishedVersions).toHaveLength(pub.statusCode === 201 ? 1 : 0);
        if (pub.statusCode !== 201) expect(after.status).toBe('draft');
      }
    });

    it('publishes internally and externally from one approval, each once, without a new review', async () => {
      const pm = await approved();
      const internal = await t.call('editor', 'POST', `/api/v1/postmortems/${pm.id}/publish`, { audience: 'internal', version: pm.version });
      expect(internal.statusCode, internal.body).toBe(201);
      const v = internal.json().postmortem.version as number;
      const preview = (await t.call('viewer', 'GET', `/api/v1/postmortems/${pm.id}/publish-preview?audience=external`)).json();
      expect(preview.canPublish).toBe(true);
      expect(preview.approval.published).toEqual({ internal: 1 });
      const external = await t.call('editor', 'POST', `/api/v1/postmortems/${pm.id}/publish`, { audience: 'external', version: v });
      expect(external.statusCode, external.body).toBe(201);
      const v2 = external.json().postmortem.version as number;
      const again = await t.call('editor', 'POST', `/api/v1/postmortems/${pm.id}/publish`, { audience: 'internal', version: v2 });
      expect(again.statusCode).toBe(409);
      expect((await t.call('editor', 'POST', `/api/v1/postmortems/${pm.id}/publish`, { audience: 'external', version: v2 })).statusCode).toBe(409);
      expect((await get(pm.id)).publishedVersions).toHaveLength(2);
    });

    it('shows the publication deadline as met once published, not as still due', async () => {
      const pm = await approved();
      const before = (await t.call('viewer', 'GET', `/api/v1/incidents/${pm.id}`)).json();
      expect(before.policy.deadlines.published.met).toBeNull();
      expect(before.policy.deadlines.draft.met).not.toBeNull();
      const res = await t.call('editor', 'POST', `/api/v1/postmortems/${pm.id}/publish`, { audience: 'internal', version: pm.version });
      expect(res.statusCode, res.body).toBe(201);
      const after = (await t.call('viewer', 'GET', `/api/v1/incidents/${pm.id}`)).json();
      expect(after.policy.deadlines.published.met).toEqual({ at: res.json().publishedAt, late: false });
      const listed = (await t.call('viewer', 'GET', '/api/v1/incidents?limit=100')).json().items.find((i: { id: string }) => i.id === pm.id);
      expect(listed.verdict).toEqual(compactVerdictOf(after.policy, t.clock.now));
    });
  });

  describe('external redaction', () => {
    const leaky = ' Bob Jones restarted checkout-db-1.prod.acme.net (10.20.4.17) after Priya noticed errors; see https://acme.atlassian.net/browse/OPS-4471 and #incident-2291, or call +1 (415) 555-0132.';

    it('shows every proposed removal with its reason and section, and the external version never returns the removed text', async () => {
      const pm = await approved({ summaryExtra: leaky });
      const preview = (await t.call('viewer', 'GET', `/api/v1/postmortems/${pm.id}/publish-preview?audience=external`)).json();
      const summary = preview.redactions.filter((r: { section: string | null }) => r.section !== null && /summary/i.test(r.section));
      expect(summary.map((r: { text: string }) => r.text)).toEqual(expect.arrayContaining(['Bob Jones', 'checkout-db-1.prod.acme.net', '10.20.4.17', 'Priya', 'https://acme.atlassian.net/browse/OPS-4471', '#incident-2291', '+1 (415) 555-0132']));
      for (const r of preview.redactions) expect(r.reason.length).toBeGreaterThan(5);
      expect(preview.redactions.some((r: { detector: string }) => r.detector === 'front-matter')).toBe(true);

      const res = await t.call('editor', 'POST', `/api/v1/postmortems/${pm.id}/publish`, { audience: 'external', version: pm.version });
      expect(res.statusCode, res.body).toBe(201);
      const published = await t.call('viewer', 'GET', `/api/v1/postmortems/${pm.id}/published/${res.json().number}`);
      const body = published.body;
      for (const secret of ['Bob Jones', 'Priya', 'checkout-db-1', '10.20.4.17', 'atlassian', 'OPS-4471', '#incident-2291', '555-0132', 'carol', 'status:', 'revision:', 'sections:']) {
        expect(body, secret).not.toContain(secret);
      }
      for (const r of published.json().redactions) expect(r).not.toHaveProperty('text');
    });

    it('lets the publisher keep an item and add one', async () => {
      const pm = await approved({ summaryExtra: ' Priya noticed errors in the Falcon rollout.' });
      const preview = (await t.call('viewer', 'GET', `/api/v1/postmortems/${pm.id}/publish-preview?audience=external&keep=Priya&add=Falcon`)).json();
      expect(preview.kept).toEqual([{ text: 'Priya', count: 1 }]);
      expect(preview.markdown).toContain('Priya noticed');
      expect(preview.markdown).not.toContain('Falcon');
      expect(preview.redactions.find((r: { detector: string }) => r.detector === 'publisher')).toMatchObject({ text: 'Falcon', replacement: '[removed]' });
      const res = await t.call('editor', 'POST', `/api/v1/postmortems/${pm.id}/publish`, { audience: 'external', redaction: { keep: ['Priya'], add: ['Falcon'] }, version: pm.version });
      expect(res.statusCode, res.body).toBe(201);
      const published = (await t.call('viewer', 'GET', `/api/v1/postmortems/${pm.id}/published/${res.json().number}`)).json();
      expect(published.markdown).toContain('Priya noticed');
      expect(published.markdown).not.toContain('Falcon');
      expect(published.kept).toEqual([{ text: 'Priya', count: 1 }]);
    });
  });
});
