/**
 * A new team in Chromium: its own severity scale (P1–P4) and deadlines, a reviewer who
 * signs off from a second browser without edit rights, the incident page's order and fold,
 * and the action-item board's "won't do" at desktop and phone width.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { atPhoneWidth, buildWebIfNeeded, chromiumPath, secondBrowser, shot, startHarness, unlabelledControls, watchConsole, type Harness } from './browser.ts';

const executable = chromiumPath();
const PASSWORD = 'correct-horse-battery';
// The team's policy: four levels, its own deadlines (docs/policy.md, "A three-level scale").
const CONFIG = `policy:
  severity: { levels: [P1, P2, P3, P4] }
  rules:
    severity:             { severities: [P1, P2] }
    slo-breach:           { severities: [P3] }
    data-affected:        { severities: [P3] }
    complex-or-recurring: { severities: [P3] }
    optional-severity:    { severities: [P3, P4] }
  deadlines:
    sources:
      - { milestone: meeting,   seed: ours, after: 24h, severities: [P1, P2] }
      - { milestone: draft,     seed: ours, after: 3d }
      - { milestone: published, seed: ours, after: 1w }
  meeting:
    lengths: [{ severities: [P1, P2], minMinutes: 60, maxMinutes: 90 }]
`;

/** Records console errors, and requests that failed or answered 5xx. */
function watch(page: Page): string[] {
  const errors = watchConsole(page);
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.method()} ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => { if (r.status() >= 500) errors.push(`${r.status()} ${r.request().method()} ${r.url()}`); });
  return errors;
}

async function signIn(page: Page, username: string): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'My work' }).waitFor();
}

