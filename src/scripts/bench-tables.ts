/**
 * Two of `npm run bench`'s tables (src/scripts/bench.ts prints them): every page's JavaScript at
 * start against its budget, with its transfer bytes (section 3), and where the JavaScript of the
 * heaviest page goes, by origin and by module (section 6).
 */
import { join } from 'node:path';
import {
  CATEGORIES,
  CATEGORY_NOTES,
  breakdown,
  budgetOf,
  kb,
  transferEstimate,
  type ChunkModules,
  type MeasuredPage,
} from './bench-report';

/**
 * Section 3's table: a row a page. `lighthouseBytes`: Lighthouse's total-byte-weight by page, for
 * the pages it audits (its LH column).
 */
export function formatPageTable(
  distDir: string,
  measured: readonly MeasuredPage[],
  lighthouseBytes: ReadonlyMap<string, unknown>,
): string {
  const htmlOf = (page: string) => join(distDir, page.endsWith('/') ? `${page}index.html` : page);
  const width = Math.max(...measured.map((page) => page.page.length)) + 2;
  const lines = [
    'page'.padEnd(width) +
      'islands'.padStart(8) +
      'js raw'.padStart(10) +
      'js gzip'.padStart(10) +
      'budget'.padStart(11) +
      'headroom'.padStart(10) +
      'transfer'.padStart(10) +
      'LH'.padStart(10),
  ];
  for (const page of measured) {
    const budget = budgetOf(page);
    const lh = lighthouseBytes.get(page.page);
    lines.push(
      page.page.padEnd(width) +
        String(page.islands).padStart(8) +
        kb(page.externalRaw + page.inlineRaw).padStart(10) +
        kb(page.externalGzip + page.inlineGzip).padStart(10) +
        budget.label.padStart(11) +
        `${budget.headroom.toLocaleString('en-US')} B`.padStart(10) +
        kb(transferEstimate(distDir, htmlOf(page.page), page)).padStart(10) +
        (typeof lh === 'number' ? kb(lh) : '').padStart(10),
    );
  }
  return lines.join('\n');
}

/** What section 3's columns and budgets mean, printed under its table. */
export const PAGE_TABLE_NOTES = `
  js raw / js gzip: scripts loaded at start (module scripts, their static imports, modulepreloads)
    plus inline scripts; code loaded on first use (search, share links, feedback, views) is not
    counted there, but is in the budget's "all".
  budget: a page with the lab console, 40 KB gzip at start and 90 KB in all (every chunk it can
    reach through dynamic imports, Pagefind left out); another page with an island (a quiz), 40 KB
    in all; without, a 3.5 KB site script and 1 KB of inline script (headroom: the smaller margin).
    Transfer has no budget.
  transfer: estimate from dist/: HTML, stylesheets, JavaScript at start and the icons, images and
    fonts they reference, gzipped (no HTTP headers; an island that hydrates on scroll counted).
  LH: Lighthouse's total-byte-weight on the pages it audits (bytes over the wire from the gzip
    server, headers included, only what loaded; median of its runs), from the report in section 4.`;

/** Section 6's tables for the heaviest page: its JavaScript at start by origin, then by module. */
export function formatBreakdown(heaviest: MeasuredPage, modules: ChunkModules): string {
  const split = breakdown(heaviest, modules);
  const total = heaviest.externalGzip + heaviest.inlineGzip;
  const lines = ['origin'.padEnd(12) + 'gzip'.padStart(10) + 'share'.padStart(8) + 'raw'.padStart(10) + '  what'];
  for (const category of CATEGORIES) {
    lines.push(
      category.padEnd(12) +
        kb(split.gzip[category]).padStart(10) +
        `${((split.gzip[category] / total) * 100).toFixed(0)}%`.padStart(8) +
        kb(split.raw[category]).padStart(10) +
        `  ${CATEGORY_NOTES[category]}`,
    );
  }
  lines.push(
    'total'.padEnd(12) +
      kb(total).padStart(10) +
      '100%'.padStart(8) +
      kb(heaviest.externalRaw + heaviest.inlineRaw).padStart(10),
  );
  lines.push('\nHeaviest modules (gzip bytes attributed):');
  for (const module of split.modules.slice(0, 8))
    lines.push(`  ${kb(module.gzip).padStart(8)}  ${module.category.padEnd(11)} ${module.id}`);
  lines.push(
    "\nEach file's gzip size is shared among its modules by their rendered length (after tree-shaking,\nbefore minification), so the split is an estimate; the totals are the budget's figures.",
  );
  if (split.unknownFiles.length) {
    lines.push(
      `\nNote: no module list for ${split.unknownFiles.join(', ')} (counted as other): the module lists are from another build; run without --no-build.`,
    );
  }
  return lines.join('\n');
}
