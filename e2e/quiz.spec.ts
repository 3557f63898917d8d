/**
 * Quizzes in the built site: the unit 6 knowledge check end to end (a wrong answer and its
 * explanation, retry, pass, reload), ordering and matching by keyboard alone, every quick check
 * answered right, axe in every state and theme, and saved progress from format 1 or with an
 * unreadable quiz record.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Locator, Page } from '@playwright/test';
import { test, expect, tabTo, axeBothThemes, PROGRESS_KEY, answerRight, pressUntilFocused } from './fixtures';
import type { Quiz } from '../src/quiz/types';

const quizFile = (unit: string): Quiz =>
  parse(readFileSync(new URL(`../content/quizzes/${unit}.yaml`, import.meta.url), 'utf8')) as Quiz;
const check = quizFile('knowledge-check');

const quizSection = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });
const item = (quiz: Locator, index: number) => quiz.locator('.quiz__item').nth(index);
/** The texts of a question's options, steps or answers in the order the page shows them. */
const shownOrder = (question: Locator) =>
  question
    .locator('.quiz__options > .quiz__option, .quiz__step-text, .quiz__match:first-of-type > .quiz__option')
    // An option's own text, without the ✓ or ✗ it gets once checked.
    .evaluateAll((nodes) => nodes.map((node) => (node.querySelector('span')?.firstChild ?? node).textContent!.trim()));

/** The island is live (hydrated) once its "Check all answers" button is enabled. */
async function openQuiz(page: Page, path: string, title: string): Promise<Locator> {
  await page.goto(path);
  const quiz = quizSection(page, title);
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.getByRole('button', { name: 'Check all answers' })).toBeEnabled();
  return quiz;
}

test('unit 6: one wrong answer and its explanation, a retry in a new order, a pass, and a reload that keeps both', async ({
  page,
}) => {
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
  await expect(feedback.getByRole('link', { name: /Understand co-management/ })).toHaveAttribute(
    'href',
    /\/units\/understand-co-management\/#slider-positions$/,
  );
  await expect(quiz.getByRole('status')).toHaveText('Question 1: Not right.');
  // Feedback appears beside the question: the question has not moved, and its answer is final.
  const after = await q1.boundingBox();
  expect([after?.x, after?.y]).toEqual([top?.x, top?.y]);
  await expect(q1.getByRole('radio', { name: `${wrong.text} ✗ Your choice, wrong`, exact: true })).toBeDisabled();

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
  await expect(results).toContainText('93%: a pass.');
  // Each objective as a percentage with its bar; below the pass mark, the section that teaches
  // the missed question to review, and nothing to review for the objectives above it.
  const benefits = results
    .locator('.quiz__objectives > li')
    .filter({ hasText: 'Learn about the benefits of co-management' });
  await expect(benefits).toContainText('75%');
  await expect(benefits.locator('progress')).toHaveJSProperty('value', 75);
  await expect(benefits.getByText('Review these:')).toBeVisible();
  await expect(benefits.getByRole('link')).toHaveCount(1);
  await expect(benefits.getByRole('link')).toHaveAttribute(
    'href',
    /\/units\/understand-co-management\/#slider-positions$/,
  );
  await expect(results.getByText('Review these:').filter({ visible: true })).toHaveCount(1);
  await expect(unitState.getByText('Completed ✓')).toBeVisible();

  // Retry: the same questions, options in a new order, nothing answered.
  await quiz.getByRole('button', { name: 'Try again with a new order' }).click();
  await expect(quiz.getByRole('heading', { name: 'Knowledge check' })).toBeFocused();
  await expect(quiz.locator('.quiz__question > legend')).toHaveText(
    check.questions.map((q, i) => `Question ${i + 1} of 14 ${q.stem.replace(/\s+/g, ' ').trim()}`),
  );
  const secondOrders = await Promise.all(check.questions.map((_, index) => shownOrder(item(quiz, index))));
  expect(secondOrders.some((order, index) => order.join('|') !== firstOrders[index]!.join('|'))).toBe(true);
  for (const [index, order] of secondOrders.entries())
    expect([...order].sort()).toEqual([...firstOrders[index]!].sort());
  await expect(quiz.getByText('0 of 14 answered')).toBeVisible();

  for (const [index, data] of check.questions.entries()) await answerRight(item(quiz, index), data);
  await quiz.getByRole('button', { name: 'Check all answers' }).click();
  await expect(results).toContainText('100%: a pass.');

  // A reload finds the best score, the finished attempt and unit 6 complete.
  await page.reload();
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.getByText('Your best score so far: 100%, a pass.')).toBeVisible();
  await expect(results).toContainText('100%: a pass.');
  await expect(unitState.getByText('Completed ✓')).toBeVisible();
  await expect(page.locator('[data-unit-item="knowledge-check"]').first()).toHaveAttribute('data-done', '');
  const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)) ?? 'null');
  expect(saved.version).toBe(3);
  expect(
    saved.quizzes['knowledge-check'].attempts.map((attempt: { score: number }) => Math.round(attempt.score * 14)),
  ).toEqual([13, 14]);
  expect(new Set(saved.quizzes['knowledge-check'].attempts.map((attempt: { seed: number }) => attempt.seed)).size).toBe(
    2,
  );
});

