/**
 * Glossary popovers (Term.astro): a term in a lesson opens its definition, with "Open in the
 * glossary", by keyboard, by tap, by mouse hover, and with no JavaScript; Escape and a tap outside
 * close it; on a phone it stays inside the viewport and off the word; axe is clean with it open.
 */
import { test, expect, axeBothThemes, tabTo, type AxeCheck } from './fixtures';
import type { Locator, Page } from '@playwright/test';

const UNIT = '/units/introduction/';

/** A term in the lesson text, by the words the lesson shows. */
const termButton = (page: Page, words: string) =>
  page.locator('.prose').getByRole('button', { name: words, exact: true });
/** The popover of a glossary term (by its id in content/glossary.yaml). */
const popoverOf = (page: Page, id: string) => page.locator(`#def-${id}`);

/** The box is inside the viewport and does not cover the term it explains. */
async function expectBesideTermInViewport(page: Page, popover: Locator, term: Locator): Promise<void> {
  const viewport = page.viewportSize()!;
  const box = (await popover.boundingBox())!;
  const word = (await term.boundingBox())!;
  expect(box.x, 'left edge inside the viewport').toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, 'right edge inside the viewport').toBeLessThanOrEqual(viewport.width);
  expect(box.y, 'top edge inside the viewport').toBeGreaterThanOrEqual(0);
  expect(box.y + box.height, 'bottom edge inside the viewport').toBeLessThanOrEqual(viewport.height);
  const clearOfWord = box.y >= word.y + word.height || box.y + box.height <= word.y;
  expect(clearOfWord, 'the popover sits below or above the word, not on it').toBe(true);
}

test('a term opens by keyboard: Enter shows the definition, Tab reaches "Open in the glossary", which leads to the term', async ({
  page,
}) => {
  await page.goto(UNIT);
  const term = termButton(page, 'MDM');
  const popover = popoverOf(page, 'mdm');
  await expect(popover).toBeHidden();
  await tabTo(page, 'button[popovertarget="def-mdm"]');
  await page.keyboard.press('Enter');
  await expect(popover).toBeVisible();
  await expect(popover).toContainText('Mobile device management');
  await expect(term, 'focus stays on the word that opened it').toBeFocused();
  await page.keyboard.press('Tab');
  const link = popover.getByRole('link', { name: 'Open in the glossary' });
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/glossary\/#mdm$/);
  await expect(page.getByRole('term').filter({ hasText: /^MDM$/ })).toBeInViewport();
});

test('keyboard focus on a term shows its definition at once, without a Tab stop of its own; Escape hides it while focus stays', async ({
  page,
}) => {
  await page.goto(UNIT);
  const term = termButton(page, 'MDM');
  const popover = popoverOf(page, 'mdm');
  await tabTo(page, 'button[popovertarget="def-mdm"]');
  await expect(popover, 'focus alone shows it').toBeVisible();
  await expectBesideTermInViewport(page, popover, term);
  // A preview: Tab goes on past it, not into its link (Enter opens it for that).
  await page.keyboard.press('Tab');
  await expect(popover.getByRole('link', { name: 'Open in the glossary' })).not.toBeFocused();
  await expect(term).not.toBeFocused();
  await expect(popover).toBeHidden();
  await page.keyboard.press('Shift+Tab');
  await expect(term).toBeFocused();
  await expect(popover).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(term).toBeFocused();
  await page.waitForTimeout(800);
  await expect(popover, 'Escape keeps it hidden while focus stays on the word').toBeHidden();
});

