/**
 * Home and the phone layout in Chromium: the first-run guide of an empty install, "My
 * work" with the waiting count once there is work, and every main page at 1280 px and
 * 390 px (a menu button, lists as cards, no sideways scroll), without console errors or
 * failed requests. Screenshots go to test-results/screenshots/.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { atPhoneWidth, buildWebIfNeeded, chromiumPath, shot, startHarness, watchConsole, type Harness } from './browser.ts';

const executable = chromiumPath();
const ADMIN = { username: 'ada', password: 'correct-horse-battery' };

describe.skipIf(!executable)('home and phone width in Chromium', () => {
  let h: Harness;
  let page: Page;
  let errors: string[];
  const failed: string[] = [];
  let csrf = '';

  beforeAll(async () => {
    buildWebIfNeeded();
    h = await startHarness(executable!);
    page = await h.context.newPage();
    errors = watchConsole(page);
    page.on('requestfailed', (r) => { if (!/aborted/i.test(r.failure()?.errorText ?? '')) failed.push(`${r.method()} ${r.url()} ${r.failure()?.errorText ?? ''}`); });
    // Every answer of these pages should succeed (the session probe before sign-in aside).
    page.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('/api/v1/session')) failed.push(`${r.status()} ${r.request().method()} ${r.url()}`); });
  }, 180_000);

  afterAll(async () => { await h?.close(); });

  it('greets an empty install with the first-run guide instead of empty tables', async () => {
    await page.goto('/');
    await page.getByLabel('Username').fill(ADMIN.username);
    await page.getByLabel(/^Password/).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Create admin and sign in' }).click();
    await page.getByRole('heading', { name: 'My work' }).waitFor();
    await page.getByRole('heading', { name: 'Get started' }).waitFor();
    const steps = await page.locator('.first-run .steps h3').allTextContents();
    expect(steps).toEqual(['Declare the first incident', 'Import your history', 'Invite people', 'Configure channels']);
    await shot(page, 'home-01-first-run');
    expect(await atPhoneWidth(page, 'home-01-first-run')).toBeLessThanOrEqual(1);
    csrf = ((await (await page.request.get('/api/v1/session')).json()) as { csrfToken: string }).csrfToken;
  });

  it('imports history from the guide', async () => {
    const lines = [
      { externalId: 'old-1', title: 'Database failover took 20 minutes', severity: 'SEV-2', startedAt: '2025-11-02T10:00:00Z', resolvedAt: '2025-11-02T10:20:00Z' },
      { externalId: 'old-2', title: 'Certificate expired on the API gateway', severity: 'SEV-3', startedAt: '2025-12-01T08:00:00Z', resolvedAt: '2025-12-01T08:45:00Z' },
    ].map((l) => JSON.stringify(l)).join('\n');
    await page.getByLabel('Choose an export (.jsonl or .csv)').setInputFiles({ name: 'history.jsonl', mimeType: 'application/json', buffer: Buffer.from(lines) });
    await page.getByText('2 incident(s) imported, 0 already there').waitFor();
    await shot(page, 'home-01b-history-imported');
    // With incidents, home shows the work lists instead of the guide.
    await page.reload();
    await page.getByRole('heading', { name: /Reviews requested of you/ }).waitFor();
  });

  it('shows my work and the waiting count once there is work', async () => {
    const inc = await page.request.post('/api/v1/incidents', { headers: { 'x-csrf-token': csrf }, data: { title: 'Checkout errors after deploy', severity: 'SEV-2', services: ['checkout'], commander: 'ada', startedAt: new Date(Date.now() - 3_600_000).toISOString() } });
    expect(inc.status(), await inc.text()).toBe(201);
    const { id, version } = (await inc.json()) as { id: string; version: number };
    const resolved = await page.request.post(`/api/v1/incidents/${id}/status`, { headers: { 'x-csrf-token': csrf }, data: { status: 'resolved', version } });
    expect(resolved.status(), await resolved.text()).toBe(200);
    const item = await page.request.post(`/api/v1/postmortems/${id}/action-items`, { headers: { 'x-csrf-token': csrf }, data: { title: 'Alert on checkout 5xx above 1%', category: 'detect', priority: 'P1', owner: 'ada' } });
    expect(item.status(), await item.text()).toBe(201);
    await page.reload();
    await page.getByRole('list', { name: 'Post-mortems you own' }).getByRole('link', { name: 'Checkout errors after deploy' }).waitFor();
    await page.getByRole('list', { name: 'Your action items, soonest due first' }).getByRole('link', { name: 'Alert on checkout 5xx above 1%' }).waitFor();
    // The P1 item is due within a week: at least one thing waits, and the navigation says so.
    await expect.poll(() => page.getByRole('navigation', { name: 'Main' }).locator('.nav-count').textContent()).toMatch(/^[1-9]\d*$/);
    await shot(page, 'home-02-my-work');
    expect(await atPhoneWidth(page, 'home-02-my-work')).toBeLessThanOrEqual(1);
  });

  it('collapses the navigation behind a keyboard-reachable menu button at 390 px', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const menu = page.getByRole('button', { name: /^Menu/ });
    const nav = page.getByRole('navigation', { name: 'Main' });
    expect(await nav.isVisible()).toBe(false);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    // From the top: skip link, brand, then the menu button.
    await page.evaluate(() => { document.body.tabIndex = -1; document.body.focus(); document.body.removeAttribute('tabindex'); });
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim().slice(0, 4))).toBe('Menu');
    await page.keyboard.press('Enter');
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    await nav.getByRole('link', { name: 'Incidents' }).waitFor();
    await shot(page, 'home-03-menu-open-phone');
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    await nav.getByRole('link', { name: 'Incidents' }).click();
    await page.getByRole('heading', { name: 'Incidents' }).waitFor();
    expect(await menu.getAttribute('aria-expanded')).toBe('false'); // closes after navigating
    await page.setViewportSize({ width: 1280, height: 900 });
    expect(await menu.isVisible()).toBe(false);
    expect(await nav.isVisible()).toBe(true);
  });

  it('shows each main page at 1280 px and 390 px without sideways scroll; lists become cards', async () => {
    const pages: [string, string, RegExp][] = [
      ['/', 'home', /My work/], ['/incidents', 'incidents', /^Incidents$/], ['/postmortems', 'postmortems', /^Post-mortems$/],
      ['/action-items', 'action-items', /^Action items$/], ['/reviews/weekly', 'weekly-review', /Weekly/], ['/reports', 'reports', /Report/],
      ['/users', 'users', /Users/],
    ];
    for (const [path, name, heading] of pages) {
      await page.goto(path);
      await page.getByRole('heading', { level: 1, name: heading }).first().waitFor();
      await expect.poll(() => page.locator('[role="status"].loading').count()).toBe(0);
      await shot(page, `main-${name}`);
      expect(await atPhoneWidth(page, `main-${name}`), path).toBeLessThanOrEqual(1);
    }
    await page.goto('/incidents');
    await page.getByRole('link', { name: 'Checkout errors after deploy' }).waitFor();
    // The list view's compact verdict: the level and, for a required post-mortem, the next deadline not met.
    const verdictCell = page.locator('tr', { has: page.getByRole('link', { name: 'Checkout errors after deploy' }) }).locator('td[data-label="Post-mortem"]');
    expect(await verdictCell.textContent()).toMatch(/^required(post-mortem meeting held|draft written|final post-mortem published): (in|\d)/);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.locator('table.cards thead').evaluate((el) => getComputedStyle(el).position)).toBe('absolute'); // read by screen readers only
    const row = page.locator('table.cards tbody tr').first();
    const box = await row.boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
    expect(await row.locator('td[data-label="Severity"]').evaluate((td) => getComputedStyle(td, '::before').content)).toContain('Severity');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('logged no console error and no failed request on any of these pages', () => {
    expect(errors).toEqual([]);
    expect(failed).toEqual([]);
  });
});
