/**
 * The built site's links and markup (`site-crawl.mjs`). With SITE_DIST set (npm test sets it to
 * dist/ after the build) the real site is crawled; otherwise a small sample site shows that each
 * rule catches what it should.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crawl, fileFor, idsOf, linksOf, sitePath } from './site-crawl.mjs';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const page = (body: string, head = '<title>T</title><meta name="description" content="D">') => `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;

const dist = process.env.SITE_DIST;

// `npm test` runs this file twice: once with the other unit tests (the rules, on a sample site)
// and once after the build with SITE_DIST set (the real site only), so nothing counts twice.
if (!dist) describe('the crawl rules', () => {
  it('reads ids, links and the file a URL leads to', () => {
    expect([...idsOf('<h2 id="a-b">x</h2><a name="old">y</a>')]).toEqual(['a-b', 'old']);
    expect(linksOf('<a href="../x/#y">x</a><link rel="stylesheet" href="/a.css"><astro-island props="{&quot;href&quot;:&quot;/z/&quot;}">')).toEqual(['../x/#y', '/a.css']);
    const files = new Set(['index.html', 'units/a/index.html', 'a.css']);
    expect(fileFor('/', files)).toBe('index.html');
    expect(fileFor('/units/a/', files)).toBe('units/a/index.html');
    expect(fileFor('/units/a', files)).toBe('units/a/index.html');
    expect(fileFor('/a.css', files)).toBe('a.css');
    expect(fileFor('/units/b/', files)).toBeNull();
  });

  it('passes a sound site and names every broken link, anchor, heading, title, description and language', () => {
    const good = new Map([
      ['index.html', page('<h1>Home</h1><a href="units/a/#part">A</a><a href="https://example.com/">x</a><a href="#top" id="top">top</a>')],
      ['units/a/index.html', page('<h1>A</h1><h2 id="part">Part</h2><a href="../../">Home</a><a href="/units/a/">Self</a>')],
    ]);
    expect(crawl(good, new Set(good.keys()))).toEqual([]);

    const bad = new Map([
      ['index.html', page('<h1>Home</h1><h1>Again</h1><a href="units/b/">B</a><a href="units/a/#nowhere">A</a>')],
      ['units/a/index.html', '<!doctype html><html><head><title> </title></head><body><p>no heading</p></body></html>'],
    ]);
    expect(crawl(bad, new Set(bad.keys()))).toEqual([
      'index.html: has 2 h1 elements; expected exactly one',
      'index.html: links to units/b/, which leads to no file',
      'index.html: links to units/a/#nowhere, but units/a/index.html has no element with id "nowhere"',
      'units/a/index.html: has 0 h1 elements; expected exactly one',
      'units/a/index.html: has no title',
      'units/a/index.html: has no description',
      'units/a/index.html: has no language on <html>',
    ]);
  });
});

if (dist) describe('the built site', () => {
  it('has every internal link and anchor resolving, and one h1, a title, a description and a language on every page', () => {
    const root = dist!.replace(/[\\/]+$/, '');
    const all = walk(root).map((file) => sitePath(root, file));
    const pages = new Map(all.filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/')).map((file) => [file, readFileSync(join(root, file), 'utf8')]));
    expect(pages.size).toBeGreaterThan(30);
    expect(crawl(pages, new Set(all))).toEqual([]);
  });
});
