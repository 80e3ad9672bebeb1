/**
 * The admin page in Chromium: the channels (configured or not, secrets never shown) with
 * "send a test message", a webhook added and turned off from the page (its URL and secret
 * write-only, its test message signed with the saved secret), and the jobs view: what was sent, what is failing and why, and
 * retrying a failed job. Webhook deliveries go to a recording server on loopback.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { webhookSignature } from '../../src/domain/notify/message.ts';
import { buildWebIfNeeded, chromiumPath, shot, startHarness, unlabelledControls, watchConsole, type Harness } from './browser.ts';

const executable = chromiumPath();
if (!executable) console.warn('[debrief tests] no Chromium (set DEBRIEF_CHROMIUM or install Debian\'s chromium): the admin browser tests are skipped.');

const ADMIN = { username: 'kim', password: 'correct-horse-battery' };
const SECRET = 'admin-page-webhook-secret-0123456789';
const SAVED_SECRET = 'saved-from-the-page-secret-987654';

describe.skipIf(!executable)('the admin page in Chromium', () => {
  let h: Harness;
  let page: Page;
  let errors: string[];
  let http: Server;
  const received: string[] = [];
  const signed: { url: string; body: string; ts: number; signature: string }[] = [];
  let hookBase = '';

  beforeAll(async () => {
    buildWebIfNeeded();
    http = createServer((req, res) => {
      let b = '';
      req.on('data', (c: Buffer) => { b += c.toString(); });
      req.on('end', () => {
        received.push(`${req.url ?? ''} ${b}`);
        signed.push({ url: req.url ?? '', body: b, ts: Number(req.headers['debrief-timestamp']), signature: String(req.headers['debrief-signature']) });
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
    await page.getByRole('heading', { name: 'My work' }).waitFor();
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

  it('adds a webhook from the page (URL and secret never shown again), sends it a signed test message, then turns it off', async () => {
    await page.getByRole('button', { name: 'Add a webhook' }).click();
    const add = page.getByRole('form', { name: 'Add a webhook' });
    await add.getByLabel('Webhook name').fill('pager');
    await add.getByLabel(/^URL/).fill(`${hookBase}/pager`);
    await add.getByLabel(/^Signing secret/).fill(SAVED_SECRET);
    await add.getByRole('button', { name: 'Save channel' }).click();
    await expect.poll(async () => (await page.getByRole('status').allTextContents()).join(' ')).toContain('Saved webhook:pager.');
    const settings = page.getByRole('table', { name: 'Channel settings' });
    const row = settings.getByRole('row', { name: /^webhook:pager/ });
    await expect.poll(async () => row.textContent()).toContain('saved here by kim');
    expect(await row.textContent()).toContain('url set · secret set');
    expect(await settings.getByRole('row', { name: /^webhook:ops/ }).textContent()).toContain('config file');
    let html = await page.content();
    expect(html).not.toContain(SAVED_SECRET);
    expect(html).not.toContain(`${hookBase}/pager`);

    const test = page.getByRole('form', { name: 'Test webhook' });
    await test.getByLabel('Webhook').selectOption('pager');
    await test.getByRole('button', { name: 'Send a test message' }).click();
    await expect.poll(() => signed.filter((r) => r.url === '/pager').length, { timeout: 15_000 }).toBe(1);
    const hit = signed.find((r) => r.url === '/pager')!;
    expect(hit.signature).toBe(webhookSignature(SAVED_SECRET, hit.ts, hit.body));

    // Edit: the secret fields are empty (set: leave empty to keep); turned off, the webhook leaves the test list.
    await row.getByRole('button', { name: 'Edit webhook:pager' }).click();
    const edit = page.getByRole('form', { name: 'Edit webhook:pager' });
    expect(await edit.getByLabel(/^Signing secret/).inputValue()).toBe('');
    expect(await edit.textContent()).toContain('set: leave empty to keep');
    await edit.getByLabel('On', { exact: true }).uncheck();
    expect(await unlabelledControls(page)).toEqual([]);
    await shot(page, 'admin-channel-edit');
    await edit.getByRole('button', { name: 'Save channel' }).click();
    await expect.poll(async () => (await page.getByRole('status').allTextContents()).join(' ')).toContain('Saved webhook:pager (off).');
    await expect.poll(async () => (await settings.getByRole('row', { name: /^webhook:pager/ }).textContent()) ?? '').toContain('off');
    await expect.poll(async () => page.getByRole('form', { name: 'Test webhook' }).getByRole('option').allTextContents()).toEqual(['ops', 'gone']);
    html = await page.content();
    expect(html).not.toContain(SAVED_SECRET);
    expect(errors).toEqual([]);
  });
});
