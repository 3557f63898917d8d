/**
 * When the browser will not save: localStorage that throws on access (a blocked or privacy-mode
 * browser) and localStorage that is really full. Every page still works, says once that progress
 * will not be saved, and throws nothing uncaught (the fixture fails a test on any page error or
 * console error). A page open while storage fills up notices at its next save.
 */
import type { Page } from '@playwright/test';
import { test, expect, builtPages } from './fixtures';
import { blockStorage, storageNotice, visit } from './page-checks';

const pages = builtPages();
/** Fills the origin's localStorage until not even one more character fits. */
async function fillStorage(page: Page): Promise<number> {
  return page.evaluate(() => {
    let chunk = 'x'.repeat(1 << 20);
    let keys = 0;
    while (chunk.length > 0) {
      try {
        localStorage.setItem(`filler-${keys}`, chunk);
        keys += 1;
      } catch {
        chunk = chunk.slice(0, chunk.length >> 1);
      }
    }
    // A refused write also counted its key (`filler-N`): up to that many characters are still free.
    // One-letter keys take them, so that any longer saved value no longer fits.
    for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
      try {
        localStorage.setItem(letter, '');
      } catch {
        break;
      }
    }
    return keys;
  });
}

/** Marks a unit complete and ticks its checklist: the page keeps both in memory. */
async function workOnPrerequisites(page: Page): Promise<void> {
  await page.goto('/units/prerequisites/');
  await page.getByRole('button', { name: 'Mark unit complete' }).click();
  await expect(page.getByRole('button', { name: 'Completed ✓ — undo' })).toHaveAttribute('aria-pressed', 'true');
  const firstBox = page
    .getByRole('region', { name: /checklist/i })
    .getByRole('checkbox')
    .first();
  await firstBox.scrollIntoViewIfNeeded();
  await firstBox.check();
  await expect(firstBox).toBeChecked();
  await expect(storageNotice(page)).toHaveCount(1);
}

/** Fills storage from another page of the site, before the page under test loads. */
async function storageFull(page: Page): Promise<void> {
  await page.goto('/404.html');
  expect(await fillStorage(page)).toBeGreaterThan(0);
}

/** The two ways a browser refuses to save, each set up before the page under test loads. */
const refusals = { blocked: blockStorage, full: storageFull };

// Every page with storage blocked: its phone-width pass in pages.spec.ts.
test.describe('with localStorage full', () => {
  test.beforeEach(async ({ page }) => storageFull(page));

  test('every page works and says once that progress will not be saved', async ({ page }) => {
    test.setTimeout(150_000);
    for (const path of pages) {
      await visit(page, path);
      await expect(storageNotice(page), path).toHaveCount(1);
      await expect(storageNotice(page), path).toBeVisible();
    }
  });
});

for (const [refusal, setUp] of Object.entries(refusals)) {
  test.describe(`with localStorage ${refusal}`, () => {
    test.beforeEach(async ({ page }) => setUp(page));

    test('a unit can still be marked complete and its checklist ticked, for this page', async ({ page }) => {
      await workOnPrerequisites(page);
      await page.reload();
      await expect(page.getByRole('button', { name: 'Mark unit complete' })).toHaveAttribute('aria-pressed', 'false');
    });
  });
}

test('a page open while storage fills up keeps working and says so at its next save', async ({ page }) => {
  await page.goto('/units/paths/');
  await expect(storageNotice(page)).toHaveCount(0);
  // The toggle's name says its state: "Mark unit complete", then "Completed ✓ — undo".
  const complete = page.getByRole('button', { name: /^(Mark unit complete|Completed ✓ — undo)$/ });
  await expect(complete).toBeVisible();
  await fillStorage(page);

  await complete.click();
  await expect(complete).toHaveAttribute('aria-pressed', 'true');
  await expect(complete).toHaveAccessibleName('Completed ✓ — undo');
  await expect(storageNotice(page)).toHaveCount(1);
  await expect(storageNotice(page)).toBeVisible();
  await complete.click();
  await expect(complete).toHaveAttribute('aria-pressed', 'false');
  await expect(complete).toHaveAccessibleName('Mark unit complete');
  await expect(storageNotice(page)).toHaveCount(1);
});

test('with storage that works, no page says progress will not be saved', async ({ page }) => {
  for (const path of ['/', '/units/prerequisites/', pages.find((path) => path.startsWith('/present/'))!]) {
    await page.goto(path);
    await expect(page.locator('html')).toHaveClass(/\bjs\b/);
    await expect(storageNotice(page), path).toHaveCount(0);
  }
});
