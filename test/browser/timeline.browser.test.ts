/**
 * A timeline that survives real data, in Chromium: an incident page without a post-mortem
 * makes no failed request; a Slack file from 2016 dropped on a 2026 incident is flagged with
 * Keep / Drop; the chart cuts the silence out of the axis (no five-million-minute gap) with
 * axis labels that never overlap; long URLs wrap in the table while the time stays on one
 * line; an event can be excluded and deleted (with a confirmation).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { atPhoneWidth, buildWebIfNeeded, chromiumPath, shot, startHarness, watchConsole, type Harness } from './browser.ts';

const executable = chromiumPath();
const ADMIN = { username: 'ada', password: 'correct-horse-battery' };

/** One channel-day of a Slack export: messages at the given Unix seconds. */
const slackDay = (messages: [number, string][]): Buffer =>
  Buffer.from(JSON.stringify(messages.map(([ts, text], i) => ({ type: 'message', user: `U${i}`, text, ts: `${ts}.00010${i}` }))));

describe.skipIf(!executable)('timeline with real data in Chromium', () => {
  let h: Harness;
  let page: Page;
  let errors: string[];
  const failed: string[] = [];
  let csrf = '';
  let id = '';

  beforeAll(async () => {
    buildWebIfNeeded();
    h = await startHarness(executable!);
    page = await h.context.newPage();
    errors = watchConsole(page);
    page.on('requestfailed', (r) => { if (!/aborted/i.test(r.failure()?.errorText ?? '')) failed.push(`${r.method()} ${r.url()} ${r.failure()?.errorText ?? ''}`); });
    page.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('/api/v1/session')) failed.push(`${r.status()} ${r.request().method()} ${r.url()}`); });
    await page.goto('/');
    await page.getByLabel('Username').fill(ADMIN.username);
    await page.getByLabel(/^Password/).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Create admin and sign in' }).click();
    await page.getByRole('heading', { name: 'My work' }).waitFor();
    csrf = ((await (await page.request.get('/api/v1/session')).json()) as { csrfToken: string }).csrfToken;
    const started = new Date(Date.now() - 3 * 3_600_000).toISOString();
    const res = await page.request.post('/api/v1/incidents', { headers: { 'x-csrf-token': csrf }, data: { title: 'Payments queue stalled', severity: 'SEV-2', startedAt: started } });
    expect(res.status(), await res.text()).toBe(201);
    id = ((await res.json()) as { id: string }).id;
    const base = Date.now() - 2 * 3_600_000;
    for (let i = 0; i < 40; i++) {
      const text = i === 3
        ? 'Runbook https://wiki.example.com/engineering/runbooks/payments/queue-consumers/stalled-consumer-recovery-procedure-with-a-very-long-path?section=rollback&step=7&from=alert-manager-notification'
        : `consumer lag check ${i}`;
      const add = await page.request.post(`/api/v1/incidents/${id}/events`, { headers: { 'x-csrf-token': csrf }, data: { at: new Date(base + i * 90_000).toISOString(), kind: 'note', text } });
      expect(add.status(), await add.text()).toBe(201);
    }
  }, 240_000);

  afterAll(async () => { await h?.close(); });

  it('opens an incident without a post-mortem with no failed request', async () => {
    failed.length = 0;
    await page.goto(`/incidents/${id}`);
    await page.getByRole('heading', { name: 'Payments queue stalled' }).waitFor();
    await page.getByRole('button', { name: 'Start the post-mortem' }).waitFor();
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('flags a 2016 Slack file on the import and drops it on request', async () => {
    await page.goto(`/incidents/${id}/timeline`);
    await page.getByRole('heading', { name: 'Import events' }).waitFor();
    await page.getByLabel('File', { exact: true }).setInputFiles({ name: '2016-05-02.json', mimeType: 'application/json', buffer: slackDay([[1462179600, 'welcome to #payments'], [1462183200, 'lunch?']]) });
    await page.getByRole('heading', { name: '2 event(s) outside the incident window' }).waitFor();
    await shot(page, 'timeline-01-outliers');
    await page.getByRole('button', { name: 'Drop them' }).click();
    await page.getByText('Dropped 2 event(s) from outside the incident window.').waitFor();
    await expect.poll(() => page.getByRole('cell', { name: 'lunch?', exact: true }).count()).toBe(0);
  });

  it('keeps outliers when asked and draws them behind an axis cut, labels apart, long URLs wrapped', async () => {
    await page.getByLabel('File', { exact: true }).setInputFiles({ name: '2016-06-01.json', mimeType: 'application/json', buffer: slackDay([[1464771600, 'old standup notes']]) });
    await page.getByRole('heading', { name: '1 event(s) outside the incident window' }).waitFor();
    await page.getByRole('button', { name: 'Keep them' }).click();
    await page.getByRole('cell', { name: 'old standup notes', exact: true }).waitFor();
    await page.locator('.axis-break').first().waitFor();
    const labels = await page.locator('.timeline-chart svg text').allTextContents();
    expect(labels.filter((l) => /gap \d{4,}/.test(l))).toEqual([]);
    expect(labels.some((l) => /years later/.test(l))).toBe(true);
    const boxes = (await page.locator('.timeline-chart .tick text').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as { left: number; right: number })));
    expect(boxes.length).toBeGreaterThan(1);
    for (let i = 1; i < boxes.length; i++) {
      expect(boxes[i]!.left).toBeGreaterThan(boxes[i - 1]!.right);
      expect((boxes[i]!.left + boxes[i]!.right) / 2 - (boxes[i - 1]!.left + boxes[i - 1]!.right) / 2).toBeGreaterThanOrEqual(60);
    }
    // The long URL wraps inside its cell: the table fits its box and the time stays on one line.
    const fit = await page.locator('.table-wrap').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(fit).toBeLessThanOrEqual(1);
    const row = page.getByRole('row').filter({ hasText: 'stalled-consumer-recovery' });
    const timeRects = await row.locator('td').first().locator('time').evaluate((el) => el.getClientRects().length);
    expect(timeRects).toBe(1);
    await shot(page, 'timeline-02-axis-cut');
    expect(await atPhoneWidth(page, 'timeline-02-axis-cut')).toBeLessThanOrEqual(1);
  });

  it('excludes an event (kept, marked, out of the chart) and deletes one after a confirmation', async () => {
    await page.getByRole('button', { name: 'Exclude "old standup notes"' }).click();
    await page.getByRole('button', { name: 'Include "old standup notes"' }).waitFor();
    await expect.poll(() => page.locator('.axis-break').count()).toBe(0);
    await page.getByRole('button', { name: 'Delete "consumer lag check 7"' }).click();
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await page.getByRole('cell', { name: 'consumer lag check 7', exact: true }).count()).toBe(1);
    await page.getByRole('button', { name: 'Delete "consumer lag check 7"' }).click();
    await page.getByRole('button', { name: 'Confirm delete' }).click();
    await expect.poll(() => page.getByRole('cell', { name: 'consumer lag check 7', exact: true }).count()).toBe(0);
    await shot(page, 'timeline-03-excluded-deleted');
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
  });
});
