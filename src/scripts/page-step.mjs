// @ts-check
/**
 * A build step over the built pages: an Astro integration that, once the build is done, reads each
 * `.html` file of the output, passes it to `transform` with where it is (the build's folder, the
 * page's file and the site's base path) and writes back what changed. The steps of astro.config.mjs
 * after Astro's own (our island element, critical CSS, script priority) are each one of these.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** @typedef {{ distDir: string, file: string, base: string }} PagePlace */

/** Every `.html` file under `dir`. @param {string} dir @returns {string[]} */
export const htmlFiles = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? htmlFiles(path) : path.endsWith('.html') ? [path] : [];
  });

/**
 * The built file an address on a page names: under the site's base (`/`, or the SCORM build's
 * placeholder base), else from the build's root when absolute, else from the page's folder (the
 * SCORM package's `../../_astro/…`). Throws for an address outside the build.
 * @param {string} url
 * @param {PagePlace} place the page the address is on
 */
export function builtFile(url, { distDir, file, base }) {
  const path = url.split(/[?#]/)[0] ?? '';
  const root = base.endsWith('/') ? base : `${base}/`;
  const target = path.startsWith(root) ? join(distDir, path.slice(root.length)) : path.startsWith('/') ? join(distDir, path) : resolve(dirname(file), path);
  if (relative(distDir, target).startsWith('..')) throw new Error(`${relative(process.cwd(), file)}: ${url} is outside the build`);
  return target;
}

/**
 * @param {string} name the integration's name
 * @param {(html: string, place: PagePlace) => string | Promise<string>} transform
 * @param {(place: { distDir: string, base: string }) => void | Promise<void>} [before] runs once, before the pages (writes a shared file)
 * @returns {import('astro').AstroIntegration}
 */
export function pageStep(name, transform, before) {
  let base = '/';
  return {
    name,
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir }) => {
        const distDir = fileURLToPath(dir).replace(new RegExp(`\\${sep}$`), '');
        await before?.({ distDir, base });
        for (const file of htmlFiles(distDir)) {
          const html = readFileSync(file, 'utf8');
          const changed = await transform(html, { distDir, file, base });
          if (changed !== html) writeFileSync(file, changed);
        }
      },
    },
  };
}
