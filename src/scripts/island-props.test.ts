/**
 * The build step that moves large island props into a file beside their page (`island-props.mjs`),
 * and the SCORM package's rewrite of such a file (`rewriteJson`).
 */
import { describe, expect, it } from 'vitest';
import { moveIslandProps, PROPS_IN_FILE_FROM, propsOf } from './island-props.mjs';
import { PLACEHOLDER_BASE, rewriteFile } from './scorm-package.mjs';

/** Astro's way of writing props into the attribute: its HTML escaping of the JSON text. */
const attribute = (json: string) =>
  json
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
const island = (json: string) =>
  `<astro-island uid="Z1" component-url="/_astro/Quiz.js" renderer-url="/_astro/client.js" props="${attribute(json)}" ssr client="visible" opts="{}" await-children><p>Question 1</p></astro-island>`;
const page = (body: string) =>
  `<!doctype html><html lang="en"><head><title>T</title></head><body><main>${body}</main></body></html>`;

/** Props of Astro's shape, about `size` characters long, with text that HTML escapes. */
const largeProps = (size: number) =>
  JSON.stringify({ quiz: [0, { stem: [0, `Which "authority" <applies> & why? ${'x'.repeat(size)}`] }] });

describe('moveIslandProps', () => {
  it('moves props from the threshold into a file beside the page, holding exactly the JSON the attribute held', () => {
    const json = largeProps(PROPS_IN_FILE_FROM);
    const { html, files } = moveIslandProps(page(island(json)), 'units/knowledge-check/index.html');
    const [name, text] = [...files][0]!;
    expect(name).toMatch(/^island-props\.[\w-]{10}\.json$/);
    expect(text).toBe(`{"props":${json},"slots":{}}`);
    expect(JSON.parse(text).props).toEqual(JSON.parse(json));
    expect(html).toContain(`props-url="${name}"`);
    expect(html).not.toContain(' props=');
    // The rest of the island is as it was: its code, its directive, its server HTML.
    expect(html).toContain('component-url="/_astro/Quiz.js" renderer-url="/_astro/client.js" props-url=');
    expect(html).toContain('client="visible" opts="{}" await-children><p>Question 1</p></astro-island>');
  });

  it('moves the slots its server HTML hides into the file, and keeps the slots it shows in the page', () => {
    const result = '<h3 id="r">Your result</h3> <a href="/units/paths/#path-2">Paths, “Path 2”</a>';
    const body = `<p>Question 1</p><astro-slot name="start"><p>Practice or exam</p></astro-slot><div class="quiz__results" hidden><div><astro-slot>${result}</astro-slot></div></div>`;
    const json = largeProps(PROPS_IN_FILE_FROM);
    const { html, files } = moveIslandProps(
      page(island(json).replace('<p>Question 1</p>', body)),
      'self-assessment/index.html',
    );
    const file = JSON.parse([...files.values()][0]!);
    expect(file.slots).toEqual({ default: result });
    expect(html).not.toContain('Your result');
    expect(html).toContain(
      '<p>Question 1</p><astro-slot name="start"><p>Practice or exam</p></astro-slot><div class="quiz__results" hidden><div></div></div></astro-island>',
    );
  });

  it('keeps every slot of an island whose props stay in the page', () => {
    const small = page(
      island(JSON.stringify({ id: [0, 'paths-quick-check'] })).replace(
        '<p>Question 1</p>',
        '<div hidden><astro-slot><p>Result</p></astro-slot></div>',
      ),
    );
    expect(moveIslandProps(small, 'units/paths/index.html').html).toBe(small);
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
    expect(() => moveIslandProps(page(broken), 'units/knowledge-check/index.html')).toThrow(
      /units\/knowledge-check\/index\.html: an island's props are not JSON/,
    );
  });

  it('reads the attribute as HTML does (character references decoded)', () => {
    expect(propsOf(`<astro-island props="${attribute('{"a":"&<>\\"\'"}')}">`)).toBe('{"a":"&<>\\"\'"}');
    expect(propsOf('<astro-island client="load">')).toBeNull();
  });
});

describe("the SCORM package's rewrite of a props file", () => {
  it("writes the base and the page links in it for the folder of its page, as in a page's props attribute", () => {
    const json = JSON.stringify({
      sources: [0, { q1: [0, { href: [0, `${PLACEHOLDER_BASE}units/paths/#path-2`] }] }],
      base: [0, PLACEHOLDER_BASE],
    });
    const rewritten = JSON.parse(rewriteFile('units/knowledge-check/island-props.abcdefghij.json', json));
    expect(rewritten.sources[1].q1[1].href[1]).toBe('../../units/paths/index.html#path-2');
    expect(rewritten.base[1]).toBe('../../');
  });

  it("writes the page links in the slots' HTML it holds as in a page's href attributes", () => {
    const json = JSON.stringify({
      props: {},
      slots: {
        default: `<a href="${PLACEHOLDER_BASE}units/paths/#path-2">Path 2</a> <a href="https://learn.microsoft.com/x">Learn</a>`,
      },
    });
    const rewritten = JSON.parse(rewriteFile('units/knowledge-check/island-props.abcdefghij.json', json));
    expect(rewritten.slots.default).toBe(
      '<a href="../../units/paths/index.html#path-2">Path 2</a> <a href="https://learn.microsoft.com/x">Learn</a>',
    );
  });
});
