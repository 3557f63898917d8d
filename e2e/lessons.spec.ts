import { test, expect, builtPages, PROGRESS_KEY } from './fixtures';

const unitPaths = builtPages().filter((path) => path.startsWith('/units/'));
/** Units 6 (knowledge check) and 7 (summary) are shorter by design. */
const SHORT_UNITS = new Set(['/units/knowledge-check/', '/units/summary/']);
const OBJECTIVE_UNITS = ['/units/understand-co-management/', '/units/prerequisites/', '/units/connector-status/', '/units/paths/'];

test('every unit has enough prose of its own, stable heading ids and no unfinished text', async ({ page }) => {
  expect(unitPaths).toHaveLength(7);
  for (const path of unitPaths) {
    await page.goto(path);
    const { words, headingsWithoutId, text } = await page.evaluate(() => {
      const prose = document.querySelector('.prose')!.cloneNode(true) as HTMLElement;
      // Figures, diagrams, the checklist and code are not the unit's own prose.
      prose.querySelectorAll('figure, .checklist, pre, astro-island').forEach((node) => node.remove());
      const text = prose.textContent ?? '';
      return {
        words: text.split(/\s+/).filter((word) => /\w/.test(word)).length,
        headingsWithoutId: [...document.querySelectorAll('.prose h2, .prose h3')].filter((h) => !h.id).map((h) => h.textContent),
        text: document.body.textContent ?? '',
      };
    });
    expect(words, `${path} prose words`).toBeGreaterThanOrEqual(SHORT_UNITS.has(path) ? 250 : 600);
    expect(headingsWithoutId, `${path} headings without an id`).toEqual([]);
    expect(text, `${path} unfinished text`).not.toMatch(/lorem ipsum|\bTODO\b|\bTBD\b|coming soon|placeholder/i);
  }
});

test('each objective\'s unit links to the glossary and to another unit', async ({ page }) => {
  for (const path of OBJECTIVE_UNITS) {
    await page.goto(path);
    const hrefs = await page.locator('.prose a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    expect(hrefs.some((href) => href === '/glossary/'), `${path} links to the glossary`).toBe(true);
    expect(hrefs.some((href) => href.startsWith('/units/') && href !== path), `${path} links to another unit`).toBe(true);
  }
});

test('every link from a unit to a heading lands on a heading that exists', async ({ page }) => {
  const targets = new Set<string>();
  for (const path of unitPaths) {
    await page.goto(path);
    const hrefs = await page.locator('.prose a[href*="#"]').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    hrefs.filter((href) => new URL(href).origin === new URL(page.url()).origin).forEach((href) => targets.add(href));
  }
  const idsByPage = new Map<string, string[]>();
  for (const href of targets) {
    const url = new URL(href);
    idsByPage.set(url.pathname, [...(idsByPage.get(url.pathname) ?? []), decodeURIComponent(url.hash.slice(1))]);
  }
  expect(idsByPage.size).toBeGreaterThan(0);
  for (const [pathname, ids] of idsByPage) {
    await page.goto(pathname);
    const missing = await page.evaluate((wanted) => wanted.filter((id) => !document.getElementById(id)), ids);
    expect(missing, `headings linked on ${pathname} that do not exist`).toEqual([]);
  }
});

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
