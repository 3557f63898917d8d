/**
 * Acceptance test for style principle 7 ("a broken lesson never reaches the browser"): copies the
 * project to a temporary folder, plants files of the malformed-content corpus
 * (`src/schemas/malformed/`) where `malformed/expected.ts` says, runs a real `astro build` there and
 * expects it to fail with output that names the planted file and the field (or the question id).
 * One case per way the build refuses content: a schema at content sync (a lesson, a scenario), the
 * MDX compiler, and `validateContent()` (a quiz; a lesson and a scenario together, since it lists
 * every problem of one build). Slow (one build per case; the two that get as far as
 * `validateContent()` bundle the whole site first), so the cases run one after another; the
 * project itself is never built in place. `malformed-corpus.test.ts` runs every corpus file
 * through the same steps without a build.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MALFORMED } from './malformed/expected';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Build output, caches and reports: never copied. `.git` is not needed to build either. */
const NOT_COPIED = new Set([
  'node_modules',
  'dist',
  'dist-scorm',
  'scorm',
  '.astro',
  'test-results',
  'playwright-report',
  '.git',
]);
/** Astro writes its build caches here; they must stay inside the copy, not in the shared node_modules. */
const CACHE_DIRS = new Set(['.astro', '.vite']);
const BUILD_TIMEOUT_MS = 170_000;
const CORPUS = join(ROOT, 'src', 'schemas', 'malformed');

/**
 * Copies the project to a fresh folder under the OS temp dir and returns its path. `node_modules`
 * is a real folder of symlinks to the project's packages rather than one symlink, because
 * `astro build` writes its data store to `node_modules/.astro/`: with a single symlink, builds in
 * two copies (or this test and a teammate's build) would share and overwrite that cache.
 */
function copyProject(): string {
  const copy = mkdtempSync(join(tmpdir(), 'colab-build-failure-'));
  for (const name of readdirSync(ROOT)) {
    if (NOT_COPIED.has(name)) continue;
    cpSync(join(ROOT, name), join(copy, name), { recursive: true });
  }
  const modules = join(ROOT, 'node_modules');
  mkdirSync(join(copy, 'node_modules'));
  for (const name of readdirSync(modules)) {
    if (CACHE_DIRS.has(name)) continue;
    symlinkSync(join(modules, name), join(copy, 'node_modules', name), 'junction');
  }
  return copy;
}

interface BuildResult {
  /** Exit code; null when the process was killed (timeout). */
  code: number | null;
  /** stdout and stderr interleaved as they arrived. */
  output: string;
}

function runBuild(cwd: string): Promise<BuildResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('npx', ['astro', 'build'], {
      cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += String(chunk)));
    child.stderr.on('data', (chunk) => (output += String(chunk)));
    const timer = setTimeout(() => {
      output += `\n[build-failures.test] killed after ${BUILD_TIMEOUT_MS} ms\n`;
      child.kill('SIGKILL');
    }, BUILD_TIMEOUT_MS);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, output });
    });
  });
}

/**
 * Builds a copy of the project with the named corpus files planted where `malformed/expected.ts`
 * says: over the real file there (a quiz, the glossary), or as a new one (a unit, a scenario).
 */
async function buildWithCorpusFiles(names: readonly string[]): Promise<BuildResult> {
  const project = copyProject();
  try {
    for (const name of names) {
      const target = join(project, corpusEntry(name).plantAs);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, readFileSync(join(CORPUS, name), 'utf8'));
    }
    return await runBuild(project);
  } finally {
    if (process.env.KEEP_BUILD_COPY) console.log(`build copy kept at ${project}`);
    else rmSync(project, { recursive: true, force: true });
  }
}

function corpusEntry(name: string) {
  const entry = MALFORMED[name];
  if (entry === undefined) throw new Error(`src/schemas/malformed/expected.ts has no entry for ${name}`);
  return entry;
}

/**
 * The part of the build's output that names the planted file and the field, for each way the
 * build refuses content: Astro's schema error (`<field>**: **<field>: <message>`, under the file's
 * location), the MDX compiler's location (`<file>:<line>:<column>`), or a `validateContent()`
 * line (`<file>: <field>: question "<id>": ...`).
 */
function expectedOutput(name: string): string[] {
  const entry = corpusEntry(name);
  switch (entry.rejectedBy) {
    case 'schema':
      return [entry.plantAs, `${entry.field}: `];
    case 'mdx':
      return [`${entry.plantAs}:${entry.line}:${entry.column}`, entry.reason];
    case 'validateContent':
      return [
        `${entry.plantAs}: ${entry.field}: ${entry.question === undefined ? '' : `question "${entry.question}": `}`,
      ];
  }
}

/** Fails with the build's output (its tail) unless the build failed naming every planted file and its field. */
function expectRefusalNaming(result: BuildResult, names: readonly string[]): void {
  const shown = `exit code ${result.code}; build output (tail):\n${result.output.slice(-6000)}`;
  expect(result.code, shown).not.toBe(0);
  expect(result.code, shown).not.toBeNull();
  for (const part of names.flatMap(expectedOutput)) expect(result.output, shown).toContain(part);
}

const TIMEOUT = 180_000;

/** The corpus files built, one build per entry. */
const BUILDS: readonly (readonly string[])[] = [
  ['lesson-missing-summary.mdx'],
  ['scenario-unknown-collection.yaml'],
  ['lesson-unclosed-term.mdx'],
  ['quiz-answer-outside-options.yaml'],
  ['lesson-unknown-glossary-term.mdx', 'scenario-id-not-file-name.yaml'],
];

describe('astro build with malformed content planted', () => {
  for (const names of BUILDS) {
    const how = [...new Set(names.map((name) => corpusEntry(name).rejectedBy))].join(' and ');
    it(
      `fails on ${names.join(' + ')}, refused by ${how}, naming the file and the field`,
      async () => {
        expectRefusalNaming(await buildWithCorpusFiles(names), names);
      },
      TIMEOUT,
    );
  }
});
