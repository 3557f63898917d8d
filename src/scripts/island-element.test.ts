import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import astroIslandScript from 'astro/runtime/server/astro-island.prebuilt.js';
import { ISLAND_STYLES } from 'astro/runtime/server/astro-island-styles.js';
import { ISLAND_STYLE, islandElementCode, moveIslandStyleToHead, ourIslandElement, replaceIslandElement } from './island-element.mjs';
import { cspHash, cspIntegration, cspProblems } from './csp.mjs';
import { writeTree } from './test-tree';

const page = (body: string) => `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>`;

describe('our <astro-island> element', () => {
  it("takes the place of Astro's on a page with an island, and weighs less", async () => {
    const code = await islandElementCode();
    const html = page(`<script>${astroIslandScript}</script><astro-island client="load"></astro-island>`);
    const replaced = replaceIslandElement(html, code, 'a.html');
    expect(replaced).toContain(`<script>${code}</script>`);
    expect(replaced).not.toContain(astroIslandScript);
    expect(code.length).toBeLessThan(astroIslandScript.length / 2);
    expect(code).toContain('customElements.define("astro-island"');
  });

  it('leaves a page without an island as it is', () => {
    const html = page('<p>No island here.</p>');
    expect(replaceIslandElement(html, 'x', 'b.html')).toBe(html);
  });

  it("stops the build when a page has an island but not Astro's script (an Astro upgrade changed it)", () => {
    const html = page('<script>(()=>{/* another island script */})()</script><astro-island client="load"></astro-island>');
    expect(() => replaceIslandElement(html, 'x', 'c.html')).toThrow(/c\.html: has an island, but not Astro's island script/);
  });
});

describe("Astro's island style", () => {
  const bodyOf = (html: string) => html.slice(html.indexOf('<body'));
  const headOf = (html: string) => html.slice(0, html.indexOf('</head>'));
  const count = (html: string, text: string) => html.split(text).length - 1;

  it('moves from <body> to the end of <head>, once, even when Astro wrote it twice', () => {
    const html = page(`<p>Intro</p>${ISLAND_STYLE}<astro-island client="load"></astro-island><p>More</p>${ISLAND_STYLE}<astro-island client="visible"></astro-island>`);
    const moved = moveIslandStyleToHead(html, 'a.html');
    expect(ISLAND_STYLE).toBe('<style>astro-island,astro-slot,astro-static-slot{display:contents}</style>');
    expect(count(moved, ISLAND_STYLE)).toBe(1);
    expect(headOf(moved).endsWith(ISLAND_STYLE)).toBe(true);
    expect(bodyOf(moved)).not.toContain('<style');
    expect(bodyOf(moved)).toBe('<body><p>Intro</p><astro-island client="load"></astro-island><p>More</p><astro-island client="visible"></astro-island></body></html>');
  });

  it('leaves a page without an island as it is', () => {
    const html = page('<p>No island here.</p>');
    expect(moveIslandStyleToHead(html, 'b.html')).toBe(html);
  });

  it("stops the build when a page has an island but not Astro's style (an Astro upgrade changed it)", () => {
    const html = page('<style>astro-island{display:contents}</style><astro-island client="load"></astro-island>');
    expect(() => moveIslandStyleToHead(html, 'c.html')).toThrow(/c\.html: has an island, but not Astro's island style/);
  });

  it('is in <head> with its hash in style-src after both build steps (our island element, then the CSP, the order of astro.config.mjs)', async () => {
    const dist = writeTree('island-style-', {
      'units/a/index.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body><p>x</p>${ISLAND_STYLE}<script>${astroIslandScript}</script><astro-island client="load"></astro-island></body></html>`,
      'index.html': page('<p>No island here.</p>'),
    });
    const hooksOf = (integration: AstroIntegration) => integration.hooks['astro:build:done'] as unknown as (options: { dir: URL; logger: { info: () => void } }) => Promise<void>;
    for (const integration of [ourIslandElement(), cspIntegration()]) await hooksOf(integration)({ dir: pathToFileURL(`${dist}/`), logger: { info: () => {} } });
    const built = readFileSync(join(dist, 'units/a/index.html'), 'utf8');
    expect(count(built, ISLAND_STYLE)).toBe(1);
    expect(headOf(built)).toContain(ISLAND_STYLE);
    expect(bodyOf(built)).not.toContain('<style');
    expect(/style-src ([^;"]*)/.exec(built)?.[1]).toBe(`'self' ${cspHash(ISLAND_STYLES)}`);
    expect(cspProblems(built)).toEqual([]);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).not.toContain('<style');
  });
});
