/**
 * Search as a learner uses it: opened from the keyboard anywhere but a text field, the lab console
 * or the presenter view; typed into at once; results that lead to the heading or glossary term
 * they match; the keyboard moving through them; an index of lesson text, not of lab and quiz
 * controls; and the 404 page offering it.
 */
import { test, expect, axeBothThemes, labOf, labReady, type AxeCheck } from './fixtures';
import type { Locator, Page } from '@playwright/test';

const searchDialog = (page: Page) => page.getByRole('dialog', { name: 'Search the module' });
const searchBox = (page: Page) => searchDialog(page).getByRole('searchbox', { name: /Words to find/ });
const resultLinks = (page: Page) => searchDialog(page).getByRole('list', { name: 'Search results' }).getByRole('link');

/** Types `query` into the open search and waits for its results (the count is announced). */
async function searchFor(page: Page, query: string): Promise<Locator> {
  await searchBox(page).fill(query);
  await expect(searchDialog(page).getByRole('status')).toHaveText(new RegExp(`^\\d+ results? for “${query}”\\.$`));
  return resultLinks(page);
}

/** A result's title: "Page — Heading", or "Glossary — Term". */
async function titleOf(result: Locator): Promise<string> {
  const title = await result.locator('strong').innerText();
  expect(title, 'the title names the page, then the heading or term').toMatch(/^.+ — .+$/);
  return title;
}

/** After choosing the result titled `title`: the heading (or glossary term) it names is the page's #fragment, and in view. */
async function expectLandedOn(page: Page, title: string): Promise<void> {
  const [pageTitle, place] = title.split(' — ');
  const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
  expect(id, 'the result leads to a fragment').not.toBe('');
  const target = page.locator(`[id="${id}"]`);
  await expect(target).toHaveRole(pageTitle === 'Glossary' ? 'term' : 'heading');
  await expect(target).toHaveText(place!);
  await expect(target).toBeInViewport();
}

