import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import {
  LIMIT_STYLE,
  formatKb,
  formatMs,
  formatPaintTable,
  formatRatio,
  limitPage,
  paintMedians,
  paintRun,
  withNotesWindow,
  type PaintRow,
} from './bench-paint';
import { runPaintBench } from './bench-paint-run';
import { writeTree } from './test-tree';

const MAIN =
  '<main id="main" tabindex="-1">  <h1>Les deux outils &amp; vous</h1> <p class="lead">Un <a href="/units/x/">lien</a>, <img src="/_astro/d.png" alt="">é ✓</p>\n</main>';
const built = (main: string, { lang = 'fr', title = '<title>Outils &amp; cloud | Lab</title>' } = {}) =>
  `<!DOCTYPE html><html lang="${lang}" class="present-page"> <head><meta charset="utf-8">` +
  `<meta http-equiv="content-security-policy" content="default-src 'self'"><meta name="viewport" content="width=device-width">${title}` +
  `<script>document.documentElement.classList.add("js")</script><link rel="stylesheet" href="/_astro/a.css"><style>p{color:red}</style></head>` +
  `<body data-base="/"><a class="skip-link" href="#main">Skip</a><header>Site</header>${main}<footer>Foot</footer>` +
  `<script type="module" src="/_astro/site.js"></script></body></html>`;
const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;
const mainOf = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>') + '</main>'.length);

describe('limitPage', () => {
  it("keeps the page's <main> byte for byte, its lang and title, with a viewport and one inline style and nothing else", () => {
    const limit = limitPage(built(MAIN), '/units/x/');
    expect(mainOf(limit)).toBe(MAIN);
    expect(limit).toMatch(/^<!DOCTYPE html><html lang="fr"><head>/);
    expect(limit).toContain('<title>Outils &amp; cloud | Lab</title>');
    expect(limit).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(count(limit, /<style\b/g)).toBe(1);
    expect(limit).toContain(`<style>${LIMIT_STYLE}</style>`);
    expect(count(limit, /<script\b/gi)).toBe(0);
    expect(limit).not.toMatch(/<link\b|content-security-policy|<header|<footer|skip-link|class="present-page"/);
  });

  it('takes the scripts and the island style out of <main> and keeps the rest of it, island markup included', () => {
    const island =
      '<astro-island uid="Z1" component-url="/_astro/Quiz.js" client="visible" props="{&quot;a&quot;:[0,1]}" ssr><form class="quiz"><button type="submit">Check</button></form></astro-island>';
    const code =
      '<style>astro-island,astro-slot{display:contents}</style><script>(()=>{var a="</div></main>";self.Astro=a})();</script>' +
      '<script type="module" src="/_astro/ImportProgress.js"></script>';
    const main = `<main id="main"><h1>Quiz</h1>${code}${island}\n<p>After</p></main>`;
    const limit = limitPage(built(main), '/units/check/');
    expect(mainOf(limit)).toBe(`<main id="main"><h1>Quiz</h1>${island}\n<p>After</p></main>`);
    expect(count(limit, /<script\b/gi)).toBe(0);
    expect(count(limit, /<style\b/gi)).toBe(1);
  });

  it('finds the <main> element, not the word in a comment or a script', () => {
    const html = built(MAIN).replace('<head>', '<head><!-- <main> is below --><script>const tag = "<main>";</script>');
    expect(mainOf(limitPage(html, '/units/x/'))).toBe(MAIN);
  });

  it('refuses a page without <main>, naming the page', () => {
    expect(() => limitPage(built('<div id="main">No main here</div>'), '/glossary/')).toThrow(
      /^\/glossary\/: no <main> element/,
    );
    expect(() => limitPage(built('<mainly>not it</mainly>'), '/glossary/')).toThrow(/\/glossary\/: no <main>/);
  });

  it('refuses a page with two <main> elements, or without its lang or title, naming the page', () => {
    expect(() => limitPage(built(`${MAIN}${MAIN}`), '/a/')).toThrow(/^\/a\/: 2 <main> elements/);
    expect(() => limitPage(built(MAIN, { lang: '' }), '/b/')).toThrow(/^\/b\/: no lang/);
    expect(() => limitPage(built(MAIN, { title: '' }), '/c/')).toThrow(/^\/c\/: no <title>/);
  });
});

