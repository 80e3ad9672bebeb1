import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.{ts,tsx}'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['test/global-setup.ts'],
    // Polls wait as long as a Playwright locator would: on a loaded CI machine the first page
    // of a browser test can take longer than expect.poll's 1 s default to render.
    expect: { poll: { timeout: 30_000 } },
  },
});
