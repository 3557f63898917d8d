import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { checkBudgets } from './check-budgets.mjs';
import { writeTree } from './test-tree';

/** Writes a fake dist/ from a map of path -> content and returns its folder. */
const fakeDist = (files: Record<string, string>) => writeTree('budget-', files);

/** JavaScript that gzip cannot shrink much: random hex in a string literal. */
const incompressible = (bytes: number) => `export const noise = "${randomBytes(bytes).toString('hex')}";`;
const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;
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
    expect(pages[0]?.scripts.map((script: { file: string }) => script.file)).toEqual(['_astro/site.js', '_astro/shared.js']);
  });

  it('follows imports that come straight after a comment, as Vite writes them for a component with CSS', () => {
    const dist = fakeDist({
      'index.html': page('<astro-island component-url="/_astro/Sim.js" renderer-url="/_astro/client.js"></astro-island>'),
      '_astro/Sim.js': '/* empty css */import{a as b}from"./Shell.js";export default b;',
      '_astro/Shell.js': 'export const a = 1;',
      '_astro/client.js': 'console.log(2)',
    });
    const files = checkBudgets(dist).pages[0]?.scripts.map((script: { file: string }) => script.file);
    expect(files).toEqual(expect.arrayContaining(['_astro/Sim.js', '_astro/Shell.js', '_astro/client.js']));
    expect(files).toHaveLength(3);
  });

  it('fails a page without an island whose site script is over 3 KB gzip', () => {
    const dist = fakeDist({ 'units/a/index.html': page(siteScript), '_astro/site.js': incompressible(4000) });
    const { failures } = checkBudgets(dist);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^\/units\/a\/: site script \d+ B gzip > 3072 B$/);
  });

  it('fails a page without an island that loads a second script at start', () => {
    const dist = fakeDist({
      'index.html': page(`${siteScript}<script type="module" src="/_astro/extra.js"></script>`),
      '_astro/site.js': 'console.log(1)',
      '_astro/extra.js': 'console.log(2)',
    });
    expect(checkBudgets(dist).failures).toEqual([expect.stringMatching(/^\/: loads 2 scripts at start/)]);
  });

  it('fails an inline script in <head> over 1 KB gzip', () => {
    const html = `<!doctype html><html lang="en"><head><script>${incompressible(1000)}</script></head><body></body></html>`;
    const dist = fakeDist({ 'index.html': html });
    expect(checkBudgets(dist).failures).toEqual([expect.stringMatching(/^\/: inline script \d+ B gzip > 1024 B$/)]);
  });

  it('fails inline script in the body of a page without an island', () => {
    const dist = fakeDist({ 'index.html': page('<script>console.log("extra")</script>') });
    expect(checkBudgets(dist).failures).toEqual([expect.stringMatching(/^\/: \d+ B gzip of inline script outside <head>/)]);
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
    expect(checkBudgets(over).failures).toEqual([expect.stringMatching(/^\/: \d+ B gzip of JavaScript > 40960 B \(page with an island\)$/)]);
  });
});
