import { test, expect, tabTo, PROGRESS_KEY } from './fixtures';

const UNIT_COUNT = 7;
const KNOWLEDGE_CHECK = 6;
const MARKED = 'Completed ✓ — undo';

test('a keyboard user walks from the home page to unit 7, marking every unit complete, and the marks survive a reload', async ({
  page,
}) => {
  // Seven units, four quick checks and the knowledge check by Tab alone: a long walk.
  test.setTimeout(120_000);
  await page.goto('/');
  await tabTo(page, 'a[data-continue]');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/units\/introduction\/$/);

  for (let unit = 1; unit <= UNIT_COUNT; unit += 1) {
    await expect(page.getByText(`Unit ${unit} of ${UNIT_COUNT}`)).toBeVisible();
    if (unit === KNOWLEDGE_CHECK) {
      // Only a pass completes the knowledge check (e2e/finishing.spec.ts passes it): no button here.
      await expect(page.getByRole('button', { name: 'Mark unit complete' })).toHaveCount(0);
      await expect(
        page.getByRole('region', { name: 'Finished this unit?' }).getByText('passing is the only way to complete it'),
      ).toBeVisible();
    } else {
      // Units with a simulator have many controls: the learner skips past them with the skip link.
      await tabTo(page, 'button[data-complete-unit]', { skipSimulators: true });
      await expect(page.getByRole('button', { name: 'Mark unit complete' })).toBeFocused();
      await page.keyboard.press('Enter');
      // The toggle now says its state and what pressing it again does.
      await expect(page.getByRole('button', { name: 'Completed ✓ — undo' })).toHaveAttribute('aria-pressed', 'true');
    }
    if (unit < UNIT_COUNT) {
      const before = page.url();
      await tabTo(page, 'a[rel="next"]', { skipSimulators: true });
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.href !== before);
    }
  }
  await expect(page).toHaveURL(/\/units\/summary\/$/);

  await page.reload();
  await expect(page.getByRole('button', { name: MARKED })).toHaveAttribute('aria-pressed', 'true');
  const sidebar = page.getByRole('navigation', { name: 'Units in this module' });
  await expect(sidebar.getByRole('link', { name: /\(completed\)$/ })).toHaveCount(UNIT_COUNT - 1);
  await page.goto('/');
  await expect(page.getByText(`${UNIT_COUNT - 1} of ${UNIT_COUNT} units complete`)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Continue where you left off' })).toHaveAttribute(
    'href',
    /\/units\/knowledge-check\/$/,
  );
});

test('marking a unit in one tab shows in another open tab without a reload', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await first.goto('/units/prerequisites/');
  await second.goto('/');
  const prerequisitesOnHome = second.getByRole('link', { name: /Prerequisites/ }).first();
  await expect(prerequisitesOnHome).not.toHaveAccessibleName(/\(completed\)/);

  await first.getByRole('button', { name: 'Mark unit complete' }).click();
  await expect(second.getByText('1 of 7 units complete')).toBeVisible();
  await expect(second.locator('[data-unit-item="prerequisites"]')).toHaveAttribute('data-done', '');

  await first.getByRole('button', { name: MARKED }).click();
  await expect(second.getByText('0 of 7 units complete')).toBeVisible();
});

test('corrupt saved progress gives a working page and a notice', async ({ page }) => {
  await page.addInitScript(
    ([key]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key!, '{"version":1,"completedUnits":"oops'); // truncated JSON
        sessionStorage.setItem('seeded', '1');
      }
    },
    [PROGRESS_KEY],
  );
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/units/introduction/');
  const notice = page.getByRole('status').filter({ hasText: 'could not be read' });
  await expect(notice).toBeVisible();
  // On a wide screen it keeps to the unit's column, clear of the fixed list of units.
  const [box, list] = [
    await notice.boundingBox(),
    await page.getByRole('navigation', { name: 'Units in this module' }).boundingBox(),
  ];
  expect(box!.x).toBeGreaterThanOrEqual(list!.x + list!.width);
  await page.getByRole('button', { name: 'Mark unit complete' }).click();
  await expect(page.getByRole('button', { name: MARKED })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
  await page.reload();
  await expect(page.getByRole('button', { name: MARKED })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByText('could not be read')).toBeHidden();
});

test('saved progress from a future version is set aside with a notice', async ({ page }) => {
  await page.addInitScript(
    ([key]) => {
      localStorage.setItem(
        key!,
        JSON.stringify({ version: 99, completedUnits: ['introduction'], lastVisitedUnit: null }),
      );
    },
    [PROGRESS_KEY],
  );
  await page.goto('/');
  await expect(page.getByText('0 of 7 units complete')).toBeVisible();
  await expect(page.locator('[data-notice]')).toBeVisible();
});

test('reset asks for confirmation, can be cancelled, and then clears every mark', async ({ page }) => {
  await page.goto('/units/introduction/');
  await page.getByRole('button', { name: 'Mark unit complete' }).click();
  await page.goto('/');
  await expect(page.getByText('1 of 7 units complete')).toBeVisible();

  await page.getByRole('button', { name: 'Reset my progress' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset your progress?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('1 of 7 units complete')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reset my progress' })).toBeFocused();

  await page.getByRole('button', { name: 'Reset my progress' }).click();
  await dialog.getByRole('button', { name: 'Reset progress' }).click();
  await expect(page.getByText('0 of 7 units complete')).toBeVisible();
  await expect(page.getByText('Your progress has been reset.')).toBeVisible();
  await page.reload();
  await expect(page.getByText('0 of 7 units complete')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start the module' })).toBeVisible();
});
