/**
 * What a person does in the browser, end to end against the real server: sign in,
 * declare, add events, resolve, write the post-mortem with live findings, review,
 * publish, close an action item; and a stale save showing the conflict.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleMessage, Page } from 'playwright-core';
import { atPhoneWidth, buildWebIfNeeded, chromiumPath, shot, startHarness, tabStops, unlabelledControls, watchConsole, type Harness } from './browser.ts';

const executable = chromiumPath();
if (!executable) console.warn('[debrief tests] no Chromium (set DEBRIEF_CHROMIUM or install Debian\'s chromium): the browser tests are skipped.');

const ADMIN = { username: 'ada', password: 'correct-horse-battery' };

/** A local datetime-local value `minutes` after an hour ago. */
function at(minutes: number): string {
  const d = new Date(Date.now() - 60 * 60_000 + minutes * 60_000);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

describe.skipIf(!executable)('web app in Chromium', () => {
  let h: Harness;
  let page: Page;
  let errors: string[];
  let incidentId = '';
  let postmortemRoutes = false;

  beforeAll(async () => {
    buildWebIfNeeded();
    h = await startHarness(executable!);
    page = await h.context.newPage();
    errors = watchConsole(page);
    const openapi = await (await fetch(`${h.server.url.replace('localhost', '127.0.0.1')}/api/openapi.json`)).json() as { paths: Record<string, unknown> };
    postmortemRoutes = ['/api/v1/postmortems/{id}', '/api/v1/lint', '/api/v1/postmortems/{id}/review'].every((p) => p in openapi.paths);
    if (!postmortemRoutes) console.warn('[debrief tests] this server has no post-mortem, lint or review routes yet: the browser steps that need them are skipped.');
  }, 180_000);

  afterAll(async () => {
    await h?.close();
  });

  it('creates the first admin on the first-run page and signs in', async () => {
    await page.goto('/');
    await expect.poll(() => page.getByRole('heading', { name: 'Welcome to Debrief' }).isVisible()).toBe(true);
    await shot(page, '01-first-run');
    await page.getByLabel('Username').fill(ADMIN.username);
    await page.getByLabel(/^Password/).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Create admin and sign in' }).click();
    await page.getByRole('heading', { name: 'My work' }).waitFor();
    await page.getByRole('heading', { name: 'Get started' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in to Debrief' }).waitFor();
    // A signed-out load: the session probe answers 200 ({ signedIn: false }), so no failed request (401) shows in the console.
    const consoleErrors: string[] = [];
    const onConsole = (m: ConsoleMessage): void => { if (m.type() === 'error') consoleErrors.push(m.text()); };
    page.on('console', onConsole);
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in to Debrief' }).waitFor();
    page.off('console', onConsole);
    expect(consoleErrors).toEqual([]);
    await page.getByLabel('Username').fill(ADMIN.username);
    await page.getByLabel('Password').fill('wrong-password-123');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor();
    await shot(page, '02-sign-in-error');
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'My work' }).waitFor();
    // Keyboard: from the top, the skip link comes first, then the main navigation.
    expect((await tabStops(page, 4)).slice(0, 4)).toEqual(['Skip to content', 'Debrief', 'My work', 'Incidents']);
    expect(await unlabelledControls(page)).toEqual([]);
    const cookies = await h.context.cookies();
    const session = cookies.find((c) => c.name === 'debrief_session');
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Strict');
  });

  it('declares an incident', async () => {
    await page.getByRole('link', { name: 'Declare the first incident' }).click();
    await page.getByLabel('Title').fill('Checkout errors after deploy');
    await page.getByLabel('Severity').selectOption('SEV-2');
    await page.getByLabel(/^Services/).fill('checkout, payments');
    await page.getByRole('group', { name: 'Customer visible' }).getByLabel('Yes').check();
    expect(await unlabelledControls(page)).toEqual([]);
    await shot(page, '03-declare');
    await page.getByRole('button', { name: 'Declare incident' }).click();
    await page.getByRole('heading', { name: 'Checkout errors after deploy' }).waitFor();
    incidentId = /\/incidents\/(INC-[\d-]+)/.exec(page.url())![1]!;
    await expect.poll(() => page.getByText('SEV-2 incidents always need a post-mortem').isVisible()).toBe(true);
  });

  it('adds timeline events and shows the gap and decision point', async () => {
    await page.getByRole('link', { name: 'Timeline' }).click();
    await page.getByRole('heading', { name: /^Timeline/ }).waitFor();
    const add = page.getByRole('form', { name: 'Add an event' });
    const events: [string, string, string, boolean][] = [
      [at(0), 'Checkout 5xx alert fired', 'detection', false],
      [at(3), 'On-call acknowledged the page', 'investigation', false],
      [at(21), 'Decided to roll back release 4.2', 'mitigation', true],
      [at(30), 'Error rate back to baseline', 'resolution', false],
    ];
    for (const [at, text, phase, decision] of events) {
      await add.getByLabel('Time').fill(at);
      await add.getByLabel('What happened').fill(text);
      await add.getByLabel('Phase').selectOption(phase);
      if (decision) await add.getByLabel('Decision point').check();
      await add.getByRole('button', { name: 'Add event' }).click();
      await page.locator('td', { hasText: text }).waitFor();
    }
    await expect.poll(() => page.locator('.gap text').first().textContent()).toBe('gap 18 min');
    await expect.poll(() => page.locator('.point rect').count()).toBe(1);
    // Re-phase an event from the table.
    await page.getByLabel('Phase of "On-call acknowledged the page"').selectOption('detection');
    await expect.poll(() => page.locator('.phase-detection circle').count()).toBe(2);
    // Drop a chat export: its messages join the timeline.
    const drop = page.getByRole('region', { name: 'Import events' });
    await drop.getByLabel('Source').selectOption('slack');
    await drop.getByLabel('File').setInputFiles({
      name: 'inc-checkout.json', mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify([{ type: 'message', user: 'U1', text: 'Rolling back now', ts: ((Date.now() - 38 * 60_000) / 1000).toFixed(6) }])),
    });
    await page.locator('td', { hasText: 'Rolling back now' }).waitFor();
    expect(await unlabelledControls(page)).toEqual([]);
    await shot(page, '04-timeline');
    expect(await atPhoneWidth(page, '04-timeline')).toBeLessThanOrEqual(1);
  });

  it('resolves the incident', async () => {
    await page.getByRole('link', { name: 'Back to the incident' }).click();
    await page.getByRole('button', { name: 'Mark resolved' }).click();
    await expect.poll(() => page.locator('.glance .badge-resolved').count()).toBe(1);
    await expect.poll(() => page.getByRole('heading', { name: 'Status changes and edits' }).isVisible()).toBe(true);
    await shot(page, '05-incident');
    expect(await atPhoneWidth(page, '05-incident')).toBeLessThanOrEqual(1);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Incidents' }).click();
    // Each filter change refetches the list (the search after its debounce): wait for the answer
    // to both filters before clicking, or the click can land on a row the next refetch replaces.
    const filtered = page.waitForResponse((r) => {
      const u = new URL(r.url());
      return u.pathname === '/api/v1/incidents' && u.searchParams.get('q') === 'checkout' && u.searchParams.get('status') === 'resolved';
    });
    await page.getByRole('searchbox', { name: 'Search' }).fill('checkout');
    await page.getByLabel('Status').selectOption('resolved');
    await filtered;
    await page.getByRole('link', { name: 'Checkout errors after deploy' }).waitFor();
    await shot(page, '06-incidents');
    await page.getByRole('link', { name: 'Checkout errors after deploy' }).click();
    await page.waitForURL((u) => u.pathname === `/incidents/${incidentId}`);
    await page.getByRole('heading', { name: 'Checkout errors after deploy' }).waitFor();
  });

  it('writes the post-mortem: a blaming sentence shows a finding, the fix clears it', async (ctx) => {
    if (!postmortemRoutes) return ctx.skip();
    const open = page.getByRole('link', { name: 'Open the post-mortem' });
    const start = page.getByRole('button', { name: 'Start the post-mortem' });
    const again = page.getByRole('button', { name: 'Check again' });
    // What the page shows while waiting, so that a failure says where the page was.
    const state = async (): Promise<string> => {
      if ((await open.isVisible()) || (await start.isVisible())) return 'ready';
      if (await again.isVisible()) await again.click();
      return `${page.url()}: ${(await page.locator('main').innerText().catch(() => '')).slice(0, 300)}`;
    };
    await expect.poll(state).toBe('ready');
    if (await start.isVisible()) await start.click();
    else await open.click();
    const box = page.locator('textarea[data-section]').first();
    await box.waitFor();
    const section = await box.getAttribute('data-section');
    const aside = page.locator(`section[aria-labelledby="section-${section}-h"] .section-findings`);
    await box.fill('Bob broke checkout because he was careless and ignored the alerts.');
    await expect.poll(() => aside.textContent(), { timeout: 15_000 }).toMatch(/blame/i);
    await shot(page, '06-editor-finding');
    await box.fill('A configuration change reached production without review; the deploy pipeline did not require one.');
    await expect.poll(() => aside.textContent(), { timeout: 15_000 }).not.toMatch(/blame/i);
    // The other sections: no placeholders left, so that it can be published.
    const boxes = page.locator('textarea[data-section]');
    for (let i = 1; i < await boxes.count(); i++) await boxes.nth(i).fill('N/A: not applicable to this incident.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByText(/^Saved /).isVisible()).toBe(true);
    const form = page.getByRole('form', { name: 'Add an action item' });
    await form.getByLabel('Action item').fill('Require review for production config changes in the deploy pipeline');
    await form.getByRole('button', { name: 'Add action item' }).click();
    await page.getByRole('heading', { name: /Require review for production config/ }).waitFor();
    expect(await unlabelledControls(page)).toEqual([]);
    await shot(page, '07-editor');
    expect(await atPhoneWidth(page, '07-editor')).toBeLessThanOrEqual(1);
  });

  it('requests review, approves and publishes with the redaction preview', async (ctx) => {
    if (!postmortemRoutes) return ctx.skip();
    // Sign-off means separate people, never the owner (ada): four reviewers with accounts of their own.
    const base = h.server.url.replace('localhost', '127.0.0.1');
    const { csrfToken } = await (await page.request.get('/api/v1/session')).json() as { csrfToken: string };
    const reviewers = ['grace', 'linus', 'margaret', 'barbara'];
    for (const username of reviewers) {
      const res = await page.request.post('/api/v1/users', { headers: { 'x-csrf-token': csrfToken }, data: { username, password: ADMIN.password, role: 'editor' } });
      expect(res.status()).toBe(201);
    }
    const signOff = async (username: string, role: string): Promise<void> => {
      const signIn = await fetch(`${base}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: ADMIN.password }) });
      const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
      const { csrfToken: csrf } = await signIn.json() as { csrfToken: string };
      const pm = await (await fetch(`${base}/api/v1/postmortems/${incidentId}`, { headers: { cookie } })).json() as { version: number };
      const res = await fetch(`${base}/api/v1/postmortems/${incidentId}/review`, {
        method: 'POST', headers: { cookie, 'x-csrf-token': csrf, 'content-type': 'application/json' }, body: JSON.stringify({ action: 'approve', role, version: pm.version }),
      });
      expect(res.status, await res.clone().text()).toBe(200);
    };
    await page.getByRole('link', { name: 'Review & publish' }).click();
    // The owner names a reviewer for the first role; the others stay open to anyone with the role.
    const pick = page.getByLabel(/^Reviewer for /).first();
    await expect.poll(() => pick.locator('option', { hasText: 'grace' }).count()).toBe(1);
    await pick.selectOption('grace');
    await page.getByRole('button', { name: 'Request review' }).click();
    await expect.poll(() => page.locator('.review tbody tr', { hasText: 'grace' }).count()).toBeGreaterThan(0);
    // Each reviewer signs one role; the page shows the post-mortem approved.
    const pending = page.locator('.review tr', { has: page.locator('.badge-pending') });
    await expect.poll(() => pending.count()).toBeGreaterThan(0);
    const roles: string[] = [];
    for (const row of await pending.all()) roles.push((await row.locator('td').first().textContent())!);
    const assigned = (await page.locator('.review tbody tr', { hasText: 'grace' }).first().locator('td').first().textContent())!;
    let next = 1;
    for (const role of roles) await signOff(role === assigned ? 'grace' : reviewers[next++]!, role);
    await page.reload();
    await expect.poll(() => page.locator('.badges .badge-approved').count()).toBe(1);
    // The external preview lists each removal with its reason; the publisher can keep one.
    await page.getByLabel('External (customers)').check();
    await page.getByRole('heading', { name: /^Removed from the external version/ }).waitFor();
    expect(await unlabelledControls(page)).toEqual([]);
    await shot(page, '08-review');
    expect(await atPhoneWidth(page, '08-review')).toBeLessThanOrEqual(1);
    await page.getByLabel('Internal').check();
    await page.getByRole('button', { name: 'Publish internal' }).click();
    await expect.poll(() => page.getByText(/Published version 1/).isVisible()).toBe(true);
    // Issue 17 defect 1: the same approval publishes the external version too (no dummy edit, no new sign-offs).
    await page.getByLabel('External (customers)').check();
    await page.getByRole('heading', { name: /^Removed from the external version/ }).waitFor();
    await expect.poll(() => page.getByRole('button', { name: 'Publish external' }).isEnabled()).toBe(true);
    await page.getByRole('button', { name: 'Publish external' }).click();
    await expect.poll(() => page.getByText(/Published version 2 \(external\)/).isVisible()).toBe(true);
    // Issue 17 defect 6: a published version reads as a document, its front matter left out.
    await page.getByRole('button', { name: '#1 internal' }).click();
    const published = page.getByRole('region', { name: 'Published version 1' });
    await published.waitFor();
    expect(await published.textContent()).not.toMatch(/format: debrief\/1|revision:/);
    await page.getByRole('link', { name: 'Meeting' }).click();
    await page.getByRole('heading', { name: 'Facilitator timer' }).waitFor();
    expect(await unlabelledControls(page)).toEqual([]);
    await shot(page, '09-meeting');
  });

  it('closes an action item from the board', async (ctx) => {
    if (!postmortemRoutes) return ctx.skip();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Action items' }).click();
    const card = page.locator('article.card', { hasText: 'Require review for production config' });
    await card.waitFor();
    for (const label of ['Fix deployed', 'Docs updated', 'Team notified', 'Effectiveness verified']) {
      await card.getByLabel(label, { exact: true }).check();
      await expect.poll(() => card.getByLabel(label, { exact: true }).isChecked()).toBe(true);
    }
    await card.getByLabel('Status').selectOption('done');
    await expect.poll(() => page.locator('section[aria-labelledby="col-done"] article.card').count()).toBe(1);
    expect(await unlabelledControls(page)).toEqual([]);
    await shot(page, '10-action-items');
    expect(await atPhoneWidth(page, '10-action-items')).toBeLessThanOrEqual(1);
    await page.getByRole('link', { name: 'Weekly review' }).click();
    await page.getByRole('heading', { name: 'Weekly action-item review' }).waitFor();
    await shot(page, '11-weekly-review');
  });

  it('shows the other person\'s version when a save is stale, and keeps my text', async (ctx) => {
    if (!postmortemRoutes) return ctx.skip();
    // A second incident with its own draft, open in two tabs.
    const other = await h.context.newPage();
    const otherErrors = watchConsole(other);
    await page.goto(`/postmortems/${incidentId}`);
    await other.goto(`/postmortems/${incidentId}`);
    const mine = page.locator('textarea[data-section]').nth(1);
    const theirs = other.locator('textarea[data-section]').nth(1);
    await mine.waitFor();
    await theirs.waitFor();
    await theirs.fill('Their text, saved first.');
    await other.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => other.getByText(/^Saved /).isVisible()).toBe(true);
    await mine.fill('My text, saved second.');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByRole('heading', { name: 'Someone else saved this post-mortem while you were editing' }).waitFor();
    expect(await page.locator('.conflict .their-text').first().textContent()).toBe('Their text, saved first.');
    expect(await mine.inputValue()).toBe('My text, saved second.');
    await shot(page, '12-conflict');
    await page.getByRole('button', { name: 'Save my version' }).click();
    await expect.poll(() => page.getByText(/^Saved /).isVisible()).toBe(true);
    await other.close();
    expect(otherErrors).toEqual([]);
  });

  it('edits the incident\'s fields and flags, and the verdict follows', async () => {
    await page.goto(`/incidents/${incidentId}`);
    await page.getByRole('button', { name: 'Edit details' }).click();
    const form = page.getByRole('form', { name: 'Edit the incident' });
    await form.getByRole('group', { name: 'Customer visible' }).getByLabel('Yes').check();
    await form.getByRole('group', { name: 'Manual intervention needed' }).getByLabel('Yes').check();
    await form.getByLabel('Type').selectOption('deployment');
    expect(await page.locator('.reasons').textContent()).not.toMatch(/manual intervention was needed/);
    expect(await unlabelledControls(page)).toEqual([]);
    await shot(page, '14-incident-edit');
    expect(await atPhoneWidth(page, '14-incident-edit')).toBeLessThanOrEqual(1);
    await form.getByRole('button', { name: 'Save details' }).click();
    await page.getByRole('status').filter({ hasText: /^Saved \(version/ }).waitFor();
    // The policy panel shows the verdict recomputed by the server, and the header the new type.
    await expect.poll(() => page.locator('.reasons').textContent()).toMatch(/manual intervention was needed to restore service/);
    expect(await page.locator('.badges').textContent()).toContain('deployment');
    expect(await page.locator('.flag-list').textContent()).toContain('Customer visible: yes');
  });

  it('filters the incidents by time range', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Incidents' }).click();
    const link = page.getByRole('link', { name: 'Checkout errors after deploy' });
    await link.waitFor();
    // Active until a day ago: none. Active in the last hours: it is there. Times go out as UTC ISO.
    const sent = page.waitForRequest((r) => /\/api\/v1\/incidents\?.*to=[^&]*Z/.test(decodeURIComponent(r.url())));
    await page.getByLabel('To', { exact: true }).fill(at(-24 * 60));
    await sent;
    await page.getByText('No incidents match these filters.').waitFor();
    await page.getByLabel('To', { exact: true }).fill(at(120));
    await page.getByLabel('From', { exact: true }).fill(at(-120));
    await link.waitFor();
    expect(await unlabelledControls(page)).toEqual([]);
    await shot(page, '15-incidents-range');
    expect(await atPhoneWidth(page, '15-incidents-range')).toBeLessThanOrEqual(1);
  });

  it('shows an error state with a retry when a page cannot load', async () => {
    await page.goto('/incidents/INC-2000-01-01-999');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/Could not load the incident/);
    await alert.getByRole('button', { name: 'Try again' }).waitFor();
    await shot(page, '13-error-state');
  });

  it('has shown no console errors', () => {
    expect(errors).toEqual([]);
  });
});
