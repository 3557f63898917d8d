/**
 * `npm run bench`: one report on speed and weight, in seven sections.
 *   1. Engine: how long deriving the full device x workload effective-authority table takes for
 *      1,000 / 10,000 / 100,000 devices after one slider change (median of 25 runs, nothing
 *      memoised between runs), with a checksum of the table. Targets: 10,000 devices under 5 ms
 *      and 100,000 under 50 ms. The logic lives in `src/sim/bench.ts` (`runAuthorityBench`).
 *   2. Build: the time of a real `npm run build` (astro build + pagefind), made with
 *      BENCH_MODULES set so the build also lists each chunk's modules (astro.config.mjs; the
 *      output is the same). `--no-build` skips it and reports on dist/ as it is.
 *   3. Every page: JavaScript at start, raw and gzip, against its budget (check-budgets.mjs), and
 *      the bytes it transfers (an estimate from dist/, and Lighthouse's figure where it ran).
 *   4. Lighthouse: the scores from test-results/lighthouse.json, written by the last `npm test`
 *      (src/scripts/lighthouse.mjs); when there is none, that script runs once.
 *   5. First paint beside the limit (issue 19, bench-paint-run.ts): for each page section 4 audits
 *      and the presenter's notes window, its limit page (its own `<main>`, one small inline style,
 *      no script; bench-paint.ts) is written to test-results/limit-pages/ and served beside dist/;
 *      Lighthouse runs on page and limit alternately, `--runs=N` times each (default 5), and the
 *      table gives the medians of FCP and LCP for both with their ratio, the page's CLS and the
 *      bytes of both. The ratio is a figure to read, not a target: it never fails the bench.
 *      About 10 s per page and run pair on this machine. `--no-paint` skips it.
 *   6. Where the JavaScript of the heaviest page goes: Preact, nanostores, the engine, our
 *      components, the rest.
 *   7. Interactions in Chromium on the built site (INP-style, `bench-inp.ts`): a slider change
 *      applied on 10,000 devices and a view switch (first open included, code from the local
 *      server), each to paint within 100 ms on this machine. `--no-inp` skips it.
 * Exits 1 when an engine target, a JavaScript budget, a Lighthouse score or an interaction target
 * is missed.
 *
 *   npm run bench -- [--no-build] [--no-paint] [--no-inp] [--runs=N] [--only=paint] [--page=/path/ ...]
 * `--only=paint` runs the build (unless `--no-build`) and section 5 alone, e.g. against the dist/
 * there is: `npm run bench -- --only=paint --no-build`; each `--page=` limits section 5 to that
 * audited page (`--page=/units/knowledge-check/`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { formatBenchTable, runAuthorityBench } from '../sim/bench';
import type { ChunkModules, MeasuredPage } from './bench-report';
import { PAGE_TABLE_NOTES, formatBreakdown, formatPageTable } from './bench-tables';
import { checkBudgets } from './check-budgets.mjs';
import { INP_TARGET_MS, formatInteractionTable, runInteractionBench, worstOf } from './bench-inp';
import { formatFailures, formatTable } from './lighthouse-report.mjs';
import { formatPaintTable } from './bench-paint';
import { runPaintBench } from './bench-paint-run';

const TARGETS: Readonly<Record<number, number>> = { 10_000: 5, 100_000: 50 };
const argument = (name: string) => process.argv.find((value) => value.startsWith(`--${name}=`))?.slice(name.length + 3);
const noBuild = process.argv.includes('--no-build');
/** The sections `--only` can single out; with it, the others but the build are skipped. */
const ONLY = ['paint'] as const;
const only = argument('only');
if (only !== undefined && !(ONLY as readonly string[]).includes(only)) {
  console.error(`--only takes ${ONLY.join(' or ')}, not ${only}`);
  process.exit(2);
}
const paintRuns = Number(argument('runs') ?? 5);
if (!Number.isInteger(paintRuns) || paintRuns < 1) {
  console.error(`--runs must be a positive whole number, not ${argument('runs')}`);
  process.exit(2);
}
/** Whether a section other than the build and paint runs: all of them, unless `--only`. */
const everySection = only === undefined;
const distDir = resolve('dist');
const lighthouseFile = resolve('test-results', 'lighthouse.json');
const modulesFile = resolve('test-results', 'bench-modules.json');
const misses: string[] = [];
/** Every built page with its JavaScript at start (section 3; section 6 picks the heaviest). */
let measured: MeasuredPage[] = [];
interface LighthouseReport {
  date: string;
  ok: boolean;
  lighthouse: string;
  browser: string;
  runsPerPage: number;
  seconds: number;
  pages: Parameters<typeof formatTable>[0];
}
const heading = (title: string) => console.log(`\n=== ${title}\n`);
const readJson = (file: string): unknown => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};

