/**
 * The self-assessment: twelve questions drawn from the bank, three per objective; a finished
 * attempt shows the score per objective and links each answer to the heading that teaches it;
 * past attempts survive a reload; a new attempt draws again. axe runs in every state.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { test, expect, axeBothThemes, labOf, labReady, PROGRESS_KEY } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { drawAttempt } from '../src/quiz/draw';
import type { Quiz } from '../src/quiz/types';

async function openSelfAssessment(page: Page): Promise<Locator> {
  await page.goto('/self-assessment/');
  const quiz = page.getByRole('region', { name: 'This attempt' });
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.getByRole('button', { name: 'Check all answers' })).toBeEnabled();
  return quiz;
}

const stems = (quiz: Locator) => quiz.locator('.quiz__question > legend').allInnerTexts();

/** The bank and its objectives, to find a seed whose attempt draws a given question (the draw is a pure function of the seed). */
const bank = parse(readFileSync(new URL('../content/quizzes/self-assessment.yaml', import.meta.url), 'utf8')) as Quiz;
const objectives = ['benefits', 'prerequisites', 'connector-status', 'paths'];

/** Saves an attempt in progress with this seed before the page first loads (a reload keeps what the page saved since). */
async function startAttempt(page: Page, seed: number): Promise<void> {
  await page.addInitScript(
    ([key, value]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key!, value!);
        sessionStorage.setItem('seeded', '1');
      }
    },
    [
      PROGRESS_KEY,
      JSON.stringify({
        version: 2,
        completedUnits: [],
        lastVisitedUnit: null,
        checkedItems: [],
        quizzes: { 'self-assessment': { attempts: [], best: null, current: { seed, responses: {}, checked: [], revealed: false } } },
      }),
    ],
  );
}

test('an attempt of twelve questions, three per objective, reviewed by objective, kept in the history and drawn again', async ({ page, expectNoAxeViolations }) => {
  test.setTimeout(90_000);
  const quiz = await openSelfAssessment(page);
  await expect(quiz.locator('fieldset.quiz__question')).toHaveCount(12);
  await axeBothThemes(page, expectNoAxeViolations, 'self-assessment, unanswered');

  // Answer the first single-choice question, then finish.
  const firstRadio = quiz.getByRole('radio').first();
  await firstRadio.check();
  await quiz.getByRole('button', { name: 'Check all answers' }).click();
  const results = quiz.getByRole('heading', { name: 'Your result' }).locator('..');
  await expect(results).toBeFocused();
  const perObjective = await results.getByRole('listitem').allInnerTexts();
  expect(perObjective).toHaveLength(4);
  for (const line of perObjective) expect(line).toMatch(/: [\d.]+ of 3$/);
  // In the module's order, whatever order the drawn questions came in.
  expect(perObjective.map((line) => line.replace(/: [\d.]+ of 3$/, ''))).toEqual([
    'Learn about the benefits of co-management',
    'Understand the co-management prerequisites',
    'Confirm the Configuration Manager connector status',
    'Learn about paths to implement co-management',
  ]);
  await expect(quiz.getByRole('link', { name: /./ }).filter({ hasText: '“' }).first()).toBeVisible();
  await expect(quiz.getByText(/See it in the lab:/).first()).toBeVisible();
  await axeBothThemes(page, expectNoAxeViolations, 'self-assessment, results');

  const history = quiz.getByRole('region', { name: 'Past attempts' });
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await expect(history.getByRole('listitem')).toHaveText(/^\d{1,2} \w{3} \d{4}, \d{2}:\d{2}: \d+%, (a pass|below the pass mark)$/);

  // A reload keeps the attempt in the history; a new attempt draws other questions.
  const before = await stems(quiz);
  await page.reload();
  const again = page.getByRole('region', { name: 'This attempt' });
  await again.scrollIntoViewIfNeeded();
  // The finished attempt is back, with its results and the history.
  await expect(again.getByRole('heading', { name: 'Your result' })).toBeVisible();
  await expect(again.getByRole('region', { name: 'Past attempts' }).getByRole('listitem')).toHaveCount(1);
  await again.getByRole('button', { name: 'Start a new attempt' }).click();
  await expect(again.locator('fieldset.quiz__question')).toHaveCount(12);
  await expect.poll(() => stems(again)).not.toEqual(before);
  await axeBothThemes(page, expectNoAxeViolations, 'self-assessment, new attempt with history');
});

test('a review link leads to the heading that teaches the answer', async ({ page }) => {
  const quiz = await openSelfAssessment(page);
  await quiz.getByRole('button', { name: 'Give up and show answers' }).click();
  const taught = quiz.locator('.quiz__source').first().getByRole('link').first();
  const href = (await taught.getAttribute('href'))!;
  const [, path, heading] = /^(\/units\/[a-z-]+\/)#([a-z0-9-]+)$/.exec(href)!;
  await taught.click();
  await expect(page).toHaveURL(new RegExp(`${path}#${heading}$`));
  await expect(page.locator(`[id="${heading}"]`)).toBeInViewport();
});

