/**
 * Quizzes in the built site: the unit 6 knowledge check end to end (a wrong answer and its
 * explanation, retry, pass, reload), ordering and matching by keyboard alone, every quick check
 * answered right, axe in every state and theme, and saved progress from format 1 or with an
 * unreadable quiz record.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Locator, Page } from '@playwright/test';
import { test, expect, tabTo, axeBothThemes, PROGRESS_KEY, answerRight } from './fixtures';
import type { Quiz } from '../src/quiz/types';

const quizFile = (unit: string): Quiz => parse(readFileSync(new URL(`../content/quizzes/${unit}.yaml`, import.meta.url), 'utf8')) as Quiz;
const check = quizFile('knowledge-check');

const quizSection = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });
const item = (quiz: Locator, index: number) => quiz.locator('.quiz__item').nth(index);
/** The texts of a question's options, steps or answers in the order the page shows them. */
const shownOrder = (question: Locator) =>
  question.locator('.quiz__option, .quiz__step > span, select:first-of-type option:not([value=""])').allInnerTexts();

/** The island is live (hydrated) once its "Check all answers" button is enabled. */
async function openQuiz(page: Page, path: string, title: string): Promise<Locator> {
  await page.goto(path);
  const quiz = quizSection(page, title);
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.getByRole('button', { name: 'Check all answers' })).toBeEnabled();
  return quiz;
}

test('unit 6: one wrong answer and its explanation, a retry in a new order, a pass, and a reload that keeps both', async ({ page }) => {
  const quiz = await openQuiz(page, '/units/knowledge-check/', 'Knowledge check');
  // No toggle here: passing is the only way to complete unit 6, and the end of the unit says whether it is.
  await expect(page.getByRole('button', { name: 'Mark unit complete' })).toHaveCount(0);
  const unitState = page.getByRole('region', { name: 'Finished this unit?' });
  await expect(unitState.getByText('passing is the only way to complete it')).toBeVisible();
  await expect(unitState.getByText('Completed ✓')).toBeHidden();

  // Answer the first question wrong and check it on its own.
  const first = check.questions[0]!;
  if (first.type !== 'single-choice') throw new Error('the knowledge check should open with a single-choice question');
  const wrong = first.options.find((option) => option.id !== first.answer)!;
  const right = first.options.find((option) => option.id === first.answer)!;
  const q1 = item(quiz, 0);
  await q1.getByLabel(wrong.text, { exact: true }).check();
  const top = await q1.boundingBox();
  await q1.getByRole('button', { name: 'Check answer' }).click();
  const feedback = q1.locator('.quiz__feedback');
  await expect(feedback).toBeFocused();
  await expect(feedback).toContainText('Not right.');
  await expect(feedback).toContainText(wrong.explanation.replace(/\s+/g, ' '));
  await expect(feedback).toContainText(right.explanation.replace(/\s+/g, ' '));
  await expect(feedback.getByRole('link', { name: /Understand co-management/ })).toHaveAttribute('href', /\/units\/understand-co-management\/#slider-positions$/);
  await expect(quiz.getByRole('status')).toHaveText('Question 1: Not right.');
  // Feedback appears beside the question: the question has not moved, and its answer is final.
  const after = await q1.boundingBox();
  expect([after?.x, after?.y]).toEqual([top?.x, top?.y]);
  await expect(q1.getByLabel(wrong.text, { exact: true })).toBeDisabled();

  // Answer everything else right (the lab tasks in their labs), then check the whole set:
  // 13 of 14 passes the 80% mark.
  const firstOrders: string[][] = [];
  for (const [index, data] of check.questions.entries()) {
    firstOrders.push(await shownOrder(item(quiz, index)));
    if (index > 0) await answerRight(item(quiz, index), data);
  }
  await quiz.getByRole('button', { name: 'Check all answers' }).click();
  const results = quiz.locator('.quiz__results');
  await expect(results).toBeFocused();
  await expect(results).toContainText('13 of 14 (93%): a pass.');
  await expect(results).toContainText('Learn about the benefits of co-management: 3 of 4');
  await expect(unitState.getByText('Completed ✓')).toBeVisible();

  // Retry: the same questions, options in a new order, nothing answered.
  await quiz.getByRole('button', { name: 'Try again with a new order' }).click();
  await expect(quiz.getByRole('heading', { name: 'Knowledge check' })).toBeFocused();
  await expect(quiz.locator('legend')).toHaveText(check.questions.map((q, i) => `Question ${i + 1} of 14 ${q.stem.replace(/\s+/g, ' ').trim()}`));
  const secondOrders = await Promise.all(check.questions.map((_, index) => shownOrder(item(quiz, index))));
  expect(secondOrders.some((order, index) => order.join('|') !== firstOrders[index]!.join('|'))).toBe(true);
  for (const [index, order] of secondOrders.entries()) expect([...order].sort()).toEqual([...firstOrders[index]!].sort());
  await expect(quiz.getByText('0 of 14 answered')).toBeVisible();

  for (const [index, data] of check.questions.entries()) await answerRight(item(quiz, index), data);
  await quiz.getByRole('button', { name: 'Check all answers' }).click();
  await expect(results).toContainText('14 of 14 (100%): a pass.');

  // A reload finds the best score, the finished attempt and unit 6 complete.
  await page.reload();
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.getByText('Your best score so far: 100%, a pass.')).toBeVisible();
  await expect(results).toContainText('14 of 14 (100%)');
  await expect(unitState.getByText('Completed ✓')).toBeVisible();
  await expect(page.locator('[data-unit-item="knowledge-check"]').first()).toHaveAttribute('data-done', '');
  const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)) ?? 'null');
  expect(saved.version).toBe(3);
  expect(saved.quizzes['knowledge-check'].attempts.map((attempt: { score: number }) => Math.round(attempt.score * 14))).toEqual([13, 14]);
  expect(new Set(saved.quizzes['knowledge-check'].attempts.map((attempt: { seed: number }) => attempt.seed)).size).toBe(2);
});

