/**
 * The build step that fetches module scripts and their static imports at low priority
 * (`script-priority.mjs`), on a small planted build.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quietScripts } from './script-priority.mjs';
import { writeTree } from './test-tree';

/** A small build; a new one for each test (test-tree removes it after the test). */
const built = () =>
  writeTree('script-priority-', {
    '_astro/entry.js': 'import{a}from"./dep.js";import"./shared.js";a();',
    '_astro/dep.js': 'import"./deep.js";export const a=()=>1;',
    '_astro/deep.js': 'export{};',
    '_astro/shared.js': 'export{};',
    '_astro/other.js': 'import"./shared.js";',
  });
const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>T</title></head><body><main></main>${body}</body></html>`;

describe('quietScripts', () => {
  it('gives a module script low priority and names its static imports, all the way down, in low-priority module preloads', () => {
    const dist = built();
    const html = quietScripts(page('<script type="module" src="/_astro/entry.js"></script>'), {
      distDir: dist,
      file: join(dist, 'index.html'),
    });
    expect(html).toContain(
      '<link rel="modulepreload" href="/_astro/dep.js" fetchpriority="low"><link rel="modulepreload" href="/_astro/shared.js" fetchpriority="low"><link rel="modulepreload" href="/_astro/deep.js" fetchpriority="low"><script type="module" src="/_astro/entry.js" fetchpriority="low"></script>',
    );
  });

  it('names a module another script of the page already preloads only once', () => {
    const dist = built();
    const html = quietScripts(
      page(
        '<script type="module" src="/_astro/entry.js"></script><script type="module" src="/_astro/other.js"></script>',
      ),
      { distDir: dist, file: join(dist, 'index.html') },
    );
    expect(html.split('href="/_astro/shared.js"')).toHaveLength(2);
    expect(html).toContain('<script type="module" src="/_astro/other.js" fetchpriority="low"></script>');
  });

  it('writes relative addresses for a page whose scripts are relative (the SCORM package)', () => {
    const dist = built();
    const html = quietScripts(page('<script type="module" src="../../_astro/other.js"></script>'), {
      distDir: dist,
      file: join(dist, 'units', 'a', 'index.html'),
    });
    expect(html).toContain(
      '<link rel="modulepreload" href="../../_astro/shared.js" fetchpriority="low"><script type="module" src="../../_astro/other.js" fetchpriority="low"></script>',
    );
  });

  it('leaves inline and classic scripts as they are, and stops on a script the build does not have', () => {
    const dist = built();
    const classic = page('<script src="/_astro/deep.js"></script><script>1</script>');
    expect(quietScripts(classic, { distDir: dist, file: join(dist, 'index.html') })).toBe(classic);
    expect(() =>
      quietScripts(page('<script type="module" src="/_astro/gone.js"></script>'), {
        distDir: dist,
        file: join(dist, 'index.html'),
      }),
    ).toThrow(/the script \/_astro\/gone\.js is not in the build/);
  });
});
