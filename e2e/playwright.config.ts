import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the built site (`npm run build` first) served by `astro preview`.
 * Browsers cannot be downloaded here: Chromium comes from CHROME_PATH (set by `npm test`,
 * which finds or installs one), falling back to Debian's /usr/bin/chromium.
 */
const port = Number(process.env.E2E_PORT ?? 4329);
const jsonReport = process.env.PLAYWRIGHT_JSON_OUTPUT_NAME;

export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  outputDir: '../test-results/e2e',
  fullyParallel: true,
  // Two workers, also on a 2-core machine (where Playwright's default is one): the suite took
  // 15.8 min with two against 21.8 min with one on the same day's machine, and CI has 30 min.
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 30_000,
  reporter: jsonReport ? [['list'], ['json', { outputFile: jsonReport }]] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: ['--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
    },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    cwd: '..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});
