/**
 * Saved progress shows from the inline head script alone (head-script.ts, progress-marks.ts): with
 * every script file blocked (the site script, islands), the home page, a unit and a lab's page
 * show the learner's done marks, count, Continue link and completion toggle as saved. And the first
 * frame the browser paints already has them (no flash of a page without progress).
 */
import { test, expect, PROGRESS_KEY } from './fixtures';
import type { Page } from '@playwright/test';

const SAVED = JSON.stringify({
  version: 3,
  completedUnits: ['introduction', 'understand-co-management'],
  lastVisitedUnit: 'understand-co-management',
  checkedItems: [],
  quizzes: {},
  labs: { 'pilot-enrollment-for-it': { met: [], done: 'self' } },
});

async function savedProgressWithoutScriptFiles(page: Page): Promise<void> {
  await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [PROGRESS_KEY, SAVED]);
  await page.route('**/*.js', (route) => route.abort());
}

test('with every script file blocked, the head script shows the saved progress: done marks, count, Continue link, toggle and lab mark', async ({
  page,
  pageProblems,
}) => {
  await savedProgressWithoutScriptFiles(page);
  await page.goto('/');
  await expect(page.getByText('2 of 7 units complete')).toBeVisible();
  await expect(page.locator('#module-progress')).toHaveJSProperty('value', 2);
  // The first unit not done after the last one visited: unit 3.
  const next = page.getByRole('link', { name: 'Continue where you left off' });
  await expect(next).toHaveAttribute('href', /\/units\/prerequisites\/$/);
  const units = page.getByRole('region', { name: 'Units' });
  await expect(units.getByRole('link', { name: /\(completed\)$/ })).toHaveCount(2);
  await expect(units.getByRole('link', { name: /^Introduction/ })).toHaveAccessibleName(/\(completed\)$/);
  await expect(units.getByText('Lab done', { exact: true }).filter({ visible: true })).toHaveCount(1);

  await page.goto('/units/understand-co-management/');
  await expect(page.getByRole('button', { name: 'Completed ✓ — undo' })).toHaveAttribute('aria-pressed', 'true');
  const list = page.getByRole('navigation', { name: 'Units in this module' });
  await expect(list.getByRole('link', { name: /\(completed\)$/ })).toHaveCount(2);

  await page.goto('/units/prerequisites/');
  await expect(page.getByRole('button', { name: 'Mark unit complete' })).toHaveAttribute('aria-pressed', 'false');
  // The blocked files are the only errors: nothing in the head script failed.
  expect(pageProblems.length).toBeGreaterThan(0);
  expect(pageProblems.filter((problem) => !/Failed to load resource: net::ERR_FAILED/.test(problem))).toEqual([]);
  pageProblems.length = 0;
});

test('the first painted frame of the home page already shows the saved progress', async ({ page }) => {
  await page.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [PROGRESS_KEY, SAVED]);
  // Record what each frame shows from the first one on: a requestAnimationFrame callback runs just
  // before the browser paints that frame.
  await page.addInitScript(() => {
    const frames: string[] = [];
    (window as unknown as { frames_: string[] }).frames_ = frames;
    const record = () => {
      const link = document.querySelector<HTMLAnchorElement>('a[data-continue]');
      const label = document.querySelector('[data-progress-summary] label');
      frames.push(`${link?.textContent ?? '-'} | ${label?.textContent ?? '-'}`);
      if (document.readyState !== 'complete' || frames.length < 3) requestAnimationFrame(record);
    };
    requestAnimationFrame(record);
  });
  await page.goto('/');
  await page.waitForFunction(() => document.readyState === 'complete');
  const frames = await page.evaluate(() => (window as unknown as { frames_: string[] }).frames_);
  const painted = frames.filter((frame) => !frame.startsWith('- |'));
  expect(painted.length).toBeGreaterThan(0);
  expect(new Set(painted)).toEqual(new Set(['Continue where you left off | 2 of 7 units complete']));
});