test('a drawn lab task opens its lab at least as wide as a unit\'s, and its review names every check of the goal', async ({ page, expectNoAxeViolations }) => {
  test.setTimeout(120_000);
  // An attempt whose seed draws the tenant attach lab task (the draw is a pure function of the seed).
  let seed = 1;
  while (!drawAttempt(bank.questions, objectives, seed).some((q) => q.id === 'sa-lab-upload-workstations')) seed++;
  await startAttempt(page, seed);
  const quiz = await openSelfAssessment(page);
  const lab = quiz.locator('.quiz__item').filter({ has: page.getByRole('group', { name: /only the devices of Contoso Workstations/ }) });
  await expect(lab.getByText('In the lab, scenario “Tenant attach only”.')).toBeVisible();
  await lab.getByRole('button', { name: 'Open the lab' }).click();
  const console_ = labOf(lab, 'Tenant attach only');
  await labReady(console_);
  // The page's text column is narrow; the lab leaves it for the width of a unit's content.
  const width = await console_.evaluate((element) => element.getBoundingClientRect().width);
  const column = await page.locator('.page--narrow').evaluate((element) => element.getBoundingClientRect().width);
  expect(width).toBeGreaterThan(column + 200);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await axeBothThemes(page, expectNoAxeViolations, 'self-assessment, lab open');

  // Give up: the review lists the goal's checks and how the scenario reaches them.
  await quiz.getByRole('button', { name: 'Give up and show answers' }).click();
  const feedback = lab.locator('.quiz__feedback');
  await expect(feedback).toContainText('Not answered.');
  await expect(feedback).toContainText('You did not work in the lab. The goal checks:');
  await expect(feedback).toContainText('Not met: Tenant attach uploads nothing; the goal wants it to upload the collection Contoso Workstations.');
  await expect(feedback).toContainText('One way to reach the goal:');
  await expect(feedback.getByRole('link', { name: /Confirm the Configuration Manager connector status|connector/i }).first()).toHaveAttribute('href', /\/units\/connector-status\/#configure-upload$/);
  await axeBothThemes(page, expectNoAxeViolations, 'self-assessment, lab reviewed');
});

test('"Check answer" pressed before answering says what is missing; shown answers mark every option ✓ or ✗', async ({ page, expectNoAxeViolations }) => {
  const quiz = await openSelfAssessment(page);
  const first = quiz.locator('.quiz__item').first();
  await first.getByRole('button', { name: 'Check answer' }).click();
  await expect(quiz.getByRole('status')).toHaveText(/^Question 1: (Choose an answer first|Choose at least one answer first|Match every item first|Work in the lab first)\.$/);
  await expect(first.locator('.quiz__missing')).toBeVisible();
  await expect(first.locator('.quiz__feedback')).toHaveCount(0);

  await quiz.getByRole('button', { name: 'Give up and show answers' }).click();
  await expect(quiz.locator('.quiz__results')).toBeFocused();
  const options = quiz.locator('.quiz__option input');
  expect(await options.count()).toBeGreaterThan(0);
  for (const option of await options.all()) await expect(option).toHaveAccessibleName(/ [✓✗] (Right, not chosen|Wrong, not chosen)$/);
  await axeBothThemes(page, expectNoAxeViolations, 'self-assessment, answers shown with their marks');
});

test('a drawn ordering question takes its steps by drag as well as by their buttons', async ({ page }) => {
  // An attempt whose seed draws an ordering question (the draw is a pure function of the seed).
  let seed = 1;
  while (!drawAttempt(bank.questions, objectives, seed).some((q) => q.type === 'ordering')) seed++;
  const question = drawAttempt(bank.questions, objectives, seed).find((q) => q.type === 'ordering')!;
  if (question.type !== 'ordering') throw new Error('no ordering question');
  await startAttempt(page, seed);
  const quiz = await openSelfAssessment(page);
  const item = quiz.locator('.quiz__item').filter({ has: page.getByRole('group', { name: question.stem.slice(0, 40) }) });
  await expect(item.getByText('Drag each step by its handle, or use its Up and Down buttons')).toBeVisible();
  const steps = item.locator('.quiz__step');
  await item.scrollIntoViewIfNeeded();
  await expect(item.locator('.quiz__handle')).toHaveCount(question.steps.length);
  // The step now last goes first, by mouse.
  const order = await item.locator('.quiz__step-text').allInnerTexts();
  const moved = order[order.length - 1]!;
  const from = (await steps.last().locator('.quiz__handle').boundingBox())!;
  const target = (await steps.first().boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  for (let i = 1; i <= 5; i++) await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + ((target.y + target.height / 2 - from.y - from.height / 2) * i) / 5);
  // The step lifts once the dragging code (loaded on this first press) has it.
  await expect(steps.first()).toHaveClass(/quiz__step--dragged/);
  await page.mouse.up();
  await expect(item.locator('.quiz__step-text').first()).toHaveText(moved);
  await expect(quiz.getByRole('status')).toHaveText(`${moved}: now step 1 of ${question.steps.length}.`);
});
