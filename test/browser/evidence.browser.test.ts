/**
 * Evidence in the browser, against the real server: a screenshot pasted into the root
 * cause is kept as evidence and cited there, the panel lists it with its hash and a
 * preview, the citation survives the save and leads to the item's page; and an uploaded
 * SVG and HTML page opened in Chromium are downloaded, never run.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { buildWebIfNeeded, chromiumPath, shot, startHarness, unlabelledControls, watchConsole, type Harness } from './browser.ts';

const executable = chromiumPath();
if (!executable) console.warn('[debrief tests] no Chromium (set DEBRIEF_CHROMIUM or install Debian\'s chromium): the evidence browser tests are skipped.');

const ADMIN = { username: 'eve', password: 'correct-horse-battery' };
// A 1×1 PNG, as a clipboard screenshot would carry it.
const PNG_BASE64 = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

describe.skipIf(!executable)('evidence in Chromium', () => {
  let h: Harness;
  let page: Page;
  let errors: string[];
  let csrf = '';
  let incidentId = '';

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
    const inc = await page.request.post('/api/v1/incidents', { headers: { 'x-csrf-token': csrf }, data: { title: 'Cache overwhelmed at peak', severity: 'SEV-2', services: ['checkout'] } });
    expect(inc.status(), await inc.text()).toBe(201);
    incidentId = ((await inc.json()) as { id: string }).id;
    const pm = await page.request.post(`/api/v1/incidents/${incidentId}/postmortem`, { headers: { 'x-csrf-token': csrf }, data: {} });
    expect(pm.status(), await pm.text()).toBe(201);
  }, 240_000);

  afterAll(async () => {
    await h?.close();
  });

  it('keeps a screenshot pasted into the root cause as evidence and cites it there; the citation is saved and leads to the item', async () => {
    await page.goto(`/postmortems/${incidentId}`);
    const rootCause = page.locator('textarea[data-section="rootCause"]');
    await rootCause.waitFor();
    await rootCause.fill('The cache was sized for normal traffic, not the holiday peak; hit rate fell to 12%: ');
    await rootCause.focus();
    await rootCause.evaluate((el, b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], 'image.png', { type: 'image/png' }));
      const ta = el as HTMLTextAreaElement;
      ta.setSelectionRange(ta.value.length, ta.value.length);
      ta.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, PNG_BASE64);
    await expect.poll(() => rootCause.inputValue(), { timeout: 15_000 }).toMatch(/\[evidence ev_[0-9a-f]{16}\]\(\/incidents\/[^)]+\/evidence\/ev_[0-9a-f]{16}\)$/);
    const citation = /\[evidence (ev_[0-9a-f]{16})\]/.exec(await rootCause.inputValue())![1]!;
    const row = page.locator(`li[data-evidence="${citation}"]`);
    await row.waitFor();
    await expect.poll(() => row.textContent()).toMatch(/Screenshot pasted into Root Cause.*image\/png.*sha256 [0-9a-f]{12}/s);
    // A raster image gets a preview, loaded (lazily, once in view) from the content URL.
    await row.scrollIntoViewIfNeeded();
    await expect.poll(() => row.locator('img').evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(1);
    await shot(page, 'evidence-01-pasted');

    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(async () => ((await (await page.request.get(`/api/v1/postmortems/${incidentId}`)).json()) as { sections: { key: string; body: string }[] })
      .sections.find((s) => s.key === 'rootCause')?.body ?? '').toContain(`[evidence ${citation}]`);

    // "Cite" in the panel puts a citation into the section last edited.
    await page.locator('textarea[data-section="lessons"]').focus();
    await row.getByRole('button', { name: /^Cite in / }).click();
    await expect.poll(() => page.locator('textarea[data-section="lessons"]').inputValue()).toContain(`[evidence ${citation}]`);

    await page.goto(`/incidents/${incidentId}/evidence/${citation}`);
    await page.getByRole('heading', { name: 'Screenshot pasted into Root Cause' }).waitFor();
    await expect.poll(() => page.locator('article').textContent()).toMatch(/Post-mortem: Root Cause/);
    expect(await unlabelledControls(page)).toEqual([]);
    await shot(page, 'evidence-02-item');

    await page.goto(`/incidents/${incidentId}`);
    await page.locator(`li[data-evidence="${citation}"]`).waitFor();
    await page.getByRole('button', { name: 'Verify hashes' }).click();
    await page.getByText(/match their SHA-256/).waitFor();
    expect(await unlabelledControls(page)).toEqual([]);
    await shot(page, 'evidence-03-incident');
  }, 120_000);

  it('opens an uploaded SVG with script and an HTML page as downloads: no script runs in Debrief\'s origin', async () => {
    const probe = await h.context.newPage();
    const dialogs: string[] = [];
    const requests: string[] = [];
    probe.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    probe.on('request', (r) => requests.push(r.url()));
    const bodies = {
      'chart.svg': '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(\'svg-onload\')"><script>fetch("/pwned-svg");alert("svg")</script><rect width="9" height="9"/></svg>',
      'page.html': '<!doctype html><html><body><script>fetch("/pwned-html");alert("html");document.title="pwned"</script>hello</body></html>',
    };
    for (const [name, body] of Object.entries(bodies)) {
      const res = await page.request.post(`/api/v1/incidents/${incidentId}/evidence?caption=${encodeURIComponent(`uploaded ${name}`)}&name=${name}`, {
        headers: { 'x-csrf-token': csrf, 'content-type': name.endsWith('.svg') ? 'image/svg+xml' : 'text/html' }, data: body,
      });
      expect(res.status(), await res.text()).toBe(201);
      const item = (await res.json()) as { links: { content: string }; contentType: string };
      expect(item.contentType).toBe(name.endsWith('.svg') ? 'image/svg+xml' : 'text/html');
      const [download] = await Promise.all([probe.waitForEvent('download'), probe.goto(item.links.content).catch(() => null)]);
      expect(download.suggestedFilename()).toBe(name);
      // Also framed into a Debrief page and as an image: the sandbox CSP and the attachment keep it inert.
      await probe.goto(`/incidents/${incidentId}`);
      await probe.evaluate((src) => {
        const f = document.createElement('iframe');
        f.src = src;
        document.body.append(f);
        const img = document.createElement('img');
        img.src = src;
        document.body.append(img);
      }, item.links.content);
      await probe.waitForTimeout(500);
    }
    expect(dialogs).toEqual([]);
    expect(requests.filter((u) => u.includes('pwned'))).toEqual([]);
    expect(await probe.title()).not.toBe('pwned');
    await probe.close();
    expect(errors).toEqual([]);
  }, 120_000);
});
