/**
 * Depth in the units (issue 15): "Go deeper" sections (GoDeeper.astro, a closed <details>) stay in
 * the page, in print, in search and in reach of a link, and "Learn more" links open Microsoft's
 * pages in a new tab. The content is found in the built pages, not named here: units 2, 3 and 4 by
 * their lesson folders, their Go deeper sections by `[data-go-deeper]`, a word only such a section
 * holds, and a heading inside one that a quiz's `teaches` names (or else any heading there).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';
import { test, expect, axeBothThemes, tabTo } from './fixtures';
import { attributeOf, findAll, parseHtml, visibleText } from '../src/scripts/site-content.mjs';

const DIST = resolve('dist');
const GO_DEEPER = '[data-go-deeper]';

/** Units by their lesson folders (`03-prerequisites` is unit 3 at /units/prerequisites/). */
const UNITS = readdirSync(resolve('content', 'lessons'))
  .map((folder) => /^(\d{2})-(.+)$/.exec(folder))
  .filter((match) => match !== null)
  .map((match) => ({ order: Number(match[1]), slug: match[2]!, path: `/units/${match[2]}/` }));
const DEEP_UNITS = UNITS.filter((unit) => unit.order >= 2 && unit.order <= 4);
const built = (path: string) => readFileSync(join(DIST, path, 'index.html'), 'utf8');

/** The words of a text in lower case, letters only. */
const wordsOf = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);

/** The text Pagefind indexes on each built page: its `[data-pagefind-body]`, without `[data-pagefind-ignore]`. */
function indexedTexts(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return name === 'pagefind' || name === '_astro' ? [] : walk(path);
      return name.endsWith('.html') ? [relative(DIST, path)] : [];
    });
  return walk(DIST).map((file) => {
    const document = parseHtml(readFileSync(join(DIST, file), 'utf8'));
    return findAll(document, { attribute: 'data-pagefind-body' })
      .map((body) => visibleText(body, [{ attribute: 'data-pagefind-ignore' }]))
      .join(' ');
  });
}

/** Closes every Go deeper section of the page and checks it is closed. */
async function closeAll(page: Page) {
  await page
    .locator(GO_DEEPER)
    .evaluateAll((sections) => sections.forEach((section) => ((section as HTMLDetailsElement).open = false)));
  await expect(page.locator(`${GO_DEEPER}[open]`)).toHaveCount(0);
}

test('units 2, 3 and 4 each have a Go deeper section, collapsed, whose text prints', async ({ page }) => {
  expect(DEEP_UNITS.map((unit) => unit.order)).toEqual([2, 3, 4]);
  for (const unit of DEEP_UNITS) {
    await page.emulateMedia({ media: 'screen' });
    await page.goto(unit.path);
    const section = page.locator(GO_DEEPER).first();
    await expect(section, `unit ${unit.order} (${unit.path}) has no Go deeper section (${GO_DEEPER})`).toHaveCount(1);
    await expect(section).not.toHaveAttribute('open');
    // Some of its text, found on the page: the first paragraph, list item or cell of its body.
    const text = section.locator('.go-deeper__body').locator('p, li, td').first();
    await expect(text, `unit ${unit.order}: Go deeper body has no paragraph, list item or cell`).toHaveCount(1);
    await expect(text, `unit ${unit.order}: Go deeper text is hidden on screen while closed`).toBeHidden();
    await page.emulateMedia({ media: 'print' });
    await expect(text, `unit ${unit.order} (${unit.path}): Go deeper text is visible in print`).toBeVisible();
    await expect(section).not.toHaveAttribute('open');
  }
});

test('search finds a unit by a word only its Go deeper section holds', async ({ page }) => {
  const pages = indexedTexts().map((text) => [...new Set(wordsOf(text))]);
  // For each unit, the words only its Go deeper sections hold: no word of the rest of the unit
  // shares the first six letters with one (Pagefind matches stems: "deprecated", "deprecation"),
  // so the unit can be found by that word only through a Go deeper section.
  const candidates: { unit: (typeof DEEP_UNITS)[number]; word: string; pages: number }[] = [];
  for (const unit of DEEP_UNITS) {
    // The unit's indexed text, read from its built page (the DOM Pagefind reads), in two parts.
    const article = findAll(parseHtml(built(unit.path)), { attribute: 'data-pagefind-body' })[0];
    expect(article, `unit ${unit.order} (${unit.path}) has no [data-pagefind-body]`).toBeDefined();
    const deep = findAll(article!, { attribute: 'data-go-deeper' })
      .map((section) => visibleText(section))
      .join(' ');
    const rest = visibleText(article!, [{ attribute: 'data-go-deeper' }, { attribute: 'data-pagefind-ignore' }]);
    const stems = new Set(wordsOf(rest).map((word) => word.slice(0, 6)));
    for (const word of new Set(wordsOf(deep))) {
      if (word.length < 7 || stems.has(word.slice(0, 6))) continue;
      const stem = word.slice(0, 6);
      candidates.push({
        unit,
        word,
        pages: pages.filter((words) => words.some((other) => other.startsWith(stem))).length,
      });
    }
  }
  // The rarest across the site (the dialog lists ten results), the longest among equals.
  candidates.sort((a, b) => a.pages - b.pages || b.word.length - a.word.length || a.word.localeCompare(b.word));
  const pick = candidates[0];
  expect(pick, `no word of seven letters or more is found only in a Go deeper section of units 2-4`).toBeDefined();
  expect(pick!.pages, `"${pick!.word}" is on ${pick!.pages} pages; the search lists ten`).toBeLessThanOrEqual(10);
  expect(pick!.pages, `"${pick!.word}" should be on its own unit's page`).toBeGreaterThanOrEqual(1);
  test.info().annotations.push({
    type: 'word',
    description: `"${pick!.word}", unit ${pick!.unit.order}, on ${pick!.pages} pages`,
  });

  const title = await page.goto(pick!.unit.path).then(() => page.getByRole('heading', { level: 1 }).innerText());
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the module' });
  await dialog.getByRole('searchbox', { name: /Words to find/ }).fill(pick!.word);
  const results = dialog.getByRole('list', { name: 'Search results' }).getByRole('link');
  await expect(results.first()).toBeVisible();
  await expect(
    results.filter({ hasText: title }),
    `searching "${pick!.word}" lists unit ${pick!.unit.order}, "${title}"`,
  ).toHaveCount(1);
});

