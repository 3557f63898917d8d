// @ts-check
/**
 * Lighthouse over the built site (issue 10): serves dist/ (static-server.mjs: gzip, as a host
 * would), starts one headless Chromium (find-chromium.mjs) and runs Lighthouse 12 with its
 * default config (mobile form factor, simulated throttling; categories performance,
 * accessibility, best practices and SEO) three times on each page:
 *   - `/`, the first unit without a simulator, every unit with a simulator, one scenario page and
 *     its presenter view (the scenario that loads the most JavaScript at start), the
 *     self-assessment;
 *   - performance is the median of the three runs and must be at least 95; accessibility, best
 *     practices and SEO (audited in the first run only: they do not depend on timing) must be 100
 *     (lighthouse-report.mjs has the rules).
 * Writes test-results/lighthouse.json (every run's scores, metrics and total transfer bytes, the
 * page results, Chromium's version, the date), prints a table, and for a page that misses names
 * the category and the audits that cost points and writes the median run's HTML report to
 * test-results/lighthouse/. Exits 1 when a page misses.
 *
 *   node src/scripts/lighthouse.mjs [--dist=dist] [--runs=3] [--port=4350] [--out=path]
 *                                   [--pages=/,/units/introduction/]
 * The server takes the first free port from --port (default 4350, or LIGHTHOUSE_PORT) up to nine
 * above it, and Chromium's debugging port the next free one after that.
 * Chromium and Lighthouse's settings live in `openLighthouse` (lighthouse-session.mjs), which the
 * bench's first-paint section (bench-paint-run.ts) uses too, so both measure the same way.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measurePage } from './check-budgets.mjs';
import { elementsOf, hasClass, parseHtml } from './html.mjs';
import { CATEGORIES, RULES, compactRun, formatFailures, formatTable, summarisePage } from './lighthouse-report.mjs';
import { freePort, openLighthouse } from './lighthouse-session.mjs';
import { serveStatic } from './static-server.mjs';

const read = (/** @type {string} */ file) => readFileSync(file, 'utf8');

/**
 * The pages to audit, from a build: `/`, the Labs page (`/scenarios/`), the first unit (in content order) without a simulator,
 * every unit with one (a `sim-slot` in its HTML, or a lab task, whose simulator opens in the
 * question: `quiz__lab`), the scenario page that loads the most
 * JavaScript at start (ties: the longer HTML) and the presenter view of the same scenario, and
 * the self-assessment.
 * @param {string} distDir
 * @param {string} [lessonsDir] content/lessons, whose NN- prefixes give the unit order
 * @returns {{ page: string, label: string }[]}
 */
export function selectPages(distDir, lessonsDir = resolve('content', 'lessons')) {
  const html = (/** @type {string} */ page) => join(distDir, page, 'index.html');
  const folders = (/** @type {string} */ dir) =>
    existsSync(join(distDir, dir))
      ? readdirSync(join(distDir, dir)).filter((name) => existsSync(html(`${dir}/${name}`)))
      : [];
  /** @type {{ page: string, label: string }[]} */
  const pages = [];
  if (existsSync(html(''))) pages.push({ page: '/', label: 'home' });
  if (existsSync(html('scenarios'))) pages.push({ page: '/scenarios/', label: 'labs page' });

  const order = existsSync(lessonsDir)
    ? readdirSync(lessonsDir)
        .sort()
        .map((name) => name.replace(/^\d+-/, ''))
    : [];
  const units = folders('units').sort((a, b) => {
    const rank = (/** @type {string} */ slug) => (order.includes(slug) ? order.indexOf(slug) : order.length);
    return rank(a) - rank(b) || a.localeCompare(b);
  });
  const hasSimulator = (/** @type {string} */ slug) =>
    elementsOf(parseHtml(read(html(`units/${slug}`)))).some(
      (element) => hasClass(element, 'sim-slot') || hasClass(element, 'quiz__lab'),
    );
  const plain = units.find((slug) => !hasSimulator(slug));
  if (plain) pages.push({ page: `/units/${plain}/`, label: 'unit without a simulator' });
  for (const slug of units.filter(hasSimulator))
    pages.push({ page: `/units/${slug}/`, label: 'unit with a simulator' });

  const weight = (/** @type {string} */ page) => {
    const measured = measurePage(distDir, html(page));
    return { js: measured.externalGzip + measured.inlineGzip, html: read(html(page)).length };
  };
  const heaviest = folders('scenarios')
    .map((id) => ({ id, ...weight(`scenarios/${id}`) }))
    .sort((a, b) => b.js - a.js || b.html - a.html || a.id.localeCompare(b.id))[0];
  if (heaviest) {
    pages.push({ page: `/scenarios/${heaviest.id}/`, label: 'scenario page (most JavaScript at start)' });
    if (existsSync(html(`present/${heaviest.id}`)))
      pages.push({ page: `/present/${heaviest.id}/`, label: 'presenter view (same scenario)' });
  }
  if (existsSync(html('self-assessment'))) pages.push({ page: '/self-assessment/', label: 'self-assessment' });
  return pages;
}

