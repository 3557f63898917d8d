/**
 * The pure half of the bench's first-paint section (`npm run bench`, section 5; the runner is
 * bench-paint-run.ts): the limit page of a built page, and the table that sets each page beside
 * its limit.
 *
 * A limit page is what a page could paint at best: the same `<main>` as a bare document, with the
 * page's language and title, a viewport, one small inline style and nothing else (no stylesheet,
 * no script, no CSP: its inline style would need a hash, and a bare page has no policy). The
 * `<main>` is copied byte for byte, except the `<script>` and `<style>` elements inside it (Astro
 * puts an island's loader and its `astro-island` style there, and the home page a module script):
 * a limit page runs nothing.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { median } from './lighthouse-report.mjs';

/** The one style every limit page has: a readable column in the system font. */
export const LIMIT_STYLE = 'body{margin:0 auto;padding:1rem;max-width:48rem;font:1rem/1.5 system-ui,sans-serif}';

const VIEWPORT = '<meta name="viewport" content="width=device-width, initial-scale=1">';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];
const isElement = (node: Node): node is Element => 'tagName' in node;

/** Every element under `node` (itself included), in document order. */
function elementsOf(node: Node): Element[] {
  const found: Element[] = isElement(node) ? [node] : [];
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) found.push(...elementsOf(child));
  return found;
}

/** Where an element's source starts and ends in the HTML (end tag included); null for an element the parser implied. */
const sourceOf = (element: Element): { start: number; end: number } | null => {
  const location = element.sourceCodeLocation;
  return location ? { start: location.startOffset, end: location.endTag?.endOffset ?? location.endOffset } : null;
};

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * The limit page of one built page. The HTML is read with parse5 (as site-content.mjs does), so
 * `<main>` is the element, not a string in a script or a comment, and its source offsets give the
 * bytes to copy. Throws, naming `page`, when the page has no `<main>` (or more than one), no
 * `<title>` or no `lang` on `<html>`: without them there is nothing to compare.
 * @param html the built page
 * @param page its path, for the message (`/units/introduction/`)
 */
export function limitPage(html: string, page: string): string {
  const elements = elementsOf(parse(html, { sourceCodeLocationInfo: true }));
  const mains = elements.filter((element) => element.tagName === 'main');
  if (mains.length === 0) throw new Error(`${page}: no <main> element, so it has no limit page`);
  if (mains.length > 1) throw new Error(`${page}: ${mains.length} <main> elements; a limit page copies exactly one`);
  const main = sourceOf(mains[0]!);
  if (!main) throw new Error(`${page}: its <main> has no source to copy`);

  // The scripts and styles inside <main>, taken out from the last to the first so that the
  // offsets of the earlier ones still hold.
  const code = elementsOf(mains[0]!)
    .filter((element) => element.tagName === 'script' || element.tagName === 'style')
    .map(sourceOf)
    .filter((range): range is { start: number; end: number } => range !== null)
    .sort((a, b) => b.start - a.start);
  let copied = html.slice(main.start, main.end);
  for (const range of code) copied = copied.slice(0, range.start - main.start) + copied.slice(range.end - main.start);

  const lang = elements
    .find((element) => element.tagName === 'html')
    ?.attrs.find((attribute) => attribute.name === 'lang')?.value;
  if (!lang) throw new Error(`${page}: no lang on <html>, so its limit page would have none`);
  const titleElement = elements.find((element) => element.tagName === 'title');
  const title = titleElement && sourceOf(titleElement);
  if (!title) throw new Error(`${page}: no <title>, so its limit page would have none`);

  return `<!DOCTYPE html><html lang="${escapeAttribute(lang)}"><head>${VIEWPORT}${html.slice(title.start, title.end)}<style>${LIMIT_STYLE}</style></head><body>${copied}</body></html>\n`;
}

/** What one Lighthouse run gives a side (page or limit) of the comparison; null where it had no value. */
export interface PaintRun {
  fcp: number | null;
  lcp: number | null;
  cls: number | null;
  bytes: number | null;
}

/** The medians of one side's runs (null when no run had the metric). */
export interface PaintMedians {
  runs: number;
  fcp: number | null;
  lcp: number | null;
  cls: number | null;
  bytes: number | null;
}

/** One line of the table: a page's path and label, the medians of its runs and of its limit page's. */
export interface PaintRow {
  path: string;
  label: string;
  page: PaintMedians;
  limit: PaintMedians;
}

