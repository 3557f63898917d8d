/**
 * The self-assessment: twelve questions drawn from the bank, three per objective, on a paper
 * chosen at random on the first visit and named by a code that `#paper=` opens again; a finished
 * attempt shows each objective as a percentage with a bar, lists what to review under each
 * objective below the pass mark, and links each answer to the heading that teaches it; "Show
 * answers" records no score; past attempts survive a reload; a new attempt draws again; the result
 * prints on one page. axe runs in every state.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { test, expect, axeBothThemes, labOf, labReady, PROGRESS_KEY } from './fixtures';
import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
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
        quizzes: {
          'self-assessment': {
            attempts: [],
            best: null,
            current: { seed, responses: {}, checked: [], revealed: false },
          },
        },
      }),
    ],
  );
}

test('an attempt of twelve questions, three per objective, reviewed by objective, kept in the history and drawn again', async ({
  page,
  expectNoAxeViolations,
}) => {
  test.setTimeout(90_000);
  const quiz = await openSelfAssessment(page);
  await expect(quiz.locator('fieldset.quiz__question')).toHaveCount(12);
  await axeBothThemes(page, expectNoAxeViolations, 'self-assessment, unanswered');

  // Answer the first single-choice question, then finish.
  const firstRadio = quiz.getByRole('radio').first();
  await firstRadio.check();
  await quiz.getByRole('button', { name: 'Check all answers' }).click();
  const results = quiz.locator('.quiz__results');
  await expect(results).toBeFocused();
  await expect(results.getByRole('heading', { name: 'Your result' })).toBeVisible();
  // Each objective as a whole percentage (never "0.92 of 3") with a bar of the same value.
  const rows = results.locator('.quiz__objectives > li');
  await expect(rows).toHaveCount(4);
  const titles = await rows.locator('.quiz__objective').allInnerTexts();
  for (const row of await rows.all()) {
    const share = (await row.locator('strong').innerText()).trim();
    expect(share).toMatch(/^\d{1,3}%$/);
    await expect(row.locator('progress')).toHaveJSProperty('value', parseInt(share));
  }
  // In the module's order, whatever order the drawn questions came in.
  expect(titles).toEqual([
    'Learn about the benefits of co-management',
    'Understand the co-management prerequisites',
    'Confirm the Configuration Manager connector status',
    'Learn about paths to implement co-management',
  ]);
  await expect(quiz.getByRole('link', { name: /./ }).filter({ hasText: '“' }).first()).toBeVisible();
  await expect(results.getByRole('link', { name: /^Lab: / }).first()).toBeVisible();
  await axeBothThemes(page, expectNoAxeViolations, 'self-assessment, results');

  const history = quiz.getByRole('region', { name: 'Past attempts' });
  await expect(history.getByRole('listitem')).toHaveCount(1);
  await expect(history.getByRole('listitem')).toHaveText(
    /^\d+%, (a pass|below the pass mark), \d{1,2} \w{3} \d{4}, \d{2}:\d{2}$/,
  );

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
  await quiz.getByRole('button', { name: 'Show answers' }).click();
  const taught = quiz.locator('.quiz__source').first().getByRole('link').first();
  const href = (await taught.getAttribute('href'))!;
  const [, path, heading] = /^(\/units\/[a-z-]+\/)#([a-z0-9-]+)$/.exec(href)!;
  await taught.click();
  await expect(page).toHaveURL(new RegExp(`${path}#${heading}$`));
  await expect(page.locator(`[id="${heading}"]`)).toBeInViewport();
});

test("a drawn lab task opens its lab at least as wide as a unit's, and its review names every check of the goal", async ({
  page,
  expectNoAxeViolations,
}) => {
  test.setTimeout(120_000);
  // An attempt whose seed draws the tenant attach lab task (the draw is a pure function of the seed).
  let seed = 1;
  while (!drawAttempt(bank.questions, objectives, seed).some((q) => q.id === 'sa-lab-upload-workstations')) seed++;
  await startAttempt(page, seed);
  const quiz = await openSelfAssessment(page);
  const lab = quiz
    .locator('.quiz__item')
    .filter({ has: page.getByRole('group', { name: /only the devices of Contoso Workstations/ }) });
  await expect(lab.getByText('In the lab, scenario “Tenant attach only”.')).toBeVisible();
  await lab.getByRole('button', { name: 'Open the lab' }).click();
  const console_ = labOf(lab, 'Tenant attach only');
  await labReady(console_);
  // The page is as wide as a unit's, and the lab takes the question's full width: no narrower
  // than a unit's text column with its sidebar beside it (16rem of the page's 78rem).
  const width = await console_.evaluate((element) => element.getBoundingClientRect().width);
  const page_ = await page
    .locator('.page')
    .first()
    .evaluate((element) => element.getBoundingClientRect().width);
  expect(page_).toBeGreaterThan(1200);
  expect(width).toBeGreaterThan(page_ - 320);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await axeBothThemes(page, expectNoAxeViolations, 'self-assessment, lab open');

  // Show answers: the review lists the goal's checks and how the scenario reaches them.
  await quiz.getByRole('button', { name: 'Show answers' }).click();
  const feedback = lab.locator('.quiz__feedback');
  await expect(feedback).toContainText('Not answered.');
  await expect(feedback).toContainText('You did not work in the lab. The goal checks:');
  await expect(feedback).toContainText(
    'Not met: Tenant attach uploads nothing; the goal wants it to upload the collection Contoso Workstations.',
  );
  await expect(feedback).toContainText('One way to reach the goal:');
  await expect(
    feedback.getByRole('link', { name: /Confirm the Configuration Manager connector status|connector/i }).first(),
  ).toHaveAttribute('href', /\/units\/connector-status\/#configure-upload$/);
  await axeBothThemes(page, expectNoAxeViolations, 'self-assessment, lab reviewed');
});

test('"Check answer" pressed before answering says what is missing; shown answers mark every option ✓ or ✗', async ({
  page,
  expectNoAxeViolations,
}) => {
  const quiz = await openSelfAssessment(page);
  // The first question with something to choose: an ordering question is answered from the start
  // (its steps are in some order), so Check answer grades it at once. The paper is random.
  const first = quiz
    .locator('.quiz__item')
    .filter({ hasNot: page.locator('.quiz__steps') })
    .first();
  const number =
    (await quiz
      .locator('.quiz__item')
      .evaluateAll((items, target) => items.indexOf(target as HTMLElement), await first.elementHandle())) + 1;
  await first.getByRole('button', { name: 'Check answer' }).click();
  await expect(quiz.getByRole('status')).toHaveText(
    new RegExp(
      `^Question ${number}: (Choose an answer first|Choose at least one answer first|Match every item first|Work in the lab first)\\.$`,
    ),
  );
  await expect(first.locator('.quiz__missing')).toBeVisible();
  await expect(first.locator('.quiz__feedback')).toHaveCount(0);

  await quiz.getByRole('button', { name: 'Show answers' }).click();
  await expect(quiz.locator('.quiz__results')).toBeFocused();
  const options = quiz.locator('.quiz__option input');
  expect(await options.count()).toBeGreaterThan(0);
  for (const option of await options.all())
    await expect(option).toHaveAccessibleName(/ [✓✗] (Right, not chosen|Wrong, not chosen)$/);
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
  const item = quiz
    .locator('.quiz__item')
    .filter({ has: page.getByRole('group', { name: question.stem.slice(0, 40) }) });
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
  for (let i = 1; i <= 5; i++)
    await page.mouse.move(
      from.x + from.width / 2,
      from.y + from.height / 2 + ((target.y + target.height / 2 - from.y - from.height / 2) * i) / 5,
    );
  // The step lifts once the dragging code (loaded on this first press) has it.
  await expect(steps.first()).toHaveClass(/quiz__step--dragged/);
  await page.mouse.up();
  await expect(item.locator('.quiz__step-text').first()).toHaveText(moved);
  await expect(quiz.getByRole('status')).toHaveText(`${moved}: now step 1 of ${question.steps.length}.`);
});

/** The stems of the first paper a fresh browser (no saved progress) is given. */
async function firstPaper(
  browser: Browser,
  hash = '',
): Promise<{ stems: string[]; page: Page; context: BrowserContext }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/self-assessment/${hash}`);
  const quiz = page.getByRole('region', { name: 'This attempt' });
  await expect(quiz.getByRole('button', { name: 'Check all answers' })).toBeEnabled();
  return { stems: await stems(quiz), page, context };
}

test('each fresh browser gets a paper at random, its code in the result, and #paper=<code> opens that paper again', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  // Two papers alike by chance are one in millions; a third browser makes a flaky failure rarer still.
  const first = await firstPaper(browser);
  let other = await firstPaper(browser);
  if (other.stems.join() === first.stems.join()) other = await firstPaper(browser);
  expect(other.stems).not.toEqual(first.stems);
  expect(first.stems).toHaveLength(12);

  const quiz = first.page.getByRole('region', { name: 'This attempt' });
  await quiz.getByRole('button', { name: 'Check all answers' }).click();
  const paper = quiz.locator('.quiz__paper');
  await expect(paper).toHaveText(/^Paper [0-9A-V]{8}, \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}$/);
  const code = /Paper ([0-9A-V]{8})/.exec(await paper.innerText())![1]!;

  // A trainer gives the class that code: another fresh browser opens the same paper, and says so.
  const again = await firstPaper(browser, `#paper=${code}`);
  expect(again.stems).toEqual(first.stems);
  await expect(again.page.getByText(`Paper ${code} is open, as the link asked.`)).toBeVisible();
  // The link keeps its paper across a reload.
  await again.page.reload();
  await expect(
    again.page.getByRole('region', { name: 'This attempt' }).getByRole('button', { name: 'Check all answers' }),
  ).toBeEnabled();
  expect(await stems(again.page.getByRole('region', { name: 'This attempt' }))).toEqual(first.stems);

  // One digit changed: refused, said so, and a paper at random is there to take.
  const tampered = `${code.slice(0, 7)}${code[7] === '0' ? '1' : '0'}`;
  const wrong = await firstPaper(browser, `#paper=${tampered}`);
  await expect(
    wrong.page.getByText('The link names no paper (its code may be mistyped), so this is a paper chosen at random.'),
  ).toBeVisible();
  expect(wrong.stems).toHaveLength(12);
  for (const opened of [first, other, again, wrong]) await opened.context.close();
});

