import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import astroIslandScript from 'astro/runtime/server/astro-island.prebuilt.js';
import loadDirectiveScript from 'astro/runtime/client/load.prebuilt.js';
import visibleDirectiveScript from 'astro/runtime/client/visible.prebuilt.js';
import {
  ISLAND_STYLE,
  islandElementCode,
  islandElementFile,
  removeIslandStyle,
  ourIslandElement,
  rendererOf,
  replaceIslandElement,
} from './island-element.mjs';
import { cspIntegration, cspProblems } from './csp.mjs';
import { writeTree } from './test-tree';

const RENDERER = { file: 'islands.Be2_WV21.js', name: 'i' };
const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

describe('our <astro-island> element', () => {
  it("takes the place of Astro's on a page with an island, and weighs less", async () => {
    const code = await islandElementCode(RENDERER);
    const html = page(`<script>${astroIslandScript}</script><astro-island client="load"></astro-island>`);
    const replaced = replaceIslandElement(html, `/_astro/${islandElementFile(code)}`, 'a.html');
    expect(replaced).toMatch(
      /<script type="module" src="\/_astro\/island-element\.[\w-]{8}\.js"><\/script><astro-island/,
    );
    expect(replaced).not.toContain(astroIslandScript);
    expect(code.length).toBeLessThan(astroIslandScript.length / 2);
    expect(code).toContain('customElements.define("astro-island"');
  });

  it('leaves a page without an island as it is', () => {
    const html = page('<p>No island here.</p>');
    expect(replaceIslandElement(html, 'x', 'b.html')).toBe(html);
  });

  it("takes out Astro's scripts for the load and visible directives, which it runs itself, and the attributes it never reads", async () => {
    const html = page(
      `<script>${astroIslandScript}</script><script>${loadDirectiveScript}</script><astro-island uid="Z1" component-url="/a.js" opts="{&quot;name&quot;:&quot;A&quot;,&quot;value&quot;:true}" client="load" ssr></astro-island>` +
        `<p>Text</p><script>${visibleDirectiveScript}</script><astro-island uid="Z2" component-url="/b.js" client="visible" opts="{}" await-children></astro-island>`,
    );
    const replaced = replaceIslandElement(html, '/_astro/island-element.x.js', 'a.html');
    expect(replaced).toBe(
      page(
        '<script type="module" src="/_astro/island-element.x.js"></script><astro-island component-url="/a.js" client="load" ssr></astro-island><p>Text</p><astro-island component-url="/b.js" client="visible" await-children></astro-island>',
      ),
    );
    const code = await islandElementCode(RENDERER);
    expect(code).toContain('IntersectionObserver');
    expect(code).not.toMatch(/Astro\[|self\.Astro/);
  });

  it("imports the renderer from the chunk its entry re-exports, and drops every island's renderer address", async () => {
    const dir = writeTree('renderer-', {
      'island-client.DOjF1F0Z.js': 'export{i as default}from"./islands.Be2_WV21.js";',
      'islands.Be2_WV21.js': 'export const i = 1;',
    });
    expect(rendererOf(dir)).toEqual({ facade: 'island-client.DOjF1F0Z.js', file: 'islands.Be2_WV21.js', name: 'i' });
    const own = writeTree('renderer-', { 'island-client.Ab12.js': 'export default function render() {}' });
    expect(rendererOf(own)).toEqual({
      facade: 'island-client.Ab12.js',
      file: 'island-client.Ab12.js',
      name: 'default',
    });
    expect(() => rendererOf(writeTree('renderer-', { 'other.js': '' }))).toThrow(
      /expected one island-client\.<hash>\.js in _astro\/, found 0/,
    );

    const code = await islandElementCode(rendererOf(dir));
    expect(code).toContain('["./islands.Be2_WV21.js","i"]');
    expect(code).not.toContain('island-client');
    const html = page(
      `<script>${astroIslandScript}</script><astro-island component-url="/_astro/A.js" renderer-url="/_astro/island-client.DOjF1F0Z.js" client="load"></astro-island>`,
    );
    expect(replaceIslandElement(html, '/_astro/e.js', 'a.html', undefined, 'island-client.DOjF1F0Z.js')).toBe(
      page(
        '<script type="module" src="/_astro/e.js"></script><astro-island component-url="/_astro/A.js" client="load"></astro-island>',
      ),
    );
    const other = html.replace('island-client.DOjF1F0Z.js', 'vue-client.X.js');
    expect(() => replaceIslandElement(other, '/_astro/e.js', 'b.html', undefined, 'island-client.DOjF1F0Z.js')).toThrow(
      /b\.html: has an island rendered by \/_astro\/vue-client\.X\.js; our island element has island-client\.DOjF1F0Z\.js's written in/,
    );
  });

  it('stops the build on an island with a directive it does not run', () => {
    const html = page(`<script>${astroIslandScript}</script><astro-island client="idle"></astro-island>`);
    expect(() => replaceIslandElement(html, 'x', 'd.html')).toThrow(
      /d\.html: has a client:idle island, which our island element does not hydrate/,
    );
  });

  it("stops the build when a page has an island but not Astro's script (an Astro upgrade changed it)", () => {
    const html = page(
      '<script>(()=>{/* another island script */})()</script><astro-island client="load"></astro-island>',
    );
    expect(() => replaceIslandElement(html, 'x', 'c.html')).toThrow(
      /c\.html: has an island, but not Astro's island script/,
    );
  });
});

describe("Astro's island style", () => {
  it('is taken out of the page, every copy: the site stylesheet carries its rule', () => {
    const html = page(
      `<p>Intro</p>${ISLAND_STYLE}<astro-island client="load"></astro-island><p>More</p>${ISLAND_STYLE}<astro-island client="visible"></astro-island>`,
    );
    expect(ISLAND_STYLE).toBe('<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>');
    expect(removeIslandStyle(html, 'a.html')).toBe(
      page(
        '<p>Intro</p><astro-island client="load"></astro-island><p>More</p><astro-island client="visible"></astro-island>',
      ),
    );
    const css = readFileSync('src/styles/global.css', 'utf8');
    expect(css).toMatch(/astro-island,\s*astro-slot,\s*astro-static-slot\s*\{\s*display: contents;\s*\}/);
  });

  it('leaves a page without an island as it is', () => {
    const html = page('<p>No island here.</p>');
    expect(removeIslandStyle(html, 'b.html')).toBe(html);
  });

  it("stops the build when a page has an island but not Astro's style (an Astro upgrade changed it)", () => {
    const html = page('<style>astro-island{display:contents}</style><astro-island client="load"></astro-island>');
    expect(() => removeIslandStyle(html, 'c.html')).toThrow(/c\.html: has an island, but not Astro's island style/);
  });

  it('is not in the page after both build steps (our island element, then the CSP, the order of astro.config.mjs), and the policy fits', async () => {
    const dist = writeTree('island-style-', {
      'units/a/index.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body><p>x</p>${ISLAND_STYLE}<script>${astroIslandScript}</script><astro-island client="load"></astro-island></body></html>`,
      'index.html': page('<p>No island here.</p>'),
      // The renderer's entry, as Vite writes it (see rendererOf).
      '_astro/island-client.X1y2Z3.js': 'export{i as default}from"./islands.Y1.js";',
    });
    const hooksOf = (integration: AstroIntegration) =>
      integration.hooks['astro:build:done'] as unknown as (options: {
        dir: URL;
        logger: { info: () => void };
      }) => Promise<void>;
    for (const integration of [ourIslandElement(), cspIntegration()])
      await hooksOf(integration)({ dir: pathToFileURL(`${dist}/`), logger: { info: () => {} } });
    const built = readFileSync(join(dist, 'units/a/index.html'), 'utf8');
    // Our element is a file of the build, which the page loads.
    const src = /<script type="module" src="\/(_astro\/island-element\.[\w-]+\.js)">/.exec(built)?.[1];
    expect(readFileSync(join(dist, src!), 'utf8')).toContain('customElements.define("astro-island"');
    expect(built).not.toContain('<style');
    expect(/style-src ([^;"]*)/.exec(built)?.[1]).toBe(`'self'`);
    expect(cspProblems(built)).toEqual([]);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).not.toContain('<style');
  });
});
