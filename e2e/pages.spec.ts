/**
 * Every built page, visited once per concern that needs a browser, in two passes a page:
 * - at desktop width: axe in the light and the dark theme on the page as it loads, then every island
 *   scrolled into view and hydrated with no Content-Security-Policy violation (the policy's text
 *   itself is checked without a browser, over dist/: src/scripts/dist-policy.test.ts);
 * - at phone width (360 px) in a browser that will not save (localStorage throws on access): nothing
 *   scrolls sideways, axe passes, and once hydrated the page works and says once, visibly, that
 *   progress will not be saved; then, at 390 px, still nothing scrolls sideways.
 * One test per page and pass, so the workers share them and a failure names its page. The fixture
 * fails a test on any console error or uncaught page error.
 */
import type { Page } from '@playwright/test';
import { test, expect, axeBothThemes, builtPages } from './fixtures';
import {
  blockStorage,
  expectNoViolations,
  hydrateByScrolling,
  hydrateIslands,
  storageNotice,
  watchViolations,
} from './page-checks';

const pages = builtPages();

test('the build has the pages this suite walks', () => {
  expect(pages.length).toBeGreaterThan(30);
  expect(pages).toEqual(
    expect.arrayContaining([
      '/',
      '/glossary/',
      '/404.html',
      '/units/introduction/',
      '/units/summary/',
      '/trainers/',
      '/present/pilot-enrollment-for-it/',
      '/present/pilot-enrollment-for-it/notes/',
    ]),
  );
});

test.describe('at desktop width', () => {
  test.describe.configure({ timeout: 90_000 });

  for (const path of pages) {
    test(`${path} passes axe in both themes and hydrates with no CSP violation`, async ({
      page,
      expectNoAxeViolations,
    }) => {
      await watchViolations(page);
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      await axeBothThemes(page, expectNoAxeViolations, path);
      await hydrateIslands(page, path);
      await expectNoViolations(page, path);
    });
  }
});

test.describe('at phone width (360 px), with localStorage blocked', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  test.describe.configure({ timeout: 90_000 });

  for (const path of pages) {
    test(`${path} does not scroll sideways, passes axe, and says once that progress will not be saved`, async ({
      page,
      expectNoAxeViolations,
    }) => {
      await blockStorage(page);
      await page.goto(path);
      await expectNoSidewaysScroll(page, path);
      // What scrolls sideways at this width (tables, diagrams, grids) must be reachable by keyboard.
      await expectNoAxeViolations(page, `${path} at 360 px`);
      await hydrateByScrolling(page);
      await expect(storageNotice(page), path).toHaveCount(1);
      await expect(storageNotice(page), path).toBeVisible();
      // The phone width of the navigation tests (a 390 px phone), on the same page.
      await page.setViewportSize({ width: 390, height: 844 });
      await expectNoSidewaysScroll(page, `${path} at 390 px`);
    });
  }
});

async function expectNoSidewaysScroll(page: Page, label: string): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `${label} is ${overflow} px wider than the screen`).toBeLessThanOrEqual(0);
}
