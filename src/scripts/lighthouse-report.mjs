// @ts-check
/**
 * The pure half of the Lighthouse check (`src/scripts/lighthouse.mjs` runs Chromium): what one
 * run keeps of a Lighthouse result, the pass rules and the printed table. No I/O here, so the
 * rules are unit-tested (lighthouse-report.test.ts).
 *
 * Rules (issue 10): performance is the median of the page's runs and must be at least 95;
 * accessibility, best practices and SEO must be 100 in every run that audits them. The runner
 * audits them in the first run only: they do not depend on timing, and leaving them out of the
 * other runs saves a third of the time.
 */

/** The four categories, in the order Lighthouse's report shows them. */
export const CATEGORIES = /** @type {const} */ (['performance', 'accessibility', 'best-practices', 'seo']);

/** Lowest passing score (0-100) per category. */
export const THRESHOLDS = Object.freeze({ performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 });

/** How each category's page score is formed from its runs. */
export const RULES = Object.freeze({
  performance: 'median of the runs, at least 95',
  accessibility: '100 in every run that audits it',
  'best-practices': '100 in every run that audits it',
  seo: '100 in every run that audits it',
});

/** Short column titles. */
export const SHORT = Object.freeze({ performance: 'perf', accessibility: 'a11y', 'best-practices': 'BP', seo: 'SEO' });

/** The performance metrics kept per run: audit id -> short name. */
const METRICS = Object.freeze({
  'first-contentful-paint': 'fcp',
  'largest-contentful-paint': 'lcp',
  'total-blocking-time': 'tbt',
  'cumulative-layout-shift': 'cls',
  'speed-index': 'si',
});

/**
 * The median of a non-empty list of numbers (the mean of the middle two for an even count).
 * @param {readonly number[]} values
 */
export function median(values) {
  if (values.length === 0) throw new Error('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const at = (/** @type {number} */ index) => /** @type {number} */ (sorted[index]);
  return sorted.length % 2 ? at(middle) : (at(middle - 1) + at(middle)) / 2;
}

/**
 * A category's score as Lighthouse shows it (0-100), or null when it could not be computed.
 * @param {any} lhr a Lighthouse result (LH.Result)
 * @param {string} category
 * @returns {number | null}
 */
export function categoryScore(lhr, category) {
  const score = lhr?.categories?.[category]?.score;
  return typeof score === 'number' ? Math.round(score * 100) : null;
}

/**
 * The audits that cost a category points, worst first: for accessibility, best practices and SEO
 * every weighted audit below 1; for performance the weighted metrics below 1, then the unweighted
 * opportunities and diagnostics below 0.9 (what to fix to move the metrics).
 * @param {any} lhr
 * @param {string} category
 * @returns {{ id: string, title: string, score: number, displayValue?: string, weight: number }[]}
 */
export function failingAudits(lhr, category) {
  const refs = lhr?.categories?.[category]?.auditRefs ?? [];
  /** @type {{ id: string, title: string, score: number, displayValue?: string, weight: number }[]} */
  const found = [];
  for (const ref of refs) {
    const audit = lhr.audits?.[ref.id];
    if (!audit || typeof audit.score !== 'number') continue; // manual, not applicable, informative
    const weighted = ref.weight > 0;
    if (!weighted && category !== 'performance') continue;
    if (audit.score >= (weighted ? 1 : 0.9)) continue;
    found.push({
      id: ref.id,
      title: String(audit.title ?? ref.id),
      score: audit.score,
      ...(audit.displayValue ? { displayValue: String(audit.displayValue) } : {}),
      weight: ref.weight ?? 0,
    });
  }
  return found.sort(
    (a, b) => (b.weight > 0 ? 1 : 0) - (a.weight > 0 ? 1 : 0) || a.score - b.score || b.weight - a.weight,
  );
}

/**
 * What the report keeps of one Lighthouse run: the four scores, the metrics, the page's total
 * transfer bytes (the `total-byte-weight` audit) and the audits that cost points.
 * @param {any} lhr
 * @param {number} seconds how long the run took
 */
export function compactRun(lhr, seconds) {
  /** @type {Record<string, number | null>} */
  const scores = {};
  /** @type {Record<string, ReturnType<typeof failingAudits>>} */
  const failing = {};
  for (const category of CATEGORIES) {
    scores[category] = categoryScore(lhr, category);
    const audits = failingAudits(lhr, category);
    if (audits.length) failing[category] = audits;
  }
  /** @type {Record<string, number>} */
  const metrics = {};
  for (const [id, name] of Object.entries(METRICS)) {
    const value = lhr?.audits?.[id]?.numericValue;
    if (typeof value === 'number') metrics[name] = Math.round(value * 1000) / 1000;
  }
  const bytes = lhr?.audits?.['total-byte-weight']?.numericValue;
  return {
    scores,
    metrics,
    totalByteWeight: typeof bytes === 'number' ? Math.round(bytes) : null,
    failing,
    ...(lhr?.runtimeError ? { runtimeError: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}),
    warnings: Array.isArray(lhr?.runWarnings) ? lhr.runWarnings.map(String) : [],
    benchmarkIndex: lhr?.environment?.benchmarkIndex ?? null,
    seconds: Math.round(seconds * 10) / 10,
  };
}

/** @typedef {ReturnType<typeof compactRun>} Run */

/**
 * One page's verdict from its runs: the page score per category (performance: the median of every
 * run, all of which must have audited it; the others: the lowest of the runs that audited them, at
 * least one), whether each passes, and for each miss the audits to look at (performance: from the
 * median run; the others: from every run that missed, each audit once).
 * @param {{ page: string, label: string, runs: readonly Run[] }} input
 */
export function summarisePage({ page, label, runs }) {
  /** @type {Record<string, number | null>} */
  const scores = {};
  /** @type {{ category: string, score: number | null, threshold: number, rule: string, audits: ReturnType<typeof failingAudits> }[]} */
  const failures = [];
  for (const category of CATEGORIES) {
    const values = runs.map((run) => run.scores[category]);
    const numbers = /** @type {number[]} */ (values.filter((value) => typeof value === 'number'));
    const complete =
      category === 'performance' ? runs.length > 0 && numbers.length === values.length : numbers.length > 0;
    const threshold = THRESHOLDS[category];
    let score = null;
    /** @type {ReturnType<typeof failingAudits>} */
    let audits = [];
    if (complete && category === 'performance') {
      score = median(numbers);
      // The run whose score is the median (for an even count, the lower middle one).
      const middle = [...runs].sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0))[
        Math.floor((runs.length - 1) / 2)
      ];
      audits = middle?.failing.performance ?? [];
    } else if (complete) {
      score = Math.min(...numbers);
      const seen = new Set();
      for (const run of runs) {
        const runScore = run.scores[category];
        if (typeof runScore !== 'number' || runScore >= threshold) continue;
        for (const audit of run.failing[category] ?? []) {
          if (seen.has(audit.id)) continue;
          seen.add(audit.id);
          audits.push(audit);
        }
      }
    }
    scores[category] = score;
    if (score === null || score < threshold)
      failures.push({ category, score, threshold, rule: RULES[category], audits });
  }
  const bytes = runs.map((run) => run.totalByteWeight).filter((value) => typeof value === 'number');
  const errors = runs.flatMap((run) => ('runtimeError' in run && run.runtimeError ? [run.runtimeError] : []));
  return {
    page,
    label,
    scores,
    totalByteWeight: bytes.length ? Math.round(median(/** @type {number[]} */ (bytes))) : null,
    pass: failures.length === 0 && errors.length === 0,
    failures,
    errors,
    runs,
  };
}

