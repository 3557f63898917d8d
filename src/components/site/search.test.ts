import { describe, expect, it } from 'vitest';
import {
  excerptNodes,
  searchTarget,
  type PagefindAnchor,
  type PagefindResultData,
  type PagefindSubResult,
} from './search';

/** A part of a page whose hits each score 1, or as given by [location, score] pairs. */
const part = (
  title: string,
  url: string,
  hits: (number | [number, number])[],
  anchor?: PagefindAnchor,
): PagefindSubResult => ({
  title,
  url,
  excerpt: `excerpt of ${title}`,
  weighted_locations: hits.map((hit) =>
    typeof hit === 'number' ? { location: hit, balanced_score: 1 } : { location: hit[0], balanced_score: hit[1] },
  ),
  ...(anchor ? { anchor } : {}),
});
/** Words w0 w1 w2 …, one per location, as many as the page's last anchor or hit needs. */
const wordsUpTo = (last: number) => Array.from({ length: last + 40 }, (_, at) => `w${at}`).join(' ');
const page = (
  url: string,
  title: string,
  anchors: PagefindAnchor[],
  sub_results: PagefindSubResult[],
): PagefindResultData => ({
  url,
  excerpt: '',
  raw_content: wordsUpTo(
    Math.max(
      0,
      ...anchors.map((anchor) => anchor.location),
      ...sub_results.flatMap((sub) => sub.weighted_locations.map((hit) => hit.location)),
    ),
  ),
  meta: { title },
  anchors,
  sub_results,
  weighted_locations: sub_results.flatMap((sub) => sub.weighted_locations),
});
const heading = (id: string, text: string, location: number): PagefindAnchor => ({ element: 'h2', id, text, location });
const term = (id: string, text: string, location: number): PagefindAnchor => ({ element: 'dt', id, text, location });

describe('searchTarget', () => {
  it('leads to the heading whose section scores most, and names page and heading', () => {
    const first = heading('two-paths', 'Two paths at a glance', 30);
    const second = heading('path-2', 'Path 2: new internet-based devices', 900);
    const result = page(
      '/units/paths/',
      'Paths to co-management',
      [first, second],
      [
        part('Paths to co-management', '/units/paths/', [3]),
        part(first.text!, '/units/paths/#two-paths', [40, 52], first),
        part(second.text!, '/units/paths/#path-2', [910, 915, 990], second),
      ],
    );
    expect(searchTarget(result)).toEqual({
      url: '/units/paths/#path-2',
      title: 'Paths to co-management — Path 2: new internet-based devices',
      excerpt: 'excerpt of Path 2: new internet-based devices',
    });
  });

  it('counts each hit by its score: one hit in a heading can outweigh two in text', () => {
    const first = heading('a', 'A', 10);
    const second = heading('b', 'B', 20);
    const result = page(
      '/units/x/',
      'X',
      [first, second],
      [part('A', '/units/x/#a', [11, 12], first), part('B', '/units/x/#b', [[20, 36]], second)],
    );
    expect(searchTarget(result).url).toBe('/units/x/#b');
  });

  it('on a tie, takes the earlier section', () => {
    const first = heading('a', 'A', 10);
    const second = heading('b', 'B', 20);
    const result = page(
      '/units/x/',
      'X',
      [first, second],
      [part('A', '/units/x/#a', [11], first), part('B', '/units/x/#b', [21], second)],
    );
    expect(searchTarget(result).url).toBe('/units/x/#a');
  });

  it('leads to the top of the page when the hits come before any heading', () => {
    const why = heading('why', 'Why', 50);
    const result = page(
      '/units/introduction/',
      'Introduction',
      [why],
      [part('Introduction', '/units/introduction/', [2, 7]), part('Why', '/units/introduction/#why', [60], why)],
    );
    expect(searchTarget(result)).toEqual({
      url: '/units/introduction/',
      title: 'Introduction',
      excerpt: 'excerpt of Introduction',
    });
  });

  it('in the glossary, leads to the term whose entry scores most: its own name outweighs mentions elsewhere', () => {
    const terms = [
      term('administration-service', 'Administration service', 15),
      term('cloud-attach', 'Cloud attach', 400),
      term('tenant-attach', 'Tenant attach', 800),
    ];
    // Three mentions in the definition of "Cloud attach"; the name "Tenant attach" itself, weighted.
    const result = page('/glossary/', 'Glossary', terms, [
      part('Glossary', '/glossary/', [30, 410, 420, 430, [800, 36], 810]),
    ]);
    expect(searchTarget(result)).toMatchObject({ url: '/glossary/#tenant-attach', title: 'Glossary — Tenant attach' });
  });

  it('a term’s excerpt is the start of its definition, its hits marked, and stops at the next term', () => {
    const terms = [term('tenant-attach', 'Tenant attach', 100), term('workload', 'Workload', 110)];
    const result = page('/glossary/', 'Glossary', terms, [
      part('Glossary', '/glossary/', [[100, 36], [101, 36], 104, 112]),
    ]);
    expect(searchTarget(result).excerpt).toBe('w102 w103 <mark>w104</mark> w105 w106 w107 w108 w109');
  });

  it('a term’s excerpt is at most 30 words', () => {
    const result = page('/glossary/', 'Glossary', [term('a', 'A', 0)], [part('Glossary', '/glossary/', [0, 1])]);
    expect(searchTarget(result).excerpt.split(' ')).toHaveLength(30);
  });

  it('counts a term’s hits up to the next element with an id, not beyond', () => {
    const anchors = [term('a', 'A', 0), { element: 'p', id: 'note', location: 10 }, term('b', 'B', 20)];
    const result = page('/glossary/', 'Glossary', anchors, [part('Glossary', '/glossary/', [1, 11, 12, 21, 22])]);
    expect(searchTarget(result).url).toBe('/glossary/#b');
  });

  it('a page without headings or terms leads to its top', () => {
    const result = page('/scenarios/', 'Labs', [], [part('Labs', '/scenarios/', [5, 9])]);
    expect(searchTarget(result)).toEqual({ url: '/scenarios/', title: 'Labs', excerpt: 'excerpt of Labs' });
  });
});

describe('excerptNodes', () => {
  // Just enough of a Document to see which nodes are made, and with what text.
  const doc = {
    createTextNode: (text: string) => ({ kind: 'text', text }),
    createElement: (name: string) => ({ kind: name, textContent: '' }),
  } as unknown as Document;
  const shown = (excerpt: string) =>
    excerptNodes(excerpt, doc)
      .map((node) => node as unknown as { kind: string; text?: string; textContent?: string })
      .filter((node) => (node.text ?? node.textContent) !== '')
      .map((node) => (node.kind === 'mark' ? `[${node.textContent}]` : node.text));

  it('makes each hit a mark and the rest text', () => {
    expect(shown('run <mark>ccmsetup</mark> with <mark>Tenant</mark> <mark>attach</mark>')).toEqual([
      'run ',
      '[ccmsetup]',
      ' with ',
      '[Tenant]',
      ' ',
      '[attach]',
    ]);
  });

  it('turns the escaped < and > back into characters, and leaves other text as it is, markup-like or not', () => {
    expect(
      shown('Monitoring &gt; Cloud Attach, &lt;b&gt;not bold&lt;/b&gt;, "quoted" &amp; <mark>&lt;x&gt;</mark>'),
    ).toEqual(['Monitoring > Cloud Attach, <b>not bold</b>, "quoted" &amp; ', '[<x>]']);
  });
});
