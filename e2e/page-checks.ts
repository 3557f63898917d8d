/**
 * Checks more than one spec runs on a page: CSP violations while it loads and hydrates, and the
 * saved-progress notice of a browser that will not save. `pages.spec.ts` runs them on every built
 * page in one pass; `csp.spec.ts` and `storage.spec.ts` on the pages of their own cases.
 */
import type { Page } from '@playwright/test';
import { expect } from './fixtures';

export interface Violation {
  directive: string;
  blocked: string;
  source: string;
  sample: string;
}
export type Watched = Window & { __cspViolations?: Violation[]; __pwned?: unknown; __injected?: unknown };

/** Records every CSP violation of every document the page loads, from before its first script. */
export async function watchViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const list: Violation[] = [];
    (window as Watched).__cspViolations = list;
    document.addEventListener('securitypolicyviolation', (event) => {
      list.push({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: `${event.sourceFile}:${event.lineNumber}`,
        sample: event.sample,
      });
    });
  });
}

/** The violations of the document on screen so far (after the tasks that report them have run). */
export async function violations(page: Page): Promise<Violation[]> {
  return page.evaluate(async () => {
    await new Promise((done) => setTimeout(done, 50));
    return (window as Watched).__cspViolations ?? [];
  });
}

export async function expectNoViolations(page: Page, label: string): Promise<void> {
  expect(await violations(page), `CSP violations on ${label}`).toEqual([]);
}

/** Scrolls each island into view and waits until it has hydrated (Astro drops `ssr` then). */
export async function hydrateIslands(page: Page, path: string): Promise<void> {
  const islands = page.locator('astro-island');
  const count = await islands.count();
  for (let index = 0; index < count; index++) {
    const island = islands.nth(index);
    await island.scrollIntoViewIfNeeded();
    await expect(island, `${path}: island ${index + 1} of ${count} hydrates`).not.toHaveAttribute('ssr');
  }
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
}

export const NOT_SAVED = 'your progress will not be saved';

export const storageNotice = (page: Page) => page.getByRole('status').filter({ hasText: NOT_SAVED });

/** localStorage that throws on access, as in a browser whose settings block site data. */
export async function blockStorage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  });
}

/** Loads a page and lets every island hydrate (they hydrate when scrolled into view). */
export async function visit(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await hydrateByScrolling(page);
}

/** Scrolls the loaded page from top to bottom, a screen a frame, until every island has hydrated. */
export async function hydrateByScrolling(page: Page): Promise<void> {
  await expect(page.locator('h1')).toHaveCount(1);
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
      scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  });
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
}