test('a link to another paper keeps an attempt under way, and says so', async ({ page }) => {
  await startAttempt(page, 1);
  const quiz = await openSelfAssessment(page);
  await quiz.getByRole('radio').first().check();
  const before = await stems(quiz);
  await page.goto('/self-assessment/#paper=00000000');
  await page.reload();
  const now = page.getByRole('region', { name: 'This attempt' });
  await expect(now.getByRole('button', { name: 'Check all answers' })).toBeEnabled();
  await expect(
    page.getByText('The link names another paper, but you have an attempt under way: it is kept as it is.'),
  ).toBeVisible();
  expect(await stems(now)).toEqual(before);
});

test('the first paper appears in its place with no layout shift', async ({ page }) => {
  // Shifts of anything in the self-assessment (the site header's own are another matter).
  await page.addInitScript(() => {
    type Shift = PerformanceEntry & { value: number; sources: { node?: Node }[] };
    (window as unknown as { shifts: number }).shifts = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as Shift[]) {
        if (entry.sources.some((source) => source.node && document.querySelector('.quiz')?.contains(source.node)))
          (window as unknown as { shifts: number }).shifts += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const quiz = await openSelfAssessment(page);
  await expect(quiz.locator('.quiz__list')).toBeVisible();
  await page.waitForTimeout(500);
  expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
});

test('"Show answers" ends the attempt with no score: none in the result, the history or the best score', async ({
  page,
  expectNoAxeViolations,
}) => {
  const quiz = await openSelfAssessment(page);
  await expect(quiz.getByRole('button', { name: 'Give up and show answers' })).toHaveCount(0);
  await quiz.getByRole('radio').first().check();
  await quiz.getByRole('button', { name: 'Show answers' }).click();
  const results = quiz.locator('.quiz__results');
  await expect(results).toBeFocused();
  await expect(results).toContainText(
    'You chose to see the answers: they are shown with each question, and this attempt has no score.',
  );
  expect(await results.innerText()).not.toContain('%');
  await expect(results.locator('.quiz__objectives')).toBeHidden();
  await expect(quiz.getByRole('status')).toHaveText('Answers shown: this attempt has no score.');
  await expect(quiz.getByRole('region', { name: 'Past attempts' })).toHaveCount(0);
  await expect(quiz.getByText(/Your best score so far/)).toHaveCount(0);
  const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)) ?? 'null');
  expect(saved.quizzes['self-assessment']).toMatchObject({ attempts: [], best: null, current: { revealed: true } });
  await axeBothThemes(page, expectNoAxeViolations, 'self-assessment, answers shown');
});