// 1. Engine
if (everySection) {
  heading('1. Engine: effective-authority table (devices x 7 workloads) after one slider change');
  const rows = runAuthorityBench({ now: () => performance.now() });
  console.log(
    `Node ${process.version}; median of ${rows[0]?.runs ?? 0} runs after 3 untimed warm-up runs; no memoisation between runs.\n`,
  );
  console.log(formatBenchTable(rows));
  for (const row of rows) {
    const target = TARGETS[row.devices];
    if (target === undefined) continue;
    const ok = row.medianMs < target;
    if (!ok)
      misses.push(
        `engine: ${row.devices.toLocaleString('en-US')} devices took ${row.medianMs.toFixed(3)} ms (target < ${target} ms)`,
      );
    console.log(
      `${ok ? 'ok  ' : 'MISS'} ${row.devices.toLocaleString('en-US')} devices: ${row.medianMs.toFixed(3)} ms (target < ${target} ms)`,
    );
  }
}

// 2. Build
heading('2. Full build: npm run build (astro build + pagefind)');
if (noBuild) {
  console.log('Skipped (--no-build): the report below is of dist/ as it is.');
} else {
  rmSync(modulesFile, { force: true });
  const started = performance.now();
  const build = spawnSync('npm', ['run', 'build'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', BENCH_MODULES: modulesFile },
  });
  const seconds = (performance.now() - started) / 1000;
  if (build.status !== 0) {
    console.error(
      `${build.stdout}\n${build.stderr}\nThe build failed after ${seconds.toFixed(1)} s (exit ${build.status ?? build.signal}).`,
    );
    process.exit(1);
  }
  const pages = /Indexed (\d+) pages?/.exec(build.stdout)?.[1];
  console.log(
    `${seconds.toFixed(1)} s wall clock on this machine (Node ${process.version}${pages ? `; Pagefind indexed ${pages} pages` : ''}).`,
  );
}
if (!existsSync(join(distDir, 'index.html'))) {
  console.error('No build in dist/: run without --no-build, or `npm run build` first.');
  process.exit(1);
}

