/**
 * The content readers of `site-content.mjs` on small pages with known answers; `site-crawl.test.ts`
 * runs them on the built site.
 */
import { describe, expect, it } from 'vitest';
import {
  coreWords,
  countWords,
  externalLinks,
  isExternal,
  learnMoreLinks,
  newTabProblems,
  parseHtml,
  proseOf,
  visibleText,
} from './site-content.mjs';

const unitPage = (prose: string) =>
  `<!doctype html><html lang="en"><head><title>T</title><script>var notWords = "one two three";</script></head><body>` +
  `<nav><a href="/">Home page link</a></nav><article data-pagefind-body><header><h1>Unit title here</h1><p class="lead">Lead words</p></header>` +
  `<div class="prose">${prose}</div></article><footer>Footer words</footer></body></html>`;

describe('countWords', () => {
  it('counts runs of text that hold a letter or a digit', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  one  ')).toBe(1);
    expect(countWords('Co-management moves 1,300 devices (Intune) — fast.')).toBe(6);
    expect(countWords('— … : -- 12 ü')).toBe(2);
    expect(countWords('line\nbreak\ttab')).toBe(3);
  });
});

describe('visibleText', () => {
  it('separates words at the edges of block elements but not inline ones', () => {
    const body = proseOf(
      parseHtml(
        unitPage('<ul><li>alpha</li><li>beta</li></ul><p>gam<strong>ma</strong> <code>delta</code><br>epsilon</p>'),
      ),
    )!;
    expect(countWords(visibleText(body))).toBe(5);
    expect(visibleText(body).split(/\s+/).filter(Boolean)).toEqual(['alpha', 'beta', 'gamma', 'delta', 'epsilon']);
  });
});

describe('coreWords', () => {
  it('counts only the article prose, outside Go deeper, the checklist, the lab, the quiz and Learn more', () => {
    const prose =
      '<h2 id="a">Two words</h2><p>Three more <a href="https://learn.microsoft.com/x">words<span class="visually-hidden"> (opens in a new tab)</span></a>.</p>' +
      '<details class="go-deeper" data-go-deeper><summary>Go deeper: hidden depth</summary><div class="go-deeper__body"><p>not counted at all</p></div></details>' +
      '<astro-island><section class="checklist" aria-labelledby="c"><h3 id="c">Checklist</h3><p>ticked items</p></section></astro-island>' +
      '<div class="sim-slot"><a class="skip-sim" href="#e">Skip past</a><div class="js-only"><section class="sim">Sim text</section></div><div class="no-js-only"><figure class="sim-figure"><figcaption>Figure</figcaption></figure></div></div>' +
      '<figure class="sim-figure"><figcaption>Standalone figure text</figcaption></figure>' +
      '<section class="quiz"><h2>Quick check</h2><p>Question stem</p></section>' +
      '<section class="learn-more" data-learn-more><h2 id="learn-more">Learn more</h2><ul><li><a href="https://learn.microsoft.com/y">A page</a></li></ul></section>' +
      '<table><tr><td>cell1</td><td>cell2</td></tr></table><figure class="diagram"><figcaption>Diagram caption</figcaption></figure>';
    // "Two words" 2 + "Three more words." 3 + two cells + "Diagram caption" 2.
    expect(coreWords(unitPage(prose))).toBe(9);
  });

  it('is null for a page without article prose', () => {
    expect(coreWords('<!doctype html><html><body><div class="prose">x</div></body></html>')).toBeNull();
  });
});

describe('learnMoreLinks', () => {
  it('lists the links inside Learn more sections only', () => {
    const html = unitPage(
      '<p><a href="https://learn.microsoft.com/outside">outside</a></p><section data-learn-more><h2>Learn more</h2><ul><li><a href="https://learn.microsoft.com/a">A</a></li><li><a href="https://learn.microsoft.com/b">B</a></li></ul></section>',
    );
    expect(learnMoreLinks(html)).toEqual(['https://learn.microsoft.com/a', 'https://learn.microsoft.com/b']);
    expect(learnMoreLinks(unitPage('<p>none</p>'))).toEqual([]);
  });
});

describe('externalLinks and newTabProblems', () => {
  it('finds http, https and protocol-relative links, and says what each lacks for a new tab', () => {
    expect(['https://a', 'HTTP://b', '//c', 'mailto:x', '/units/', '#top', '../x/'].map(isExternal)).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
    const html = unitPage(
      '<a href="https://learn.microsoft.com/ok" target="_blank" rel="noopener noreferrer">Good<span class="visually-hidden"> (opens in a new tab)</span></a>' +
        '<a href="http://example.com/bare">Bare</a><a href="/units/paths/">Internal</a><a href="//example.com/x" target="_self" rel="noreferrer">Rel</a>',
    );
    const links = externalLinks(html);
    expect(links.map((link) => link.href)).toEqual([
      'https://learn.microsoft.com/ok',
      'http://example.com/bare',
      '//example.com/x',
    ]);
    expect(newTabProblems(links[0]!)).toEqual([]);
    expect(newTabProblems(links[1]!)).toEqual([
      'target is missing, not "_blank"',
      'rel "" lacks noopener',
      'screen-reader text is "", not "(opens in a new tab)"',
    ]);
    expect(newTabProblems(links[2]!)).toEqual([
      'target is "_self", not "_blank"',
      'rel "noreferrer" lacks noopener',
      'screen-reader text is "", not "(opens in a new tab)"',
    ]);
  });
});
