import { test, expect, builtPages, PROGRESS_KEY } from './fixtures';

const unitPaths = builtPages().filter((path) => path.startsWith('/units/'));

// Prose length, heading ids, unfinished text and the objective units' links to the glossary and
// to another unit: site-crawl.test.ts over dist/ (no browser needed).

// Every link to a heading lands on one that exists: the crawl of dist/ resolves every internal
// link and #anchor (site-crawl.test.ts).

test('every diagram has a text alternative and a long description', async ({ page }) => {
  let diagrams = 0;
  for (const path of unitPaths) {
    await page.goto(path);
    for (const figure of await page.locator('figure.diagram').all()) {
      diagrams += 1;
      // One drawing per layout (wide and narrow, see diagrams.css); the screen shows one of them.
      const drawings = figure.locator('svg[role="img"]');
      await expect(drawings.filter({ visible: true })).toHaveCount(1);
      for (const svg of await drawings.all()) {
        const name = await svg.evaluate((element) => {
          const ids = (element.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean);
          return ids.map((id) => document.getElementById(id)?.textContent?.trim() ?? '').join(' ');
        });
        expect(name.length, `${path}: the diagram's accessible name and description`).toBeGreaterThan(40);
      }
      const description = figure.locator('details');
      await description.locator('summary').click();
      expect((await description.innerText()).split(/\s+/).length, `${path}: the long description`).toBeGreaterThan(30);
    }
  }
  expect(diagrams, 'the cloud attach, funnel and paths diagrams').toBeGreaterThanOrEqual(3);
});

test('the prerequisites checklist saves its ticks across a reload and in step with the keyboard', async ({ page }) => {
  await page.goto('/units/prerequisites/');
  const checklist = page.getByRole('region', { name: /checklist/i });
  const boxes = checklist.getByRole('checkbox');
  // The checklist hydrates when it scrolls into view, as a reader would reach it.
  await checklist.scrollIntoViewIfNeeded();
  await expect(boxes.first()).toBeEnabled();
  const total = await boxes.count();
  expect(total).toBeGreaterThanOrEqual(10);
  const status = checklist.getByRole('status');
  await expect(status).toHaveText(`0 of ${total} ready.`);

  await boxes.nth(0).check();
  await boxes.nth(2).focus();
  await page.keyboard.press('Space');
  await expect(boxes.nth(2)).toBeChecked();
  await expect(status).toHaveText(`2 of ${total} ready.`);

  await page.reload();
  await checklist.scrollIntoViewIfNeeded();
  await expect(boxes.nth(0)).toBeChecked();
  await expect(boxes.nth(2)).toBeChecked();
  await expect(boxes.nth(1)).not.toBeChecked();
  const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), PROGRESS_KEY);
  expect(saved.checkedItems).toHaveLength(2);

  await boxes.nth(0).uncheck();
  await page.reload();
  await checklist.scrollIntoViewIfNeeded();
  await expect(boxes.nth(2)).toBeChecked();
  await expect(boxes.nth(0)).not.toBeChecked();
  await expect(status).toHaveText(`1 of ${total} ready.`);
});

test('a unit prints without the sidebar or the controls', async ({ page }, testInfo) => {
  await page.goto('/units/prerequisites/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Units in this module' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Previous and next unit' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Mark unit complete' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Search' })).toBeHidden();
  await expect(page.locator('header.site-header')).toBeHidden();
  await testInfo.attach('unit printed', { body: await page.screenshot({ fullPage: true }), contentType: 'image/png' });
});
