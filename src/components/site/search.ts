/**
 * Search glue, part of the site script. The first time a learner opens the search dialog it loads
 * Pagefind's API, index and WASM from the built site (`pagefind --site dist` writes them) and
 * renders results as text nodes: Pagefind's excerpts carry <mark> tags, which are rebuilt as
 * elements, never parsed as markup.
 */
import { pageUrl } from '../page-url';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
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

export async function bindSearch(dialog: HTMLDialogElement, base: string): Promise<void> {
  const input = dialog.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
  const list = dialog.querySelector<HTMLOListElement>('[data-search-results]')!;
  dialog.querySelector('form')?.addEventListener('submit', (event) => event.preventDefault());

  let pagefind: Pagefind;
  try {
    // The URL is only known once the site is built, so the import stays out of the bundle. A
    // relative base (an LMS package) is relative to the page, not to this chunk: resolve it first.
    const url = new URL(`${base}pagefind/pagefind.js`, document.baseURI).href;
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.init();
  } catch {
    status.textContent = 'Search is not available right now. The units and the glossary are in the menu.';
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
    const results = await Promise.all(search.results.slice(0, 10).map((result) => result.data()));
    list.replaceChildren(
      ...results.map((result) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = pageUrl(result.url);
        const title = document.createElement('strong');
        title.textContent = result.meta.title ?? result.url;
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
