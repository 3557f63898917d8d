// @ts-check
/**
 * `npm run package:scorm`: the site as one SCORM 1.2 package, scorm/co-management-lab-scorm12.zip.
 *   1. astro build into dist-scorm/ (dist/ is not touched) with PUBLIC_LMS=scorm12, which the
 *      site's LMS code reads, and the base PLACEHOLDER_BASE;
 *   2. every copy of that base made relative, per file (scorm-package.mjs says how), and each
 *      rewritten script parsed again with `node --check`;
 *   3. pagefind --site dist-scorm, as `npm run build` does for dist/; each page's
 *      Content-Security-Policy (written by the build, see csp.mjs) checked against its inline code;
 *   4. imsmanifest.xml (title from content/module.yaml; mastery score from the unit 6 knowledge
 *      check's passMark) and the zip, in a fixed order with fixed times.
 * Stops with a message naming the file when a placeholder is left, a script no longer parses or a
 * page's policy no longer fits it.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { PLACEHOLDER_BASE, isText, masteryScore, rewriteSite, zipPackage } from './scorm-package.mjs';
import { cspProblems } from './csp.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const OUT_DIR = join(ROOT, 'dist-scorm');
const ZIP_PATH = join(ROOT, 'scorm', 'co-management-lab-scorm12.zip');
/** The manifest's identifier, and the prefix of its organization, item and resource ids. */
const IDENTIFIER = 'co-management-lab';

const started = Date.now();
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_BASE: PLACEHOLDER_BASE, PUBLIC_LMS: 'scorm12' };

/**
 * Runs a command in the repository, stopping the package on a failure.
 * @param {string} command
 * @param {string[]} args
 */
function run(command, args) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env });
  if (result.status !== 0) fail(`${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal}).`);
}

/** @param {string} message @returns {never} */
function fail(message) {
  console.error(`\npackage:scorm: ${message}`);
  process.exit(1);
}

/** @param {string} dir @returns {string[]} */
function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** The built files as package path (forward slashes) -> bytes. @param {string} dir */
function readSite(dir) {
  return new Map(walk(dir).map((file) => [relative(dir, file).split('\\').join('/'), readFileSync(file)]));
}

rmSync(OUT_DIR, { recursive: true, force: true });
run('npx', ['astro', 'build', '--outDir', OUT_DIR]);

let rewritten;
try {
  rewritten = rewriteSite(readSite(OUT_DIR));
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
for (const [path, contents] of rewritten.files) {
  if (typeof contents === 'string') writeFileSync(join(OUT_DIR, path), contents);
}
for (const path of rewritten.changedScripts) {
  // dist-scorm/ lies inside this "type": "module" package, so node parses the chunks as modules.
  const check = spawnSync(process.execPath, ['--check', join(OUT_DIR, path)], { encoding: 'utf8' });
  if (check.status !== 0) fail(`${path} does not parse after its URLs were rewritten:\n${check.stderr}`);
}

run('npx', ['pagefind', '--site', OUT_DIR]);

// Pagefind writes after the rewrite: make sure nothing of the placeholder came back with it. The
// rewrite must also leave each page's Content-Security-Policy true to its inline scripts and styles.
const files = readSite(OUT_DIR);
for (const [path, contents] of files) {
  if (isText(path) && contents.includes(PLACEHOLDER_BASE))
    fail(`${path} still holds the placeholder base ${PLACEHOLDER_BASE}.`);
  const problems = path.endsWith('.html') && !path.startsWith('pagefind/') ? cspProblems(contents.toString()) : [];
  if (problems.length > 0) fail(`${path}: its Content-Security-Policy no longer fits the page: ${problems.join('; ')}`);
}

const moduleInfo = parse(readFileSync(join(ROOT, 'content', 'module.yaml'), 'utf8'));
const knowledgeCheck = parse(readFileSync(join(ROOT, 'content', 'quizzes', 'knowledge-check.yaml'), 'utf8'));
let packaged;
try {
  packaged = zipPackage(files, {
    identifier: IDENTIFIER,
    title: moduleInfo.title,
    masteryScore: masteryScore(knowledgeCheck.passMark),
  });
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
mkdirSync(dirname(ZIP_PATH), { recursive: true });
writeFileSync(ZIP_PATH, packaged.zip);

const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(
  `\nSCORM 1.2 package: ${packaged.files.length} files + imsmanifest.xml, ${packaged.zip.length.toLocaleString('en')} bytes, ${relative(ROOT, ZIP_PATH)} (${seconds} s)`,
);
