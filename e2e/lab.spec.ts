/**
 * Lab tasks in the unit 6 knowledge check: the simulator opens inside the question, the work is
 * saved as the learner goes (a reload brings it back), checking grades the end state against the
 * goal check by check, and a slider in the wrong position fails with the difference named. axe
 * runs in every lab state (the self-assessment's lab is in self-assessment.spec.ts).
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, axeBothThemes, solveLab, pressUntilFocused, PROGRESS_KEY } from './fixtures';
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
const questionItem = (quiz: Locator, stem: RegExp) => quiz.locator('.quiz__item').filter({ has: quiz.page().getByRole('group', { name: stem }) });

test('a lab task done in the simulator passes, check by check', async ({ page, expectNoAxeViolations }) => {
  const quiz = await openCheck(page);
  const item = questionItem(quiz, COMPLIANCE_STEM);
  await expect(item.getByText('In the Workload switching simulator, scenario “Compliance policies first”.')).toBeVisible();
  const check = item.getByRole('button', { name: 'Check answer' });
  await expect(check, 'nothing to check before any work').toBeDisabled();

  await solveLab(item, 'kc-lab-pilot-compliance-finance');
  await axeBothThemes(page, expectNoAxeViolations, 'lab open, goal reached');
  await check.click();

  const feedback = item.locator('.quiz__feedback');
  await expect(feedback).toBeFocused();
  await expect(feedback).toContainText('Right.');
  await expect(feedback).toContainText("The goal's checks after your 2 steps in the simulator:");
  await expect(feedback.getByRole('listitem').filter({ hasText: 'Met:' })).toHaveCount(4);
  await expect(feedback).toContainText('Met: Compliance policies is at Pilot Intune.');
  await expect(feedback).toContainText('Met: CON-0031 gets Compliance policies from Configuration Manager.');
  await expect(feedback).toContainText('One way to reach the goal:');
  await expect(quiz.getByRole('status').last()).toHaveText(/Question \d+: Right\./);
  // The answer is final: the simulator closes, and nothing reopens it in this attempt.
  await expect(item.getByRole('region', { name: 'Workload switching: Compliance policies first' })).toHaveCount(0);
  await expect(item.getByRole('button', { name: /^Open the simulator/ })).toHaveCount(0);
  await axeBothThemes(page, expectNoAxeViolations, 'lab checked, right');
});

test('one slider in the wrong position fails the lab task, and the feedback names the difference', async ({ page, expectNoAxeViolations }) => {
  const quiz = await openCheck(page);
  const item = questionItem(quiz, COMPLIANCE_STEM);
  await item.getByRole('button', { name: 'Open the simulator' }).click();
  const sim = item.getByRole('region', { name: 'Workload switching: Compliance policies first' });
  await expect(sim.getByRole('button', { name: 'Reset' })).toBeEnabled();
  await sim.getByLabel('Workload pilot collection for Compliance policies').selectOption({ label: 'Pilot-Finance' });
  // Intune, not Pilot Intune: every co-managed device switches, not only Pilot-Finance.
  await sim.getByRole('group', { name: 'Compliance policies', exact: true }).getByRole('radio', { name: 'Intune', exact: true }).check();
  await expect(sim.getByRole('status')).toContainText('Compliance policies');
  await item.getByRole('button', { name: 'Check answer' }).click();

  const feedback = item.locator('.quiz__feedback');
  await expect(feedback).toContainText('Not right.');
  await expect(feedback).toContainText('Not met: Compliance policies is at Intune; the goal wants Pilot Intune.');
  await expect(feedback).toContainText('Not met: CON-0031 gets Compliance policies from Intune; the goal wants Configuration Manager.');
  await expect(feedback).toContainText('Met: Compliance policies has the workload pilot collection Pilot-Finance.');
  await expect(feedback).toContainText('Pilot Intune gives a workload to Intune only for the devices in its workload pilot collection.');
  await axeBothThemes(page, expectNoAxeViolations, 'lab checked, wrong');
});

test('work in a lab survives a reload and opens where the learner left it', async ({ page }) => {
  const quiz = await openCheck(page);
  const item = questionItem(quiz, COMPLIANCE_STEM);
  await item.getByRole('button', { name: 'Open the simulator' }).click();
  // Keyboard users are not left on the page: focus moves into the lab when its button goes.
  await expect(item.locator('.quiz__lab')).toBeFocused();
  const sim = item.getByRole('region', { name: 'Workload switching: Compliance policies first' });
  await expect(sim.getByRole('button', { name: 'Reset' })).toBeEnabled();
  await sim.getByLabel('Workload pilot collection for Compliance policies').selectOption({ label: 'Pilot-Finance' });
  await expect(sim.getByText('Timeline: 1 step')).toBeVisible();

  await page.reload();
  const again = questionItem(page.getByRole('region', { name: 'Knowledge check', exact: true }), COMPLIANCE_STEM);
  await again.scrollIntoViewIfNeeded();
  await expect(again.getByText('Your work so far is saved: 1 step.')).toBeVisible();
  await again.getByRole('button', { name: 'Open the simulator and continue' }).click();
  const restored = again.getByRole('region', { name: 'Workload switching: Compliance policies first' });
  await expect(restored.getByLabel('Workload pilot collection for Compliance policies')).toHaveValue('pilot-finance');
  await expect(restored.getByText('Timeline: 1 step')).toBeVisible();
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
  await pressUntilFocused(page, item.getByRole('button', { name: 'Open the simulator' }));
  await page.keyboard.press('Enter');
  await expect(item.locator('.quiz__lab')).toBeFocused();
  const sim = item.getByRole('region', { name: 'Workload switching: Compliance policies first' });
  await expect(sim.getByRole('button', { name: 'Reset' })).toBeEnabled();

  // The workload pilot collection first (a closed select takes what is typed)...
  const pilot = sim.getByLabel('Workload pilot collection for Compliance policies');
  await pressUntilFocused(page, pilot);
  await page.keyboard.type('Pilot-F');
  await expect(pilot).toHaveValue('pilot-finance');
  // ...then back to the slider's radios: the arrow keys move and check.
  const compliance = sim.getByRole('group', { name: 'Compliance policies', exact: true });
  await pressUntilFocused(page, compliance.getByRole('radio', { name: 'Configuration Manager' }), 'Shift+Tab');
  await page.keyboard.press('ArrowDown');
  await expect(compliance.getByRole('radio', { name: 'Pilot Intune' })).toBeChecked();

  await pressUntilFocused(page, item.getByRole('button', { name: 'Check answer' }), 'Tab', 200);
  await page.keyboard.press('Enter');
  await expect(item.locator('.quiz__feedback')).toBeFocused();
  await expect(item.locator('.quiz__feedback')).toContainText('Right.');
});
