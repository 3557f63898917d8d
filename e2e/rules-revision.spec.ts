/**
 * Links and saved lab work made before the lab recorded its rules revision (issue 15) still open:
 * they replay under the current rules and say so. The link and the saved lab work below were made
 * with the code of that day, as the lab made them, before the lab console: the saved lab work is
 * work saved before the console, and it restores into the console.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Locator, Page } from '@playwright/test';
import { test, expect, axeBothThemes, PROGRESS_KEY } from './fixtures';
import { drawAttempt } from '../src/quiz/draw';
import type { Quiz } from '../src/quiz/types';
import { BROKEN_PREREQUISITE_LINK as OLD_LINK, OLD_LAB_WORK } from '../src/sim/revision-1-fixtures';

test.describe.configure({ timeout: 90_000 });

const OLD_LINK_NOTICE =
  'This link was made with an earlier version of the lab; what you see follows the current rules.';
const OLD_WORK_NOTICE =
  'This work was saved with an earlier version of the lab; what you see follows the current rules.';

const LAB_ID = 'sa-lab-fix-mdm-user-scope';

const scenarioTitle = (
  parse(readFileSync(new URL('../content/scenarios/broken-prerequisite.yaml', import.meta.url), 'utf8')) as {
    title: string;
  }
).title;
const bank = parse(readFileSync(new URL('../content/quizzes/self-assessment.yaml', import.meta.url), 'utf8')) as Quiz;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The lab console of the broken-prerequisite scenario. */
const simulatorIn = (scope: Page | Locator) =>
  scope.getByRole('region', { name: new RegExp(`^Lab: ${escape(scenarioTitle)}$`) });

test('a share link made with the broken-prerequisite scenario before rules revisions opens with the notice', async ({
  page,
  context,
  expectNoAxeViolations,
}) => {
  await page.goto(OLD_LINK);
  const sim = simulatorIn(page);
  await expect(
    sim.getByText(`Opened a shared session: 4 steps restored. ${OLD_LINK_NOTICE}`, { exact: true }),
  ).toBeVisible();
  await expect(
    sim.getByRole('status').filter({ hasText: `Opened a shared session with 4 steps. ${OLD_LINK_NOTICE}` }),
  ).toHaveCount(1);
  await expect(sim.getByText('Messages: 4 changes', { exact: true })).toBeVisible();
  await axeBothThemes(page, expectNoAxeViolations, 'old share link opened');

  // The same session shared again is a link of the current rules: it opens without the notice.
  await sim.getByRole('button', { name: 'Share link' }).click();
  const link = await sim.getByRole('textbox', { name: 'Link to this state' }).inputValue();
  expect(link).toMatch(/\/scenarios\/broken-prerequisite\/#s=2r\d+\./);
  const other = await context.newPage();
  await other.goto(link);
  const reopened = simulatorIn(other);
  await expect(reopened.getByText('Opened a shared session: 4 steps restored.', { exact: true })).toBeVisible();
  await expect(reopened.getByText(/earlier version of the lab/)).toHaveCount(0);
});

/** Saved progress with the old lab work in a self-assessment attempt that draws that lab task. */
async function seedOldLabWork(page: Page, checked: boolean): Promise<void> {
  const objectives = ['benefits', 'prerequisites', 'connector-status', 'paths'];
  let seed = 1;
  while (!drawAttempt(bank.questions, objectives, seed).some((question) => question.id === LAB_ID)) seed++;
  const progress = {
    version: 2,
    completedUnits: [],
    lastVisitedUnit: null,
    checkedItems: [],
    quizzes: {
      'self-assessment': {
        attempts: [],
        best: null,
        current: {
          seed,
          responses: { [LAB_ID]: JSON.parse(OLD_LAB_WORK) },
          checked: checked ? [LAB_ID] : [],
          revealed: false,
        },
      },
    },
  };
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key!, value!);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [PROGRESS_KEY, JSON.stringify(progress)],
  );
}

async function labItem(page: Page): Promise<Locator> {
  await page.goto('/self-assessment/');
  const quiz = page.getByRole('region', { name: 'This attempt' });
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.getByRole('button', { name: 'Check all answers' })).toBeEnabled();
  const stem = bank.questions.find((question) => question.id === LAB_ID)!.stem;
  return quiz.locator('.quiz__item').filter({ has: page.getByRole('group', { name: stem }) });
}

const savedResponse = async (page: Page) =>
  JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)) ?? 'null').quizzes[
    'self-assessment'
  ].current.responses[LAB_ID];

test('lab work saved before rules revisions restores with the notice, and is saved again under the current rules', async ({
  page,
  expectNoAxeViolations,
}) => {
  await seedOldLabWork(page, false);
  const item = await labItem(page);
  await expect(item.getByText('Your work so far is saved: 4 steps.', { exact: false })).toBeVisible();
  await item.getByRole('button', { name: 'Open the lab and continue' }).click();
  const sim = simulatorIn(item);
  await expect(sim.getByText(OLD_WORK_NOTICE, { exact: true })).toBeVisible();
  await expect(sim.getByText('Messages: 4 changes', { exact: true })).toBeVisible();
  await axeBothThemes(page, expectNoAxeViolations, 'old lab work restored');

  // Saved again: the same actions, now with the current rules' revision and verdict.
  await expect.poll(async () => (await savedResponse(page)).revision).toBeGreaterThan(1);
  const saved = await savedResponse(page);
  expect(saved.actions).toEqual(JSON.parse(OLD_LAB_WORK).actions);

  // Reopened, it is work of the current rules: no notice.
  await page.reload();
  const again = await labItem(page);
  await again.getByRole('button', { name: 'Open the lab and continue' }).click();
  const restored = simulatorIn(again);
  await expect(restored.getByText('Messages: 4 changes', { exact: true })).toBeVisible();
  await expect(restored.getByText(OLD_WORK_NOTICE)).toHaveCount(0);
});

test('checked lab work saved before rules revisions says its feedback follows the current rules', async ({ page }) => {
  await seedOldLabWork(page, true);
  const item = await labItem(page);
  const feedback = item.locator('.quiz__feedback');
  await expect(feedback.getByText(OLD_WORK_NOTICE, { exact: true })).toBeVisible();
  await expect(feedback).toContainText("The goal's checks after your 4 steps in the lab:");
});
