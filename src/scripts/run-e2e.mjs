// @ts-check
/** `npm run test:e2e`: Playwright against the existing dist/, with a Chromium found or installed. */
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.mjs';

let chromium;
try {
  chromium = findChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
const result = spawnSync('npx', ['playwright', 'test', '-c', 'e2e/playwright.config.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROME_PATH: chromium, ASTRO_TELEMETRY_DISABLED: '1' },
});
process.exit(result.status ?? 1);
