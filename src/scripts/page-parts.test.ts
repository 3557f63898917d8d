/**
 * The build step that moves the parts every page has but no first paint shows (the dialogs, the
 * notices' texts) into one file for the site (`page-parts.mjs`).
 */
import { describe, expect, it } from 'vitest';
import { movePageParts, partsDocument, partsFileName } from './page-parts.mjs';

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>T</title></head><body data-base="/">${body}</body></html>`;
const search =
  '<dialog class="search-dialog" data-search-dialog data-page-part><h2>Search the module</h2><input autofocus></dialog>';
const texts = '<div hidden data-page-part data-notice-texts data-reset="Your progress has been reset."></div>';

describe('movePageParts', () => {
  it('takes every part out of the page, into one document named by its content, and names that file on <body>', () => {
    const { html, file } = movePageParts(
      page(`<main><h1>Unit</h1></main><footer>F</footer>${search}${texts}<script type="module" src="/s.js"></script>`),
      'units/a/index.html',
    );
    expect(file!.text).toBe(partsDocument(search + texts));
    expect(file!.name).toBe(partsFileName(file!.text));
    expect(file!.name).toMatch(/^page-parts\.[\w-]{10}\.html$/);
    expect(html).toBe(
      page(`<main><h1>Unit</h1></main><footer>F</footer><script type="module" src="/s.js"></script>`).replace(
        '<body data-base="/">',
        `<body data-page-parts="${file!.name}" data-base="/">`,
      ),
    );
  });

  it('gives two pages with the same parts the same file, and a page without parts no file', () => {
    const one = movePageParts(page(`<main><h1>One</h1></main>${search}`), 'one/index.html');
    const two = movePageParts(page(`<main><h1>Two</h1></main>${search}`), 'two/index.html');
    expect(one.file).toEqual(two.file);
    const plain = page('<main><h1>Presenter</h1></main>');
    expect(movePageParts(plain, 'present/a/index.html')).toEqual({ html: plain, file: null });
  });

  it('keeps a part whole, with whatever is inside it, and leaves unmarked dialogs in the page', () => {
    const nested = '<dialog data-page-part><div><p>Resetting deletes:</p><ul><li>marks</li></ul></div></dialog>';
    const own = '<dialog data-import-confirm><p>Replace?</p></dialog>';
    const { html, file } = movePageParts(page(`<main><h1>Home</h1>${own}</main>${nested}`), 'index.html');
    expect(file!.text).toContain(nested);
    expect(html).toContain(own);
    expect(html).not.toContain('Resetting deletes');
  });

  it('makes the parts file a whole HTML document, so the HTML checker reads it as a page', () => {
    expect(partsDocument(search)).toMatch(
      /^<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>[^<]+<\/title><\/head><body><dialog/,
    );
  });
});
