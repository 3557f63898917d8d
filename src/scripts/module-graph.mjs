// @ts-check
/**
 * A build's JavaScript as a graph of modules (for the budget check, check-budgets.mjs, and the
 * script priority step, script-priority.mjs): a module's static and dynamic imports, what a page
 * loads at start (its scripts and their static imports, all the way down) and what it can load
 * later (through dynamic imports). Pagefind's files (under pagefind/) are left out, as the budgets
 * leave them out.
 */
import { readFileSync, existsSync } from 'node:fs';
import { relative, dirname, resolve } from 'node:path';

/**
 * Static imports of an ES module (`import x from "./a.js"`, `import "./b.js"`, `export * from`).
 * @param {string} code
 */
function staticImports(code) {
  /** @type {string[]} */
  const found = [];
  // `/` too: Vite emits `/* empty css */import{…}from"./x.js"` when a component imports a stylesheet.
  const pattern = /(?:^|[;\s}/])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g;
  for (const match of code.matchAll(pattern)) found.push(match[1] ?? '');
  return found;
}

/**
 * `entries` and every module they import statically, all the way down, with each one's code, in
 * the order a browser asks for them (breadth first); files not in the build, and Pagefind's, are
 * left out. `resolveImport` gives the file an import names (null: not a file of the build).
 * @param {string[]} entries
 * @param {string} distDir
 * @param {(spec: string, fromFile: string) => string | null} [resolveImport]
 * @returns {Map<string, string>}
 */
export function staticClosure(
  entries,
  distDir,
  resolveImport = (spec, fromFile) => (spec.startsWith('.') ? resolve(dirname(fromFile), spec) : null),
) {
  /** @type {Map<string, string>} */
  const files = new Map();
  const queue = [...entries];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (files.has(file) || !existsSync(file) || isPagefind(file, distDir)) continue;
    const code = readFileSync(file, 'utf8');
    files.set(file, code);
    for (const spec of staticImports(code)) {
      const target = resolveImport(spec, file);
      if (target) queue.push(target);
    }
  }
  return files;
}

/**
 * Dynamic imports of an ES module with a literal path (`import("./x.js")`, `import('/_astro/y.js')`).
 * @param {string} code
 */
export function dynamicImports(code) {
  /** @type {string[]} */
  const found = [];
  for (const match of code.matchAll(/\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)) found.push(match[1] ?? '');
  return found;
}

/** @param {string} file @param {string} distDir */
const isPagefind = (file, distDir) => relative(distDir, file).split('\\').join('/').startsWith('pagefind/');

/**
 * What can load later from `files` (what loads at start, with each one's code): every module their
 * dynamic imports reach, and everything those import, statically or dynamically, all the way down,
 * with each one's code; files at start, files not in the build, and Pagefind's are left out.
 * `resolveImport` gives the file an import names (null: not a file of the build).
 * @param {Map<string, string>} files
 * @param {string} distDir
 * @param {(spec: string, fromFile: string) => string | null} resolveImport
 * @returns {Map<string, string>}
 */
export function dynamicClosure(files, distDir, resolveImport) {
  /** @type {Map<string, string>} */
  const later = new Map();
  const reached = (/** @type {string} */ file) => files.has(file) || later.has(file);
  /** @param {string} code @param {string} file */
  const targets = (code, file) => dynamicImports(code).flatMap((spec) => resolveImport(spec, file) ?? []);
  const next = [...files.entries()].flatMap(([file, code]) => targets(code, file));
  for (let file = next.shift(); file !== undefined; file = next.shift()) {
    if (reached(file) || !existsSync(file) || isPagefind(file, distDir)) continue;
    const code = readFileSync(file, 'utf8');
    later.set(file, code);
    for (const spec of [...staticImports(code), ...dynamicImports(code)]) {
      const target = resolveImport(spec, file);
      if (target) next.push(target);
    }
  }
  return later;
}