test('an ordering and a matching question answered with the keyboard alone', async ({ page }) => {
  await openQuiz(page, '/units/knowledge-check/', 'Knowledge check');
  const base = `#${check.id}`;

  // Ordering: move each step up to its place with Enter on its Up button; focus stays on it.
  const ordering = check.questions.find((q) => q.type === 'ordering')!;
  if (ordering.type !== 'ordering') throw new Error('no ordering question');
  const orderingItem = page.locator('.quiz__item').nth(check.questions.indexOf(ordering));
  // A question's ids are the quiz's and its place (QuizIsland.tsx).
  const orderingKey = `${base}-${check.questions.indexOf(ordering) + 1}`;
  for (const [place, step] of ordering.steps.entries()) {
    const order = await orderingItem.locator('.quiz__step-text').allInnerTexts();
    let at = order.indexOf(step.text);
    if (at === place) continue;
    const up = `${orderingKey}-${step.id}-up`;
    await tabTo(page, up);
    for (; at > place; at--) {
      await page.keyboard.press('Enter');
      await expect(page.locator(up)).toBeFocused();
    }
    await expect(page.locator('.quiz').getByRole('status')).toContainText(
      `${step.text}: now step ${place + 1} of ${ordering.steps.length}.`,
    );
  }
  await tabTo(page, `${orderingKey}-${ordering.steps.at(-1)!.id}-down`);
  await page.keyboard.press('Tab');
  await expect(orderingItem.getByRole('button', { name: 'Check answer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(orderingItem.locator('.quiz__feedback')).toBeFocused();
  await expect(orderingItem.locator('.quiz__verdict')).toHaveText('Right.');

  // Matching: each item's group of answers is reached with Tab and set with Space or the arrow keys.
  const matching = check.questions.find((q) => q.type === 'matching')!;
  if (matching.type !== 'matching') throw new Error('no matching question');
  const matchingItem = page.locator('.quiz__item').nth(check.questions.indexOf(matching));
  for (const pair of matching.pairs) {
    const group = matchingItem.getByRole('group', { name: pair.prompt, exact: true });
    await pressUntilFocused(page, group.getByRole('radio').first());
    const at = (await group.locator('.quiz__option').allInnerTexts()).indexOf(pair.match);
    if (at === 0) await page.keyboard.press('Space');
    for (let i = 0; i < at; i++) await page.keyboard.press('ArrowDown');
    await expect(group.getByRole('radio', { name: pair.match, exact: true })).toBeChecked();
  }
  await page.keyboard.press('Tab');
  await expect(matchingItem.getByRole('button', { name: 'Check answer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(matchingItem.locator('.quiz__feedback')).toBeFocused();
  await expect(matchingItem.locator('.quiz__verdict')).toHaveText('Right.');
});

test('axe finds nothing in the unanswered, answered and results states, in both themes', async ({
  page,
  expectNoAxeViolations,
}) => {
  // Six axe runs over fourteen questions' worth of controls.
  test.setTimeout(90_000);
  const quiz = await openQuiz(page, '/units/knowledge-check/', 'Knowledge check');
  await axeBothThemes(page, expectNoAxeViolations, 'knowledge check, unanswered');

  const first = check.questions[0]!;
  if (first.type !== 'single-choice') throw new Error('single choice expected first');
  await item(quiz, 0)
    .getByLabel(first.options.find((o) => o.id !== first.answer)!.text, { exact: true })
    .check();
  await item(quiz, 0).getByRole('button', { name: 'Check answer' }).click();
  await answerRight(item(quiz, 2), check.questions[2]!);
  await item(quiz, 2).getByRole('button', { name: 'Check answer' }).click();
  await expect(item(quiz, 2).locator('.quiz__feedback')).toBeVisible();
  await axeBothThemes(page, expectNoAxeViolations, 'knowledge check, answered');

  await quiz.getByRole('button', { name: 'Show answers' }).click();
  await expect(quiz.locator('.quiz__results')).toBeFocused();
  await expect(quiz.locator('.quiz__feedback')).toHaveCount(check.questions.length);
  await axeBothThemes(page, expectNoAxeViolations, 'knowledge check, results');
});

/** Once the lab tasks' feedback has replayed their work (with the lab's code, loaded on demand too), the result has focus and its heading is on screen. */
async function expectResultOnScreen(quiz: Locator) {
  await expect(quiz.locator('.quiz__lab-loading')).toHaveCount(0);
  const results = quiz.locator('.quiz__results');
  await expect(results).toBeFocused();
  await expect(results.getByRole('heading', { name: 'Your result' })).toBeInViewport();
}

for (const button of ['Show answers', 'Check all answers']) {
  test(`"${button}" before any check puts the result, focused, on screen once every explanation is there`, async ({
    page,
  }) => {
    const quiz = await openQuiz(page, '/units/knowledge-check/', 'Knowledge check');
    await quiz.getByRole('button', { name: button }).click();
    await expect(quiz.locator('.quiz__feedback .quiz__verdict')).toHaveCount(check.questions.length);
    await expectResultOnScreen(quiz);
  });

  test(`"${button}" puts the result on screen when the browser holds the code it loads already`, async ({
    page,
    browser,
  }) => {
    // A first attempt, in a browser of its own, tells which scripts the button loads.
    const first = await browser.newContext();
    const firstQuiz = await openQuiz(await first.newPage(), '/units/knowledge-check/', 'Knowledge check');
    const scripts = () =>
      firstQuiz.page().evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((entry) => entry.name)
          .filter((name) => name.endsWith('.js')),
      );
    const before = await scripts();
    await firstQuiz.getByRole('button', { name: button }).click();
    await expect(firstQuiz.locator('.quiz__lab-loading')).toHaveCount(0);
    const loaded = (await scripts()).filter((name) => !before.includes(name));
    expect(loaded.length, 'the scripts the button loads').toBeGreaterThan(0);
    await first.close();

    // Here they are run before the click, as a warm cache would give them: they come at once then,
    // before the frame after the first render with the result, and that render must not scroll.
    const quiz = await openQuiz(page, '/units/knowledge-check/', 'Knowledge check');
    await page.evaluate((urls) => Promise.all(urls.map((url) => import(url))), loaded);
    await quiz.getByRole('button', { name: button }).click();
    await expectResultOnScreen(quiz);
  });
}

for (const [unit, path] of [
  ['understand-co-management', '/units/understand-co-management/'],
  ['prerequisites', '/units/prerequisites/'],
  ['connector-status', '/units/connector-status/'],
  ['paths', '/units/paths/'],
] as const) {
  test(`the quick check of ${unit} passes with its own answers and leaves the unit's completion to the learner`, async ({
    page,
  }) => {
    const data = quizFile(unit);
    const quiz = await openQuiz(page, path, 'Quick check');
    await expect(quiz.locator('.quiz__item')).toHaveCount(data.questions.length);
    for (const [index, question] of data.questions.entries()) await answerRight(item(quiz, index), question);
    await quiz.getByRole('button', { name: 'Check all answers' }).click();
    await expect(quiz.locator('.quiz__results')).toContainText('100%: a pass.');
    await expect(quiz.locator('.quiz__verdict')).toHaveText(data.questions.map(() => 'Right.'));
    await expect(page.locator(`button[data-complete-unit="${unit}"]`)).toHaveAttribute('aria-pressed', 'false');
  });
}

test('progress saved in format 1 keeps its units and takes quiz records from then on', async ({ page }) => {
  await page.addInitScript(
    ([key]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(
          key!,
          '{"version":1,"completedUnits":["introduction","paths"],"lastVisitedUnit":"paths","checkedItems":["prerequisites/entra-id-p1"]}',
        );
        sessionStorage.setItem('seeded', '1');
      }
    },
    [PROGRESS_KEY],
  );
  const quiz = await openQuiz(page, '/units/knowledge-check/', 'Knowledge check');
  await expect(page.locator('[data-unit-item="paths"]').first()).toHaveAttribute('data-done', '');
  await expect(page.getByText('could not be read')).toBeHidden();
  await quiz.getByRole('button', { name: 'Check all answers' }).click();
  const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)) ?? 'null');
  expect(saved).toMatchObject({
    version: 3,
    completedUnits: ['introduction', 'paths'],
    checkedItems: ['prerequisites/entra-id-p1'],
  });
  expect(saved.quizzes['knowledge-check'].attempts).toHaveLength(1);
});

test('an unreadable quiz record is cleared with a notice, and units stay complete', async ({ page }) => {
  await page.addInitScript(
    ([key]) => {
      if (!sessionStorage.getItem('seeded')) {
        const quizzes = { 'knowledge-check': { attempts: 'oops', best: null, current: null } };
        localStorage.setItem(
          key!,
          JSON.stringify({
            version: 2,
            completedUnits: ['introduction'],
            lastVisitedUnit: null,
            checkedItems: [],
            quizzes,
          }),
        );
        sessionStorage.setItem('seeded', '1');
      }
    },
    [PROGRESS_KEY],
  );
  const quiz = await openQuiz(page, '/units/knowledge-check/', 'Knowledge check');
  await expect(page.getByRole('status').filter({ hasText: 'Your saved quiz answers could not be read' })).toBeVisible();
  await expect(page.locator('[data-unit-item="introduction"]').first()).toHaveAttribute('data-done', '');
  await expect(quiz.getByText('0 of 14 answered')).toBeVisible();
  const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)) ?? 'null');
  expect(saved).toMatchObject({ version: 3, completedUnits: ['introduction'], quizzes: {} });
});