/** @typedef {ReturnType<typeof summarisePage>} PageResult */

const kb = (/** @type {number | null} */ bytes) => (bytes === null ? '-' : `${(bytes / 1024).toFixed(1)} KB`);

/**
 * The table `npm test` and `npm run bench` print: one row per page, the performance runs, the
 * page scores and the total transfer bytes.
 * @param {readonly PageResult[]} pages
 */
export function formatTable(pages) {
  const width = Math.max(4, ...pages.map((page) => page.page.length)) + 2;
  const lines = [
    'page'.padEnd(width) +
      'perf runs'.padEnd(16) +
      CATEGORIES.map((category) => SHORT[category].padStart(6)).join('') +
      'transfer'.padStart(11) +
      '  ok',
  ];
  for (const page of pages) {
    const runs = page.runs
      .map((run) => (run.scores.performance === null ? '-' : String(run.scores.performance)))
      .join(' ');
    const scores = CATEGORIES.map((category) => String(page.scores[category] ?? '-').padStart(6)).join('');
    lines.push(
      page.page.padEnd(width) +
        runs.padEnd(16) +
        scores +
        kb(page.totalByteWeight).padStart(11) +
        (page.pass ? '  ok' : '  MISS'),
    );
  }
  return lines.join('\n');
}

/**
 * What to fix, page by page: each category below its threshold with the audits that cost points.
 * Empty when every page passes.
 * @param {readonly PageResult[]} pages
 * @param {number} [limit] audits listed per category
 */
export function formatFailures(pages, limit = 10) {
  const lines = [];
  for (const page of pages) {
    if (page.pass) continue;
    lines.push(`${page.page} (${page.label}):`);
    for (const error of page.errors) lines.push(`  Lighthouse could not audit the page: ${error}`);
    for (const failure of page.failures) {
      lines.push(`  ${failure.category} ${failure.score ?? 'no score'} < ${failure.threshold} (${failure.rule})`);
      for (const audit of failure.audits.slice(0, limit)) {
        const value = audit.displayValue ? ` (${audit.displayValue})` : '';
        lines.push(
          `    - ${audit.id}: ${audit.title}${value}, score ${Math.round(audit.score * 100) / 100}${audit.weight > 0 ? '' : ', not weighted'}`,
        );
      }
      if (failure.audits.length > limit)
        lines.push(`    ... and ${failure.audits.length - limit} more (see the JSON report)`);
      if (failure.audits.length === 0 && failure.score !== null)
        lines.push('    (no single audit below its mark; see the HTML report)');
    }
  }
  return lines.join('\n');
}
