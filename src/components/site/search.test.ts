import { describe, expect, it } from 'vitest';
import { searchTarget, type PagefindAnchor, type PagefindResultData, type PagefindSubResult } from './search';

const part = (title: string, url: string, locations: number[], anchor?: PagefindAnchor): PagefindSubResult => ({
  title,
  url,
  excerpt: `excerpt of ${title}`,
  locations,
  ...(anchor ? { anchor } : {}),
});
const heading = (id: string, text: string, location: number): PagefindAnchor => ({ element: 'h2', id, text, location });
const term = (id: string, text: string, location: number): PagefindAnchor => ({ element: 'dt', id, text, location });

describe('searchTarget', () => {
  it('leads to the heading whose section holds the most hits, and names page and heading', () => {
    const first = heading('two-paths', 'Two paths at a glance', 30);
    const second = heading('path-2', 'Path 2: new internet-based devices', 900);
    const result: PagefindResultData = {
      url: '/units/paths/',
      excerpt: 'page excerpt',
      meta: { title: 'Paths to co-management' },
      anchors: [first, second],
      sub_results: [
        part('Paths to co-management', '/units/paths/', [3]),
        part(first.text!, '/units/paths/#two-paths', [40, 52], first),
        part(second.text!, '/units/paths/#path-2', [910, 915, 990], second),
      ],
    };
    expect(searchTarget(result)).toEqual({
      url: '/units/paths/#path-2',
      title: 'Paths to co-management — Path 2: new internet-based devices',
      excerpt: 'excerpt of Path 2: new internet-based devices',
    });
  });

  it('on a tie, takes the earlier section', () => {
    const first = heading('a', 'A', 10);
    const second = heading('b', 'B', 20);
    const result: PagefindResultData = {
      url: '/units/x/',
      excerpt: '',
      meta: { title: 'X' },
      anchors: [first, second],
      sub_results: [part('A', '/units/x/#a', [11], first), part('B', '/units/x/#b', [21], second)],
    };
    expect(searchTarget(result).url).toBe('/units/x/#a');
  });

  it('leads to the top of the page when the hits come before any heading', () => {
    const why = heading('why', 'Why', 50);
    const result: PagefindResultData = {
      url: '/units/introduction/',
      excerpt: '',
      meta: { title: 'Introduction' },
      anchors: [why],
      sub_results: [part('Introduction', '/units/introduction/', [2, 7]), part('Why', '/units/introduction/#why', [60], why)],
    };
    expect(searchTarget(result)).toEqual({ url: '/units/introduction/', title: 'Introduction', excerpt: 'excerpt of Introduction' });
  });

  it('in the glossary, leads to the term with the most hits (a mention in another term counts less)', () => {
    const terms = [term('administration-service', 'Administration service', 15), term('co-management', 'Co-management', 400), term('tenant-attach', 'Tenant attach', 800)];
    const result: PagefindResultData = {
      url: '/glossary/',
      excerpt: '',
      meta: { title: 'Glossary' },
      anchors: terms,
      // One mention in the first term's definition, three in "Tenant attach"'s own entry.
      sub_results: [part('Glossary', '/glossary/', [30, 800, 801, 820])],
    };
    expect(searchTarget(result)).toEqual({ url: '/glossary/#tenant-attach', title: 'Glossary — Tenant attach', excerpt: 'excerpt of Glossary' });
  });

  it('counts a term’s hits up to the next element with an id, not beyond', () => {
    const anchors = [term('a', 'A', 0), { element: 'p', id: 'note', location: 10 }, term('b', 'B', 20)];
    const result: PagefindResultData = {
      url: '/glossary/',
      excerpt: '',
      meta: { title: 'Glossary' },
      anchors,
      sub_results: [part('Glossary', '/glossary/', [1, 11, 12, 21, 22])],
    };
    expect(searchTarget(result).url).toBe('/glossary/#b');
  });
});