/** A question of the knowledge check by kind and position among its kind, with its item on the page. */
function kcQuestion<T extends Quiz['questions'][number]['type']>(page: Page, type: T, nth = 0) {
  const data = check.questions.filter((q) => q.type === type)[nth] as Extract<Quiz['questions'][number], { type: T }>;
  return { data, item: page.locator('.quiz__item').nth(check.questions.indexOf(data)) };
}

/** The words an option carries once checked, from whether it was chosen and whether it is right. */
const markOf = (chosen: boolean, right: boolean) =>
  chosen
    ? right
      ? '✓ Your choice, right'
      : '✗ Your choice, wrong'
    : right
      ? '✓ Right, not chosen'
      : '✗ Wrong, not chosen';

test('after checking, every option says ✓ or ✗ in its name and its look, chosen, wrong and missed apart; axe agrees in both themes', async ({
  page,
  expectNoAxeViolations,
}) => {
  test.setTimeout(60_000);
  await openQuiz(page, '/units/knowledge-check/', 'Knowledge check');
  // A multiple-response question with one right answer chosen, one wrong chosen and the other right ones missed.
  const { data, item: mr } = kcQuestion(page, 'multiple-response');
  const right = data.options.find((o) => data.answers.includes(o.id))!;
  const wrong = data.options.find((o) => !data.answers.includes(o.id))!;
  expect(data.answers.length).toBeGreaterThan(1);
  for (const option of [right, wrong]) await mr.getByRole('checkbox', { name: option.text, exact: true }).check();
  await mr.getByRole('button', { name: 'Check answer' }).click();
  await expect(mr.locator('.quiz__feedback')).toBeFocused();
  const looks: Record<string, string> = {};
  for (const option of data.options) {
    const chosen = option === right || option === wrong;
    const box = mr.getByRole('checkbox', {
      name: `${option.text} ${markOf(chosen, data.answers.includes(option.id))}`,
      exact: true,
    });
    await expect(box).toBeDisabled();
    await expect(box).toBeChecked({ checked: chosen });
    looks[markOf(chosen, data.answers.includes(option.id))] = await box
      .locator('xpath=ancestor::label')
      .evaluate((label) => `${getComputedStyle(label).borderTopStyle} ${getComputedStyle(label).borderTopWidth}`);
  }
  // Not by colour alone: the border's style and width set the three kinds of option apart too.
  expect(looks).toEqual({
    '✓ Your choice, right': 'solid 2px',
    '✗ Your choice, wrong': 'solid 2px',
    '✓ Right, not chosen': 'dashed 2px',
    '✗ Wrong, not chosen': 'solid 1px',
  });

  // A matching question: each answer of each item says whether it was the right one for that item.
  const { data: matching, item: mi } = kcQuestion(page, 'matching');
  const [first, second, ...rest] = matching.pairs;
  await mi
    .getByRole('group', { name: first!.prompt, exact: true })
    .getByRole('radio', { name: first!.match, exact: true })
    .check();
  await mi
    .getByRole('group', { name: second!.prompt, exact: true })
    .getByRole('radio', { name: first!.match, exact: true })
    .check();
  for (const pair of rest)
    await mi
      .getByRole('group', { name: pair.prompt, exact: true })
      .getByRole('radio', { name: pair.match, exact: true })
      .check();
  await mi.getByRole('button', { name: 'Check answer' }).click();
  const firstGroup = mi.getByRole('group', { name: first!.prompt, exact: true });
  await expect(
    firstGroup.getByRole('radio', { name: `${first!.match} ✓ Your choice, right`, exact: true }),
  ).toBeChecked();
  const secondGroup = mi.getByRole('group', { name: second!.prompt, exact: true });
  await expect(
    secondGroup.getByRole('radio', { name: `${first!.match} ✗ Your choice, wrong`, exact: true }),
  ).toBeChecked();
  await expect(
    secondGroup.getByRole('radio', { name: `${second!.match} ✓ Right, not chosen`, exact: true }),
  ).not.toBeChecked();
  for (const radio of await mi.getByRole('radio').all())
    await expect(radio).toHaveAccessibleName(
      / [✓✗] (Your choice, right|Your choice, wrong|Right, not chosen|Wrong, not chosen)$/,
    );
  await axeBothThemes(page, expectNoAxeViolations, 'knowledge check, options marked after checking');
});

