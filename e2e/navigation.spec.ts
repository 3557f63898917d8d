/**
 * Navigation on phones, tablets and wide screens (issue 18): the sticky header, the "Menu" popover
 * with the unit list, deep links that land below the header, "On this page", the lab console's
 * width beside it, and lesson diagrams that fit a phone without being cut.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, axeBothThemes, builtPages, pressUntilFocused, PROGRESS_KEY } from './fixtures';

const PHONE = { width: 390, height: 844 };
const WIDE = { width: 1280, height: 800 };
const unitPages = builtPages().filter((path) => /^\/units\/[^/]+\/$/.test(path));
const UNIT_3 = '/units/prerequisites/';
const UNIT_4 = '/units/connector-status/';

const menuButton = (page: Page) => page.getByRole('button', { name: 'Menu', exact: true });
const unitList = (page: Page) => page.getByRole('navigation', { name: 'Units in this module' });
const onThisPage = (page: Page) => page.getByRole('navigation', { name: 'On this page' });

/** The h2 headings of the unit's own text (the ones the MDX render reports), in order. */
const sectionTitles = (page: Page) => page.locator('article .prose > h2').allInnerTexts();

/**
 * Expects `heading` to be on screen, below the sticky header and not covered by it: the header's
 * bottom edge is above the heading's top, and the point in the middle of the heading's first line
 * is the heading itself.
 */
async function expectBelowHeader(page: Page, heading: Locator): Promise<void> {
  const headerBottom = (await page.locator('header.site-header').boundingBox())!.height;
  const box = (await heading.boundingBox())!;
  expect(box.y, 'the heading starts below the sticky header').toBeGreaterThanOrEqual(headerBottom);
  expect(box.y, 'the heading is on screen').toBeLessThan(page.viewportSize()!.height / 2);
  const hit = await heading.evaluate((element) => {
    const rect = element.getBoundingClientRect();
    const found = document.elementFromPoint(rect.left + 8, rect.top + 8);
    return found !== null && element.contains(found);
  });
  expect(hit, 'nothing covers the heading').toBe(true);
}

/**
 * On every unit, expects each lesson diagram to show one picture that lies inside the screen and
 * inside its figure (no sideways scroll), with every line of text inside the picture and inside the
 * box it belongs to.
 */
async function expectDiagramsWhole(page: Page, viewportWidth: number): Promise<void> {
  let diagrams = 0;
  for (const path of unitPages) {
    await page.goto(path);
    for (const figure of await page.locator('figure.diagram').all()) {
      diagrams += 1;
      const name = `${path} ${await figure.getAttribute('aria-labelledby')} at ${viewportWidth} px`;
      const svg = figure.locator('svg[role="img"]').filter({ visible: true });
      await expect(svg, `${name} shows one picture`).toHaveCount(1);
      await svg.scrollIntoViewIfNeeded();
      const problems = await svg.evaluate((picture, viewport) => {
        const found: string[] = [];
        const inside = (inner: DOMRect, outer: DOMRect) =>
          inner.left >= outer.left - 0.5 &&
          inner.right <= outer.right + 0.5 &&
          inner.top >= outer.top - 0.5 &&
          inner.bottom <= outer.bottom + 0.5;
        const frame = picture.getBoundingClientRect();
        if (frame.left < 0 || frame.right > viewport)
          found.push(`picture spans ${frame.left}-${frame.right} of ${viewport}`);
        const figureBox = picture.closest('figure')!;
        if (figureBox.scrollWidth > figureBox.clientWidth) found.push('the figure scrolls sideways');
        for (const text of picture.querySelectorAll('text')) {
          const rect = text.getBoundingClientRect();
          if (!inside(rect, frame)) found.push(`"${text.textContent}" is cut by the picture's edge`);
          // Text drawn in a box (DiagramBox: a <g> with its rect or polygon and its lines) stays inside it.
          const shape = text.parentElement?.closest('g')?.querySelector(':scope > rect, :scope > polygon');
          if (shape && !inside(rect, shape.getBoundingClientRect()))
            found.push(`"${text.textContent}" spills out of its box`);
        }
        return found;
      }, viewportWidth);
      expect(problems, name).toEqual([]);
    }
  }
  expect(diagrams, 'the units hold diagrams').toBeGreaterThanOrEqual(3);
}

