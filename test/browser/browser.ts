/**
 * Browser-test harness: Debian's Chromium through playwright-core (never a downloaded
 * browser), a fresh profile per run, and the real server on a fresh PGlite directory.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { loadConfig } from '../../src/config/config.ts';
import { startServer, type RunningServer } from '../../src/server/start.ts';

const ROOT = resolve(import.meta.dirname, '../..');

/** Screenshots of each main page, for people to look at (gitignored). */
export const SCREENSHOTS = join(ROOT, 'test-results', 'screenshots');

/** The Chromium to drive: DEBRIEF_CHROMIUM, else Debian's /usr/bin/chromium, else null. */
export function chromiumPath(): string | null {
  const fromEnv = process.env['DEBRIEF_CHROMIUM'];
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : null;
}

const BUILD_LOCK = join(ROOT, 'test-results', '.web-build-lock');

/** Holds the build lock (a directory: made atomically) while `fn` runs; a lock older than 5 minutes is a crashed run's. */
function withBuildLock(fn: () => void): void {
  mkdirSync(dirname(BUILD_LOCK), { recursive: true });
  const wait = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(BUILD_LOCK);
      break;
    } catch {
      if (Date.now() - (statSync(BUILD_LOCK, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 300_000) rmSync(BUILD_LOCK, { recursive: true, force: true });
      Atomics.wait(wait, 0, 0, 200);
    }
  }
  try {
    fn();
  } finally {
    rmSync(BUILD_LOCK, { recursive: true, force: true });
  }
}

/**
 * Builds web/dist when it is missing or older than web/src (a no-op otherwise). One build at
 * a time: test files run in parallel, and two builds emptying web/dist at once broke each other.
 */
export function buildWebIfNeeded(): void {
  withBuildLock(() => {
    // Vitest sets NODE_ENV=test, which would build React's development bundles: build as `npm start` does.
    const run = spawnSync(process.execPath, [join(ROOT, 'bin', 'build-web-if-needed.js')], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
    if (run.status !== 0 || !existsSync(join(ROOT, 'web', 'dist', 'index.html'))) throw new Error('the web app could not be built (npm run build:web)');
  });
}

export type Harness = { server: RunningServer; context: BrowserContext; close(): Promise<void> };

/** Starts the server on a fresh data directory and a headless Chromium with a fresh profile. */
export async function startHarness(executablePath: string, options: { configYaml?: string } = {}): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-browser-'));
  if (options.configYaml !== undefined) writeFileSync(join(dir, 'debrief.config.yaml'), options.configYaml);
  const config = loadConfig({ env: { PORT: '0', DEBRIEF_DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'warn' }, cwd: dir });
  const server = await startServer(config);
  let context: BrowserContext;
  try {
    // Without these the closed network floods the log with update and sync errors.
    context = await launchBrowser(executablePath, join(dir, 'profile'), server.url);
  } catch (e) {
    await server.stop();
    throw e;
  }
  mkdirSync(SCREENSHOTS, { recursive: true });
  return {
    server, context,
    async close() {
      await context.close().catch(() => undefined);
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A headless Chromium on a profile directory, its relative URLs on the server. */
function launchBrowser(executablePath: string, profile: string, serverUrl: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath, headless: true, chromiumSandbox: false, baseURL: serverUrl.replace('localhost', '127.0.0.1'),
    viewport: { width: 1280, height: 900 },
    args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A second person's browser on the same server: another Chromium with a profile of its own (two people, two browsers). */
export async function secondBrowser(executablePath: string, h: Harness): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'debrief-browser-2-'));
  const context = await launchBrowser(executablePath, join(dir, 'profile'), h.server.url);
  return {
    context,
    async close() {
      await context.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Collects page errors and console errors (failed-resource lines for expected 4xx answers are left out). */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource: the server responded with a status of 4\d\d/.test(m.text())) errors.push(m.text());
  });
  return errors;
}

/** Saves a full-page screenshot under test-results/screenshots/. */
export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Form controls on the page without an accessible name (label, aria-label or aria-labelledby). */
export async function unlabelledControls(page: Page): Promise<string[]> {
  return page.evaluate(() => [...document.querySelectorAll('input, select, textarea, button')]
    .filter((el) => {
      const e = el as HTMLInputElement;
      if (e.type === 'hidden') return false;
      const named = (e.labels?.length ?? 0) > 0 || e.getAttribute('aria-label') || e.getAttribute('aria-labelledby');
      return !named && !(el.tagName === 'BUTTON' && el.textContent?.trim());
    })
    .map((el) => el.outerHTML.slice(0, 120)));
}

/** The elements reached by pressing Tab `count` times from the top of the page. */
export async function tabStops(page: Page, count: number): Promise<string[]> {
  // Start from the top of the document, as after a fresh load.
  await page.evaluate(() => {
    document.body.tabIndex = -1;
    document.body.focus();
    document.body.removeAttribute('tabindex');
  });
  const stops: string[] = [];
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    stops.push(await page.evaluate(() => document.activeElement?.textContent?.trim().slice(0, 40) ?? ''));
  }
  return stops;
}

/** Shows the page at phone width (390 px): screenshot, and how many pixels it overflows sideways. */
export async function atPhoneWidth(page: Page, name: string): Promise<number> {
  const before = page.viewportSize();
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, `${name}-phone`);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  if (overflow > 1) {
    // Name the widest offenders (outside scroll containers) to make the failure easy to fix.
    const wide = await page.evaluate(() => [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1 && !(el instanceof SVGElement))
      .sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right).slice(0, 5).map((el) => `${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().right)}px`));
    console.warn(`[${name}] wider than a phone: ${wide.join(', ')}`);
  }
  if (before) await page.setViewportSize(before);
  return overflow;
}
