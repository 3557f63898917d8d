/**
 * The Labs page (`/scenarios/`) and the labs' done marks: every scenario with its task, length and
 * unit; a lab saved as done shows as done on the Labs page, on the unit that places it and on the
 * home page's unit card, after a reload; and the page passes axe in both themes.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';
import type { Scenario } from '../src/sim/types';
import { test, expect, axeBothThemes, PROGRESS_KEY } from './fixtures';

const root = join(fileURLToPath(new URL('.', import.meta.url)), '..');
const scenarios = readdirSync(join(root, 'content', 'scenarios'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => parse(readFileSync(join(root, 'content', 'scenarios', name), 'utf8')) as Scenario);

/** Which unit places which lab, read the way the build reads it (`<SimulatorSlot scenario="...">`). */
const unitOf = new Map<string, string>(
  readdirSync(join(root, 'content', 'lessons')).flatMap((folder) => {
    const body = readFileSync(join(root, 'content', 'lessons', folder, 'index.mdx'), 'utf8');
    return [...body.matchAll(/<SimulatorSlot\s+scenario="([^"]+)"/g)].map(
      (match) => [match[1]!, folder.replace(/^\d+-/, '')] as [string, string],
    );
  }),
);

const DONE_ALONE = 'compliance-policies-first';
const DONE_WITH_HELP = 'pilot-enrollment-for-it';
const UNFINISHED = 'contoso-not-attached';

/** Saved progress with two labs done, one alone and one with help, and one with work on screen, as the progress store writes it. */
const SAVED = JSON.stringify({
  version: 3,
  completedUnits: ['introduction'],
  lastVisitedUnit: 'introduction',
  checkedItems: [],
  quizzes: {},
  labs: {
    [DONE_ALONE]: { met: ['pilot-compliance-with-finance'], done: 'self' },
    [DONE_WITH_HELP]: { met: [], done: 'help' },
    [UNFINISHED]: { met: [], actions: [{ type: 'advance-time', minutes: 60 }], revision: 2 },
    // Not a mark: the site script shows nothing for a done value other than 'self' or 'help'.
    'tenant-attach-only': { met: [], done: 'Lab done' },
  },
});

/** Saves the progress once, before the first page loads (a reload reads what the page saved). */
async function seedProgress(page: Page): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      if (sessionStorage.getItem('seeded')) return;
      localStorage.setItem(key!, value!);
      sessionStorage.setItem('seeded', '1');
    },
    [PROGRESS_KEY, SAVED],
  );
}

const cardOf = (page: Page, title: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: title, exact: true }) });
const titleOf = (id: string) => scenarios.find((scenario) => scenario.id === id)!.title;

test('the Labs page lists every scenario with its task, length and unit, linked to its own page', async ({ page }) => {
  expect(scenarios).toHaveLength(9);
  await page.goto('/scenarios/');
  await expect(page.getByRole('heading', { level: 1, name: 'Labs' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Labs' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.locator('.lab-card')).toHaveCount(scenarios.length);
  for (const scenario of scenarios) {
    const card = cardOf(page, scenario.title);
    await expect(card.getByRole('link', { name: scenario.title, exact: true })).toHaveAttribute(
      'href',
      `/scenarios/${scenario.id}/`,
    );
    for (const goal of scenario.goals)
      await expect(card.getByRole('listitem').filter({ hasText: goal.title })).toBeVisible();
    await expect(card.getByText(`${scenario.durationMinutes} minutes`, { exact: true })).toBeVisible();
    const unit = unitOf.get(scenario.id);
    if (unit) await expect(card.locator(`a[href="/units/${unit}/"]`)).toBeVisible();
    else await expect(card.getByText('Only on its own page', { exact: true })).toBeVisible();
    // Nothing saved: no lab is marked done.
    await expect(card.getByText(/^Lab done/).filter({ visible: true })).toHaveCount(0);
  }
  expect([...unitOf.keys()].length, 'the course places some labs in units').toBeGreaterThan(0);
});

test('the header and the home page link to the Labs page', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Labs' }).click();
  await expect(page).toHaveURL(/\/scenarios\/$/);
  await page.goto('/');
  // The home page's pitch says how many labs there are and leads to them.
  await expect(page.getByRole('region', { name: 'What the module offers' })).toContainText(`${scenarios.length} tasks`);
  await page.getByRole('link', { name: 'Browse the labs' }).click();
  await expect(page).toHaveURL(/\/scenarios\/$/);
});

test('a lab saved as done shows on the Labs page, the unit that places it and the home page, after a reload', async ({
  page,
}) => {
  await seedProgress(page);
  await page.goto('/scenarios/');
  await page.reload();
  await expect(cardOf(page, titleOf(DONE_ALONE)).getByText('Lab done', { exact: true })).toBeVisible();
  await expect(cardOf(page, titleOf(DONE_WITH_HELP)).getByText('Lab done with help', { exact: true })).toBeVisible();
  await expect(cardOf(page, titleOf(DONE_WITH_HELP)).getByText('Lab done', { exact: true })).toBeHidden();
  await expect(page.getByText(/^Lab done/).filter({ visible: true })).toHaveCount(2);

  const unit = unitOf.get(DONE_ALONE)!;
  await page.goto(`/units/${unit}/`);
  await page.reload();
  await expect(page.getByText('Lab done', { exact: true }).filter({ visible: true }).first()).toBeVisible();

  await page.goto('/');
  await page.reload();
  await expect(page.locator(`[data-unit-item="${unit}"]`).getByText('Lab done', { exact: true })).toBeVisible();
  await expect(
    page.locator(`[data-unit-item="${unitOf.get(DONE_WITH_HELP)}"]`).getByText('Lab done with help', { exact: true }),
  ).toBeVisible();
  await expect(
    page
      .locator(`[data-unit-item="${unitOf.get(UNFINISHED)}"]`)
      .getByText(/^Lab done/)
      .filter({ visible: true }),
  ).toHaveCount(0);
});

test('the Labs page passes axe in both themes, with done marks showing', async ({ page, expectNoAxeViolations }) => {
  await seedProgress(page);
  await page.goto('/scenarios/');
  await expect(page.getByText('Lab done', { exact: true }).filter({ visible: true })).toHaveCount(1);
  await axeBothThemes(page, expectNoAxeViolations, 'the Labs page');
  await page.setViewportSize({ width: 390, height: 844 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'the Labs page does not scroll sideways at 390 px').toBeLessThanOrEqual(0);
  await axeBothThemes(page, expectNoAxeViolations, 'the Labs page at 390 px');
});