test('Tab reaches "Check answer" before any choice; pressed too early it says what is missing and grades nothing', async ({
  page,
}) => {
  const quiz = await openQuiz(page, '/units/knowledge-check/', 'Knowledge check');
  const q1 = item(quiz, 0);
  const button = q1.getByRole('button', { name: 'Check answer' });
  await page.locator('body').focus();
  await pressUntilFocused(page, button);
  await page.keyboard.press('Enter');
  await expect(quiz.getByRole('status')).toHaveText('Question 1: Choose an answer first.');
  await expect(q1.getByText('Choose an answer first.')).toBeVisible();
  await expect(q1.locator('.quiz__feedback')).toHaveCount(0);
  await expect(quiz.getByText('0 of 14 answered')).toBeVisible();
  expect((await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)) ?? '').not.toContain('"checked":["');

  // A matching question with one item left: it asks for every item.
  const { data: matching, item: mi } = kcQuestion(page, 'matching');
  for (const pair of matching.pairs.slice(1))
    await mi
      .getByRole('group', { name: pair.prompt, exact: true })
      .getByRole('radio', { name: pair.match, exact: true })
      .check();
  await mi.getByRole('button', { name: 'Check answer' }).click();
  await expect(quiz.getByRole('status')).toHaveText(
    `Question ${check.questions.indexOf(matching) + 1}: Match every item first.`,
  );
  await expect(mi.locator('.quiz__feedback')).toHaveCount(0);
  await mi
    .getByRole('group', { name: matching.pairs[0]!.prompt, exact: true })
    .getByRole('radio', { name: matching.pairs[0]!.match, exact: true })
    .check();
  await expect(mi.getByText('Match every item first.')).toBeHidden();
  await mi.getByRole('button', { name: 'Check answer' }).click();
  await expect(mi.locator('.quiz__verdict')).toHaveText('Right.');

  // Once chosen, the first question's button grades it.
  await q1.getByRole('radio').first().check();
  await expect(q1.getByText('Choose an answer first.')).toBeHidden();
  await button.click();
  await expect(q1.locator('.quiz__feedback')).toBeFocused();
});

