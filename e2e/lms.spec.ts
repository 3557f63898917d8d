/**
 * The SCORM 1.2 package in a test LMS: a page that runs scorm-again's `Scorm12API` as
 * `window.API` and opens the package's launch page (`lms/index.html`) in a frame, the package
 * unzipped under a deep path (`courses/42/`) and served by a small static server. The course is
 * driven as a learner would; what the LMS recorded is read from `window.API.cmi`.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { parse } from 'yaml';
import type { FrameLocator, Page } from '@playwright/test';
import { test, expect, answerRight } from './fixtures';
import { decodeSuspendData } from '../src/lms/suspend-data';
import { serveStatic } from '../src/scripts/static-server.mjs';
import type { Quiz } from '../src/quiz/types';

const ZIP = resolve('scorm', 'co-management-lab-scorm12.zip');
/** One folder per worker: each worker unzips and serves its own copy (a shared one would be rewritten under the other's feet). */
let ROOT = '';
const COURSE = 'courses/42/';
const check = parse(readFileSync(resolve('content', 'quizzes', 'knowledge-check.yaml'), 'utf8')) as Quiz;
const TYPES = {
  'single-choice': 'choice',
  'multiple-response': 'choice',
  ordering: 'sequencing',
  matching: 'matching',
  'lab-task': 'performance',
} as const;

const TEST_LMS_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Test LMS</title>
<link rel="icon" href="data:,">
<script src="scorm12.min.js"></script>
<script>
  // The LMS of record: scorm-again. A saved attempt comes in the query (?state=JSON) and is loaded
  // before the course starts; ?refuse=1 makes every commit fail.
  const query = new URLSearchParams(location.search);
  window.API = new Scorm12API({ autocommit: false, logLevel: 5 });
  if (query.get('state')) window.API.loadFromJSON(JSON.parse(query.get('state')));
  window.calls = [];
  window.finished = false;
  for (const name of ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit']) {
    const original = window.API[name].bind(window.API);
    window.API[name] = (...args) => {
      window.calls.push({ name, args, afterFinish: window.finished });
      if (name === 'LMSCommit' && query.get('refuse')) return 'false';
      const result = original(...args);
      if (name === 'LMSFinish') window.finished = true;
      return result;
    };
  }
</script>
</head>
<body>
<main>
<h1>Test LMS</h1>
<iframe title="Course player" src="${COURSE}lms/index.html" style="width: 100%; height: 85vh; border: 0"></iframe>
</main>
</body>
</html>`;

let server: Awaited<ReturnType<typeof serveStatic>> | undefined;
let origin = '';

test.beforeAll(async ({}, workerInfo) => {
  if (!existsSync(ZIP)) throw new Error(`${ZIP} is missing: run \`npm run package:scorm\` first (npm test does)`);
  ROOT = resolve('test-results', `lms-root-${workerInfo.workerIndex}`);
  rmSync(ROOT, { recursive: true, force: true });
  for (const [name, bytes] of Object.entries(unzipSync(readFileSync(ZIP)))) {
    if (name.endsWith('/')) continue;
    const target = join(ROOT, COURSE, name);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
  writeFileSync(join(ROOT, 'lms-test.html'), TEST_LMS_PAGE);
  writeFileSync(
    join(ROOT, 'scorm12.min.js'),
    readFileSync(resolve('node_modules', 'scorm-again', 'dist', 'scorm12.min.js')),
  );
  // Served as a plain host serves (src/scripts/static-server.mjs): a folder's index.html for a
  // folder, 404 for anything else (there is no 404.html at this root).
  server = await serveStatic({ root: ROOT, port: 0 });
  origin = server.url;
});

test.afterAll(async () => {
  await server?.close();
});

interface Opened {
  player: FrameLocator;
  course: FrameLocator;
}

/** Opens the test LMS (with a saved attempt, or commits refused) and waits for the course. */
async function openLms(page: Page, query = ''): Promise<Opened> {
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('favicon.ico'))
      missing.push(`${response.status()} ${response.url()}`);
  });
  page.on('pageerror', (error) => missing.push(`page error: ${error.message}`));
  await page.goto(`${origin}/lms-test.html${query}`);
  const player = page.frameLocator('iframe[title="Course player"]');
  const course = player.frameLocator('iframe[title="Co-management Lab"]');
  await expect(course.getByRole('heading', { level: 1 }).first()).toBeVisible();
  expect(missing).toEqual([]);
  return { player, course };
}

