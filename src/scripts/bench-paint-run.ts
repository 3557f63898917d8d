/**
 * The bench's first-paint section (`npm run bench`, section 5): each audited page beside its limit
 * page (bench-paint.ts), both measured by Lighthouse the way the Lighthouse check measures
 * (lighthouse-session.mjs `openLighthouse`: same version, mobile, simulated throttling).
 *
 * The limit pages are written to test-results/limit-pages/ (never inside dist/: the site must not
 * ship them) and served by a second static server whose root is that folder, with dist/ as its
 * fallback, so an image or font a `<main>` names is the same file on both sides. dist/ has its own
 * server; both gzip as a host would (static-server.mjs). For each page, Lighthouse runs on the page
 * and on its limit alternately, `runs` times each, so a slow spell on this shared machine falls on
 * both sides; the table shows the medians.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { openLighthouse } from './lighthouse-session.mjs';
import { selectPages } from './lighthouse.mjs';
import { serveStatic } from './static-server.mjs';
import { limitPage, paintMedians, paintRun, withNotesWindow, type PaintRow, type PaintRun } from './bench-paint';

export interface PaintBenchOptions {
  distDir: string;
  /** Lighthouse runs per side and page (at least 1). */
  runs: number;
  /** Where the limit pages go; outside `distDir`. Default test-results/limit-pages. */
  limitDir?: string;
  /** First port tried for Chromium's debugging port (the servers take any free port). */
  firstPort?: number;
  log?: (line: string) => void;
  /** Only these pages (paths such as `/units/knowledge-check/`); default every audited page. */
  only?: readonly string[];
}

export interface PaintBenchResult {
  rows: PaintRow[];
  /** Pages left out (no limit page could be built) and Lighthouse runtime errors, each naming its page. */
  problems: string[];
  lighthouse: string;
  browser: string;
  limitDir: string;
  seconds: number;
}

const isInside = (folder: string, parent: string) => {
  const path = relative(parent, folder);
  return path === '' || (!path.startsWith('..') && !path.startsWith(sep) && !/^[a-z]:/i.test(path));
};

export async function runPaintBench(options: PaintBenchOptions): Promise<PaintBenchResult> {
  const started = Date.now();
  const distDir = resolve(options.distDir);
  const limitDir = resolve(options.limitDir ?? join('test-results', 'limit-pages'));
  const log = options.log ?? ((line: string) => console.log(line));
  if (!Number.isInteger(options.runs) || options.runs < 1)
    throw new Error(`runs must be a positive whole number, not ${options.runs}`);
  if (isInside(limitDir, distDir))
    throw new Error(`The limit pages would go to ${limitDir}, inside ${distDir}: choose a folder outside the build.`);
  const htmlOf = (root: string, page: string) => join(root, page, 'index.html');

  // Every limit page is built before the folder is replaced: a page that has none is named and
  // left out, the others are still measured.
  const problems: string[] = [];
  const chosen = withNotesWindow(selectPages(distDir), (page) => existsSync(htmlOf(distDir, page))).filter(
    (entry) => !options.only || options.only.includes(entry.page),
  );
  if (chosen.length === 0) throw new Error(`No audited page is ${options.only?.join(' or ')}`);
  const pages = chosen.flatMap((entry) => {
    try {
      return [{ ...entry, limit: limitPage(readFileSync(htmlOf(distDir, entry.page), 'utf8'), entry.page) }];
    } catch (error) {
      problems.push(`left out: ${error instanceof Error ? error.message : String(error)}`);
      return [];
    }
  });
  rmSync(limitDir, { recursive: true, force: true });
  for (const { page, limit } of pages) {
    mkdirSync(join(limitDir, page), { recursive: true });
    writeFileSync(htmlOf(limitDir, page), limit);
  }

  const pageServer = await serveStatic({ root: distDir, port: 0 });
  const limitServer = await serveStatic({ root: limitDir, fallback: distDir, port: 0 });
  let session: Awaited<ReturnType<typeof openLighthouse>> | null = null;
  const rows: PaintRow[] = [];
  try {
    const firstPort = options.firstPort ?? 4360;
    session = await openLighthouse({ firstPort, skipPorts: [pageServer.port, limitServer.port], log });
    log(
      `Lighthouse ${session.version}, ${session.browser}, mobile, simulated throttling; ${pages.length} pages, ${options.runs === 1 ? '1 run' : `${options.runs} runs`} each on page (${pageServer.url}) ` +
        `and limit (${limitServer.url}, from ${relative(process.cwd(), limitDir) || limitDir}), alternately.`,
    );
    for (const { page, label } of pages) {
      const sides: Record<'page' | 'limit', PaintRun[]> = { page: [], limit: [] };
      for (let index = 0; index < options.runs; index++) {
        for (const side of ['page', 'limit'] as const) {
          const server = side === 'page' ? pageServer : limitServer;
          const lhr = await session.audit(`${server.url}${page}`, { name: `${page} (${side}) run ${index + 1}` });
          if (lhr?.runtimeError)
            problems.push(`${page} (${side}) run ${index + 1}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
          sides[side].push(paintRun(lhr));
        }
        const last = (side: 'page' | 'limit') => Math.round(sides[side].at(-1)?.fcp ?? NaN);
        log(`  ${page} run ${index + 1}/${options.runs}: FCP ${last('page')} ms, limit ${last('limit')} ms`);
      }
      rows.push({ path: page, label, page: paintMedians(sides.page), limit: paintMedians(sides.limit) });
    }
  } finally {
    await session?.close();
    await pageServer.close();
    await limitServer.close();
  }
  return {
    rows,
    problems,
    lighthouse: session?.version ?? 'unknown',
    browser: session?.browser ?? 'unknown',
    limitDir,
    seconds: Math.round((Date.now() - started) / 100) / 10,
  };
}
