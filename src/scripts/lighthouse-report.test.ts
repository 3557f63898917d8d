import { describe, expect, it } from 'vitest';
import {
  compactRun,
  failingAudits,
  formatFailures,
  formatTable,
  median,
  summarisePage,
  THRESHOLDS,
} from './lighthouse-report.mjs';

type Audit = { title?: string; score: number | null; displayValue?: string; numericValue?: number };

/** A Lighthouse result with just what the report reads: category scores, audit refs and audits. */
function lhr(
  scores: Partial<Record<string, number>>,
  audits: Record<string, Audit & { category?: string; weight?: number }> = {},
) {
  const categories: Record<string, { score: number; auditRefs: { id: string; weight: number }[] }> = {};
  for (const [id, score] of Object.entries(scores)) categories[id] = { score: score! / 100, auditRefs: [] };
  const all: Record<string, Audit> = {};
  for (const [id, { category, weight = 0, ...audit }] of Object.entries(audits)) {
    all[id] = { title: id, ...audit };
    if (category) categories[category]?.auditRefs.push({ id, weight });
  }
  return { categories, audits: all, runWarnings: [], environment: { benchmarkIndex: 1500 } };
}

const full = { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 };

describe('median', () => {
  it('takes the middle value of an odd count and the mean of the middle two of an even count', () => {
    expect(median([91, 100, 94])).toBe(94);
    expect(median([3, 1, 2, 4])).toBe(2.5);
    expect(median([7])).toBe(7);
  });
  it('refuses an empty list', () => {
    expect(() => median([])).toThrow(/empty/);
  });
});

describe('failingAudits', () => {
  it('lists the weighted audits below 1 of accessibility, best practices and SEO, worst first', () => {
    const result = lhr(full, {
      'color-contrast': { category: 'accessibility', weight: 7, score: 0, title: 'Contrast' },
      'image-alt': { category: 'accessibility', weight: 10, score: 1 },
      label: { category: 'accessibility', weight: 7, score: 0.5 },
      'manual-check': { category: 'accessibility', weight: 0, score: null },
      informative: { category: 'accessibility', weight: 0, score: 0 },
    });
    expect(failingAudits(result, 'accessibility').map((audit) => audit.id)).toEqual(['color-contrast', 'label']);
  });
  it('for performance lists the weighted metrics below 1 first, then unweighted audits below 0.9', () => {
    const result = lhr(full, {
      'total-blocking-time': { category: 'performance', weight: 30, score: 0.8, displayValue: '320 ms' },
      'speed-index': { category: 'performance', weight: 10, score: 1 },
      'render-blocking-insight': { category: 'performance', score: 0 },
      'dom-size': { category: 'performance', score: 0.95 },
    });
    expect(failingAudits(result, 'performance')).toEqual([
      { id: 'total-blocking-time', title: 'total-blocking-time', score: 0.8, displayValue: '320 ms', weight: 30 },
      { id: 'render-blocking-insight', title: 'render-blocking-insight', score: 0, weight: 0 },
    ]);
  });
});

describe('summarisePage', () => {
  const run = (scores: Partial<Record<string, number>>, audits = {}) => compactRun(lhr(scores, audits), 5);

  it('takes the median of the performance runs, so one slow run does not fail a page', () => {
    const page = summarisePage({
      page: '/',
      label: 'home',
      runs: [run({ ...full, performance: 78 }), run({ performance: 100 }), run({ performance: 98 })],
    });
    expect(page.scores).toEqual({ performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 });
    expect(page.pass).toBe(true);
  });

  it("fails a page whose median performance is below 95 and names the median run's audits", () => {
    const slow = { 'total-blocking-time': { category: 'performance', weight: 30, score: 0.7, displayValue: '400 ms' } };
    const page = summarisePage({
      page: '/p/',
      label: 'presenter',
      runs: [run(full), run({ performance: 91 }, slow), run({ performance: 94 }, slow)],
    });
    expect(page.pass).toBe(false);
    expect(page.failures).toHaveLength(1);
    expect(page.failures[0]).toMatchObject({ category: 'performance', score: 94, threshold: THRESHOLDS.performance });
    expect(page.failures[0]?.audits.map((audit) => audit.id)).toEqual(['total-blocking-time']);
    expect(formatFailures([page])).toContain('total-blocking-time: total-blocking-time (400 ms), score 0.7');
  });

  it('requires 100 in accessibility, best practices and SEO from the runs that audited them', () => {
    const blocked = {
      'is-crawlable': { category: 'seo', weight: 4.04, score: 0, title: 'Page is blocked from indexing' },
    };
    const page = summarisePage({
      page: '/p/',
      label: 'presenter',
      runs: [run({ ...full, seo: 60 }, blocked), run({ performance: 100 }), run({ performance: 100 })],
    });
    expect(page.scores.seo).toBe(60);
    expect(page.failures.map((failure) => failure.category)).toEqual(['seo']);
    expect(formatFailures([page])).toMatch(/seo 60 < 100[\s\S]*is-crawlable: Page is blocked from indexing/);
  });

  it('fails a category that no run could score, and a run Lighthouse could not finish', () => {
    const page = summarisePage({ page: '/x/', label: 'x', runs: [run({ performance: 100 })] });
    expect(page.failures.map((failure) => failure.category)).toEqual(['accessibility', 'best-practices', 'seo']);
    const broken = { ...run(full), runtimeError: 'NO_FCP: The page did not paint any content.' };
    expect(summarisePage({ page: '/', label: 'home', runs: [broken] }).pass).toBe(false);
  });

  it('reports the median total byte weight and prints one row per page', () => {
    const bytes = (value: number) => run(full, { 'total-byte-weight': { score: 1, numericValue: value } });
    const page = summarisePage({ page: '/', label: 'home', runs: [bytes(12_000), bytes(12_800), bytes(12_400)] });
    expect(page.totalByteWeight).toBe(12_400);
    expect(formatTable([page])).toMatch(/^\/\s+100 100 100\s+100\s+100\s+100\s+100\s+12\.1 KB\s+ok$/m);
  });
});