test('Ctrl+K opens search with the caret in the box: typed words are not lost and a result lands on its heading', async ({
  page,
}) => {
  await page.goto('/units/introduction/');
  await expect(page.getByRole('button', { name: 'Search', exact: true })).toHaveAttribute(
    'aria-keyshortcuts',
    /Control\+K/,
  );
  await page.keyboard.press('Control+k');
  await page.keyboard.type('bootstrapping');
  await expect(searchBox(page)).toBeFocused();
  await expect(searchBox(page)).toHaveValue('bootstrapping');
  const results = await searchFor(page, 'bootstrapping');
  const first = results.first();
  const title = await titleOf(first);
  await expect(first.locator('mark').first()).toHaveText(/bootstrap/i);
  await first.click();
  await expect(page).toHaveURL(/\/units\/[\w-]+\/#/);
  await expectLandedOn(page, title);
});

test('Cmd+K opens search too, and Escape gives focus back to where it was', async ({ page }) => {
  await page.goto('/');
  const link = page.getByRole('link', { name: 'Glossary' }).first();
  await link.focus();
  await page.keyboard.press('Meta+k');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(searchDialog(page)).toBeHidden();
  await expect(link).toBeFocused();
});

test('"/" opens search from the page, but is typed as text in a text field and left to the lab console', async ({
  page,
}) => {
  await page.goto('/scenarios/who-can-run-device-actions/');
  await page.keyboard.press('/');
  await expect(searchBox(page)).toBeFocused();
  await expect(searchBox(page), 'the key that opened search is not typed into it').toHaveValue('');
  // In the search box itself, "/" is a character like any other.
  await page.keyboard.type('a/b');
  await expect(searchBox(page)).toHaveValue('a/b');
  await searchDialog(page).getByRole('button', { name: 'Close' }).click();
  await expect(searchDialog(page)).toBeHidden();

  const lab = labOf(page, 'Who can run device actions');
  await labReady(lab);
  const labSearch = lab.getByRole('searchbox', { name: 'Search', exact: true });
  await labSearch.focus();
  await page.keyboard.type('CON/');
  await expect(labSearch).toHaveValue('CON/');
  await page.keyboard.press('Control+k');
  await expect(searchDialog(page)).toBeHidden();
  await expect(labSearch).toHaveValue('CON/');
  // On one of the lab's buttons: the lab's keys stay the lab's.
  await lab.getByRole('button', { name: 'Reset', exact: true }).focus();
  await page.keyboard.press('/');
  await expect(searchDialog(page)).toBeHidden();
});

test('the presenter view takes no search keys', async ({ page }) => {
  await page.goto('/present/pilot-enrollment-for-it/');
  await page.keyboard.press('/');
  await page.keyboard.press('Control+k');
  await expect(searchDialog(page)).toHaveCount(0);
});

test('Down and Up move from the box through the results and back; Enter opens the one in focus', async ({ page }) => {
  await page.goto('/units/paths/');
  await page.keyboard.press('/');
  const results = await searchFor(page, 'workload');
  expect(await results.count()).toBeGreaterThan(2);
  await page.keyboard.press('ArrowDown');
  await expect(results.nth(0)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(results.nth(2)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(results.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const href = await results.nth(1).getAttribute('href');
  const title = await titleOf(results.nth(1));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(href!);
  await expect(searchDialog(page)).toBeHidden();
  await expectLandedOn(page, title);
});

test('a result on the page already open closes the dialog and scrolls to its heading', async ({ page }) => {
  await page.goto('/units/paths/');
  // Opened with the header's button, to which focus returns on close, without scrolling back up.
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const results = await searchFor(page, 'ccmsetup');
  const here = results.filter({ has: page.locator('strong', { hasText: /^Paths to co-management — / }) }).first();
  const title = await titleOf(here);
  await here.click();
  await expect(searchDialog(page)).toBeHidden();
  await expectLandedOn(page, title);
});

test('a glossary result lands on its term', async ({ page }) => {
  await page.goto('/units/introduction/');
  await page.keyboard.press('/');
  const results = await searchFor(page, 'tenant attach');
  const glossary = results.filter({ has: page.locator('strong', { hasText: /^Glossary — / }) });
  await expect(glossary).toHaveCount(1);
  const title = await titleOf(glossary);
  expect(title).toBe('Glossary — Tenant attach');
  await glossary.click();
  await expect(page).toHaveURL(/\/glossary\/#tenant-attach$/);
  await expectLandedOn(page, title);
});

test('the index holds lesson text, not the controls of labs, quizzes and task panels', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const controls =
    /Step back|Step forward|Advance \d+ (?:minutes|hour|day)|UndoRedo|Check answer|Check all answers|Guide me|Check my work|Skip past the lab|Open this lab|Lab done|Question \d+ of \d+/;
  for (const query of ['Step back', 'Reset', 'Check answer', 'Guide me', 'Skip past the lab']) {
    await searchBox(page).fill(query);
    await expect(searchDialog(page).getByRole('status')).toHaveText(
      new RegExp(`(?:No results|\\d+ results?) for “${query}”`),
    );
    for (const text of await resultLinks(page).allInnerTexts())
      expect(text, `a result for "${query}"`).not.toMatch(controls);
  }
});

test('the 404 page offers search, focused, and it finds', async ({ page, pageProblems }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  // Chromium reports the page's own 404 status as a console error, which the fixture would count.
  const notFound = pageProblems.findIndex((problem) => /status of 404 \(Not Found\)/.test(problem));
  expect(notFound).toBeGreaterThanOrEqual(0);
  pageProblems.splice(notFound, 1);
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  const open = page.getByRole('main').getByRole('button', { name: 'Search the module' });
  await expect(open).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(searchBox(page)).toBeFocused();
  const results = await searchFor(page, 'TeamViewer');
  await results.first().click();
  await expect(page).toHaveURL(/\/units\/understand-co-management\/#/);
});

test('axe: the search dialog with results, and the 404 page, in both themes', async ({
  page,
  expectNoAxeViolations,
}) => {
  const check: AxeCheck = expectNoAxeViolations;
  await page.goto('/units/paths/');
  await page.keyboard.press('Control+k');
  await searchFor(page, 'pilot');
  await axeBothThemes(page, check, 'search with results');
  await page.keyboard.press('ArrowDown');
  await axeBothThemes(page, check, 'search with a result in focus');
  await page.goto('/404.html');
  await axeBothThemes(page, check, '404');
});
