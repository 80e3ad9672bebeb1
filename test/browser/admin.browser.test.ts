/**
 * The admin page in Chromium: the channels (configured or not, secrets never shown) with
 * "send a test message", and the jobs view: what was sent, what is failing and why, and
 * retrying a failed job. Webhook deliveries go to a recording server on loopback.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildWebIfNeeded, chromiumPath, shot, startHarness, unlabelledControls, watchConsole, type Harness } from './browser.ts';

const executable = chromiumPath();
if (!executable) console.warn('[debrief tests] no Chromium (set DEBRIEF_CHROMIUM or install Debian\'s chromium): the admin browser tests are skipped.');

const ADMIN = { username: 'kim', password: 'correct-horse-battery' };
const SECRET = 'admin-page-webhook-secret-0123456789';

describe.skipIf(!executable)('the admin page in Chromium', () => {
  let h: Harness;
  let page: Page;
  let errors: string[];
  let http: Server;
  const received: string[] = [];
  let hookBase = '';

  beforeAll(async () => {
    buildWebIfNeeded();
    http = createServer((req, res) => {
      let b = '';
      req.on('data', (c: Buffer) => { b += c.toString(); });
      req.on('end', () => {
        received.push(`${req.url ?? ''} ${b}`);
        if (req.url === '/gone') res.writeHead(404).end('no_such_hook');
        else res.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((r) => http.listen(0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
    hookBase = base;
    h = await startHarness(executable!, {
      configYaml: `notify:\n  webhooks:\n    - { name: ops, url: "${base}/ops", secret: ${SECRET} }\n    - { name: gone, url: "${base}/gone", secret: ${SECRET} }\n`,
    });
    page = await h.context.newPage();
    errors = watchConsole(page);
    await page.goto('/');
    await page.getByLabel('Username').fill(ADMIN.username);
    await page.getByLabel(/^Password/).fill(ADMIN.password);
    await page.getByRole('button', { name: 'Create admin and sign in' }).click();
    await page.getByRole('heading', { name: 'Incidents' }).waitFor();
  }, 240_000);

  afterAll(async () => {
    await h?.close();
    await new Promise((r) => http?.close(r));
  });

  it('lists the channels without their secrets and sends a test message on the webhook', async () => {
    await page.getByRole('link', { name: 'Admin' }).click();
    await page.getByRole('heading', { name: 'Administration' }).waitFor();
    const channels = page.getByRole('table', { name: 'Channels' });
    await expect.poll(() => channels.getByRole('row').count()).toBe(4);
    expect(await channels.getByRole('row', { name: /^webhook/ }).textContent()).toContain('set');
    expect(await channels.getByRole('row', { name: /^slack/ }).textContent()).toContain('not set');
    const html = await page.content();
    expect(html).not.toContain(SECRET);
    expect(html).not.toContain(hookBase);
    const form = page.getByRole('form', { name: 'Test webhook' });
    await form.getByRole('button', { name: 'Send a test message' }).click();
    await expect.poll(async () => (await page.getByRole('status').allTextContents()).join(' ')).toMatch(/Test message queued as job \d+/);
    await expect.poll(() => received.filter((r) => r.startsWith('/ops')).length, { timeout: 15_000 }).toBe(1);
    expect(await unlabelledControls(page)).toEqual([]);
  });

  it('shows a failing job with its reason and retries it', async () => {
    const form = page.getByRole('form', { name: 'Test webhook' });
    await form.getByLabel('Webhook').selectOption('gone');
    await form.getByRole('button', { name: 'Send a test message' }).click();
    await expect.poll(() => received.filter((r) => r.startsWith('/gone')).length, { timeout: 15_000 }).toBe(1);
    const jobs = page.getByRole('table', { name: 'Jobs' });
    await expect.poll(async () => {
      await page.getByRole('button', { name: 'Refresh jobs' }).click();
      return (await jobs.locator('tr[data-state="dead"]').count());
    }, { timeout: 15_000 }).toBe(1);
    const dead = jobs.locator('tr[data-state="dead"]');
    expect(await dead.textContent()).toContain('webhook gone answered 404: no_such_hook');
    expect(await jobs.locator('tr[data-state="done"]').first().textContent()).toContain('sent');
    await page.getByLabel('Job state').selectOption('dead');
    await expect.poll(() => jobs.locator('tbody tr').count()).toBe(1);
    await shot(page, 'admin-jobs');
    await dead.getByRole('button', { name: /^Retry/ }).click();
    await expect.poll(async () => (await page.getByRole('status').allTextContents()).join(' ')).toMatch(/runs again/);
    await expect.poll(() => received.filter((r) => r.startsWith('/gone')).length, { timeout: 15_000 }).toBe(2);
    expect(errors).toEqual([]);
  });
});