/** What the LMS recorded: from scorm-again's data model, and (write-only elements) from the calls. */
/* eslint-disable @typescript-eslint/no-explicit-any -- scorm-again's data model has no types for its elements */
const cmi = (page: Page) =>
  page.evaluate(() => {
    const { API: api, calls } = window as unknown as { API: { cmi: any }; calls: { name: string; args: string[] }[] };
    const data = api.cmi;
    const lastSet = (element: string) =>
      calls.filter((call) => call.name === 'LMSSetValue' && call.args[0] === element).at(-1)?.args[1];
    return {
      status: data.core.lesson_status as string,
      score: data.core.score.raw as string,
      location: data.core.lesson_location as string,
      exit: lastSet('cmi.core.exit'),
      sessionTime: lastSet('cmi.core.session_time'),
      suspendData: data.suspend_data as string,
      objectives: data.objectives.childArray.map((o: any) => ({ id: o.id, status: o.status, score: o.score.raw })),
      // Interaction fields are write-only in SCORM 1.2: scorm-again shows them only in its JSON.
      interactions: Object.values(JSON.parse(JSON.stringify(data.interactions)) as Record<string, any>).map((i) => ({
        id: i.id,
        type: i.type,
        result: i.result,
      })),
    };
    /* eslint-enable @typescript-eslint/no-explicit-any */
  });

async function openKnowledgeCheck(course: FrameLocator) {
  await course.getByRole('link', { name: 'Knowledge check' }).first().click();
  const quiz = course.getByRole('region', { name: 'Knowledge check', exact: true });
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.getByRole('button', { name: 'Check all answers' })).toBeEnabled();
  return quiz;
}

test.describe.configure({ timeout: 120_000 });