describe.skipIf(!executable)('a new team in Chromium', () => {
  let h: Harness;
  let page: Page;
  let errors: string[];
  let id = '';

  beforeAll(async () => {
    buildWebIfNeeded();
    h = await startHarness(executable!, { configYaml: CONFIG });
    page = await h.context.newPage();
    errors = watch(page);
    // The first admin, a reviewer, a resolved P2 incident with its post-mortem and an action item.
    expect((await page.request.post('/api/v1/setup', { data: { username: 'ada', password: PASSWORD } })).status()).toBe(201);
    await signIn(page, 'ada');
    const { csrfToken } = await (await page.request.get('/api/v1/session')).json() as { csrfToken: string };
    const post = async (url: string, data: unknown): Promise<Record<string, unknown>> => {
      const res = await page.request.post(url, { headers: { 'x-csrf-token': csrfToken }, data });
      expect(res.status(), await res.text()).toBeLessThan(300);
      return await res.json() as Record<string, unknown>;
    };
    await post('/api/v1/users', { username: 'rita', displayName: 'Rita Reviewer', password: PASSWORD, role: 'reviewer' });
    const hour = (h: number): string => new Date(Date.now() + h * 3_600_000).toISOString();
    id = (await post('/api/v1/incidents', { title: 'Payments timeouts', severity: 'P2', services: ['payments'], startedAt: hour(-5), detectedAt: hour(-4.9), resolvedAt: hour(-3) })).id as string;
    await post(`/api/v1/incidents/${id}/postmortem`, { owner: 'ada' });
    await post(`/api/v1/postmortems/${id}/action-items`, { title: 'Alert when payment p99 latency exceeds 2 s for 5 minutes', category: 'detect', priority: 'P1', owner: 'ada' });
  }, 180_000);

  afterAll(async () => { await h?.close(); });

  it('shows the incident as the team set it up: its scale, its deadlines as the team\'s policy, status and next deadline first', async () => {
    await page.goto(`/incidents/${id}`);
    const glance = page.getByRole('region', { name: 'At a glance' });
    await glance.waitFor();
    expect(await page.locator('.page-head .badges').textContent()).toContain('P2');
    expect(await glance.textContent()).toMatch(/Next deadline\s*post-mortem meeting held: .*\(in 2\d h\)/);
    expect(await glance.locator('.reasons').textContent()).toContain('P2 incidents always need a post-mortem (policy rule: severity)');
    // The glance comes before the folded policy detail, which opens on demand.
    const detail = page.locator('details.policy-detail');
    expect(await page.evaluate(() => {
      const a = document.querySelector('section.glance')!;
      const b = document.querySelector('details.policy-detail')!;
      return Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    })).toBe(true);
    expect(await detail.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await detail.locator('summary').click();
    await expect.poll(() => detail.textContent()).toContain('Team policy: post-mortem meeting held');
    expect(await page.locator('main').innerText()).not.toMatch(/\bseeds? (\d{3}|ours)\b/i);
    await shot(page, 'team-01-incident');
    expect(await atPhoneWidth(page, 'team-01-incident')).toBeLessThanOrEqual(1);
    // The declare form offers the team's scale.
    await page.goto('/incidents/new');
    await expect.poll(() => page.getByLabel('Severity').locator('option').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^P1/), expect.stringMatching(/^P4/)]));
    expect(await page.getByLabel('Severity').locator('option', { hasText: /SEV-/ }).count()).toBe(0);
  });

  it('keeps "Save won\'t do" inside its card and clickable on the board, at 1280 and 390 px', async () => {
    for (const [width, height] of [[1280, 900], [390, 844]] as const) {
      await page.setViewportSize({ width, height });
      await page.goto('/action-items');
      const card = page.locator('article.card', { hasText: 'Alert when payment p99 latency' });
      await card.getByLabel('Status').selectOption('wont_do');
      const button = card.getByRole('button', { name: "Save won't do" });
      await button.scrollIntoViewIfNeeded();
      const [b, c] = [(await button.boundingBox())!, (await card.boundingBox())!];
      expect(b.x, `${width} px`).toBeGreaterThanOrEqual(c.x);
      expect(b.x + b.width, `${width} px`).toBeLessThanOrEqual(c.x + c.width + 0.5);
      expect(b.y + b.height, `${width} px`).toBeLessThanOrEqual(c.y + c.height + 0.5);
      const hit = await button.evaluate((el) => {
        const r = el.getBoundingClientRect();
        const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return top === el || el.contains(top);
      });
      expect(hit, `the button itself is under its centre at ${width} px`).toBe(true);
      await shot(page, `team-02-wont-do-${width}`);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('imports a Slack export from another year and keeps its long messages readable at 390 px', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/incidents/${id}/timeline`);
    const url = `https://bitbucket.example.org/team/security/src/${'7c019470cf14fd2d'.repeat(3)}/Q2_sima.py?fileviewer=file-view-default`;
    const day = [[1454884920, `@U0BMYT2FL: ${url}`], [1454888400, 'the retry storm started when the payment gateway began timing out and every client retried at once without backoff']];
    await page.getByLabel('File', { exact: true }).setInputFiles({
      name: '2016-02-07.json', mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(day.map(([ts, text], i) => ({ type: 'message', user: `U${i}`, text, ts: `${ts}.00010${i}` })))),
    });
    await page.getByRole('heading', { name: '2 event(s) outside the incident window' }).waitFor();
    await page.getByRole('button', { name: 'Keep them' }).click();
    await page.locator('table.events td', { hasText: 'the retry storm started' }).first().waitFor();
    // Each row stays a few lines tall (they were 415 px: the text and the buttons squeezed to a few characters).
    const heights = await page.locator('table.events tbody tr').evaluateAll((rows) => rows.map((r) => Math.round(r.getBoundingClientRect().height)));
    expect(Math.max(...heights)).toBeLessThan(300);
    expect(await atPhoneWidth(page, 'team-05-timeline-2016')).toBeLessThanOrEqual(1);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('lets a reviewer in a second browser comment and sign off, with no edit controls', async () => {
    // The owner asks Rita to review.
    await page.goto(`/postmortems/${id}/review`);
    const pick = page.getByLabel(/^Reviewer for /).first();
    await expect.poll(() => pick.locator('option', { hasText: 'rita' }).count()).toBe(1);
    await pick.selectOption('rita');
    await page.getByRole('button', { name: 'Request review' }).click();
    await expect.poll(() => page.locator('.review tbody tr', { hasText: 'rita' }).count()).toBeGreaterThan(0);

    const other = await secondBrowser(executable!, h);
    try {
      const rita = await other.context.newPage();
      const ritaErrors = watch(rita);
      await signIn(rita, 'rita');
      // My work lists the review asked of her, and leads to it.
      await rita.getByRole('link', { name: /Payments timeouts/ }).first().click();
      await rita.waitForURL(/\/postmortems\//);
      if (!/\/review$/.test(rita.url())) await rita.goto(`/postmortems/${id}/review`);
      await rita.getByRole('heading', { name: 'Review and sign-off' }).waitFor();
      await rita.getByLabel(/^Comment on /).fill('The timeline misses when the retry storm started.');
      await rita.getByRole('button', { name: 'Add comment' }).click();
      await rita.locator('ul.comments', { hasText: 'retry storm' }).waitFor();
      await rita.getByLabel('Comment with your decision (optional)').fill('Clear and blameless.');
      await rita.getByRole('button', { name: 'Approve' }).click();
      await expect.poll(() => rita.locator('.review tbody tr', { hasText: 'rita' }).locator('.badge-approved').count()).toBe(1);
      expect(await rita.getByRole('button', { name: /^Publish/ }).count()).toBe(0);
      expect(await unlabelledControls(rita)).toEqual([]);
      await shot(rita, 'team-03-reviewer-review');
      // The editor: the document to read, nothing to edit.
      await rita.goto(`/postmortems/${id}`);
      const saving = rita.getByRole('region', { name: 'Saving' });
      await saving.waitFor();
      expect(await saving.textContent()).toMatch(/^Read only: comment and sign off on the review page/);
      expect(await rita.locator('textarea[data-section]:not([readonly])').count()).toBe(0);
      expect(await rita.getByRole('button', { name: 'Save', exact: true }).count()).toBe(0);
      expect(await rita.getByRole('form', { name: 'Add an action item' }).count()).toBe(0);
      await shot(rita, 'team-04-reviewer-editor');
      expect(await atPhoneWidth(rita, 'team-04-reviewer-editor')).toBeLessThanOrEqual(1);
      expect(ritaErrors).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('has shown no console errors or failed requests', () => {
    expect(errors).toEqual([]);
  });
});