describe('paintRun and paintMedians', () => {
  it('keeps FCP, LCP, CLS and total-byte-weight from a Lighthouse result, null where it has none', () => {
    const lhr = {
      audits: {
        'first-contentful-paint': { numericValue: 1079.4 },
        'largest-contentful-paint': { numericValue: 1200 },
        'cumulative-layout-shift': { numericValue: 0 },
        'total-byte-weight': { numericValue: 45_000 },
      },
    };
    expect(paintRun(lhr)).toEqual({ fcp: 1079.4, lcp: 1200, cls: 0, bytes: 45_000 });
    expect(paintRun({ audits: { 'first-contentful-paint': {} } })).toEqual({
      fcp: null,
      lcp: null,
      cls: null,
      bytes: null,
    });
    expect(paintRun(null)).toEqual({ fcp: null, lcp: null, cls: null, bytes: null });
  });

  it('takes the median of each metric, leaving out the runs that lack it', () => {
    const run = (fcp: number | null, lcp: number | null) => ({ fcp, lcp, cls: 0, bytes: 1000 });
    const medians = paintMedians([run(900, 1000), run(700, null), run(1300, 1400), run(800, 1200), run(null, 1100)]);
    expect(medians).toEqual({ runs: 5, fcp: 850, lcp: 1150, cls: 0, bytes: 1000 });
    expect(paintMedians([run(null, null)]).fcp).toBeNull();
  });
});

describe('formatting', () => {
  it('prints milliseconds, ratios and kilobytes, with a dash where a figure is missing', () => {
    expect(formatMs(1079.4)).toBe('1,079 ms');
    expect(formatMs(null)).toBe('-');
    expect(formatRatio(1079, 642)).toBe('1.68');
    expect(formatRatio(642, 642)).toBe('1.00');
    expect(formatRatio(null, 642)).toBe('-');
    expect(formatRatio(700, 0)).toBe('-');
    expect(formatKb(45_670)).toBe('44.6 KB');
    expect(formatKb(null)).toBe('-');
  });

  it('sets each page beside its limit in aligned columns', () => {
    const medians = (fcp: number, lcp: number, cls: number, bytes: number) => ({ runs: 5, fcp, lcp, cls, bytes });
    const rows: PaintRow[] = [
      {
        path: '/units/introduction/',
        label: 'unit without a simulator',
        page: medians(1079, 1150, 0, 45_670),
        limit: medians(642, 700, 0, 6_500),
      },
      { path: '/', label: 'home', page: medians(950, 950, 0.023, 44_600), limit: medians(655, 756, 0, 4_800) },
    ];
    const lines = formatPaintTable(rows).split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^page\s+label\s+FCP page\s+limit\s+ratio\s+LCP page\s+limit\s+ratio\s+CLS\s+bytes page\s+limit$/,
    );
    expect(lines[1]!.split(/\s{2,}/)).toEqual([
      '/units/introduction/',
      'unit without a simulator',
      '1,079 ms',
      '642 ms',
      '1.68',
      '1,150 ms',
      '700 ms',
      '1.64',
      '0.000',
      '44.6 KB',
      '6.3 KB',
    ]);
    expect(lines[2]!.split(/\s{2,}/)).toEqual([
      '/',
      'home',
      '950 ms',
      '655 ms',
      '1.45',
      '950 ms',
      '756 ms',
      '1.26',
      '0.023',
      '43.6 KB',
      '4.7 KB',
    ]);
    // Right-aligned figures end in the same column on every line.
    expect(lines[1]!.indexOf('1.68') + 4).toBe(lines[0]!.indexOf('ratio') + 5);
    expect(lines[2]!.indexOf('1.45') + 4).toBe(lines[0]!.indexOf('ratio') + 5);
    expect(lines.map((line) => line.length)).toEqual([lines[0]!.length, lines[0]!.length, lines[0]!.length]);
  });
});

describe('withNotesWindow', () => {
  it("adds the presenter view's notes window right after it, when it was built", () => {
    const pages = [
      { page: '/', label: 'home' },
      { page: '/present/demo/', label: 'presenter view (same scenario)' },
      { page: '/self-assessment/', label: 'self-assessment' },
    ];
    expect(withNotesWindow(pages, (page) => page === '/present/demo/notes/').map((entry) => entry.page)).toEqual([
      '/',
      '/present/demo/',
      '/present/demo/notes/',
      '/self-assessment/',
    ]);
    expect(withNotesWindow(pages, () => false)).toEqual(pages);
  });
});

describe('runPaintBench', () => {
  it('refuses to write the limit pages inside the build, before measuring anything', async () => {
    const root = writeTree('bench-paint-', { 'dist/index.html': built(MAIN) });
    await expect(
      runPaintBench({ distDir: join(root, 'dist'), runs: 1, limitDir: join(root, 'dist', 'limit') }),
    ).rejects.toThrow(/inside .*dist/);
  });
});
