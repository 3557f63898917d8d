// @ts-check
/**
 * Lighthouse's half that drives a browser: one headless Chromium (find-chromium.mjs) and Lighthouse
 * 12 with the settings of the Lighthouse check (lighthouse.mjs). The bench's first-paint section
 * (bench-paint-run.ts) audits through the same `openLighthouse`, so both measure the same way; the
 * pure half (scores, rules, tables) is lighthouse-report.mjs.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './find-chromium.mjs';

/** Chromium's flags on this kind of machine (a container, no GPU, no network beyond 127.0.0.1). */
export const CHROME_FLAGS = Object.freeze([
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]);

const read = (/** @type {string} */ file) => readFileSync(file, 'utf8');

/**
 * The first port in [from, to] that is free on 127.0.0.1 and not in `skip`.
 * @param {number} from
 * @param {number} to
 * @param {readonly number[]} [skip]
 */
export async function freePort(from, to, skip = []) {
  for (let port = from; port <= to; port++) {
    if (skip.includes(port)) continue;
    const free = await new Promise((done) => {
      const probe = createServer();
      probe.once('error', () => done(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => done(true)));
    });
    if (free) return port;
  }
  throw new Error(`No free port between ${from} and ${to}: pass --port=N (or LIGHTHOUSE_PORT) to start elsewhere.`);
}

/**
 * The browser's name and version as Chromium's debugging port reports them ("HeadlessChrome/…"),
 * or 'unknown': the figure is only informative, so a failed request is no error.
 * @param {number} port
 */
async function browserVersion(port) {
  try {
    const about = await (await fetch(`http://127.0.0.1:${port}/json/version`)).json();
    return String(about.Browser ?? 'unknown');
  } catch {
    return 'unknown';
  }
}

/**
 * One headless Chromium (find-chromium.mjs, CHROME_FLAGS) driven by Lighthouse with the settings
 * of this check: its default config (mobile form factor, simulated throttling) and no full-page
 * screenshot. The Lighthouse check and the bench's first-paint section (bench-paint-run.ts) both
 * audit through it, so their figures come from the same tool set the same way.
 * `audit` starts Chromium again and retries once when the connection to it is lost (not the
 * page's fault); `close` stops Chromium and removes its profile.
 * @param {{ firstPort: number, skipPorts?: readonly number[], log?: (line: string) => void }} options
 *   Chromium's debugging port is the first free one from `firstPort` up to nine above it, not in `skipPorts`.
 */
export async function openLighthouse({ firstPort, skipPorts = [], log = (line) => console.log(line) }) {
  const { default: lighthouse, generateReport } = await import('lighthouse');
  const { launch } = await import('chrome-launcher');
  const version = String(JSON.parse(read(fileURLToPath(import.meta.resolve('lighthouse/package.json')))).version);
  const chromePath = findChromium();
  const userDataDir = mkdtempSync(join(tmpdir(), 'lighthouse-profile-'));
  /** @type {Awaited<ReturnType<typeof launch>> | null} */
  let chrome = null;
  const startChrome = async () => {
    const port = await freePort(firstPort, firstPort + 9, skipPorts);
    chrome = await launch({
      chromePath,
      chromeFlags: [...CHROME_FLAGS],
      userDataDir,
      port,
      logLevel: 'silent',
      handleSIGINT: true,
    });
    return chrome;
  };
  const stopChrome = () => {
    try {
      chrome?.kill();
    } catch {
      // already gone
    }
    chrome = null;
  };

  // Without a Chromium nothing can be audited: its profile goes, and the error is the caller's.
  const started = await startChrome().catch((error) => {
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  });
  const browser = await browserVersion(started.port);

  return {
    version,
    browser,
    chromePath,
    generateReport,
    /**
     * Lighthouse's result (LH.Result) for one URL.
     * @param {string} url
     * @param {{ categories?: readonly string[], name?: string }} [options] the categories to audit
     *   (default: performance only) and how a retry message names the run
     * @returns {Promise<any>}
     */
    async audit(url, { categories = ['performance'], name = url } = {}) {
      for (let attempt = 1; ; attempt++) {
        try {
          if (!chrome) await startChrome();
          const result = await lighthouse(url, {
            port: /** @type {any} */ (chrome).port,
            logLevel: 'error',
            output: 'json',
            onlyCategories: [...categories],
            // The full-page screenshot only illustrates the HTML report, and a tall page (the
            // virtualised device grid) makes it slow.
            disableFullPageScreenshot: true,
          });
          if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
          return result.lhr;
        } catch (error) {
          log(
            `  ${name}: Lighthouse failed (${error instanceof Error ? error.message : String(error)})${attempt === 1 ? '; retrying with a new Chromium' : ''}`,
          );
          stopChrome();
          if (attempt === 2) throw error;
        }
      }
    },
    async close() {
      stopChrome();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
