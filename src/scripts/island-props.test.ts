/**
 * The build step that moves large island props into a file beside their page (`island-props.mjs`),
 * and the SCORM package's rewrite of such a file (`rewriteJson`).
 */
import { describe, expect, it } from 'vitest';
import { moveIslandProps, PROPS_IN_FILE_FROM, propsOf } from './island-props.mjs';
import { PLACEHOLDER_BASE, rewriteFile } from './scorm-package.mjs';

/** Astro's way of writing props into the attribute: its HTML escaping of the JSON text. */
const attribute = (json: string) => json.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const island = (json: string) => `<astro-island uid="Z1" component-url="/_astro/Quiz.js" renderer-url="/_astro/client.js" props="${attribute(json)}" ssr client="visible" opts="{}" await-children><p>Question 1</p></astro-island>`;
const page = (body: string) => `<!doctype html><html lang="en"><head><title>T</title></head><body><main>${body}</main></body></html>`;

/** Props of Astro's shape, about `size` characters long, with text that HTML escapes. */
const largeProps = (size: number) => JSON.stringify({ quiz: [0, { stem: [0, `Which "authority" <applies> & why? ${'x'.repeat(size)}`] }] });

describe('moveIslandProps', () => {
  it('moves props from the threshold into a file beside the page, holding exactly the JSON the attribute held', () => {
    const json = largeProps(PROPS_IN_FILE_FROM);
    const { html, files } = moveIslandProps(page(island(json)), 'units/knowledge-check/index.html');
    const [name, text] = [...files][0]!;
    expect(name).toMatch(/^island-props\.[\w-]{10}\.json$/);
    expect(text).toBe(json);
    expect(html).toContain(`props-url="${name}"`);
    expect(html).not.toContain(' props=');
    // The rest of the island is as it was: its code, its directive, its server HTML.
    expect(html).toContain('component-url="/_astro/Quiz.js" renderer-url="/_astro/client.js" props-url=');
    expect(html).toContain('client="visible" opts="{}" await-children><p>Question 1</p></astro-island>');
  });

  it('leaves small props in the page, and a page without islands as it is', () => {
    const small = page(island(JSON.stringify({ id: [0, 'paths-quick-check'] })));
    expect(moveIslandProps(small, 'units/paths/index.html')).toEqual({ html: small, files: new Map() });
    const plain = page('<p>No island.</p>');
    expect(moveIslandProps(plain, 'index.html').html).toBe(plain);
  });

  it('names the same props on two pages with two files, and each island of a page with its own', () => {
    const a = largeProps(PROPS_IN_FILE_FROM);
    const b = largeProps(PROPS_IN_FILE_FROM + 1);
    const one = moveIslandProps(page(island(a) + island(b)), 'scenarios/one/index.html');
    const two = moveIslandProps(page(island(a)), 'scenarios/two/index.html');
    expect(one.files.size).toBe(2);
    expect([...one.files.keys()]).not.toContain([...two.files.keys()][0]);
  });

  it('stops the build, naming the page, when props are not JSON', () => {
    const broken = island(`{"quiz":[0,${'1'.repeat(PROPS_IN_FILE_FROM)}`);
    expect(() => moveIslandProps(page(broken), 'units/knowledge-check/index.html')).toThrow(/units\/knowledge-check\/index\.html: an island's props are not JSON/);
  });

  it('reads the attribute as HTML does (character references decoded)', () => {
    expect(propsOf(`<astro-island props="${attribute('{"a":"&<>\\"\'"}')}">`)).toBe('{"a":"&<>\\"\'"}');
    expect(propsOf('<astro-island client="load">')).toBeNull();
  });
});

describe("the SCORM package's rewrite of a props file", () => {
  it("writes the base and the page links in it for the folder of its page, as in a page's props attribute", () => {
    const json = JSON.stringify({ sources: [0, { q1: [0, { href: [0, `${PLACEHOLDER_BASE}units/paths/#path-2`] }] }], base: [0, PLACEHOLDER_BASE] });
    const rewritten = JSON.parse(rewriteFile('units/knowledge-check/island-props.abcdefghij.json', json));
    expect(rewritten.sources[1].q1[1].href[1]).toBe('../../units/paths/index.html#path-2');
    expect(rewritten.base[1]).toBe('../../');
  });
});
