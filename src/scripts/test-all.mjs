// @ts-check
/**
 * `npm test`: every check, in the order that fails fastest.
 *   1. astro check (types, also of the tests and of every script here: each opens with // @ts-check),
 *      then ESLint over src/ and e2e/ (eslint.config.js) and Prettier's check (.prettierrc.json)
 *   2. vitest run src (unit tests, including real builds of broken content)
 *   3. astro build + pagefind (the site the end-to-end tests drive), with BENCH_MODULES set so the
 *      build also lists each browser chunk's modules (astro.config.mjs; the output is the same)
 *   4. the JavaScript budget check over dist/, and a crawl of dist/ (every internal link and
 *      anchor resolves; one h1, a title, a description and a language on every page; the lessons'
 *      core length, Learn more links and external links, read with an HTML parser), and the
 *      render path of every page (render-path.mjs: no stylesheet that blocks the first paint, no
 *      script in <head> but the inline theme script), and the module lists (browser-chunks.test.ts:
 *      no browser chunk holds a schema, zod or a question kind's lint)
 *   5. the SCORM 1.2 package (npm run package:scorm, a second build into dist-scorm/) and the
 *      check of the zip (scorm-zip.test.ts with SCORM_ZIP set)
 *   6. the W3C Nu HTML Checker over every page of dist/ and dist-scorm/ (npm run validate:html,
 *      src/scripts/validate-html.mjs; Java 11+, installed with apt as root on Debian): 0 errors.
 *      One test for the whole run, not one per page: one checker process sees every page, and
 *      each error it prints names its file and line
 *   7. Lighthouse over dist/ (src/scripts/lighthouse.mjs, about 2-3 minutes): the pages it picks
 *      (nine today), three runs each; performance (median) at least 95, accessibility, best practices and SEO 100.
 *      Writes test-results/lighthouse.json, which `npm run bench` prints.
 *   8. Playwright in Chromium (found or installed by find-chromium.mjs, like step 7's)
 * Ends with one line `N passed, N failed` over the unit, package, HTML validation (one for the
 * run), Lighthouse (one per page) and end-to-end tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { findChromium } from './find-chromium.mjs';

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: process.env.FORCE_COLOR ?? '0' };
// Absolute: Playwright resolves report paths against its config folder (e2e/).
const reports = resolve('test-results', 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const started = Date.now();

/**
 * Runs one stage, printing its time; false when it failed.
 * @param {string} title
 * @param {string} command
 * @param {string[]} args
 * @param {Record<string, string>} [extraEnv]
 */
function run(title, command, args, extraEnv = {}) {
  const stepStart = Date.now();
  console.log(`\n=== ${title}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  const seconds = ((Date.now() - stepStart) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n${title} failed after ${seconds} s (exit ${result.status ?? result.signal}).`);
    return false;
  }
  console.log(`=== ${title}: ok in ${seconds} s`);
  return true;
}

/** @param {string} path @returns {any} the file's JSON, or null when it is missing or not JSON */
function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

function countVitest(file = 'vitest.json') {
  const report = readJson(join(reports, file));
  if (!report) return;
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

/** One test per page: passed when it met every mark. No report (the run broke off) counts as one failure. */
/** @param {string} path */
function countLighthouse(path) {
  const report = readJson(path);
  if (!Array.isArray(report?.pages)) {
    totals.failed++;
    return;
  }
  for (const page of report.pages) {
    if (page.pass) totals.passed++;
    else totals.failed++;
  }
}

function countPlaywright() {
  const report = readJson(join(reports, 'playwright.json'));
  if (!report?.stats) return;
  totals.passed += (report.stats.expected ?? 0) + (report.stats.flaky ?? 0);
  totals.failed += report.stats.unexpected ?? 0;
  totals.skipped += report.stats.skipped ?? 0;
}

/** @param {boolean} ok @returns {never} */
function finish(ok) {
  const minutes = ((Date.now() - started) / 60000).toFixed(1);
  console.log(`\nnpm test ${ok ? 'passed' : 'FAILED'} in ${minutes} min`);
  console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
  process.exit(ok ? 0 : 1);
}

const npx = 'npx';
if (!run('Type check', npx, ['astro', 'check'])) finish(false);
// ESLint (eslint.config.js): the structure rules and the size limits of src/; then Prettier's check
// (.prettierrc.json) over the same folders.
if (!run('Lint', npx, ['eslint', 'src', 'e2e'])) finish(false);
if (!run('Format', npx, ['prettier', '--check', 'src', 'e2e'])) finish(false);

const unitOk = run('Unit tests', npx, [
  'vitest',
  'run',
  'src',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${join(reports, 'vitest.json')}`,
]);
countVitest();
if (!unitOk) finish(false);

// Each browser chunk's modules, for the build-only check after the build.
const buildModules = resolve('test-results', 'build-modules.json');
rmSync(buildModules, { force: true });
if (!run('Build', 'npm', ['run', 'build'], { BENCH_MODULES: buildModules })) finish(false);
if (!run('JavaScript budgets', 'node', ['src/scripts/check-budgets.mjs'])) finish(false);
const crawlTests = [
  'src/scripts/site-crawl.test.ts',
  'src/scripts/render-path.test.ts',
  'src/scripts/dist-policy.test.ts',
  'src/scripts/browser-chunks.test.ts',
];
const crawlOk = run(
  'Links and markup of dist/',
  npx,
  [
    'vitest',
    'run',
    ...crawlTests,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${join(reports, 'crawl-vitest.json')}`,
  ],
  {
    SITE_DIST: resolve('dist'),
    BENCH_MODULES: buildModules,
  },
);
countVitest('crawl-vitest.json');
if (!crawlOk) finish(false);

if (!run('SCORM package', 'npm', ['run', 'package:scorm'])) finish(false);
const scormOk = run(
  'SCORM package check',
  npx,
  [
    'vitest',
    'run',
    'src/scripts/scorm-zip.test.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${join(reports, 'scorm-vitest.json')}`,
  ],
  {
    SCORM_ZIP: resolve('scorm', 'co-management-lab-scorm12.zip'),
  },
);
countVitest('scorm-vitest.json');
if (!scormOk) finish(false);

// One test for the run (see above), counted pass or fail.
const validHtml = run('Valid HTML (Nu HTML Checker)', 'node', ['src/scripts/validate-html.mjs', 'dist', 'dist-scorm']);
totals[validHtml ? 'passed' : 'failed']++;
if (!validHtml) finish(false);

/** @type {string} */
let chromium;
try {
  chromium = findChromium();
  console.log(`\nChromium: ${chromium}`);
} catch (error) {
  console.error(`\n${error instanceof Error ? error.message : String(error)}`);
  finish(false);
}
if (!existsSync(chromium)) finish(false);

const lighthouseReport = resolve('test-results', 'lighthouse.json');
rmSync(lighthouseReport, { force: true });
const lighthouseOk = run('Lighthouse', 'node', ['src/scripts/lighthouse.mjs', `--out=${lighthouseReport}`], {
  CHROME_PATH: chromium,
});
countLighthouse(lighthouseReport);
if (!lighthouseOk) finish(false);

const e2eOk = run('End-to-end tests', npx, ['playwright', 'test', '-c', 'e2e/playwright.config.ts'], {
  CHROME_PATH: chromium,
  PLAYWRIGHT_JSON_OUTPUT_NAME: join(reports, 'playwright.json'),
});
countPlaywright();
finish(e2eOk);