if (everySection) {
  // Lighthouse's report (section 4), read now for its transfer figures in section 3.
  let lighthouse = readJson(lighthouseFile) as LighthouseReport | null;
  /** The output of a Lighthouse run made now (section 4 prints it if the run wrote no report), or null. */
  let lighthouseRun: string | null = null;
  if (!lighthouse) {
    console.log(
      `\n(No ${lighthouseFile} from an earlier \`npm test\`: running src/scripts/lighthouse.mjs once, about 3 minutes; section 4 shows its results.)`,
    );
    const run = spawnSync('node', ['src/scripts/lighthouse.mjs'], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    lighthouseRun = `${run.stdout ?? ''}${run.stderr ?? ''}`.trimEnd();
    lighthouse = readJson(lighthouseFile) as LighthouseReport | null;
  }
  const lighthouseBytes = new Map((lighthouse?.pages ?? []).map((page) => [page.page, page.totalByteWeight]));

  // 3. Pages
  heading('3. JavaScript at start and transfer, every page');
  const { pages, failures } = checkBudgets(distDir);
  measured = pages as MeasuredPage[];
  console.log(formatPageTable(distDir, measured, lighthouseBytes));
  console.log(PAGE_TABLE_NOTES);
  for (const failure of failures) misses.push(`budget: ${failure}`);
  console.log(
    failures.length
      ? `\nMISS: ${failures.length} budget(s) exceeded:\n- ${failures.join('\n- ')}`
      : `\nok   all ${measured.length} pages within their JavaScript budget.`,
  );

  // 4. Lighthouse
  heading('4. Lighthouse (mobile, simulated throttling)');
  if (!lighthouse) {
    if (lighthouseRun) console.log(`${lighthouseRun}\n`);
    misses.push('lighthouse: no report');
    console.log(`No report at ${lighthouseFile}, and the run to write one failed (see above).`);
  } else {
    const built = statSync(join(distDir, 'index.html')).mtime;
    const date = new Date(lighthouse.date);
    console.log(
      `Report of ${lighthouse.date}${lighthouseRun !== null ? ' (run just now)' : ' (from the last npm test or lighthouse.mjs run)'}: Lighthouse ${lighthouse.lighthouse}, ${lighthouse.browser}, ` +
        `${lighthouse.runsPerPage} runs per page, ${lighthouse.seconds.toFixed(0)} s.${date < built ? ' dist/ was built after it.' : ''}\n`,
    );
    console.log(formatTable(lighthouse.pages));
    console.log(
      '\nperf: median of the runs, at least 95; a11y, BP, SEO: 100 (first run). Transfer: total-byte-weight.',
    );
    if (!lighthouse.ok) {
      misses.push('lighthouse: a page below the mark');
      console.log(`\nMISS:\n${formatFailures(lighthouse.pages)}`);
    } else {
      console.log(`ok   all ${lighthouse.pages.length} pages at their marks.`);
    }
  }
}

// 5. First paint beside the limit
if (everySection || only === 'paint') {
  heading(
    `5. First paint beside the limit: each page and its bare <main>, Lighthouse mobile, ${paintRuns === 1 ? '1 run' : `${paintRuns} runs`} each, alternately`,
  );
  if (process.argv.includes('--no-paint')) {
    console.log('Skipped (--no-paint).');
  } else {
    try {
      const pages = process.argv
        .filter((value) => value.startsWith('--page='))
        .map((value) => value.slice('--page='.length));
      const paint = await runPaintBench({ distDir, runs: paintRuns, only: pages.length ? pages : undefined });
      console.log(`\n${formatPaintTable(paint.rows)}`);
      console.log(
        `\nMedians of ${paintRuns === 1 ? '1 run' : `${paintRuns} runs`} per side (Lighthouse ${paint.lighthouse}, ${paint.browser}, ${paint.seconds.toFixed(0)} s). FCP, LCP: simulated (Lantern),\n` +
          'as section 4 scores them; ratio: the page over its limit (1.10 is "within 10%"), a figure, not a target.\n' +
          "CLS: the page's. bytes: total-byte-weight, gzip, headers included.\n" +
          `limit: the page's own <main> without its <script> and <style> elements, with the same lang and title, a viewport and one\n` +
          `inline style, nothing else (no stylesheet, script or CSP); written to ${paint.limitDir}, images and fonts from dist/.`,
      );
      if (paint.problems.length) console.log(`\nNote:\n- ${paint.problems.join('\n- ')}`);
    } catch (error) {
      // A figure, not a target: a failure to measure is reported, and does not fail the bench.
      console.log(`Could not measure: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

if (everySection) {
  // 6. Heaviest page
  const heaviest = [...measured].sort((a, b) => b.externalGzip + b.inlineGzip - (a.externalGzip + a.inlineGzip))[0]!;
  heading(`6. Where the JavaScript of the heaviest page goes: ${heaviest.page}`);
  const modules = (readJson(modulesFile) as { chunks?: ChunkModules } | null)?.chunks;
  if (!modules) {
    console.log(`No module lists (${modulesFile}): run \`npm run bench\` without --no-build.`);
  } else {
    console.log(formatBreakdown(heaviest, modules));
  }
}

// 7. Interactions
if (everySection) {
  heading(`7. Interactions in Chromium on the built site (INP-style): each within ${INP_TARGET_MS} ms`);
  if (process.argv.includes('--no-inp')) {
    console.log('Skipped (--no-inp).');
  } else {
    try {
      const interactions = await runInteractionBench({ distDir });
      console.log(formatInteractionTable(interactions));
      console.log(
        `\nmedian / min / max: from the click's timestamp to the next paint showing the change, over ${interactions[0]?.runs ?? 0} runs;\n` +
          'event: the largest Event Timing duration of those clicks (Chromium records 16 ms and more), what INP reports;\n' +
          `ratio: the slowest run (or Event Timing, when longer) over the ${INP_TARGET_MS} ms target.`,
      );
      for (const interaction of interactions) {
        const worst = worstOf(interaction);
        const ok = worst < INP_TARGET_MS;
        if (!ok)
          misses.push(`interaction: ${interaction.name} took ${worst.toFixed(1)} ms (target < ${INP_TARGET_MS} ms)`);
        console.log(
          `${ok ? 'ok  ' : 'MISS'} ${interaction.name}: slowest ${worst.toFixed(1)} ms (ratio ${(worst / INP_TARGET_MS).toFixed(2)})`,
        );
      }
    } catch (error) {
      misses.push(
        `interaction: could not be measured (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
      );
      console.log(`Could not measure: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

if (misses.length) console.log(`\nbench: ${misses.length} miss(es):\n- ${misses.join('\n- ')}`);
else
  console.log(
    everySection ? '\nbench: every target, budget and score met.' : `\nbench: --only=${only}: no target checked.`,
  );
process.exitCode = misses.length ? 1 : 0;