const medianOf = (values: readonly (number | null)[]): number | null => {
  const numbers = values.filter((value): value is number => typeof value === 'number' && Number.isFinite(value));
  return numbers.length ? median(numbers) : null;
};

/** The medians of each metric over a side's runs; a run without a metric (a Lighthouse error) is left out of that metric. */
export function paintMedians(runs: readonly PaintRun[]): PaintMedians {
  return {
    runs: runs.length,
    fcp: medianOf(runs.map((run) => run.fcp)),
    lcp: medianOf(runs.map((run) => run.lcp)),
    cls: medianOf(runs.map((run) => run.cls)),
    bytes: medianOf(runs.map((run) => run.bytes)),
  };
}

/** What the bench keeps of a Lighthouse result (LH.Result): FCP and LCP in ms, CLS, total-byte-weight. */
export function paintRun(
  lhr: { audits?: Record<string, { numericValue?: unknown } | undefined> } | null | undefined,
): PaintRun {
  const value = (id: string) => {
    const numeric = lhr?.audits?.[id]?.numericValue;
    return typeof numeric === 'number' && Number.isFinite(numeric) ? numeric : null;
  };
  return {
    fcp: value('first-contentful-paint'),
    lcp: value('largest-contentful-paint'),
    cls: value('cumulative-layout-shift'),
    bytes: value('total-byte-weight'),
  };
}

/** Milliseconds as the table prints them: `1,079 ms`; `-` when missing. */
export const formatMs = (ms: number | null): string =>
  ms === null ? '-' : `${Math.round(ms).toLocaleString('en-US')} ms`;

/** The page's figure over the limit's, two decimals (`1.68`); `-` when either is missing or the limit is 0. */
export const formatRatio = (page: number | null, limit: number | null): string =>
  page === null || limit === null || limit <= 0 ? '-' : (page / limit).toFixed(2);

/** Bytes in KB, one decimal; `-` when missing. */
export const formatKb = (bytes: number | null): string => (bytes === null ? '-' : `${(bytes / 1024).toFixed(1)} KB`);

/** CLS with three decimals; `-` when missing. */
export const formatCls = (cls: number | null): string => (cls === null ? '-' : cls.toFixed(3));

/** The side-by-side table: one row per page, its label, FCP and LCP for page and limit with their ratio, the page's CLS, the bytes of each. */
export function formatPaintTable(rows: readonly PaintRow[]): string {
  const columns: { title: string; cell: (row: PaintRow) => string; left?: boolean }[] = [
    { title: 'page', cell: (row) => row.path, left: true },
    { title: 'label', cell: (row) => row.label, left: true },
    { title: 'FCP page', cell: (row) => formatMs(row.page.fcp) },
    { title: 'limit', cell: (row) => formatMs(row.limit.fcp) },
    { title: 'ratio', cell: (row) => formatRatio(row.page.fcp, row.limit.fcp) },
    { title: 'LCP page', cell: (row) => formatMs(row.page.lcp) },
    { title: 'limit', cell: (row) => formatMs(row.limit.lcp) },
    { title: 'ratio', cell: (row) => formatRatio(row.page.lcp, row.limit.lcp) },
    { title: 'CLS', cell: (row) => formatCls(row.page.cls) },
    { title: 'bytes page', cell: (row) => formatKb(row.page.bytes) },
    { title: 'limit', cell: (row) => formatKb(row.limit.bytes) },
  ];
  const widths = columns.map((column) => Math.max(column.title.length, ...rows.map((row) => column.cell(row).length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, index) => (columns[index]!.left ? cell.padEnd(widths[index]!) : cell.padStart(widths[index]!)))
      .join('  ')
      .trimEnd();
  return [
    line(columns.map((column) => column.title)),
    ...rows.map((row) => line(columns.map((column) => column.cell(row)))),
  ].join('\n');
}

/**
 * The pages the first-paint section measures: the Lighthouse check's pages (`selectPages`) and,
 * right after the presenter view, its notes window (`/present/<id>/notes/`), which the check does
 * not audit. `exists` says whether a path was built.
 */
export function withNotesWindow(
  pages: readonly { page: string; label: string }[],
  exists: (page: string) => boolean,
): { page: string; label: string }[] {
  return pages.flatMap((entry) => {
    const notes = /^\/present\/[^/]+\/$/.test(entry.page) ? `${entry.page}notes/` : null;
    return notes && exists(notes) ? [entry, { page: notes, label: 'notes window (same scenario)' }] : [entry];
  });
}
