/**
 * Learning in the browser: the header search box shows results as you type (typos too),
 * the related-incidents panel explains each match and adds it to the post-mortem, and the
 * Reports page draws its charts with the targets and definitions beside them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { atPhoneWidth, buildWebIfNeeded, chromiumPath, shot, startHarness, unlabelledControls, watchConsole, type Harness } from './browser.ts';

const executable = chromiumPath();
if (!executable) console.warn('[debrief tests] no Chromium (set DEBRIEF_CHROMIUM or install Debian\'s chromium): the learning browser tests are skipped.');

const DIR = join(import.meta.dirname, '..', 'fixtures', 'learning');
const ADMIN = { username: 'kim', password: 'correct-horse-battery' };

describe.skipIf(!executable)('learning across incidents in Chromium', () => {
  let h: Harness;
  let page: Page;
  let errors: string[];
  let csrf = '';
  const idOf = new Map<string, string>();
  let fresh = '';

  beforeAll(async () => {
    buildWebIfNeeded();
    h = await startHarness(executable!);
    page = await h.context.newPage();
    errors = watchConsole(page);
    await page.goto('/');
    await page.getByLabel('Username').fill(ADMIN.username);
    await page.getByLabel(/^Password/).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Create admin and sign in' }).click();
    await page.getByRole('heading', { name: 'My work' }).waitFor();
    csrf = ((await (await page.request.get('/api/v1/session')).json()) as { csrfToken: string }).csrfToken;
    for (const f of readdirSync(DIR).filter((x) => x.endsWith('.md')).sort()) {
      const res = await page.request.post(`/api/v1/postmortems/import?file=${f}`, {
        headers: { 'x-csrf-token': csrf, 'content-type': 'text/markdown' }, data: readFileSync(join(DIR, f), 'utf8'),
      });
      expect(res.status(), await res.text()).toBe(201);
      idOf.set(f, ((await res.json()) as { postmortem: { incidentId: string } }).postmortem.incidentId);
    }
    // Today's incident, with the SRE template (it has a Related Incidents section).
    const inc = await page.request.post('/api/v1/incidents', {
      headers: { 'x-csrf-token': csrf },
      data: { title: 'Gateway TLS certificate expired again', severity: 'SEV-2', services: ['api-gateway'], summary: 'The TLS certificate on the public API gateway expired and clients failed the handshake.' },
    });
    expect(inc.status(), await inc.text()).toBe(201);
    fresh = ((await inc.json()) as { id: string }).id;
    const pm = await page.request.post(`/api/v1/incidents/${fresh}/postmortem`, { headers: { 'x-csrf-token': csrf }, data: { template: 'sre' } });
    expect(pm.status(), await pm.text()).toBe(201);
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  });

  it('shows results while typing in the header search box, typos included, and opens one with the keyboard', async () => {
    await page.goto('/incidents');
    const box = page.getByRole('combobox', { name: 'Search incidents and post-mortems' });
    await box.fill('certifcate expird');
    const options = page.getByRole('listbox', { name: 'Search results' }).getByRole('option');
    await expect.poll(() => options.count()).toBeGreaterThan(1);
    const first = (await options.first().textContent()) ?? '';
    expect(first).toMatch(/certificate|mTLS/i);
    await page.locator('.search-results mark').first().waitFor();
    await shot(page, '30-search-as-you-type');
    await box.press('ArrowDown');
    await box.press('Enter');
    await page.waitForURL(/\/incidents\/INC-/);
    await page.getByRole('heading', { level: 1 }).waitFor();
  });

  it('lists every result with filters on the search page', async () => {
    await page.goto('/search?q=database%20upgarde');
    const items = page.locator('.search-list > li');
    await expect.poll(() => items.count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('.search-list').textContent()).toMatch(/failover|extension/i);
    expect(await unlabelledControls(page)).toEqual([]);
    await page.getByLabel('Severity').selectOption('SEV-1');
    await expect.poll(async () => page.url()).toContain('severity=SEV-1');
    await shot(page, '31-search-page');
  });

  it('explains related incidents in the editor and adds one to the Related Incidents section', async () => {
    await page.goto(`/postmortems/${fresh}`);
    const panel = page.getByRole('region', { name: 'Related incidents' });
    const gateway = idOf.get('cert-expiry-gateway.md')!;
    const item = panel.locator('.related-list > li', { hasText: gateway });
    await item.waitFor();
    expect(await item.locator('.reasons').textContent()).toMatch(/certificate|api-gateway/i);
    await item.getByRole('button', { name: /Add to “Related Incidents”/ }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Related Incidents', exact: true }).locator('textarea').inputValue()).toContain(gateway);
    await item.getByText('In the document').waitFor();
    await shot(page, '32-related-incidents');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText(/^Saved /).waitFor();
  });

  it('draws the Reports page charts with targets, definitions and exports', async () => {
    await page.goto('/reports?kind=annual&period=2025');
    await page.getByRole('heading', { name: 'Metrics and goals' }).waitFor();
    await expect.poll(() => page.locator('.report-chart canvas').count()).toBeGreaterThanOrEqual(5);
    // Chart.js drew on the canvases (some pixels are not transparent).
    const painted = await page.locator('.report-chart canvas').first().evaluate((c) => {
      const cv = c as HTMLCanvasElement;
      const data = cv.getContext('2d')!.getImageData(0, 0, cv.width, cv.height).data;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) return true;
      return false;
    });
    expect(painted).toBe(true);
    expect(await page.getByRole('row', { name: /Post-mortem completion rate/ }).textContent()).toMatch(/100%/);
    await page.getByText('How each number is counted').click();
    await page.locator('.definitions dd', { hasText: 'time to resolve = detection → resolution' }).waitFor();
    await page.getByRole('heading', { name: 'Year-end summary draft' }).waitFor();
    expect(await page.getByRole('link', { name: 'CSV' }).getAttribute('href')).toBe('/api/v1/reports/annual?period=2025&format=csv');
    expect(await unlabelledControls(page)).toEqual([]);
    await shot(page, '33-reports');
    expect(await atPhoneWidth(page, '33-reports')).toBeLessThanOrEqual(1);
    // An empty period says so instead of drawing zeros.
    await page.getByRole('button', { name: 'Next period' }).click();
    await page.waitForURL(/period=2026/);
    await page.getByLabel('Period', { exact: true }).fill('2031');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForURL(/period=2031/);
    await page.getByText(/No incident started in 2031/).waitFor();
    await page.getByLabel('Period', { exact: true }).fill('2031-13');
    await page.getByRole('alert').filter({ hasText: 'Write the period as YYYY' }).waitFor();
    expect(await page.getByRole('button', { name: 'Show' }).isDisabled()).toBe(true);
  });

  it('has shown no console errors', () => {
    expect(errors).toEqual([]);
  });
});
