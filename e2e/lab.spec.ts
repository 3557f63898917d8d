/**
 * Lab tasks in the unit 6 knowledge check: the lab console opens inside the question, at the full
 * width of the page's content, the work is
 * saved as the learner goes (a reload brings it back), checking grades the end state against the
 * goal check by check, and a slider in the wrong position fails with the difference named. axe
 * runs in every lab state (the self-assessment's lab is in self-assessment.spec.ts).
 */
import type { Locator, Page } from '@playwright/test';
import {
  test,
  expect,
  axeBothThemes,
  solveLab,
  pressUntilFocused,
  labOf,
  labReady,
  openProperties,
  liveRegionOf,
  PROGRESS_KEY,
} from './fixtures';
import { LAB_RULES_REVISION } from '../src/sim/revision';

test.describe.configure({ timeout: 120_000 });

const COMPLIANCE_STEM = /Finance devices to be the first to get Compliance policies/;

async function openCheck(page: Page): Promise<Locator> {
  await page.goto('/units/knowledge-check/');
  const quiz = page.getByRole('region', { name: 'Knowledge check', exact: true });
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.getByRole('button', { name: 'Check all answers' })).toBeEnabled();
  return quiz;
}

/** The list item of the question whose stem matches. */
const questionItem = (quiz: Locator, stem: RegExp) =>
  quiz.locator('.quiz__item').filter({ has: quiz.page().getByRole('group', { name: stem }) });

const LAB = 'Compliance policies first';

test('a lab task done in the lab passes, check by check, in a lab at the full width of the content', async ({
  page,
  expectNoAxeViolations,
}) => {
  const quiz = await openCheck(page);
  const item = questionItem(quiz, COMPLIANCE_STEM);
  await expect(item.getByText('In the lab, scenario “Compliance policies first”.')).toBeVisible();
  const check = item.getByRole('button', { name: 'Check answer' });
  // Before any work, Check answer says so and grades nothing.
  await check.click();
  await expect(item.getByText('Work in the lab first.', { exact: true })).toBeVisible();
  await expect(item.locator('.quiz__feedback')).toHaveCount(0);

  await solveLab(item, 'kc-lab-pilot-compliance-finance');
  // A quiz's lab shares no links: only a lab's own page makes them.
  await expect(
    labOf(item, LAB).getByRole('toolbar', { name: 'Lab bar' }).getByRole('button', { name: 'Undo' }),
  ).toBeVisible();
  await expect(labOf(item, LAB).getByRole('button', { name: 'Share link' })).toHaveCount(0);
  // The full width of the content: the quiz's whole width, not the text's measure.
  const width = await labOf(item, LAB).evaluate((element) => element.getBoundingClientRect().width);
  const column = await quiz.evaluate((element) => element.getBoundingClientRect().width);
  expect(width).toBeGreaterThan(column - 80);
  await axeBothThemes(page, expectNoAxeViolations, 'lab open, goal reached');
  await check.click();

  const feedback = item.locator('.quiz__feedback');
  await expect(feedback).toBeFocused();
  await expect(feedback).toContainText('Right.');
  await expect(feedback).toContainText("The goal's checks after your 2 steps in the lab:");
  await expect(feedback.getByRole('listitem').filter({ hasText: 'Met:' })).toHaveCount(4);
  await expect(feedback).toContainText('Met: Compliance policies is at Pilot Intune.');
  await expect(feedback).toContainText('Met: CON-0031 gets Compliance policies from Configuration Manager.');
  await expect(feedback).toContainText('One way to reach the goal:');
  await expect(quiz.getByRole('status').last()).toHaveText(/Question \d+: Right\./);
  // The answer is final: the lab closes, and nothing reopens it in this attempt.
  await expect(labOf(item, LAB)).toHaveCount(0);
  await expect(item.getByRole('button', { name: /^Open the lab/ })).toHaveCount(0);
  await axeBothThemes(page, expectNoAxeViolations, 'lab checked, right');
});

test('one slider in the wrong position fails the lab task, and the feedback names the difference', async ({
  page,
  expectNoAxeViolations,
}) => {
  const quiz = await openCheck(page);
  const item = questionItem(quiz, COMPLIANCE_STEM);
  await item.getByRole('button', { name: 'Open the lab' }).click();
  const lab = labOf(item, LAB);
  await labReady(lab);
  const dialog = await openProperties(lab, 'Staging');
  await dialog
    .getByRole('combobox', { name: 'Workload pilot collection for Compliance policies' })
    .selectOption({ label: 'Pilot-Finance' });
  await dialog.getByRole('tab', { name: 'Workloads', exact: true }).click();
  // Intune, not Pilot Intune: every co-managed device switches, not only Pilot-Finance.
  await dialog
    .getByRole('group', { name: 'Compliance policies', exact: true })
    .getByRole('radio', { name: 'Intune', exact: true })
    .check();
  await dialog.getByRole('button', { name: 'OK', exact: true }).click();
  await expect(liveRegionOf(lab)).toContainText('Compliance policies');
  await item.getByRole('button', { name: 'Check answer' }).click();

  const feedback = item.locator('.quiz__feedback');
  await expect(feedback).toContainText('Not right.');
  await expect(feedback).toContainText('Not met: Compliance policies is at Intune; the goal wants Pilot Intune.');
  await expect(feedback).toContainText(
    'Not met: CON-0031 gets Compliance policies from Intune; the goal wants Configuration Manager.',
  );
  await expect(feedback).toContainText('Met: Compliance policies has the workload pilot collection Pilot-Finance.');
  await expect(feedback).toContainText(
    'Pilot Intune gives a workload to Intune only for the devices in its workload pilot collection.',
  );
  await axeBothThemes(page, expectNoAxeViolations, 'lab checked, wrong');
});

