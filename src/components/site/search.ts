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
/** A page's words split at its headings that have an id (the first, before any heading, has no anchor). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  anchor?: PagefindAnchor;
}
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
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

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };
const decodeEntities = (text: string) => text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);

/** Turns "a <mark>b</mark> c" into text nodes and <mark> elements, without parsing HTML. */
export function excerptNodes(excerpt: string, doc: Document = document): Node[] {
  return excerpt.split(/(<mark>[^<]*<\/mark>)/).flatMap((part): Node[] => {
    if (!part) return [];
    const marked = /^<mark>([^<]*)<\/mark>$/.exec(part);
    if (marked) {
      const mark = doc.createElement('mark');
      mark.textContent = decodeEntities(marked[1] ?? '');
      return [mark];
    }
    return [doc.createTextNode(decodeEntities(part.replace(/<[^>]*>/g, '')))];
  });
}

/** Where a result leads: its title names the page, and the heading or term when there is one. */
export interface SearchTarget {
  url: string;
  title: string;
  excerpt: string;
}

/**
 * The part of a page with the most hits: Pagefind's sub-result (the page split at its headings that
 * have an id) with the most. Pagefind splits only at headings, and the glossary's terms are
 * `<dt id>`: when the hits come before any heading, the term with the most hits is the target.
 */
export function searchTarget(result: PagefindResultData): SearchTarget {
  const page = result.meta.title ?? result.url;
  const best = result.sub_results.reduce((most, part) => (part.locations.length > most.locations.length ? part : most));
  let { anchor } = best;
  if (!anchor) {
    let most = 0;
    result.anchors.forEach((term, index) => {
      const end = result.anchors[index + 1]?.location ?? Infinity;
      const hits = best.locations.filter((at) => at >= term.location && at < end).length;
      if (term.element === 'dt' && hits > most) [anchor, most] = [term, hits];
    });
  }
  return anchor
    ? { url: `${result.url}#${anchor.id}`, title: `${page} — ${anchor.text}`, excerpt: best.excerpt }
    : { url: result.url, title: page, excerpt: best.excerpt };
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
    const results = await Promise.all(search.results.slice(0, 10).map(async (result) => searchTarget(await result.data())));
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
    status.textContent = count === 0 ? `No results for “${query}”.` : `${count} ${count === 1 ? 'result' : 'results'} for “${query}”.`;
  }
  input.addEventListener('input', () => void run());
  if (input.value) void run();
}
