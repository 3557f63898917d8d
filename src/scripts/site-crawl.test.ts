/**
 * The built site's links and markup (`site-crawl.mjs`). With SITE_DIST set (npm test sets it to
 * dist/ after the build) the real site is crawled; otherwise a small sample site shows that each
 * rule catches what it should. With SITE_DIST set it also checks the lessons' content, read with
 * an HTML parser (`site-content.mjs`, whose own tests are `site-content.test.ts`): the length of
 * units 2-4's core, the "Learn more" links of units 1-5, and every external link.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { crawl, fileFor, idsOf, linksOf, sitePath } from './site-crawl.mjs';
import {
  coreWords,
  countWords,
  externalLinks,
  findAll,
  learnMoreLinks,
  newTabProblems,
  parseHtml,
  proseOf,
  PROSE,
  PROSE_EXCLUDED,
  visibleText,
} from './site-content.mjs';
import { NEW_TAB_TEXT } from '../components/lesson/rehype-external-links.mjs';
import { LEARN_LINKS_FILE, loadLearnLinks } from '../schemas/learn-links';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const page = (body: string, head = '<title>T</title><meta name="description" content="D">') =>
  `<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`;

const dist = process.env.SITE_DIST;

// `npm test` runs this file twice: once with the other unit tests (the rules, on a sample site)
// and once after the build with SITE_DIST set (the real site only), so nothing counts twice.
if (!dist)
  describe('the crawl rules', () => {
    it('reads ids, links and the file a URL leads to', () => {
      expect([...idsOf('<h2 id="a-b">x</h2><a name="old">y</a>')]).toEqual(['a-b', 'old']);
      expect(
        linksOf(
          '<a href="../x/#y">x</a><link rel="stylesheet" href="/a.css"><astro-island props="{&quot;href&quot;:&quot;/z/&quot;}">',
        ),
      ).toEqual(['../x/#y', '/a.css']);
      const files = new Set(['index.html', 'units/a/index.html', 'a.css']);
      expect(fileFor('/', files)).toBe('index.html');
      expect(fileFor('/units/a/', files)).toBe('units/a/index.html');
      expect(fileFor('/units/a', files)).toBe('units/a/index.html');
      expect(fileFor('/a.css', files)).toBe('a.css');
      expect(fileFor('/units/b/', files)).toBeNull();
    });

    it('passes a sound site and names every broken link, anchor, heading, title, description, language and spaced punctuation', () => {
      const good = new Map([
        [
          'index.html',
          page(
            '<h1>Home</h1><a href="units/a/#part">A</a><a href="https://example.com/">x</a><a href="#top" id="top">top</a>',
          ),
        ],
        [
          'units/a/index.html',
          page('<h1>A</h1><h2 id="part">Part</h2><a href="../../">Home</a><a href="/units/a/">Self</a>'),
        ],
      ]);
      expect(crawl(good, new Set(good.keys()))).toEqual([]);

      const bad = new Map([
        ['index.html', page('<h1>Home</h1><h1>Again</h1><a href="units/b/">B</a><a href="units/a/#nowhere">A</a>')],
        [
          'units/a/index.html',
          '<!doctype html><html><head><title> </title></head><body><p>no heading</p></body></html>',
        ],
        // A template's line breaks, rendered: before a comma after a link, before a full stop, inside brackets.
        [
          'units/c/index.html',
          page('<h1>C</h1><p>See the <a href="../a/">first\n</a>, then the second\n.</p><p>(\n<time>7 min</time>)</p>'),
        ],
      ]);
      expect(crawl(bad, new Set(bad.keys()))).toEqual([
        'index.html: has 2 h1 elements; expected exactly one',
        'index.html: links to units/b/, which leads to no file',
        'index.html: links to units/a/#nowhere, but units/a/index.html has no element with id "nowhere"',
        'units/a/index.html: has 0 h1 elements; expected exactly one',
        'units/a/index.html: has no title',
        'units/a/index.html: has no description',
        'units/a/index.html: has no language on <html>',
        'units/c/index.html: shows a space before punctuation: "the first , then the"',
        'units/c/index.html: shows a space before punctuation: "the second . ( 7"',
        'units/c/index.html: shows a space before punctuation: ". ( 7 min)"',
      ]);
    });
  });

if (dist)
  describe('the built site', () => {
    it('has every internal link and anchor resolving, and one h1, a title, a description and a language on every page', () => {
      const root = dist!.replace(/[\\/]+$/, '');
      const all = walk(root).map((file) => sitePath(root, file));
      // Pagefind's files and the build's assets (the page parts' file, page-parts.mjs) are not pages.
      const pages = new Map(
        all
          .filter((file) => file.endsWith('.html') && !/^(?:pagefind|_astro)\//.test(file))
          .map((file) => [file, readFileSync(join(root, file), 'utf8')]),
      );
      expect(pages.size).toBeGreaterThan(30);
      expect(crawl(pages, new Set(all))).toEqual([]);
    });
  });

/** Units 2, 3 and 4 keep their core (see site-content.mjs) to this many words (issue 15). */
const CORE_WORD_LIMIT = 1300;
/** Units 1 to 5 end with a "Learn more" section holding at least this many links. */
const LEARN_MORE_MIN = 2;