test('work in a lab survives a reload and opens where the learner left it', async ({ page }) => {
  const quiz = await openCheck(page);
  const item = questionItem(quiz, COMPLIANCE_STEM);
  await item.getByRole('button', { name: 'Open the lab' }).click();
  // Keyboard users are not left on the page: focus moves into the lab when its button goes.
  await expect(item.locator('.quiz__lab')).toBeFocused();
  const lab = labOf(item, LAB);
  await labReady(lab);
  const dialog = await openProperties(lab, 'Staging');
  await dialog
    .getByRole('combobox', { name: 'Workload pilot collection for Compliance policies' })
    .selectOption({ label: 'Pilot-Finance' });
  await dialog.getByRole('button', { name: 'OK', exact: true }).click();
  await expect(lab.getByText('Messages: 1 change')).toBeVisible();

  await page.reload();
  const again = questionItem(page.getByRole('region', { name: 'Knowledge check', exact: true }), COMPLIANCE_STEM);
  await again.scrollIntoViewIfNeeded();
  await expect(again.getByText('Your work so far is saved: 1 step.')).toBeVisible();
  await again.getByRole('button', { name: 'Open the lab and continue' }).click();
  const restored = labOf(again, LAB);
  await labReady(restored);
  await expect(restored.getByText('Messages: 1 change')).toBeVisible();
  const staging = await openProperties(restored, 'Staging');
  await expect(
    staging.getByRole('combobox', { name: 'Workload pilot collection for Compliance policies' }),
  ).toHaveValue('pilot-finance');
  const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)) ?? 'null');
  const response = saved.quizzes['knowledge-check'].current.responses['kc-lab-pilot-compliance-finance'];
  expect(response).toEqual({
    type: 'lab-task',
    actions: [{ type: 'set-pilot-collection', workload: 'compliance-policies', collection: 'pilot-finance' }],
    passed: [false, true, false, true],
    // The lab's rules revision the work was made under (src/sim/revision.ts).
    revision: LAB_RULES_REVISION,
  });
});

test('a lab task done with the keyboard alone', async ({ page }) => {
  const quiz = await openCheck(page);
  const item = questionItem(quiz, COMPLIANCE_STEM);
  await pressUntilFocused(page, item.getByRole('button', { name: 'Open the lab' }));
  await page.keyboard.press('Enter');
  await expect(item.locator('.quiz__lab')).toBeFocused();
  const lab = labOf(item, LAB);
  await labReady(lab);

  // The window tabs (the tabs pattern): Home selects the first, the Configuration Manager
  // console, which opens at Cloud Attach; then its ribbon's Properties command.
  await pressUntilFocused(page, lab.getByRole('tablist', { name: 'Lab windows' }).getByRole('tab', { selected: true }));
  await page.keyboard.press('Home');
  await expect(lab.getByRole('tab', { name: 'Configuration Manager console' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await pressUntilFocused(page, lab.getByRole('button', { name: 'Properties', exact: true }));
  await page.keyboard.press('Enter');
  const dialog = lab.getByRole('dialog', { name: 'CoMgmtSettingsProd Properties' });
  await expect(dialog).toBeVisible();
  // The tabs pattern: to the selected tab, then the arrow keys to Staging.
  const staging = dialog.getByRole('tab', { name: 'Staging', exact: true });
  await pressUntilFocused(page, dialog.getByRole('tab', { selected: true }));
  for (let presses = 0; presses < 4 && (await staging.getAttribute('aria-selected')) !== 'true'; presses++)
    await page.keyboard.press('ArrowRight');
  await expect(staging).toHaveAttribute('aria-selected', 'true');
  // The workload pilot collection (a closed select takes what is typed)...
  const pilot = dialog.getByRole('combobox', { name: 'Workload pilot collection for Compliance policies' });
  await pressUntilFocused(page, pilot);
  await page.keyboard.type('Pilot-F');
  await expect(pilot).toHaveValue('pilot-finance');
  // ...then the Workloads tab and the slider: the arrow keys move it and announce its position.
  const workloads = dialog.getByRole('tab', { name: 'Workloads', exact: true });
  await pressUntilFocused(page, staging, 'Shift+Tab');
  await page.keyboard.press('ArrowLeft');
  await expect(workloads).toHaveAttribute('aria-selected', 'true');
  const compliance = dialog.getByRole('group', { name: 'Compliance policies', exact: true });
  await pressUntilFocused(page, compliance.getByRole('radio', { name: 'Configuration Manager' }));
  await page.keyboard.press('ArrowRight');
  await expect(compliance.getByRole('radio', { name: 'Pilot Intune' })).toBeChecked();
  await pressUntilFocused(page, dialog.getByRole('button', { name: 'OK', exact: true }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(liveRegionOf(lab)).toContainText('30 devices now get Compliance policies from Intune');

  await pressUntilFocused(page, item.getByRole('button', { name: 'Check answer' }), 'Tab', 240);
  await page.keyboard.press('Enter');
  await expect(item.locator('.quiz__feedback')).toBeFocused();
  await expect(item.locator('.quiz__feedback')).toContainText('Right.');
});