test('Escape closes a popover opened by keyboard and leaves focus on its term', async ({ page }) => {
  await page.goto(UNIT);
  await tabTo(page, 'button[popovertarget="def-mdm"]');
  await page.keyboard.press('Enter');
  const popover = popoverOf(page, 'mdm');
  await expect(popover).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(popover.getByRole('link', { name: 'Open in the glossary' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(termButton(page, 'MDM')).toBeFocused();
});

test('a term opens on hover after a moment and stays while the mouse is on it, by CSS alone', async ({ page }) => {
  await page.goto(UNIT);
  const term = termButton(page, 'Entra ID');
  const popover = popoverOf(page, 'entra-id');
  await term.hover();
  await expect(popover).toBeVisible();
  await expectBesideTermInViewport(page, popover, term);
  // Onto the popover: it stays, and its link can be clicked.
  await popover.hover();
  await page.waitForTimeout(800);
  await expect(popover).toBeVisible();
  // Away from both: it closes.
  await page.getByRole('heading', { level: 1 }).hover();
  await expect(popover).toBeHidden();
  // A click while hover has it open keeps it open after the mouse leaves.
  await term.hover();
  await expect(popover).toBeVisible();
  await term.click();
  await page.getByRole('heading', { level: 1 }).hover();
  await page.waitForTimeout(800);
  await expect(popover).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  // Shown by hover, Escape hides it while the mouse stays on the word; a click then opens it.
  await term.hover();
  await expect(popover).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await page.waitForTimeout(800);
  await expect(popover, 'Escape keeps it hidden while the mouse stays').toBeHidden();
  await term.click();
  await expect(popover).toBeVisible();
  // Once the mouse has left the word, hover shows it again.
  await page.keyboard.press('Escape');
  await page.getByRole('heading', { level: 1 }).hover();
  await term.hover();
  await expect(popover).toBeVisible();
});

test('axe is clean with a popover open, in both themes', async ({ page, expectNoAxeViolations }) => {
  await page.goto(UNIT);
  await tabTo(page, 'button[popovertarget="def-configuration-manager"]');
  await page.keyboard.press('Enter');
  await expect(popoverOf(page, 'configuration-manager')).toBeVisible();
  await axeBothThemes(page, expectNoAxeViolations as AxeCheck, 'unit 1 with a glossary popover open');
  await expect(popoverOf(page, 'configuration-manager')).toBeVisible();
});

test.describe('on a phone (390 px, touch)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('a tap opens the popover inside the viewport and off the word; a tap outside closes it', async ({
    page,
    expectNoAxeViolations,
  }) => {
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(UNIT);
    // Terms near either edge of the text column: the popover must not run off the screen.
    for (const [words, id] of [
      ['Configuration Manager client', 'configuration-manager-client'],
      ['MAM', 'mam'],
      ['Entra ID', 'entra-id'],
      ['hybrid joined', 'hybrid-entra-joined'],
    ] as const) {
      const term = termButton(page, words);
      const popover = popoverOf(page, id);
      await term.scrollIntoViewIfNeeded();
      await term.tap();
      await expect(popover, `${words} opens on a tap`).toBeVisible();
      await expect(popover.getByRole('link', { name: 'Open in the glossary' })).toHaveAttribute(
        'href',
        `/glossary/#${id}`,
      );
      await expectBesideTermInViewport(page, popover, term);
      if (id === 'mam')
        await axeBothThemes(page, expectNoAxeViolations as AxeCheck, 'unit 1 at 390 px with a popover open');
      await page.getByRole('heading', { level: 1 }).tap();
      await expect(popover, `${words} closes on a tap outside`).toBeHidden();
      // and stays closed (hover's code, were it loaded, would see the tapped word as hovered).
      await page.waitForTimeout(500);
      await expect(popover).toBeHidden();
    }
    expect(
      requested.filter((url) => url.includes('term-hover')),
      'no hover code for a touch screen',
    ).toEqual([]);
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a term still opens its definition and its link to the glossary', async ({ page }) => {
    await page.goto(UNIT);
    const popover = popoverOf(page, 'mdm');
    await termButton(page, 'MDM').click();
    await expect(popover).toBeVisible();
    await expect(popover.getByRole('link', { name: 'Open in the glossary' })).toHaveAttribute('href', '/glossary/#mdm');
  });
});

test('a term used twice in a unit opens one popover with its definition, and no term keeps a native tooltip', async ({
  page,
}) => {
  await page.goto('/units/understand-co-management/');
  const terms = page.locator('.prose .term');
  expect(await terms.count()).toBeGreaterThan(10);
  await expect(page.locator('.prose .term[title]')).toHaveCount(0);
  const targets = await terms.evaluateAll((buttons) => buttons.map((button) => button.getAttribute('popovertarget')));
  for (const target of new Set(targets)) await expect(page.locator(`[popover][id="${target}"]`)).toHaveCount(1);
  expect(targets.length).toBeGreaterThan(new Set(targets).size);
});

test('search leaves popovers out: a word only definitions use finds the glossary, not the units that show them', async ({
  page,
}) => {
  await page.goto(UNIT);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the module' });
  await dialog.getByRole('searchbox', { name: /Words to find/ }).fill('formerly');
  await expect(dialog.getByRole('status')).toHaveText(/^\d+ results? for “formerly”\.$/);
  const titles = await dialog
    .getByRole('list', { name: 'Search results' })
    .getByRole('link')
    .locator('strong')
    .allInnerTexts();
  expect(titles.length).toBeGreaterThan(0);
  expect(
    titles.filter((title) => !title.startsWith('Glossary — ')),
    'results outside the glossary',
  ).toEqual([]);
});

test('the second use of a term opens the same popover, and Tab goes from that word into it', async ({ page }) => {
  await page.goto('/units/understand-co-management/');
  const uses = page.locator('.prose button[popovertarget="def-workload"]');
  await expect(uses).toHaveCount(2);
  await uses.nth(1).focus();
  await page.keyboard.press('Enter');
  const popover = popoverOf(page, 'workload');
  await expect(popover).toBeVisible();
  await expectBesideTermInViewport(page, popover, uses.nth(1));
  await page.keyboard.press('Tab');
  await expect(popover.getByRole('link', { name: 'Open in the glossary' })).toBeFocused();
});