test('every answer of a matching question reads in full at 390 px, before and after checking', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openQuiz(page, '/units/knowledge-check/', 'Knowledge check');
  for (const [nth, checked] of [
    [0, false],
    [1, false],
    [0, true],
  ] as const) {
    const { data, item: mi } = kcQuestion(page, 'matching', nth);
    const options = mi.locator('.quiz__match .quiz__option');
    await expect(options).toHaveCount(data.pairs.length * (data.pairs.length + data.distractors.length));
    if (checked) {
      // Each item answered with the first answer, most of them wrong: the longest marks.
      for (const pair of data.pairs)
        await mi.getByRole('group', { name: pair.prompt, exact: true }).getByRole('radio').first().check();
      await mi.getByRole('button', { name: 'Check answer' }).click();
      await expect(mi.locator('.quiz__mark')).toHaveCount(await options.count());
    }
    for (const option of await options.all()) {
      const box = (await option.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
      // Nothing inside is cut off: no part of the label or its text is wider than its box.
      expect(
        await option.evaluate((label) =>
          [label, ...label.querySelectorAll('*')].every(
            (node) => node.scrollWidth <= node.clientWidth || node.clientWidth === 0,
          ),
        ),
      ).toBe(true);
    }
    // Once checked, an answer's name goes on with its mark.
    for (const pair of data.pairs)
      await expect(
        mi
          .getByRole('group', { name: pair.prompt, exact: true })
          .getByRole('radio', { name: pair.match, exact: !checked }),
      ).toBeVisible();
  }
});