test('below the pass mark, each objective lists the unit sections and labs to review, with links that work; the result prints on one page', async ({
  page,
  expectNoAxeViolations,
}) => {
  test.setTimeout(90_000);
  const quiz = await openSelfAssessment(page);
  await quiz.getByRole('button', { name: 'Check all answers' }).click();
  const results = quiz.locator('.quiz__results');
  await expect(results).toContainText('below the pass mark of 80%.');
  const rows = results.locator('.quiz__objectives > li');
  const asked = await quiz.locator('.quiz__question > legend').allInnerTexts();
  expect(asked).toHaveLength(12);
  for (const row of await rows.all()) {
    const share = parseInt(await row.locator('strong').innerText());
    const review = row.locator('.quiz__review');
    if (share >= 80) {
      await expect(review).toBeHidden();
      continue;
    }
    await expect(review.getByText('Review these:')).toBeVisible();
    // Only what teaches this attempt's missed questions: at most three sections and three labs.
    const links = review.getByRole('link');
    expect(await links.count()).toBeGreaterThan(0);
    expect(await links.count()).toBeLessThanOrEqual(6);
    for (const href of await links.evaluateAll((all) => all.map((link) => link.getAttribute('href')!)))
      expect(href).toMatch(/^\/(units\/[a-z-]+\/#[a-z0-9-]+|scenarios\/[a-z0-9-]+\/)$/);
  }
  await axeBothThemes(page, expectNoAxeViolations, 'self-assessment, result below the mark');

  // Printed: the page title and the result alone, on one page.
  await page.emulateMedia({ media: 'print' });
  await expect(quiz.locator('.quiz__list')).toBeHidden();
  await expect(results).toBeVisible();
  const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
  expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
  await page.emulateMedia({ media: 'screen' });

  // A unit section to review opens at its heading, and a lab at its scenario.
  const section = results.locator('.quiz__review').getByRole('link', { name: /“/ }).first();
  const href = (await section.getAttribute('href'))!;
  await section.click();
  await expect(page).toHaveURL(new RegExp(`${href.replace(/[#/]/g, '\\$&')}$`));
  await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toBeInViewport();
  await page.goBack();
  const lab = page
    .locator('.quiz__review')
    .getByRole('link', { name: /^Lab: / })
    .first();
  const title = (await lab.innerText()).replace(/^Lab: /, '');
  await lab.click();
  await expect(page).toHaveURL(/\/scenarios\/[a-z0-9-]+\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});

test('exam mode, chosen before the attempt, shows no feedback until all answers are checked', async ({
  page,
  expectNoAxeViolations,
}) => {
  const quiz = await openSelfAssessment(page);
  const choice = quiz.getByRole('heading', { name: 'Practice or exam' });
  await expect(choice).toBeVisible();
  await axeBothThemes(page, expectNoAxeViolations, 'self-assessment, exam mode offered');
  await quiz.getByRole('button', { name: 'Start in exam mode' }).click();
  await expect(quiz.getByText('Exam mode: no feedback until you check all your answers at the end.')).toBeFocused();
  await expect(choice).toBeHidden();
  await expect(quiz.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
  await expect(quiz.getByRole('button', { name: 'Show answers' })).toHaveCount(0);
  await quiz.getByRole('radio').first().check();
  await expect(quiz.locator('.quiz__feedback')).toHaveCount(0);
  // A reload keeps the exam.
  await page.reload();
  await expect(quiz.getByRole('button', { name: 'Check all answers' })).toBeEnabled();
  await expect(quiz.getByRole('button', { name: 'Check answer' })).toHaveCount(0);
  await expect(quiz.locator('.quiz__feedback')).toHaveCount(0);
  await quiz.getByRole('button', { name: 'Check all answers' }).click();
  await expect(quiz.locator('.quiz__feedback')).toHaveCount(12);
  await expect(quiz.locator('.quiz__results')).toBeFocused();
  await expect(quiz.getByText('Exam mode: no feedback until you check all your answers at the end.')).toBeHidden();
});

test('an exam countdown survives a reload and, when it ends, checks the attempt as it stands', async ({ page }) => {
  await page.clock.install();
  const quiz = await openSelfAssessment(page);
  await quiz.getByRole('combobox', { name: 'Time limit' }).selectOption('15');
  await quiz.getByRole('button', { name: 'Start in exam mode' }).click();
  const timer = page.getByRole('timer');
  await expect(timer).toHaveText('Time left: 15:00');
  await quiz.getByRole('radio').first().check();
  await page.clock.fastForward('05:00');
  await expect(timer).toHaveText('Time left: 10:00');
  await page.reload();
  await expect(quiz.getByRole('button', { name: 'Check all answers' })).toBeEnabled();
  await expect(timer).toHaveText(/^Time left: (10:00|9:59)$/);
  await page.clock.fastForward('10:01');
  await expect(quiz.locator('.quiz__results')).toBeVisible();
  await expect(quiz.locator('.quiz__results')).toContainText('Time ran out: your answers were checked as they stood.');
  await expect(quiz.locator('.quiz__feedback')).toHaveCount(12);
  await expect(timer).toHaveCount(0);
  const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY)) ?? 'null');
  expect(saved.quizzes['self-assessment'].attempts).toHaveLength(1);
  expect(saved.quizzes['self-assessment'].current).toMatchObject({ exam: true, timeUp: true });
});