/**
 * A heading inside a Go deeper section of units 2-4 with its id: one a quiz question `teaches`
 * when there is one, else the first heading there.
 */
function headingInGoDeeper(): { path: string; id: string; text: string; taught: boolean } | undefined {
  const teaches = new Set(
    readdirSync(resolve('content', 'quizzes'))
      .filter((name) => name.endsWith('.yaml'))
      .flatMap(
        (name) =>
          (parse(readFileSync(resolve('content', 'quizzes', name), 'utf8')) as { questions: { teaches: string }[] })
            .questions,
      )
      .map((question) => question.teaches),
  );
  let first: { path: string; id: string; text: string; taught: boolean } | undefined;
  for (const unit of DEEP_UNITS) {
    for (const section of findAll(parseHtml(built(unit.path)), { attribute: 'data-go-deeper' })) {
      for (const heading of ['h2', 'h3', 'h4'].flatMap((tag) => findAll(section, { tag }))) {
        const id = attributeOf(heading, 'id');
        if (!id) continue;
        const found = {
          path: unit.path,
          id,
          text: visibleText(heading).trim(),
          taught: teaches.has(`${unit.slug}#${id}`),
        };
        if (found.taught) return found;
        first ??= found;
      }
    }
  }
  return first;
}

test('a link to a heading inside a closed Go deeper section opens it with the heading in view', async ({ page }) => {
  const target = headingInGoDeeper();
  expect(target, 'no heading with an id inside a Go deeper section of units 2-4').toBeDefined();
  const { path, id, text, taught } = target!;
  test.info().annotations.push({ type: 'target', description: `${path}#${id}${taught ? ' (a quiz teaches it)' : ''}` });
  const heading = page.getByRole('heading', { name: text, exact: true });
  const section = page.locator(GO_DEEPER).filter({ has: page.locator(`[id="${id}"]`) });

  // Arriving from another page (a quiz's "teaches" link in another unit, the summary's links).
  await page.goto(`${path}#${id}`);
  await expect(section).toHaveAttribute('open', '');
  await expect(heading).toBeInViewport();

  // Following a link within the page (a quick check's "teaches" link in the same unit).
  await page.goto(path);
  await closeAll(page);
  await page.evaluate((hash) => (location.hash = hash), id);
  await expect(section).toHaveAttribute('open', '');
  await expect(heading).toBeInViewport();
});

test('Tab reaches a Go deeper summary and Enter opens and closes it', async ({ page }) => {
  const unit = DEEP_UNITS[0]!;
  await page.goto(unit.path);
  const section = page.locator(GO_DEEPER).first();
  await expect(section).not.toHaveAttribute('open');
  await tabTo(page, `${GO_DEEPER} > summary`, { maxPresses: 300, skipSimulators: true });
  await expect(section.locator('summary')).toBeFocused();
  await expect(section.locator('summary')).toContainText(/^Go deeper:/);
  await page.keyboard.press('Enter');
  await expect(section).toHaveAttribute('open', '');
  await expect(section.locator('.go-deeper__body').locator('p, li, td').first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(section).not.toHaveAttribute('open');
});

test('a unit passes axe with its Go deeper sections closed and open', async ({ page, expectNoAxeViolations }) => {
  // Four axe runs (two themes, closed and open) over a unit with a simulator.
  test.setTimeout(90_000);
  const unit = DEEP_UNITS[0]!;
  await page.goto(unit.path);
  await expect(page.locator(GO_DEEPER).first()).toBeAttached();
  await axeBothThemes(page, expectNoAxeViolations, `${unit.path}, Go deeper closed`);
  for (const summary of await page.locator(`${GO_DEEPER} > summary`).all()) await summary.click();
  await expect(page.locator(`${GO_DEEPER}:not([open])`)).toHaveCount(0);
  await axeBothThemes(page, expectNoAxeViolations, `${unit.path}, Go deeper open`);
});

test('Learn more links say they open a new tab, and do', async ({ page, context }) => {
  await context.route('https://learn.microsoft.com/**', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Learn</title><h1>Learn</h1>' }),
  );
  const unit = DEEP_UNITS[0]!;
  await page.goto(unit.path);
  const links = page.getByRole('region', { name: 'Learn more' }).getByRole('link');
  expect(await links.count(), `unit ${unit.order} (${unit.path}): links in Learn more`).toBeGreaterThanOrEqual(2);
  for (const link of await links.all()) {
    await expect(link).toHaveAccessibleName(/\S \(opens in a new tab\)$/);
    await expect(link).toHaveAttribute('target', '_blank');
  }
  const href = await links.first().getAttribute('href');
  const [tab] = await Promise.all([context.waitForEvent('page'), links.first().click()]);
  await tab.waitForLoadState();
  expect(tab.url()).toBe(href);
  expect(await tab.evaluate(() => window.opener)).toBeNull();
  await expect(page).toHaveURL(new RegExp(`${unit.path}$`));
});
