import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { checkBudgets } from './check-budgets.mjs';
import { writeTree } from './test-tree';

/** Writes a fake dist/ from a map of path -> content and returns its folder. */
const fakeDist = (files: Record<string, string>) => writeTree('budget-', files);

/** JavaScript that gzip cannot shrink much: random hex in a string literal. */
const incompressible = (bytes: number) => `export const noise = "${randomBytes(bytes).toString('hex')}";`;
const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;
const siteScript = '<script type="module" src="/_astro/site.js"></script>';

describe('checkBudgets', () => {
  it('passes a page that loads only a small site script (with its imports) and a small inline script', () => {
    const dist = fakeDist({
      'index.html': `<!doctype html><html lang="en"><head><script>document.documentElement.dataset.theme='light'</script></head><body>${siteScript}</body></html>`,
      '_astro/site.js': 'import "./shared.js"; console.log(1);',
      '_astro/shared.js': 'export const x = 1;',
    });
    const { pages, failures } = checkBudgets(dist);
    expect(failures).toEqual([]);
    expect(pages[0]?.scripts.map((script: { file: string }) => script.file)).toEqual([
      '_astro/site.js',
      '_astro/shared.js',
    ]);
  });

  it('follows imports that come straight after a comment, as Vite writes them for a component with CSS', () => {
    const dist = fakeDist({
      'index.html': page(
        '<astro-island component-url="/_astro/Sim.js" renderer-url="/_astro/client.js"></astro-island>',
      ),
      '_astro/Sim.js': '/* empty css */import{a as b}from"./Shell.js";export default b;',
      '_astro/Shell.js': 'export const a = 1;',
      '_astro/client.js': 'console.log(2)',
    });
    const files = checkBudgets(dist).pages[0]?.scripts.map((script: { file: string }) => script.file);
    expect(files).toEqual(expect.arrayContaining(['_astro/Sim.js', '_astro/Shell.js', '_astro/client.js']));
    expect(files).toHaveLength(3);
  });

  it('fails a page without an island whose site script is over 3.5 KB gzip', () => {
    const dist = fakeDist({ 'units/a/index.html': page(siteScript), '_astro/site.js': incompressible(4000) });
    const { failures } = checkBudgets(dist);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^\/units\/a\/: site script \d+ B gzip > 3584 B$/);
  });

  it('fails a page without an island that loads a second script at start', () => {
    const dist = fakeDist({
      'index.html': page(`${siteScript}<script type="module" src="/_astro/extra.js"></script>`),
      '_astro/site.js': 'console.log(1)',
      '_astro/extra.js': 'console.log(2)',
    });
    expect(checkBudgets(dist).failures).toEqual([expect.stringMatching(/^\/: loads 2 scripts at start/)]);
  });

  it('lets the home page, and no other, load its Import loader (at most 512 B gzip) beside the site script', () => {
    const importLoader =
      '<script type="module" src="/_astro/ImportProgress.astro_astro_type_script_index_0_lang.Ab1-c.js"></script>';
    const dist = fakeDist({
      'index.html': page(`${siteScript}${importLoader}`),
      'units/a/index.html': page(`${siteScript}${importLoader}`),
      'big/index.html': page(siteScript),
      '_astro/site.js': 'console.log(1)',
      '_astro/ImportProgress.astro_astro_type_script_index_0_lang.Ab1-c.js': 'console.log(2)',
    });
    expect(checkBudgets(dist).failures).toEqual([expect.stringMatching(/^\/units\/a\/: loads 2 scripts at start/)]);
    // The site script's budget is its own: a 3 KB site script and a small loader pass together.
    const full = fakeDist({
      'index.html': page(`${siteScript}${importLoader}`),
      '_astro/site.js': incompressible(3000),
      '_astro/ImportProgress.astro_astro_type_script_index_0_lang.Ab1-c.js': 'console.log(2)',
    });
    expect(checkBudgets(full).failures).toEqual([]);
    const heavy = fakeDist({
      'index.html': page(`${siteScript}${importLoader}`),
      '_astro/site.js': 'console.log(1)',
      '_astro/ImportProgress.astro_astro_type_script_index_0_lang.Ab1-c.js': incompressible(600),
    });
    expect(checkBudgets(heavy).failures).toEqual([expect.stringMatching(/^\/: Import loader \d+ B gzip > 512 B$/)]);
  });

  it('fails an inline script in <head> over 1.5 KB gzip', () => {
    const html = `<!doctype html><html lang="en"><head><script>${incompressible(1500)}</script></head><body></body></html>`;
    const dist = fakeDist({ 'index.html': html });
    expect(checkBudgets(dist).failures).toEqual([expect.stringMatching(/^\/: inline script \d+ B gzip > 1536 B$/)]);
  });

  it('fails inline script in the body of a page without an island', () => {
    const dist = fakeDist({ 'index.html': page('<script>console.log("extra")</script>') });
    expect(checkBudgets(dist).failures).toEqual([
      expect.stringMatching(/^\/: \d+ B gzip of inline script outside <head>/),
    ]);
  });

  it('follows dynamic imports, from the page and from what they reach, leaving out Pagefind', () => {
    const dist = fakeDist({
      'index.html': page(
        '<astro-island component-url="/_astro/Quiz.js" renderer-url="/_astro/client.js"></astro-island>',
      ),
      '_astro/Quiz.js':
        'import "./shared.js";const g=()=>import("./grade.js");const s=()=>import(\'/_astro/search.js\');',
      '_astro/shared.js': 'export const x = 1;',
      '_astro/grade.js': 'import "./shared.js";import "./words.js";export const y=()=>import("./more.js");',
      '_astro/words.js': 'export const w = 1;',
      '_astro/more.js': 'export const m = 1;',
      '_astro/search.js': 'const p=()=>import("/pagefind/pagefind.js");',
      'pagefind/pagefind.js': incompressible(60_000),
      '_astro/client.js': 'console.log(2)',
    });
    const [measured] = checkBudgets(dist).pages;
    const names = (list: { file: string }[]) => list.map((script) => script.file).sort();
    expect(names(measured.scripts)).toEqual(['_astro/Quiz.js', '_astro/client.js', '_astro/shared.js']);
    expect(names(measured.lazy)).toEqual(['_astro/grade.js', '_astro/more.js', '_astro/search.js', '_astro/words.js']);
    expect(measured.labConsole).toBe(false);
    expect(checkBudgets(dist).failures).toEqual([]);
  });

  it('allows a page with only a quiz 40 KB gzip in all, counting what it loads later', () => {
    const dist = fakeDist({
      'index.html': page(
        `<astro-island component-url="/_astro/Quiz.js" renderer-url="/_astro/client.js"></astro-island>${siteScript}`,
      ),
      '_astro/site.js': 'console.log(1)',
      '_astro/Quiz.js': `const g=()=>import("./grade.js");${incompressible(18_000)}`,
      '_astro/grade.js': incompressible(25_000),
      '_astro/client.js': 'console.log(2)',
    });
    expect(checkBudgets(dist).failures).toEqual([
      expect.stringMatching(/^\/: \d+ B gzip of JavaScript in all > 40960 B \(page with an island\)$/),
    ]);
  });

  it('allows a page with the lab console 40 KB gzip at start and 90 KB in all, and fails each beyond', () => {
    const build = (start: number, later: number, marker: 'html' | 'chunk' | 'name') =>
      fakeDist({
        'index.html': page(
          `<astro-island component-url="/_astro/${marker === 'name' ? 'LabConsole.Ab1-x' : 'Entry'}.js" renderer-url="/_astro/client.js">${marker === 'html' ? '<section data-lab-console>' : ''}</astro-island>`,
        ),
        [`_astro/${marker === 'name' ? 'LabConsole.Ab1-x' : 'Entry'}.js`]: `const v=()=>import("./view.js");${marker === 'chunk' ? 'h("section",{"data-lab-console":""});' : ''}${incompressible(start)}`,
        '_astro/view.js': incompressible(later),
        '_astro/client.js': 'console.log(2)',
      });
    for (const marker of ['html', 'chunk', 'name'] as const) {
      const within = checkBudgets(build(15_000, 40_000, marker));
      expect(within.pages[0].labConsole, marker).toBe(true);
      expect(within.failures, marker).toEqual([]);
    }
    expect(checkBudgets(build(45_000, 1_000, 'html')).failures).toEqual([
      expect.stringMatching(/^\/: \d+ B gzip of JavaScript at start > 40960 B \(page with the lab console\)$/),
    ]);
    expect(checkBudgets(build(15_000, 80_000, 'html')).failures).toEqual([
      expect.stringMatching(/^\/: \d+ B gzip of JavaScript in all > 92160 B \(page with the lab console\)$/),
    ]);
  });

  it('holds a page whose console opens only from a lab task to 90 KB in all, as every page with the console', () => {
    const build = (later: number) =>
      fakeDist({
        'index.html': page(
          '<astro-island component-url="/_astro/Quiz.js" renderer-url="/_astro/client.js"></astro-island>',
        ),
        '_astro/Quiz.js': `const lab=()=>import("./LabConsole.Ab1-x.js");${incompressible(15_000)}`,
        '_astro/LabConsole.Ab1-x.js': incompressible(later),
        '_astro/client.js': 'console.log(2)',
      });
    const within = checkBudgets(build(66_000));
    expect(within.pages[0].labConsole).toBe(true);
    expect(within.pages[0].consoleInHtml).toBe(false);
    expect(within.failures).toEqual([]);
    expect(checkBudgets(build(72_000)).failures).toEqual([
      expect.stringMatching(
        /^\/: \d+ B gzip of JavaScript in all > 92160 B \(page with the lab console, from lab tasks\)$/,
      ),
    ]);
  });

  it('allows an island page up to 40 KB gzip in all and fails it beyond', () => {
    const island = '<astro-island component-url="/_astro/Sim.js" renderer-url="/_astro/client.js"></astro-island>';
    const within = fakeDist({
      'index.html': page(`${island}${siteScript}`),
      '_astro/site.js': 'console.log(1)',
      '_astro/Sim.js': incompressible(10_000),
      '_astro/client.js': 'console.log(2)',
    });
    expect(checkBudgets(within).failures).toEqual([]);
    const over = fakeDist({
      'index.html': page(`${island}${siteScript}`),
      '_astro/site.js': 'console.log(1)',
      '_astro/Sim.js': incompressible(45_000),
      '_astro/client.js': 'console.log(2)',
    });
    expect(checkBudgets(over).failures).toEqual([
      expect.stringMatching(/^\/: \d+ B gzip of JavaScript in all > 40960 B \(page with an island\)$/),
    ]);
  });
});
