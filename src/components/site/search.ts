/**
 * Search glue, part of the site script. The first time a learner opens the search dialog it loads
 * Pagefind's API, index and WASM from the built site (`pagefind --site dist` writes them) and
 * renders results as text nodes: Pagefind's excerpts carry <mark> tags, which are rebuilt as
 * elements, never parsed as markup. Each result links to the part of its page that matched most:
 * a heading's section, or a glossary term.
 */
import { pageUrl } from '../page-url';

/** An element of the page with an id, and where it starts in the page's words. */
export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  location: number;
}
/** A hit: where it is in the page's words, and its score (higher in a heading or a glossary term). */
export interface PagefindHit {
  location: number;
  balanced_score: number;
}
/** A page's words split at its headings that have an id (the first, before any heading, has no anchor). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  weighted_locations: PagefindHit[];
  anchor?: PagefindAnchor;
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  /** The page's words as Pagefind builds excerpts from them: split at white space, < and > escaped. */
  raw_content: string;
  meta: { title?: string };
  weighted_locations: PagefindHit[];
  sub_results: PagefindSubResult[];
  anchors: PagefindAnchor[];
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
interface Pagefind {
  init(): Promise<void>;
  debouncedSearch(query: string, options?: object, delayMs?: number): Promise<{ results: PagefindResult[] } | null>;
}

/**
 * Turns "a <mark>b</mark> c" into text nodes and <mark> elements, without parsing HTML. Pagefind
 * builds excerpts from the page's text with only < and > escaped, and wraps each hit in <mark>.
 */
export function excerptNodes(excerpt: string, doc: Document = document): Node[] {
  return excerpt.split(/<\/?mark>/).map((part, index) => {
    const text = part.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
    if (index % 2 === 0) return doc.createTextNode(text);
    const mark = doc.createElement('mark');
    mark.textContent = text;
    return mark;
  });
}

/** Where a result leads: its title names the page, and the heading or term when there is one. */
export interface SearchTarget {
  url: string;
  title: string;
  excerpt: string;
}

const scoreOf = (hits: PagefindHit[]) => hits.reduce((sum, hit) => sum + hit.balanced_score, 0);

/**
 * The part of a page that matched best: Pagefind's sub-result (the page split at its headings that
 * have an id) whose hits score most, as Pagefind scores them. Pagefind splits only at headings, and
 * the glossary's terms are `<dt id>` (weighted like headings): when the best part has no heading,
 * the term whose entry (up to the next element with an id) scores most is the target, and the
 * excerpt is the start of its definition, marked as Pagefind marks its own.
 */
export function searchTarget(result: PagefindResultData): SearchTarget {
  const page = result.meta.title ?? result.url;
  const best = result.sub_results.reduce((most, part) =>
    scoreOf(part.weighted_locations) > scoreOf(most.weighted_locations) ? part : most,
  );
  let { anchor, excerpt } = best;
  if (!anchor) {
    let most = 0;
    result.anchors.forEach((term, index) => {
      const end = result.anchors[index + 1]?.location ?? Infinity;
      const hits = best.weighted_locations.filter((hit) => hit.location >= term.location && hit.location < end);
      const score = scoreOf(hits);
      if (term.element !== 'dt' || score <= most) return;
      [anchor, most] = [term, score];
      const from = term.location + term.text!.split(' ').length;
      excerpt = result.raw_content
        .split(/\s+/)
        .slice(from, Math.min(end, from + 30))
        .map((word, at) => (hits.some((hit) => hit.location === from + at) ? `<mark>${word}</mark>` : word))
        .join(' ');
    });
  }
  return anchor
    ? { url: `${result.url}#${anchor.id}`, title: `${page} — ${anchor.text}`, excerpt }
    : { url: result.url, title: page, excerpt };
}

export async function bindSearch(dialog: HTMLDialogElement, base: string): Promise<void> {
  const input = dialog.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
  const list = dialog.querySelector<HTMLOListElement>('[data-search-results]')!;
  dialog.querySelector('form')?.addEventListener('submit', (event) => event.preventDefault());
  // Down and Up move between the box and the results (real focus, so Enter opens a result).
  dialog.addEventListener('keydown', (event) => {
    const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
    const stops = [input, ...list.querySelectorAll('a')];
    const next = step && stops[stops.indexOf(document.activeElement as HTMLAnchorElement) + step];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  });
  // A result on this very page only scrolls, so the dialog closes by itself.
  list.addEventListener('click', (event) => (event.target as Element).closest('a') && dialog.close());

  let pagefind: Pagefind;
  try {
    // The URL is only known once the site is built, so the import stays out of the bundle. A
    // relative base (an LMS package) is relative to the page, not to this chunk: resolve it first.
    const url = new URL(`${base}pagefind/pagefind.js`, document.baseURI).href;
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.init();
  } catch {
    status.textContent = status.dataset.unavailable!;
    return;
  }

  async function run() {
    const query = input.value.trim();
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    const search = await pagefind.debouncedSearch(query, {}, 250);
    if (search === null) return; // a newer keystroke superseded this search
    const results = await Promise.all(
      search.results.slice(0, 10).map(async (result) => searchTarget(await result.data())),
    );
    list.replaceChildren(
      ...results.map((result) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = pageUrl(result.url);
        const title = document.createElement('strong');
        title.textContent = result.title;
        const excerpt = document.createElement('span');
        excerpt.append(...excerptNodes(result.excerpt));
        link.append(title, excerpt);
        item.append(link);
        return item;
      }),
    );
    const count = search.results.length;
    status.textContent =
      count === 0 ? `No results for “${query}”.` : `${count} ${count === 1 ? 'result' : 'results'} for “${query}”.`;
  }
  input.addEventListener('input', () => void run());
  if (input.value) void run();
}
