// @ts-check
/**
 * `npm run validate:html`: the W3C Nu HTML Checker (the `vnu-jar` package's vnu.jar) over every
 * built page: each `.html` of dist/ and of the SCORM package's folder dist-scorm/ (written by
 * `npm run package:scorm`), Pagefind's folder left out. Other folders can be named instead:
 * `node src/scripts/validate-html.mjs <folder>...`.
 *
 * Prints each error as `<file>:<line>:<column>: <message>` (the file relative to the current
 * folder when inside it; an error about the whole document has no line and column) and a summary line
 * `N pages, M errors`; exits 1 on any error, on a folder that is missing or holds no page, and
 * when the checker cannot run. Errors only: the checker's warnings are advice, not failures.
 *
 * Pages carry their critical CSS inline (critical-css.mjs), and the checker validates it with a CSS
 * grammar older than what the site uses: `CHECKER_CSS_GAPS` lists, each with the CSS it is about,
 * the exact messages it gives on valid, current CSS; those are counted and named, not failed. Any
 * other CSS message (a misspelt property, a bad value) fails as before.
 *
 * One Java process checks every page (a JVM start costs about a second). The checker needs Java 11
 * or newer: JAVA_HOME's, else `java` on PATH; as root on Debian with neither, Debian's
 * openjdk-17-jre-headless is installed with apt-get (as find-chromium.mjs does for Chromium);
 * otherwise the run stops and says what to install.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** vnu.jar's path: the `vnu-jar` package exports it (as a String object). */
export const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));

/** The folders `npm run validate:html` checks: the site and the SCORM package. */
export const DEFAULT_FOLDERS = ['dist', 'dist-scorm'];

const DEBIAN_JAVA_PACKAGE = 'openjdk-17-jre-headless';
const JAVA_ADVICE =
  `The Nu HTML Checker (vnu.jar) needs Java 11 or newer. Install a Java runtime and put \`java\` on PATH ` +
  `(or set JAVA_HOME): on Debian/Ubuntu \`sudo apt-get install -y ${DEBIAN_JAVA_PACKAGE}\`, elsewhere any JDK or JRE 11+ (for example Eclipse Temurin).`;

/**
 * `name` as an executable in one of PATH's folders, or null.
 * @param {string} name
 * @param {string | undefined} path
 */
function onPath(name, path) {
  for (const folder of (path ?? '').split(delimiter).filter(Boolean)) {
    const candidate = join(folder, name);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function canInstallWithApt() {
  return (
    process.platform === 'linux' &&
    process.getuid?.() === 0 &&
    existsSync('/usr/bin/apt-get') &&
    existsSync('/etc/debian_version')
  );
}

/**
 * The `java` to run the checker with: JAVA_HOME's, else the one on PATH; as root on Debian with
 * neither (and `install`), Debian's package installed with apt-get. Throws, saying what to
 * install, when there is none.
 * @param {{ env?: NodeJS.ProcessEnv, install?: boolean, log?: (line: string) => void }} [options]
 * @returns {string}
 */
export function findJava({ env = process.env, install = true, log = (line) => console.error(line) } = {}) {
  const executable = process.platform === 'win32' ? 'java.exe' : 'java';
  if (env.JAVA_HOME) {
    const fromHome = join(env.JAVA_HOME, 'bin', executable);
    if (existsSync(fromHome)) return fromHome;
  }
  const found = onPath(executable, env.PATH);
  if (found) return found;
  const lookedAt = env.JAVA_HOME
    ? `No java in JAVA_HOME (${env.JAVA_HOME}/bin) or on PATH.`
    : 'No java on PATH (and JAVA_HOME is not set).';
  if (install && canInstallWithApt()) {
    log(`${lookedAt} Installing Debian's ${DEBIAN_JAVA_PACKAGE} with apt-get (about a minute)...`);
    /** @type {import('node:child_process').SpawnSyncOptions} */
    const options = { stdio: ['ignore', 'inherit', 'inherit'], env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } };
    const update = spawnSync('apt-get', ['update', '-qq'], options);
    const add =
      update.status === 0 ? spawnSync('apt-get', ['install', '-y', '-qq', DEBIAN_JAVA_PACKAGE], options) : update;
    const installed = onPath(executable, `/usr/bin${delimiter}${env.PATH ?? ''}`);
    if (add.status === 0 && installed) return installed;
    throw new Error(`${lookedAt} apt-get could not install ${DEBIAN_JAVA_PACKAGE}. ${JAVA_ADVICE}`);
  }
  throw new Error(`${lookedAt} ${JAVA_ADVICE}`);
}

/**
 * Every `.html` under `folder`, sorted, Pagefind's folder left out.
 * @param {string} folder
 * @returns {string[]}
 */
export function htmlPages(folder) {
  return readdirSync(folder, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlPages(path);
      return entry.name.endsWith('.html') ? [path] : [];
    })
    .sort();
}

/**
 * One message of the checker's JSON output (`--format json`); positions are 1-based.
 * @typedef {{ type: string, subType?: string, url?: string, message: string, firstLine?: number, lastLine?: number, firstColumn?: number, lastColumn?: number }} CheckerMessage
 */

/**
 * A message as `<file>:<line>:<column>: <message>`, the file relative to `cwd` (absolute when
 * outside it).
 * @param {CheckerMessage} message
 * @param {string} cwd
 */