test('an ordering and a matching question answered with the keyboard alone', async ({ page }) => {
  await openQuiz(page, '/units/knowledge-check/', 'Knowledge check');
  const base = `#${check.id}`;

  // Ordering: move each step up to its place with Enter on its Up button; focus stays on it.
  const ordering = check.questions.find((q) => q.type === 'ordering')!;
  if (ordering.type !== 'ordering') throw new Error('no ordering question');
  const orderingItem = page.locator('.quiz__item').nth(check.questions.indexOf(ordering));
  for (const [place, step] of ordering.steps.entries()) {
    const order = await orderingItem.locator('.quiz__step > span').allInnerTexts();
    let at = order.indexOf(step.text);
    if (at === place) continue;
    const up = `${base}-${ordering.id}-${step.id}-up`;
    await tabTo(page, up);
    for (; at > place; at--) {
      await page.keyboard.press('Enter');
      await expect(page.locator(up)).toBeFocused();
    }
    await expect(page.locator('.quiz').getByRole('status')).toContainText(`${step.text}: now step ${place + 1} of ${ordering.steps.length}.`);
  }
  await tabTo(page, `${base}-${ordering.id}-${ordering.steps.at(-1)!.id}-down`);
  await page.keyboard.press('Tab');
  await expect(orderingItem.getByRole('button', { name: 'Check answer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(orderingItem.locator('.quiz__feedback')).toBeFocused();
  await expect(orderingItem.locator('.quiz__verdict')).toHaveText('Right.');

  // Matching: each select is reached with Tab and set with the arrow keys.
  const matching = check.questions.find((q) => q.type === 'matching')!;
  if (matching.type !== 'matching') throw new Error('no matching question');
  const matchingItem = page.locator('.quiz__item').nth(check.questions.indexOf(matching));
  for (const pair of matching.pairs) {
    const select = `${base}-${matching.id}-${pair.id}`;
    await tabTo(page, select);
    const labels = await page.locator(`${select} option`).allInnerTexts();
    for (let i = 0; i < labels.indexOf(pair.match); i++) await page.keyboard.press('ArrowDown');
    await expect(page.locator(select)).toHaveValue(pair.id);
  }
  await page.keyboard.press('Tab');
  await expect(matchingItem.getByRole('button', { name: 'Check answer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(matchingItem.locator('.quiz__feedback')).toBeFocused();
  await expect(matchingItem.locator('.quiz__verdict')).toHaveText('Right.');
});

test('axe finds nothing in the unanswered, answered and results states, in both themes', async ({ page, expectNoAxeViolations }) => {
  const quiz = await openQuiz(page, '/units/knowledge-check/', 'Knowledge check');
  await axeBothThemes(page, expectNoAxeViolations, 'knowledge check, unanswered');

  const first = check.questions[0]!;
  if (first.type !== 'single-choice') throw new Error('single choice expected first');
  await item(quiz, 0).getByLabel(first.options.find((o) => o.id !== first.answer)!.text, { exact: true }).check();
  await item(quiz, 0).getByRole('button', { name: 'Check answer' }).click();
  await answerRight(item(quiz, 2), check.questions[2]!);
  await item(quiz, 2).getByRole('button', { name: 'Check answer' }).click();
  await expect(item(quiz, 2).locator('.quiz__feedback')).toBeVisible();
  await axeBothThemes(page, expectNoAxeViolations, 'knowledge check, answered');

  await quiz.getByRole('button', { name: 'Give up and show answers' }).click();
  await expect(quiz.locator('.quiz__results')).toBeFocused();
  await expect(quiz.locator('.quiz__feedback')).toHaveCount(check.questions.length);
  await axeBothThemes(page, expectNoAxeViolations, 'knowledge check, results');
});

for (const [unit, path] of [
  ['understand-co-management', '/units/understand-co-management/'],
  ['prerequisites', '/units/prerequisites/'],
  ['connector-status', '/units/connector-status/'],
  ['paths', '/units/paths/'],
] as const) {
  test(`the quick check of ${unit} passes with its own answers and leaves the unit's completion to the learner`, async ({ page }) => {
    const data = quizFile(unit);
    const quiz = await openQuiz(page, path, 'Quick check');
    await expect(quiz.locator('.quiz__item')).toHaveCount(data.questions.length);
    for (const [index, question] of data.questions.entries()) await answerRight(item(quiz, index), question);
    await quiz.getByRole('button', { name: 'Check all answers' }).click();
    await expect(quiz.locator('.quiz__results')).toContainText(`${data.questions.length} of ${data.questions.length} (100%): a pass.`);
    await expect(quiz.locator('.quiz__verdict')).toHaveText(data.questions.map(() => 'Right.'));
    await expect(page.locator(`button[data-complete-unit="${unit}"]`)).toHaveAttribute('aria-pressed', 'false');
  });
}

test('progress saved in format 1 keeps its units and takes quiz records from then on', async ({ page }) => {
  await page.addInitScript(([key]) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem(key!, '{"version":1,"completedUnits":["introduction","paths"],"lastVisitedUnit":"paths","checkedItems":["prerequisites/entra-id-p1"]}');
      sessionStorage.setItem('seeded', '1');
    }
  }, [PROGRESS_KEY]);
  const quiz = await openQuiz(page, '/units/knowledge-check/', 'Knowledge check');
  await expect(page.locator('[data-unit-item="paths"]').first()).toHaveAttribute('data-done', '');
  await expect(page.getByText('could not be read')).toBeHidden();
  await quiz.getByRole('button', { name: 'Give up and show answers' }).click();
  const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)) ?? 'null');
  expect(saved).toMatchObject({ version: 3, completedUnits: ['introduction', 'paths'], checkedItems: ['prerequisites/entra-id-p1'] });
  expect(saved.quizzes['knowledge-check'].attempts).toHaveLength(1);
});

test('an unreadable quiz record is cleared with a notice, and units stay complete', async ({ page }) => {
  await page.addInitScript(([key]) => {
    if (!sessionStorage.getItem('seeded')) {
      const quizzes = { 'knowledge-check': { attempts: 'oops', best: null, current: null } };
      localStorage.setItem(key!, JSON.stringify({ version: 2, completedUnits: ['introduction'], lastVisitedUnit: null, checkedItems: [], quizzes }));
      sessionStorage.setItem('seeded', '1');
    }
  }, [PROGRESS_KEY]);
  const quiz = await openQuiz(page, '/units/knowledge-check/', 'Knowledge check');
  await expect(page.getByRole('status').filter({ hasText: 'Your saved quiz answers could not be read' })).toBeVisible();
  await expect(page.locator('[data-unit-item="introduction"]').first()).toHaveAttribute('data-done', '');
  await expect(quiz.getByText('0 of 14 answered')).toBeVisible();
  const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)) ?? 'null');
  expect(saved).toMatchObject({ version: 3, completedUnits: ['introduction'], quizzes: {} });
});
