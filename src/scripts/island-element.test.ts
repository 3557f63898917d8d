import { describe, expect, it } from 'vitest';
import astroIslandScript from 'astro/runtime/server/astro-island.prebuilt.js';
import { islandElementCode, replaceIslandElement } from './island-element.mjs';

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
