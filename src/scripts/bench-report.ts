/**
 * The parts of `npm run bench` that read dist/ (src/scripts/bench.ts prints them): each page's
 * JavaScript against its budget, an estimate of its transfer bytes, and where the JavaScript of a
 * page goes by origin (Preact, nanostores, the engine, our components, the rest).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUDGET } from './check-budgets.mjs';

/** What `measurePage` (check-budgets.mjs) reports for one page. */
export interface MeasuredPage {
  page: string;
  islands: number;
  /** The page has the lab console (check-budgets: its marker in the HTML or a reachable chunk). */
  labConsole?: boolean;
  scripts: { file: string; raw: number; gzip: number }[];
  /** Gzip bytes of the chunks the page can load later (dynamic imports); 0 when absent. */
  lazyGzip?: number;
  externalRaw: number;
  externalGzip: number;
  inlineRaw: number;
  inlineGzip: number;
  headInlineRaw: number;
  headInlineGzip: number;
  bodyInlineRaw: number;
  bodyInlineGzip: number;
}

/** One chunk's modules as the bench build writes them (BENCH_MODULES, astro.config.mjs). */
export interface ChunkModule {
  id: string;
  renderedLength: number;
}
export type ChunkModules = Record<string, ChunkModule[]>;

export const CATEGORIES = ['Preact', 'nanostores', 'engine', 'components', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

/** What each category holds, as the report explains it. */
export const CATEGORY_NOTES: Readonly<Record<Category, string>> = {
  Preact: 'preact, @preact/*',
  nanostores: 'nanostores, @nanostores/*',
  engine: 'src/sim, src/quiz, src/progress',
  components: 'src/components, src/stores, src/layouts (page scripts), the inline theme script',
  other: "Astro's island runtime (inline) and Preact renderer, Vite's loader, chunk glue",
};

/** The category of a bundled module, from its id relative to the project (as the plugin writes it). */
export function categoryOf(id: string): Category {
  const path = id.replace(/\\/g, '/');
  if (/(?:^|\/)node_modules\/(?:preact|@preact)\//.test(path)) return 'Preact';
  if (/(?:^|\/)node_modules\/(?:nanostores|@nanostores)\//.test(path)) return 'nanostores';
  if (/^src\/(?:sim|quiz|progress)\//.test(path)) return 'engine';
  if (/^src\/(?:components|stores|layouts)\//.test(path)) return 'components';
  return 'other';
}

export interface Breakdown {
  /** Gzip bytes per category; they add up to the page's JavaScript at start as the budget counts it. */
  gzip: Record<Category, number>;
  /** Raw (minified) bytes per category, split the same way. */
  raw: Record<Category, number>;
  /** The modules that weigh most, gzip bytes attributed, heaviest first. */
  modules: { id: string; category: Category; gzip: number }[];
  /** Script files with no module list (a build without BENCH_MODULES, or another build). */
  unknownFiles: string[];
}

/**
 * Splits a page's JavaScript at start by origin. Each file's gzip (and raw) size is shared among
 * its modules in proportion to their rendered length (after tree-shaking, before minification);
 * a file whose chunk lists no modules (an entry that only imports others) counts as `other`. The
 * inline theme script (in <head>) counts as components, Astro's inline island runtime as other.
 */
export function breakdown(page: MeasuredPage, chunks: ChunkModules): Breakdown {
  const zero = (): Record<Category, number> => ({ Preact: 0, nanostores: 0, engine: 0, components: 0, other: 0 });
  const gzip = zero();
  const raw = zero();
  const perModule = new Map<string, { category: Category; gzip: number }>();
  const unknownFiles: string[] = [];
  for (const script of page.scripts) {
    const modules = chunks[script.file];
    if (!modules) unknownFiles.push(script.file);
    const total = (modules ?? []).reduce((sum, module) => sum + module.renderedLength, 0);
    if (!modules || total === 0) {
      gzip.other += script.gzip;
      raw.other += script.raw;
      continue;
    }
    for (const module of modules) {
      const share = module.renderedLength / total;
      const category = categoryOf(module.id);
      gzip[category] += script.gzip * share;
      raw[category] += script.raw * share;
      const entry = perModule.get(module.id) ?? { category, gzip: 0 };
      entry.gzip += script.gzip * share;
      perModule.set(module.id, entry);
    }
  }
  // The budget gzips the inline scripts together; share that figure between the two by their own
  // gzip sizes, so the categories add up to the budget's total.
  const inlineParts = page.headInlineGzip + page.bodyInlineGzip;
  const headShare = inlineParts > 0 ? page.headInlineGzip / inlineParts : 0;
  gzip.components += page.inlineGzip * headShare;
  raw.components += page.headInlineRaw;
  gzip.other += page.inlineGzip * (1 - headShare);
  raw.other += page.bodyInlineRaw;
  const modules = [...perModule.entries()].map(([id, entry]) => ({ id, ...entry })).sort((a, b) => b.gzip - a.gzip);
  return { gzip, raw, modules, unknownFiles };
}

/** A page's JavaScript budget as check-budgets.mjs applies it, and what is left of it. */
export function budgetOf(page: MeasuredPage): { label: string; headroom: number } {
  const start = page.externalGzip + page.inlineGzip;
  const all = start + (page.lazyGzip ?? 0);
  if (page.labConsole) {
    return {
      label: `${(BUDGET.consoleStartGzip / 1024).toFixed(0)}/${(BUDGET.consoleAllGzip / 1024).toFixed(0)} KB`,
      headroom: Math.min(BUDGET.consoleStartGzip - start, BUDGET.consoleAllGzip - all),
    };
  }
  if (page.islands > 0) {
    return { label: `${(BUDGET.islandPageGzip / 1024).toFixed(0)} KB all`, headroom: BUDGET.islandPageGzip - all };
  }
  return {
    label: `${BUDGET.siteScriptGzip / 1024}+${BUDGET.inlineGzip / 1024} KB`,
    headroom: Math.min(BUDGET.siteScriptGzip - page.externalGzip, BUDGET.inlineGzip - page.headInlineGzip),
  };
}

const gzipSize = (bytes: Buffer) => gzipSync(bytes).length;
const COMPRESSED = /\.(?:woff2?|png|jpe?g|webp|avif|gif|ico|wasm)$/i;

/**
 * An estimate of the bytes a page transfers at start, from dist/: its HTML, stylesheets and
 * JavaScript at start (scripts as measured for the budget), and the images, icons and fonts the
 * HTML and stylesheets reference, text gzipped and binary files as they are. No HTTP headers, and
 * an island that hydrates on scroll is counted as if it loaded.
 */
export function transferEstimate(distDir: string, htmlPath: string, page: MeasuredPage, basePath = '/'): number {
  const html = readFileSync(htmlPath);
  const text = html.toString('utf8');
  const toFile = (url: string, from: string) => {
    const clean = url.split(/[?#]/)[0] ?? '';
    if (/^(?:[a-z]+:)?\/\//i.test(clean) || clean.startsWith('data:') || clean === '') return null;
    return clean.startsWith('/')
      ? join(distDir, clean.startsWith(basePath) ? clean.slice(basePath.length) : clean.slice(1))
      : resolve(dirname(from), clean);
  };
  const files = new Set<string>();
  const add = (url: string, from: string) => {
    const file = toFile(url, from);
    if (file && existsSync(file)) files.add(file);
  };
  for (const match of text.matchAll(
    /<link\b[^>]*\brel="(?:stylesheet|icon|preload|apple-touch-icon)"[^>]*\bhref="([^"]+)"/g,
  ))
    add(match[1]!, htmlPath);
  for (const match of text.matchAll(/<img\b[^>]*\bsrc="([^"]+)"/g)) add(match[1]!, htmlPath);
  for (const file of [...files].filter((name) => name.endsWith('.css'))) {
    const css = readFileSync(file, 'utf8');
    for (const match of css.matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) add(match[1]!, file);
  }
  let total = gzipSize(html) + page.externalGzip;
  for (const file of files) {
    const bytes = readFileSync(file);
    total += COMPRESSED.test(file) ? bytes.length : gzipSize(bytes);
  }
  return total;
}

/** Bytes as KB with one decimal. */
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