test('passing the unit 6 knowledge check reports passed, the score, the objectives and one interaction per question', async ({
  page,
  expectNoAxeViolations,
}) => {
  const { course } = await openLms(page);
  await expectNoAxeViolations(page, 'the test LMS with the course');
  const quiz = await openKnowledgeCheck(course);
  for (const [index, question] of check.questions.entries())
    await answerRight(quiz.locator('.quiz__item').nth(index), question);
  await quiz.getByRole('button', { name: 'Check all answers' }).click();
  await expect(quiz.locator('.quiz__results')).toContainText('100%: a pass.');

  await expect.poll(async () => (await cmi(page)).status).toBe('passed');
  const recorded = await cmi(page);
  expect(recorded.score).toBe('100');
  expect(recorded.location).toMatch(/^units\/knowledge-check\//);
  expect(recorded.objectives).toEqual(
    ['benefits', 'prerequisites', 'connector-status', 'paths'].map((id) => ({ id, status: 'passed', score: '100' })),
  );
  expect(recorded.interactions).toEqual(
    check.questions.map((question) => ({
      id: `knowledge-check.${question.id}`,
      type: TYPES[question.type],
      result: 'correct',
    })),
  );
});

test('a knowledge check below the mastery score reports failed; shown answers report nothing', async ({ page }) => {
  const { course } = await openLms(page);
  const quiz = await openKnowledgeCheck(course);
  // Show answers: no score, no objective, no interaction reaches the LMS.
  await quiz.getByRole('button', { name: 'Show answers' }).click();
  await expect(quiz.locator('.quiz__results')).toContainText('You chose to see the answers');
  expect(await quiz.locator('.quiz__results').innerText()).not.toContain('%');
  const shown = await cmi(page);
  expect(shown.status).not.toMatch(/passed|failed/);
  expect(shown.score).toBe('');
  for (const objective of shown.objectives) expect(objective).toMatchObject({ status: 'not attempted', score: '' });
  expect(shown.interactions).toEqual([]);

  // Checked with nothing answered: below the mastery score (an untouched ordering still earns its steps in place).
  await quiz.getByRole('button', { name: 'Try again with a new order' }).click();
  await quiz.getByRole('button', { name: 'Check all answers' }).click();
  await expect.poll(async () => (await cmi(page)).status).toBe('failed');
  const recorded = await cmi(page);
  expect(Number(recorded.score)).toBeLessThan(80);
  expect(recorded.interactions).toHaveLength(check.questions.length);
  expect(recorded.interactions.map((interaction: { result: string }) => interaction.result)).toContain('wrong');
});

test('leaving mid-module suspends with valid suspend data, and reopening lands on the same unit with everything restored', async ({
  page,
  browser,
}) => {
  const { player, course } = await openLms(page);
  await course.getByRole('link', { name: 'Understand co-management' }).first().click();
  await course.locator('button[data-complete-unit="understand-co-management"]').click();
  const quickCheck = course.getByRole('region', { name: 'Quick check', exact: true });
  await quickCheck.scrollIntoViewIfNeeded();
  await expect(quickCheck.getByRole('button', { name: 'Check all answers' })).toBeEnabled();
  await quickCheck.getByRole('button', { name: 'Show answers' }).click();
  await expect(quickCheck.locator('.quiz__results')).toBeVisible();

  await player.getByRole('button', { name: 'Save and exit' }).click();
  await expect(player.getByText('Your progress is saved in the LMS. You can close this window.')).toBeVisible();
  const recorded = await cmi(page);
  expect(recorded.exit).toBe('suspend');
  expect(recorded.sessionTime).toMatch(/^\d{4}:\d{2}:\d{2}\.\d{2}$/);
  expect(recorded.location).toMatch(/^units\/understand-co-management\//);
  const read = decodeSuspendData(recorded.suspendData);
  if (!read.ok) throw new Error(read.reason);
  expect(read.progress.completedUnits).toEqual(['understand-co-management']);
  expect(Object.keys(read.progress.quizzes)).toEqual(['understand-co-management-quick-check']);
  // Nothing reaches the LMS after LMSFinish.
  const calls = await page.evaluate(
    () => (window as unknown as { calls: { name: string; afterFinish: boolean }[] }).calls,
  );
  expect(calls.at(-1)?.name).toBe('LMSFinish');
  expect(calls.filter((call) => call.afterFinish)).toEqual([]);

  // Another browser (no local progress), the LMS resuming the attempt.
  const state = {
    core: { entry: 'resume', lesson_location: recorded.location, lesson_status: recorded.status },
    suspend_data: recorded.suspendData,
  };
  const other = await browser.newPage();
  const resumed = await openLms(other, `?state=${encodeURIComponent(JSON.stringify(state))}`);
  await expect(resumed.course.getByRole('heading', { level: 1 })).toHaveText('Understand co-management');
  await expect(resumed.course.locator('button[data-complete-unit="understand-co-management"]')).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const again = resumed.course.getByRole('region', { name: 'Quick check', exact: true });
  await again.scrollIntoViewIfNeeded();
  await expect(again.locator('.quiz__results')).toBeVisible();
  await other.close();
});

test('an LMS that closes the player mid-module gets the session finished on pagehide', async ({ page }) => {
  const { course } = await openLms(page);
  await course.getByRole('link', { name: 'Understand co-management' }).first().click();
  await course.locator('button[data-complete-unit="understand-co-management"]').click();
  await expect
    .poll(async () => decodeSuspendData((await cmi(page)).suspendData))
    .toMatchObject({ ok: true, progress: { completedUnits: ['understand-co-management'] } });
  // The LMS takes the player away, as when the learner closes it: the launch page unloads.
  await page.evaluate(() => document.querySelector('iframe')!.remove());
  await expect
    .poll(
      async () => (await page.evaluate(() => (window as unknown as { calls: { name: string }[] }).calls)).at(-1)?.name,
    )
    .toBe('LMSFinish');
  const recorded = await cmi(page);
  expect(recorded.exit).toBe('suspend');
  expect(recorded.location).toMatch(/^units\/understand-co-management\//);
});

test('a commit the LMS refuses leaves a working course and a quiet notice', async ({ page, expectNoAxeViolations }) => {
  const { player, course } = await openLms(page, '?refuse=1');
  await course.getByRole('link', { name: 'Understand co-management' }).first().click();
  await expect(player.getByRole('status')).toHaveText(
    'The LMS did not record your latest progress. It is kept in this browser, and sent again with your next step.',
  );
  await expectNoAxeViolations(page, 'the LMS launch page with its notice');
  await course.locator('button[data-complete-unit="understand-co-management"]').click();
  await expect(course.locator('button[data-complete-unit="understand-co-management"]')).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

test('the package opened without an LMS is the course on its own', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${origin}/${COURSE}lms/index.html`);
  await expect(page).toHaveURL(`${origin}/${COURSE}index.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Co-management Lab');
  await page.getByRole('link', { name: 'Understand co-management' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Understand co-management');
  const quiz = page.getByRole('region', { name: 'Quick check', exact: true });
  await quiz.scrollIntoViewIfNeeded();
  await expect(quiz.getByRole('button', { name: 'Check all answers' })).toBeEnabled();
  expect(errors).toEqual([]);
});