if (dist)
  describe('the built lessons', () => {
    const root = dist!.replace(/[\\/]+$/, '');
    const read = (file: string) => readFileSync(join(root, file), 'utf8');
    // The units by their lesson folders (`03-prerequisites` is unit 3, /units/prerequisites/).
    const units = readdirSync(join(ROOT, 'content', 'lessons'))
      .map((folder) => /^(\d{2})-(.+)$/.exec(folder))
      .filter((match) => match !== null)
      .map((match) => ({ order: Number(match[1]), path: `/units/${match[2]}/`, file: `units/${match[2]}/index.html` }));
    const unit = (order: number) => {
      const found = units.find((candidate) => candidate.order === order);
      if (!found) throw new Error(`no lesson folder content/lessons/${String(order).padStart(2, '0')}-...`);
      return found;
    };
    const name = (order: number) => `unit ${order} (${unit(order).path})`;
    /** Units 6 (knowledge check) and 7 (summary) are shorter by design. */
    const SHORT_UNITS = new Set([6, 7]);
    const excluded = PROSE_EXCLUDED.map((part) => `${part.part} ${part.selector}`).join(', ');

    it(`keeps the core of units 2, 3 and 4 to ${CORE_WORD_LIMIT.toLocaleString('en')} words`, () => {
      const problems = [2, 3, 4].flatMap((order) => {
        const words = coreWords(read(unit(order).file));
        if (words === null) return [`${name(order)}: has no ${PROSE.selector} to count`];
        return words > CORE_WORD_LIMIT
          ? [
              `${name(order)}: ${words.toLocaleString('en')} words in ${PROSE.selector} outside ${excluded}; the limit is ${CORE_WORD_LIMIT.toLocaleString('en')}`,
            ]
          : [];
      });
      expect(problems).toEqual([]);
    });

    // Moved from e2e/lessons.spec.ts: the built HTML holds the whole unit text, so no browser is needed.
    it('gives every unit enough prose of its own, an id on every heading and no unfinished text', () => {
      expect(units).toHaveLength(7);
      // Figures, diagrams, the checklist, code and islands are not the unit's own prose.
      const notProse = [{ tag: 'figure' }, { className: 'checklist' }, { tag: 'pre' }, { tag: 'astro-island' }];
      const problems = units.flatMap(({ order, file }) => {
        const document = parseHtml(read(file));
        const prose = proseOf(document);
        if (!prose) return [`${name(order)}: has no ${PROSE.selector}`];
        const words = countWords(visibleText(prose, notProse));
        const least = SHORT_UNITS.has(order) ? 250 : 600;
        const headings = [...findAll(prose, { tag: 'h2' }), ...findAll(prose, { tag: 'h3' })];
        const withoutId = headings.filter((heading) => !heading.attrs.some((attribute) => attribute.name === 'id'));
        const unfinished = /lorem ipsum|\bTODO\b|\bTBD\b|coming soon|placeholder/i.exec(visibleText(document));
        return [
          ...(words < least ? [`${name(order)}: ${words} words of prose; expected at least ${least}`] : []),
          ...withoutId.map((heading) => `${name(order)}: a heading without an id: "${visibleText(heading).trim()}"`),
          ...(unfinished ? [`${name(order)}: unfinished text "${unfinished[0]}"`] : []),
        ];
      });
      expect(problems).toEqual([]);
    });

    // Moved from e2e/lessons.spec.ts.
    it("links each objective's unit (2 to 5) to the glossary and to another unit", () => {
      const problems = [2, 3, 4, 5].flatMap((order) => {
        const prose = proseOf(parseHtml(read(unit(order).file)));
        const paths = findAll(prose ?? parseHtml(''), { tag: 'a' })
          .map((link) => link.attrs.find((attribute) => attribute.name === 'href')?.value ?? '')
          .map((href) => new URL(href, `https://site.test${unit(order).path}`).pathname);
        return [
          ...(paths.includes('/glossary/') ? [] : [`${name(order)}: no link to the glossary`]),
          ...(paths.some((path) => path.startsWith('/units/') && path !== unit(order).path)
            ? []
            : [`${name(order)}: no link to another unit`]),
        ];
      });
      expect(problems).toEqual([]);
    });

    it(`ends units 1 to 5 with "Learn more" holding at least ${LEARN_MORE_MIN} links`, () => {
      const problems = [1, 2, 3, 4, 5].flatMap((order) => {
        const links = learnMoreLinks(read(unit(order).file));
        return links.length < LEARN_MORE_MIN
          ? [
              `${name(order)}: ${links.length} links in "Learn more" ([data-learn-more]); expected at least ${LEARN_MORE_MIN}`,
            ]
          : [];
      });
      expect(problems).toEqual([]);
    });

    const pages = walk(root)
      .map((file) => sitePath(root, file))
      .filter((file) => file.endsWith('.html') && !file.startsWith('pagefind/'));

    it(`links outside the site only to addresses on ${LEARN_LINKS_FILE}`, () => {
      const allowed = new Set(loadLearnLinks(ROOT).links.map((link) => link.url));
      const problems = pages.flatMap((file) =>
        externalLinks(read(file))
          .filter((link) => !allowed.has(link.href))
          .map((link) => `${file}: links to ${link.href}, which is not on ${LEARN_LINKS_FILE}`),
      );
      expect(pages.length).toBeGreaterThan(30);
      expect(problems).toEqual([]);
    });

    it('opens every external link in a new tab, without an opener, and says so to screen readers', () => {
      const problems = pages.flatMap((file) =>
        externalLinks(read(file)).flatMap((link) =>
          newTabProblems(link, NEW_TAB_TEXT).map((problem) => `${file}: link to ${link.href}: ${problem}`),
        ),
      );
      expect(problems).toEqual([]);
    });
  });