/**
 * Audits each page `runsPerPage` times in one Lighthouse session. Returns each page's summary, in
 * the pages' order, and for each page the result (LH.Result) of its median run, for the HTML
 * report of a page that misses.
 * @param {Awaited<ReturnType<typeof openLighthouse>>} session
 * @param {string} origin the static server's URL
 * @param {{ page: string, label: string }[]} pages
 * @param {number} runsPerPage
 * @param {(line: string) => void} log
 */
async function auditPages(session, origin, pages, runsPerPage, log) {
  /** @type {ReturnType<typeof summarisePage>[]} */
  const results = [];
  /** @type {Record<string, any>} */
  const medianLhr = {};
  for (const { page, label } of pages) {
    /** @type {ReturnType<typeof compactRun>[]} */
    const runs = [];
    /** @type {any[]} */
    const lhrs = [];
    for (let index = 0; index < runsPerPage; index++) {
      const runStart = Date.now();
      // Accessibility, best practices and SEO do not depend on timing: the first run audits
      // them, the others only performance (axe and the SEO checks cost seconds).
      const lhr = await session.audit(`${origin}${page}`, {
        categories: index === 0 ? CATEGORIES : ['performance'],
        name: `${page} run ${index + 1}`,
      });
      const run = compactRun(lhr, (Date.now() - runStart) / 1000);
      runs.push(run);
      lhrs.push(lhr);
      const scores = CATEGORIES.map((category) => run.scores[category] ?? '-').join(' / ');
      log(
        `  ${page} run ${index + 1}/${runsPerPage}: ${scores} in ${run.seconds.toFixed(1)} s${run.runtimeError ? ` (${run.runtimeError})` : ''}`,
      );
    }
    const summary = summarisePage({ page, label, runs });
    results.push(summary);
    // Keep the run whose performance score is the median, for the HTML report of a miss.
    const order = runs
      .map((run, index) => ({ score: run.scores.performance ?? 0, index }))
      .sort((a, b) => a.score - b.score);
    medianLhr[page] = lhrs[/** @type {{ index: number }} */ (order[Math.floor((order.length - 1) / 2)]).index];
  }
  return { results, medianLhr };
}

/**
 * Writes the HTML report of each page that misses (its median run) to `htmlDir`, emptied first, and
 * returns the files written.
 * @param {ReturnType<typeof summarisePage>[]} results
 * @param {Record<string, any>} medianLhr
 * @param {string} htmlDir
 * @param {(lhr: any, format: 'html') => string} generateReport
 */
function writeHtmlReports(results, medianLhr, htmlDir, generateReport) {
  rmSync(htmlDir, { recursive: true, force: true });
  /** @type {string[]} */
  const htmlReports = [];
  for (const result of results.filter((entry) => !entry.pass)) {
    const lhr = medianLhr[result.page];
    if (!lhr) continue;
    mkdirSync(htmlDir, { recursive: true });
    const file = join(htmlDir, `${result.page.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home'}.html`);
    writeFileSync(file, generateReport(lhr, 'html'));
    htmlReports.push(file);
  }
  return htmlReports;
}