test('an ordering question solved by dragging its steps with the mouse', async ({ page }) => {
  const quiz = await openQuiz(page, '/units/knowledge-check/', 'Knowledge check');
  const { data, item: oi } = kcQuestion(page, 'ordering');
  await oi.scrollIntoViewIfNeeded();
  const steps = oi.locator('.quiz__step');
  for (const [place, step] of data.steps.entries()) {
    const order = await oi.locator('.quiz__step-text').allInnerTexts();
    if (order.indexOf(step.text) === place) continue;
    const handle = steps.nth(order.indexOf(step.text)).locator('.quiz__handle');
    const from = (await handle.boundingBox())!;
    const target = (await steps.nth(place).boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    for (let i = 1; i <= 5; i++)
      await page.mouse.move(
        from.x + from.width / 2,
        from.y + from.height / 2 + ((target.y + target.height / 2 - from.y - from.height / 2) * i) / 5,
      );
    await expect(steps.nth(place)).toHaveClass(/quiz__step--dragged/);
    await page.mouse.up();
    await expect(oi.locator('.quiz__step--dragged')).toHaveCount(0);
    await expect(oi.locator('.quiz__step-text').nth(place)).toHaveText(step.text);
    await expect(quiz.getByRole('status')).toHaveText(`${step.text}: now step ${place + 1} of ${data.steps.length}.`);
  }
  await oi.getByRole('button', { name: 'Check answer' }).click();
  await expect(oi.locator('.quiz__verdict')).toHaveText('Right.');
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true, viewport: { width: 390, height: 844 } });

  test('an ordering question solved by dragging its steps with a finger', async ({ page }) => {
    const data = quizFile('prerequisites').questions.find((q) => q.type === 'ordering')!;
    if (data.type !== 'ordering') throw new Error('no ordering question');
    const quiz = await openQuiz(page, '/units/prerequisites/', 'Quick check');
    const oi = quiz.locator('.quiz__item').filter({ has: page.locator('.quiz__steps') });
    const cdp = await page.context().newCDPSession(page);
    const kinds: string[] = [];
    await page.exposeFunction('notePointer', (kind: string) => kinds.push(kind));
    await page.evaluate(() =>
      addEventListener('pointerdown', (event) =>
        (window as unknown as { notePointer: (kind: string) => void }).notePointer(event.pointerType),
      ),
    );
    const steps = oi.locator('.quiz__step');
    for (const [place, step] of data.steps.entries()) {
      await oi.locator('.quiz__steps').evaluate((list) => list.scrollIntoView({ block: 'center' }));
      const order = await oi.locator('.quiz__step-text').allInnerTexts();
      if (order.indexOf(step.text) === place) continue;
      const from = (await steps.nth(order.indexOf(step.text)).locator('.quiz__handle').boundingBox())!;
      const target = (await steps.nth(place).boundingBox())!;
      const x = from.x + from.width / 2;
      const y = from.y + from.height / 2;
      const to = target.y + target.height / 2;
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      for (let i = 1; i <= 6; i++)
        await cdp.send('Input.dispatchTouchEvent', {
          type: 'touchMove',
          touchPoints: [{ x, y: y + ((to - y) * i) / 6 }],
        });
      await expect(steps.nth(place)).toHaveClass(/quiz__step--dragged/);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await expect(oi.locator('.quiz__step--dragged')).toHaveCount(0);
      await expect(oi.locator('.quiz__step-text').nth(place)).toHaveText(step.text);
    }
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['touch']));
    await oi.getByRole('button', { name: 'Check answer' }).click();
    await expect(oi.locator('.quiz__verdict')).toHaveText('Right.');
  });
});