test.describe('on a phone (390 px)', () => {
  test.use({ viewport: PHONE, hasTouch: true });

  test('Menu opens the unit list with the current unit, progress and Search; a tap goes to unit 4 and back', async ({
    page,
  }) => {
    const saved = {
      version: 2,
      completedUnits: ['introduction'],
      lastVisitedUnit: 'prerequisites',
      checkedItems: [],
      quizzes: {},
    };
    await page.addInitScript(
      ([key, value]) => localStorage.setItem(key!, value!),
      [PROGRESS_KEY, JSON.stringify(saved)],
    );
    await page.goto(UNIT_3);
    await expect(unitList(page)).toBeHidden();
    await menuButton(page).tap();
    await expect(unitList(page)).toBeVisible();
    await expect(unitList(page).getByRole('link', { name: 'Prerequisites' })).toHaveAttribute('aria-current', 'page');
    await expect(unitList(page).getByRole('link', { name: 'Introduction (completed)' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Search' })).toBeVisible();

    await unitList(page).getByRole('link', { name: 'Confirm the connector status' }).tap();
    await expect(page).toHaveURL(new RegExp(`${UNIT_4}$`));
    await expect(unitList(page)).toBeHidden();
    await menuButton(page).tap();
    await expect(unitList(page).getByRole('link', { name: 'Confirm the connector status' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await unitList(page).getByRole('link', { name: 'Prerequisites' }).tap();
    await expect(page).toHaveURL(new RegExp(`${UNIT_3}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prerequisites');
  });

  test('the menu works by keyboard: Enter opens it, Escape closes it and focus returns to Menu, Tab reaches unit 4 and back', async ({
    page,
  }) => {
    await page.goto(UNIT_3);
    await pressUntilFocused(page, menuButton(page));
    await page.keyboard.press('Enter');
    await expect(unitList(page)).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(unitList(page)).toBeHidden();
    await expect(menuButton(page)).toBeFocused();

    await page.keyboard.press('Enter');
    await pressUntilFocused(page, unitList(page).getByRole('link', { name: 'Confirm the connector status' }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${UNIT_4}$`));

    await pressUntilFocused(page, menuButton(page));
    await page.keyboard.press('Enter');
    await pressUntilFocused(page, unitList(page).getByRole('link', { name: 'Prerequisites' }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${UNIT_3}$`));
  });

  test('Close and a tap outside shut the menu, and Search opened from it hands focus back to Menu when it closes', async ({
    page,
  }) => {
    await page.goto(UNIT_3);
    await menuButton(page).tap();
    await page.getByRole('button', { name: 'Close', exact: true }).tap();
    await expect(unitList(page)).toBeHidden();
    // A tap beside the panel (on the dimmed page) closes it too.
    await menuButton(page).tap();
    await expect(unitList(page)).toBeVisible();
    await page.touchscreen.tap(8, PHONE.height / 2);
    await expect(unitList(page)).toBeHidden();

    await menuButton(page).tap();
    await page.getByRole('button', { name: 'Search' }).tap();
    const search = page.getByRole('dialog');
    await expect(search).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(search).toBeHidden();
    await expect(menuButton(page)).toBeFocused();
  });

  test('the header stays compact and at the top while the page scrolls', async ({ page }) => {
    await page.goto(UNIT_3);
    const header = page.locator('header.site-header');
    expect((await header.boundingBox())!.height, 'one row of controls').toBeLessThanOrEqual(72);
    await page.mouse.wheel(0, 3000);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    expect((await header.boundingBox())!.y).toBe(0);
    await expect(menuButton(page)).toBeInViewport();
  });

  // No page scrolls sideways at this width: each page's phone pass in pages.spec.ts.

  test('every diagram on every unit fits the screen, and no text in it is cut or spills out of its box', async ({
    page,
  }) => {
    await expectDiagramsWhole(page, PHONE.width);
  });

  test('a deep link to a heading lands below the sticky header', async ({ page }) => {
    await page.goto(UNIT_3);
    const id = await page.locator('article .prose > h2').nth(3).getAttribute('id');
    await page.goto(`${UNIT_3}#${id}`);
    await expectBelowHeader(page, page.locator(`[id="${id}"]`));
  });

  test('"On this page" is collapsed above the text; opened, it lists the sections and its links land below the header', async ({
    page,
  }) => {
    await page.goto(UNIT_3);
    const list = onThisPage(page);
    const toggle = list.getByText('On this page', { exact: true });
    await expect(list.getByRole('link').first()).toBeHidden();
    await toggle.tap();
    await expect(list.getByRole('link')).toHaveText(await sectionTitles(page));
    const last = list.getByRole('link').last();
    const target = (await last.getAttribute('href'))!;
    await last.tap();
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    await expectBelowHeader(page, page.locator(`[id="${target.slice(1)}"]`));
  });

  test('axe finds nothing on a unit with the menu open, in both themes', async ({ page, expectNoAxeViolations }) => {
    await page.goto(UNIT_3);
    await menuButton(page).tap();
    await expect(unitList(page)).toBeVisible();
    await axeBothThemes(page, expectNoAxeViolations, `${UNIT_3} at 390 px, menu open`);
  });
});

test.describe('on a tablet (800 px)', () => {
  test.use({ viewport: { width: 800, height: 1000 } });

  test('every diagram on every unit fits the screen, and no text in it is cut or spills out of its box', async ({
    page,
  }) => {
    await expectDiagramsWhole(page, 800);
  });
});

test.describe('on a wide screen (1280 px)', () => {
  test.use({ viewport: WIDE });

  test('the unit list sits beside the unit with no Menu button, and the header stays at the top', async ({ page }) => {
    await page.goto(UNIT_3);
    await expect(menuButton(page)).toBeHidden();
    await expect(unitList(page)).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Site' })).toBeVisible();
    const list = (await unitList(page).boundingBox())!;
    const article = (await page.locator('article').boundingBox())!;
    expect(list.x + list.width, 'the list is left of the unit').toBeLessThanOrEqual(article.x);
    await page.mouse.wheel(0, 4000);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
    expect((await page.locator('header.site-header').boundingBox())!.y).toBe(0);
    await expect(unitList(page)).toBeInViewport();
  });

  test('"On this page" lists the sections beside the text and its links land below the header', async ({ page }) => {
    await page.goto(UNIT_3);
    const list = onThisPage(page);
    await expect(list.getByRole('link')).toHaveText(await sectionTitles(page));
    const listBox = (await list.getByRole('list').boundingBox())!;
    const firstParagraph = (await page.locator('article .prose > p').first().boundingBox())!;
    expect(listBox.x, 'beside the text').toBeGreaterThanOrEqual(firstParagraph.x + firstParagraph.width);
    const link = list.getByRole('link').nth(4);
    const target = (await link.getAttribute('href'))!;
    await link.click();
    await expect(page).toHaveURL(new RegExp(`${target}$`));
    await expectBelowHeader(page, page.locator(`[id="${target.slice(1)}"]`));
    await expect(list.getByRole('list'), 'it stays in view while the text scrolls').toBeInViewport();
  });

  test('the lab console keeps the unit\'s full width and "On this page" gives way before it', async ({ page }) => {
    for (const path of ['/units/paths/', UNIT_3]) {
      await page.goto(path);
      const lab = page.locator('article .prose > .sim-slot').first();
      const unitWidth = (await page.locator('.unit-main').boundingBox())!.width;
      expect(
        Math.abs((await lab.boundingBox())!.width - unitWidth),
        `${path}: the lab is as wide as the unit`,
      ).toBeLessThanOrEqual(1);
      for (const scrolled of [-300, 0, 400]) {
        await lab.evaluate(
          (element, by) => window.scrollTo(0, element.getBoundingClientRect().top + window.scrollY + by),
          scrolled,
        );
        const labBox = (await lab.boundingBox())!;
        // The list as drawn (the nav itself fills the column down to the lab).
        const listBox = (await onThisPage(page).getByRole('list').boundingBox())!;
        const overlaps =
          listBox.x < labBox.x + labBox.width &&
          listBox.y < labBox.y + labBox.height &&
          listBox.y + listBox.height > labBox.y;
        expect(overlaps, `${path}: "On this page" is clear of the lab (scrolled ${scrolled})`).toBe(false);
      }
    }
  });

  test('a deep link to a heading lands below the sticky header', async ({ page }) => {
    await page.goto(UNIT_3);
    const id = await page.locator('article .prose > h3').nth(2).getAttribute('id');
    await page.goto(`${UNIT_3}#${id}`);
    await expectBelowHeader(page, page.locator(`[id="${id}"]`));
  });

  test('every diagram on every unit keeps its text inside its boxes', async ({ page }) => {
    await expectDiagramsWhole(page, WIDE.width);
  });

  test('axe finds nothing on a unit with a lab, in both themes', async ({ page, expectNoAxeViolations }) => {
    await page.goto('/units/paths/');
    await axeBothThemes(page, expectNoAxeViolations, '/units/paths/ at 1280 px');
  });
});