/**
 * Runs the check and writes the report. Returns the report; `ok` says whether every page passed.
 * @param {{ distDir?: string, runs?: number, port?: number, out?: string, pages?: string[], log?: (line: string) => void }} [options]
 */
export async function runLighthouse(options = {}) {
  const distDir = resolve(options.distDir ?? 'dist');
  const runsPerPage = options.runs ?? 3;
  const out = resolve(options.out ?? join('test-results', 'lighthouse.json'));
  const htmlDir = join(dirname(out), 'lighthouse');
  const log = options.log ?? ((line) => console.log(line));
  if (!existsSync(join(distDir, 'index.html'))) throw new Error(`No build at ${distDir}: run \`npm run build\` first.`);

  const selected = selectPages(distDir);
  const pages = options.pages?.length
    ? options.pages.map(
        (page) => selected.find((entry) => entry.page === page) ?? { page, label: 'chosen with --pages' },
      )
    : selected;

  const started = Date.now();
  const firstPort = options.port ?? 4350;
  const serverPort = await freePort(firstPort, firstPort + 9);
  const server = await serveStatic({ root: distDir, port: serverPort });
  /** @type {Awaited<ReturnType<typeof openLighthouse>> | null} */
  let session = null;
  let audited;
  try {
    session = await openLighthouse({ firstPort, skipPorts: [serverPort], log });
    log(
      `Lighthouse ${session.version}, ${session.browser} (${session.chromePath}), mobile, simulated throttling; ${runsPerPage} runs per page on ${server.url}`,
    );
    audited = await auditPages(session, server.url, pages, runsPerPage, log);
  } finally {
    await session?.close();
    await server.close();
  }
  const { results, medianLhr } = audited;
  const {
    version: lighthouseVersion,
    browser,
    chromePath,
    generateReport,
  } = /** @type {NonNullable<typeof session>} */ (session);

  const seconds = Math.round((Date.now() - started) / 100) / 10;
  const ok = results.every((result) => result.pass);
  const report = {
    date: new Date().toISOString(),
    ok,
    lighthouse: lighthouseVersion,
    browser,
    chromePath,
    formFactor: 'mobile',
    throttling: 'simulated (Lighthouse default)',
    server: 'dist/ served with gzip by src/scripts/static-server.mjs',
    runsPerPage,
    rules: RULES,
    seconds,
    pages: results,
  };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(report, null, 2) + '\n');

  const htmlReports = writeHtmlReports(results, medianLhr, htmlDir, generateReport);

  log('');
  log(formatTable(results));
  log(
    `\nperf: ${RULES.performance}; a11y, BP, SEO: ${RULES.accessibility} (the first). Transfer: Lighthouse's total-byte-weight, gzip (median of the runs).`,
  );
  log(`${results.length} pages x ${runsPerPage} runs in ${seconds.toFixed(1)} s; report: ${out}`);
  if (!ok) {
    log(
      `\nLighthouse: ${results.filter((result) => !result.pass).length} page(s) below the mark:\n${formatFailures(results)}`,
    );
    if (htmlReports.length)
      log(`\nHTML reports of the median runs:\n${htmlReports.map((file) => `  ${file}`).join('\n')}`);
  }
  return report;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (/** @type {string} */ name) =>
    process.argv.find((value) => value.startsWith(`--${name}=`))?.slice(name.length + 3);
  const port = Number(arg('port') ?? process.env.LIGHTHOUSE_PORT ?? 4350);
  const runs = Number(arg('runs') ?? 3);
  if (!Number.isInteger(port) || port < 1 || port > 65526) {
    console.error(`--port must be a port number, not ${arg('port') ?? process.env.LIGHTHOUSE_PORT}`);
    process.exit(2);
  }
  if (!Number.isInteger(runs) || runs < 1) {
    console.error(`--runs must be a positive whole number, not ${arg('runs')}`);
    process.exit(2);
  }
  try {
    const report = await runLighthouse({
      distDir: arg('dist'),
      out: arg('out'),
      port,
      runs,
      pages: arg('pages')?.split(',').filter(Boolean),
    });
    process.exit(report.ok ? 0 : 1);
  } catch (error) {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  }
}