export function formatMessage(message, cwd) {
  const path = message.url ? fileURLToPath(message.url) : '(checker)';
  const fromCwd = relative(cwd, path);
  const file = fromCwd.startsWith('..') || isAbsolute(fromCwd) ? path : fromCwd;
  const line = message.firstLine ?? message.lastLine;
  const column = message.firstColumn ?? message.lastColumn;
  const where = line === undefined ? file : `${file}:${line}:${column ?? 1}`;
  return `${where}: ${message.message}`;
}

/**
 * Runs the checker once over `files` and returns its errors (warnings are not asked for).
 * Throws when it cannot run or its output is not the JSON it writes.
 * @param {string[]} files
 * @param {string} java
 * @returns {CheckerMessage[]}
 */
export function runChecker(files, java) {
  // A short run: the JIT's first tier alone finishes sooner (about 2 s instead of 4 for the ~80
  // pages of both builds); its bigger stack frames need more than the default thread stack.
  const jvm = ['-XX:TieredStopAtLevel=1', '-Xss8m'];
  const result = spawnSync(java, [...jvm, '-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw new Error(`Could not run ${java}: ${result.error.message}. ${JAVA_ADVICE}`);
  // The checker writes its report to stderr, and exits 1 when it found errors.
  const output = result.stderr.trim();
  if (/UnsupportedClassVersionError/.test(output))
    throw new Error(`${java} is too old for the checker. ${JAVA_ADVICE}`);
  let report;
  try {
    report = JSON.parse(output);
  } catch {
    throw new Error(
      `The Nu HTML Checker (${java} -jar ${VNU_JAR}) did not report (exit ${result.status ?? result.signal}):\n${output || result.stdout}`,
    );
  }
  /** @type {CheckerMessage[]} */
  const messages = Array.isArray(report?.messages) ? report.messages : [];
  return messages.filter((message) => message.type !== 'info');
}

/**
 * Messages the checker gives on CSS that is valid today but newer than its CSS grammar, each with
 * the feature and the specification it comes from. Exact texts, so nothing else slips through.
 */
export const CHECKER_CSS_GAPS = [
  { feature: 'container queries (CSS Conditional Rules 5)', message: /^CSS: Unrecognized at-rule “@container”\.?$/ },
  {
    feature: 'container queries (CSS Conditional Rules 5)',
    message: /^CSS: “container-(?:type|name)”: Property “container-(?:type|name)” doesn't exist\.$/,
  },
  {
    feature: 'anchor positioning (CSS Anchor Positioning 1)',
    message:
      /^CSS: “(?:anchor-scope|anchor-name|position-area)”: Property “(?:anchor-scope|anchor-name|position-area)” doesn't exist\.$/,
  },
  {
    feature: 'interactivity (CSS Basic User Interface 4)',
    message: /^CSS: “interactivity”: Property “interactivity” doesn't exist\.$/,
  },
  {
    feature: 'a colour stop with two positions (CSS Images 4: linear-gradient(red 0 0))',
    message: /^CSS: “background”: too few values for the property “linear-gradient”\.$/,
  },
];

/** The feature a message is a known gap of the checker's CSS grammar about, or null. @param {string} text */
export const checkerCssGap = (text) => CHECKER_CSS_GAPS.find(({ message }) => message.test(text))?.feature ?? null;

/**
 * Checks every page of `folders` with the Nu checker: the pages checked and the errors, each a
 * printable line. Throws when a folder is missing or empty, or Java or the checker cannot run.
 * @param {string[]} folders
 * @param {{ cwd?: string, java?: string }} [options]
 */
export function validateHtml(folders, { cwd = process.cwd(), java = findJava() } = {}) {
  const pages = folders.flatMap((folder) => {
    const path = resolve(cwd, folder);
    if (!existsSync(path)) {
      const hint =
        folder === 'dist-scorm'
          ? ' (npm run package:scorm writes it)'
          : folder === 'dist'
            ? ' (npm run build writes it)'
            : '';
      throw new Error(`${folder}/ does not exist${hint}: nothing to check.`);
    }
    const found = htmlPages(path);
    if (found.length === 0) throw new Error(`${folder}/ holds no .html page to check.`);
    return found;
  });
  const messages = runChecker(pages, java);
  const errors = messages
    .filter((message) => !checkerCssGap(message.message))
    .map((message) => formatMessage(message, cwd));
  /** @type {Map<string, number>} */
  const gaps = new Map();
  for (const message of messages) {
    const feature = checkerCssGap(message.message);
    if (feature) gaps.set(feature, (gaps.get(feature) ?? 0) + 1);
  }
  return { pages: pages.length, errors, gaps };
}

/** The summary line: `40 pages, 0 errors`. */
export const summary = (/** @type {number} */ pages, /** @type {number} */ errors) =>
  `${pages} page${pages === 1 ? '' : 's'}, ${errors} error${errors === 1 ? '' : 's'}`;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const folders = process.argv.slice(2).filter((arg) => !arg.startsWith('-'));
  try {
    const { pages, errors, gaps } = validateHtml(folders.length > 0 ? folders : DEFAULT_FOLDERS);
    for (const error of errors) console.log(error);
    for (const [feature, count] of gaps)
      console.log(`Not failed: ${count} message(s) on valid CSS the checker does not know yet: ${feature}.`);
    console.log(`${summary(pages, errors.length)} (Nu HTML Checker, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
    process.exitCode = errors.length > 0 ? 1 : 0;
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
