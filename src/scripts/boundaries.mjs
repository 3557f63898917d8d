// @ts-check
/**
 * The boundaries of architecture.md, checked: the rules are the `forbidden` list of
 * `.dependency-cruiser.cjs` (dependency-cruiser 17.4; 18 needs Node 22), which dependency-cruiser
 * applies to every TypeScript and JavaScript module of a tree. It does not read `.astro` files, so
 * their imports (the frontmatter and each `<script>`) are read here with TypeScript's own
 * pre-processor and held to the same rules. `boundaries.test.ts` runs both over `src/` in `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const require = createRequire(import.meta.url);
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The configuration file, at the repository's root. */
export const CONFIG = join(ROOT, '.dependency-cruiser.cjs');
// Its command line (the package exports no path to it).
const DEPCRUISE = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');

/** @typedef {{ name: string, from: { path: string }, to: { path: string | string[] } }} Rule */

/** The forbidden rules. @returns {Rule[]} */
export const rules = () => require(CONFIG).forbidden;

/**
 * Each import that breaks a rule, as "rule: from → to", found by dependency-cruiser in the
 * modules under `root`/src (run as its command line, from `root`, which must hold a tsconfig.json).
 * @param {string} root
 * @returns {string[]}
 */
export function moduleViolations(root) {
  const run = spawnSync(process.execPath, [DEPCRUISE, 'src', '--config', CONFIG, '--output-type', 'json'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0 && !run.stdout) throw new Error(`dependency-cruiser failed: ${run.stderr}`);
  /** @type {{ summary: { violations: { from: string, to: string, rule: { name: string } }[] } }} */
  const result = JSON.parse(run.stdout);
  return result.summary.violations.map((violation) => `${violation.rule.name}: ${violation.from} → ${violation.to}`);
}

/** The import specifiers of an `.astro` file: its frontmatter's and its scripts'. @param {string} text */
export function astroImports(text) {
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1] ?? '');
  return [frontmatter, ...scripts].flatMap((code) =>
    ts.preProcessFile(code, true, true).importedFiles.map((file) => file.fileName),
  );
}

const EXTENSIONS = ['', '.ts', '.tsx', '.mjs', '.js', '.astro', '/index.ts'];

/**
 * Where an import of a file under `root` leads, as dependency-cruiser names it: a path from the
 * root (`src/layouts/site-content.ts`), `node_modules/<package>/` for a package, the specifier
 * itself for a virtual module (`astro:content`).
 * @param {string} specifier
 * @param {string} file the importing file, from the root
 * @param {string} root
 */
function target(specifier, file, root) {
  if (specifier.startsWith('.')) {
    const base = join(dirname(join(root, file)), specifier.split('?')[0] ?? '');
    const found = EXTENSIONS.map((extension) => base + extension).find(
      (path) => existsSync(path) && statSync(path).isFile(),
    );
    return relative(root, found ?? base)
      .split(sep)
      .join('/');
  }
  if (/^[a-z]+:/.test(specifier)) return specifier;
  const name = specifier.startsWith('@')
    ? specifier.split('/').slice(0, 2).join('/')
    : (specifier.split('/')[0] ?? specifier);
  return `node_modules/${name}/`;
}

/** @param {string} dir @returns {string[]} */
const astroFiles = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? astroFiles(path) : name.endsWith('.astro') ? [path] : [];
  });

/**
 * Each import of an `.astro` file under `root`/src that breaks a rule, as "rule: from → to".
 * @param {string} root
 * @returns {string[]}
 */
export function astroViolations(root) {
  const forbidden = rules();
  return astroFiles(join(root, 'src')).flatMap((path) => {
    const file = relative(root, path).split(sep).join('/');
    return astroImports(readFileSync(path, 'utf8')).flatMap((specifier) => {
      const to = target(specifier, file, root);
      return forbidden
        .filter(
          (rule) =>
            new RegExp(rule.from.path).test(file) &&
            [rule.to.path].flat().some((pattern) => new RegExp(pattern).test(to)),
        )
        .map((rule) => `${rule.name}: ${file} → ${to}`);
    });
  });
}
