/**
 * Acceptance test for style principle 7 ("a broken lesson never reaches the browser"): copies the
 * project to a temporary folder, adds ONE broken lesson (or quiz), runs a real `astro build` there and expects
 * it to fail with output that names the broken file and the field. Slow (one build per case), so
 * the cases run one after another; the project itself is never built in place.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** Build output, caches and reports: never copied. `.git` is not needed to build either. */
const NOT_COPIED = new Set(['node_modules', 'dist', 'dist-scorm', 'scorm', '.astro', 'test-results', 'playwright-report', '.git']);
/** Astro writes its build caches here; they must stay inside the copy, not in the shared node_modules. */
const CACHE_DIRS = new Set(['.astro', '.vite']);
const BUILD_TIMEOUT_MS = 170_000;

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

/** A lesson folder name whose NN no existing unit uses (08 upwards), so only the planted fault fails. */
function freeLessonFolder(project: string): string {
  const lessons = join(project, 'content', 'lessons');
  const used = new Set(existsSync(lessons) ? readdirSync(lessons).map((name) => name.slice(0, 2)) : []);
  for (let n = 8; n < 100; n++) {
    const nn = String(n).padStart(2, '0');
    if (!used.has(nn)) return `${nn}-broken`;
  }
  throw new Error('no free lesson number left in content/lessons');
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

/** Builds a copy of the project with `index.mdx` written into one new lesson folder. */
async function buildWithBrokenLesson(indexMdx: (folder: string) => string) {
  const project = copyProject();
  try {
    const folder = freeLessonFolder(project);
    mkdirSync(join(project, 'content', 'lessons', folder), { recursive: true });
    writeFileSync(join(project, 'content', 'lessons', folder, 'index.mdx'), indexMdx(folder));
    const result = await runBuild(project);
    return { ...result, folder };
  } finally {
    if (process.env.KEEP_BUILD_COPY) console.log(`build copy kept at ${project}`);
    else rmSync(project, { recursive: true, force: true });
  }
}

/** Builds a copy of the project with one extra file at `path` (relative to the project root). */
async function buildWithExtraFile(path: string, text: string): Promise<BuildResult> {
  const project = copyProject();
  try {
    mkdirSync(dirname(join(project, path)), { recursive: true });
    writeFileSync(join(project, path), text);
    return await runBuild(project);
  } finally {
    if (process.env.KEEP_BUILD_COPY) console.log(`build copy kept at ${project}`);
    else rmSync(project, { recursive: true, force: true });
  }
}

/** Fails with the build's output (its tail) when the expectation does not hold. */
function expectFailureNaming(result: BuildResult & { folder: string }, field: string | RegExp): void {
  const shown = `exit code ${result.code}; build output (tail):\n${result.output.slice(-6000)}`;
  expect(result.code, shown).not.toBe(0);
  expect(result.code, shown).not.toBeNull();
  expect(result.output, shown).toContain(`${result.folder}/index.mdx`);
  if (typeof field === 'string') expect(result.output, shown).toContain(field);
  else expect(result.output, shown).toMatch(field);
}

const TIMEOUT = 180_000;

describe('astro build with one broken lesson', () => {
  it(
    'fails and names the lesson and "title" when the title is missing',
    async () => {
      const result = await buildWithBrokenLesson(
        () =>
          '---\nsummary: A unit without a title.\ndurationMinutes: 5\nobjectives: [benefits]\n---\n\nSome text.\n',
      );
      expectFailureNaming(result, /\btitle\b/);
    },
    TIMEOUT,
  );

  it(
    'fails and names the lesson and "objectives" for an unknown objective id',
    async () => {
      const result = await buildWithBrokenLesson(
        () =>
          '---\ntitle: Broken unit\nsummary: Lists an objective that does not exist.\n' +
          'durationMinutes: 5\nobjectives: [teleportation]\n---\n\nSome text.\n',
      );
      expectFailureNaming(result, 'objectives');
    },
    TIMEOUT,
  );

  it(
    'fails and names the lesson and the id for a <Term> missing from the glossary',
    async () => {
      const result = await buildWithBrokenLesson(
        () =>
          '---\ntitle: Broken unit\nsummary: Links a term the glossary does not have.\n' +
          'durationMinutes: 5\nobjectives: [benefits]\n---\n\n' +
          'Devices enroll through <Term id="no-such-term">x</Term>.\n',
      );
      expectFailureNaming(result, 'no-such-term');
    },
    TIMEOUT,
  );
});

describe('astro build with one broken quiz', () => {
  it(
    'fails and names the quiz file and the question id when an answer key is not an option',
    async () => {
      const result = await buildWithExtraFile(
        'content/quizzes/broken.yaml',
        [
          'id: broken-check',
          'title: Quick check',
          'unit: paths',
          'passMark: 0.75',
          'questions:',
          '  - type: single-choice',
          '    id: broken-key-question',
          '    objective: paths',
          '    teaches: paths#choosing-a-path',
          '    stem: Which route suits existing clients that can be hybrid joined?',
          '    answer: path-3',
          '    options:',
          '      - id: path-1',
          '        text: Path 1',
          '        explanation: Path 1 is recommended when hybrid Entra join can be deployed.',
          '      - id: path-2',
          '        text: Path 2',
          '        explanation: Path 2 is for devices that start in the cloud.',
          '',
        ].join('\n'),
      );
      const shown = `exit code ${result.code}; build output (tail):\n${result.output.slice(-6000)}`;
      expect(result.code, shown).not.toBe(0);
      expect(result.code, shown).not.toBeNull();
      expect(result.output, shown).toMatch(/content\/quizzes\/broken\.yaml: questions\[0\]\.answer: question "broken-key-question": received "path-3"/);
    },
    TIMEOUT,
  );
});
