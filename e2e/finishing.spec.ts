/**
 * Finishing the module: the completion toggle that says its state; unit 6, which only a pass
 * completes; the module-complete panel on the summary and the home page (and what is left before
 * it); the reset dialog that lists what it deletes; export and import of progress, which takes a
 * file whole or refuses it with the reason, changing nothing.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';
import { test, expect, axeBothThemes, answerRight, PROGRESS_KEY } from './fixtures';
import type { Quiz } from '../src/quiz/types';

const MARK = 'Mark unit complete';
const MARKED = 'Completed ✓ — undo';
const UNITS = [
  'introduction',
  'understand-co-management',
  'prerequisites',
  'connector-status',
  'paths',
  'knowledge-check',
  'summary',
];
const check = parse(readFileSync(new URL('../content/quizzes/knowledge-check.yaml', import.meta.url), 'utf8')) as Quiz;

const passedCheck = { attempts: [{ seed: 3, score: 1, passed: true, at: 1_764_000_000_000 }], best: 1, current: null };
const failedCheck = {
  attempts: [{ seed: 3, score: 0.5, passed: false, at: 1_764_000_000_000 }],
  best: 0.5,
  current: null,
};

/** Saved progress as the site writes it (format 3). */
const saved = (
  parts: { units?: string[]; last?: string | null; ticks?: string[]; quizzes?: object; labs?: object } = {},
) =>
  JSON.stringify({
    version: 3,
    completedUnits: [...(parts.units ?? [])].sort(),
    lastVisitedUnit: parts.last ?? null,
    checkedItems: parts.ticks ?? [],
    quizzes: parts.quizzes ?? {},
    labs: parts.labs ?? {},
  });

/** Sets saved progress before the first page of the test loads (not again on reloads). */
async function seed(page: Page, value: string): Promise<void> {
  await page.addInitScript(
    ([key, raw]) => {
      if (sessionStorage.getItem('seeded')) return;
      localStorage.setItem(key!, raw!);
      sessionStorage.setItem('seeded', '1');
    },
    [PROGRESS_KEY, value],
  );
}

const savedNow = (page: Page) => page.evaluate((key) => localStorage.getItem(key), PROGRESS_KEY);

test.describe('the completion toggle', () => {
  test('says its state once marked and after a reload, and pressing it again takes the mark back', async ({
    page,
    expectNoAxeViolations,
  }) => {
    await page.goto('/units/introduction/');
    const section = page.getByRole('region', { name: 'Finished this unit?' });
    await section.getByRole('button', { name: MARK }).click();
    const marked = section.getByRole('button', { name: MARKED });
    await expect(marked).toHaveAttribute('aria-pressed', 'true');
    // The sentences are both in the page; CSS shows the one for the state.
    await expect(section.getByText('You marked this unit complete.')).toBeVisible();
    await expect(section.getByText('to keep track of where you are')).toBeHidden();
    await axeBothThemes(page, expectNoAxeViolations, 'toggle marked');

    await page.reload();
    await expect(marked).toHaveAttribute('aria-pressed', 'true');
    await marked.click();
    await expect(section.getByRole('button', { name: MARK })).toHaveAttribute('aria-pressed', 'false');
    await expect(section.getByText('to keep track of where you are')).toBeVisible();
    await expect(section.getByText('You marked this unit complete.')).toBeHidden();
    expect(JSON.parse((await savedNow(page))!).completedUnits).toEqual([]);
  });
});

test.describe('unit 6, the knowledge check', () => {
  test('has no toggle and completes on a pass', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/units/knowledge-check/');
    const section = page.getByRole('region', { name: 'Finished this unit?' });
    await expect(section.getByText('Pass the knowledge check above (80% or more) to complete this unit')).toBeVisible();
    await expect(section.getByText('Completed ✓')).toBeHidden();
    await expect(page.getByRole('button', { name: MARK })).toHaveCount(0);

    const quiz = page.getByRole('region', { name: 'Knowledge check', exact: true });
    await quiz.scrollIntoViewIfNeeded();
    await expect(quiz.getByRole('button', { name: 'Check all answers' })).toBeEnabled();
    for (const [index, data] of check.questions.entries())
      await answerRight(quiz.locator('.quiz__item').nth(index), data);
    await quiz.getByRole('button', { name: 'Check all answers' }).click();
    await expect(quiz.locator('.quiz__results')).toContainText('a pass.');
    await expect(section.getByText('Completed ✓')).toBeVisible();
    await expect(section.getByText('to complete this unit')).toBeHidden();
    await expect(
      page
        .getByRole('navigation', { name: 'Units in this module' })
        .getByRole('link', { name: /Knowledge check \(completed\)$/ }),
    ).toBeVisible();
    expect(JSON.parse((await savedNow(page))!).completedUnits).toEqual(['knowledge-check']);
  });

  test('a unit 6 marked by hand before stays marked, and a failed attempt does not complete it', async ({ page }) => {
    await seed(page, saved({ units: ['knowledge-check'] }));
    await page.goto('/units/knowledge-check/');
    const section = page.getByRole('region', { name: 'Finished this unit?' });
    await expect(section.getByText('Completed ✓')).toBeVisible();

    await page.evaluate(
      ([key, raw]) => localStorage.setItem(key!, raw!),
      [PROGRESS_KEY, saved({ quizzes: { 'knowledge-check': failedCheck } })],
    );
    await page.reload();
    await expect(section.getByText('Completed ✓')).toBeHidden();
    await expect(section.getByText('to complete this unit')).toBeVisible();
  });
});

test.describe('the end of the module', () => {
  test('the summary lists what is left, with links, until the module is complete', async ({ page }) => {
    // Every unit marked, unit 6 by hand, but the knowledge check never passed.
    await seed(
      page,
      saved({ units: UNITS.filter((unit) => unit !== 'summary'), quizzes: { 'knowledge-check': failedCheck } }),
    );
    await page.goto('/units/summary/');
    const left = page.getByRole('region', { name: 'What is left to complete the module' });
    await expect(left.getByRole('listitem').filter({ visible: true })).toHaveCount(2);
    await expect(left.getByRole('link', { name: 'knowledge check' })).toHaveAttribute(
      'href',
      '/units/knowledge-check/#knowledge-check-title',
    );
    await expect(left.getByRole('link', { name: 'mark it complete' })).toHaveAttribute('href', '#complete-title');
    await expect(page.getByRole('region', { name: 'Module complete ✓' })).toBeHidden();

    await page.getByRole('button', { name: MARK }).click();
    await expect(left.getByRole('listitem').filter({ visible: true })).toHaveCount(1);
    await expect(page.getByRole('region', { name: 'Module complete ✓' })).toBeHidden();
  });

  test('completing the module shows the panel on the summary and the home page, pointing onward', async ({
    page,
    expectNoAxeViolations,
  }) => {
    await seed(
      page,
      saved({
        units: UNITS.filter((unit) => unit !== 'summary'),
        last: 'summary',
        quizzes: { 'knowledge-check': passedCheck },
      }),
    );
    await page.goto('/units/summary/');
    const panel = page.getByRole('region', { name: 'Module complete ✓' });
    const left = page.getByRole('region', { name: 'What is left to complete the module' });
    await expect(left.getByRole('listitem').filter({ visible: true })).toHaveText([
      /Unit 7, Summary: mark it complete above/,
    ]);
    await expect(panel).toBeHidden();

    await page.getByRole('button', { name: MARK }).click();
    await expect(panel).toBeVisible();
    await expect(left).toBeHidden();
    await expect(panel.getByRole('link', { name: 'Take the self-assessment' })).toHaveAttribute(
      'href',
      '/self-assessment/',
    );
    await expect(
      panel.getByRole('link', { name: /co-management for existing Configuration Manager clients/ }),
    ).toHaveAttribute('href', 'https://learn.microsoft.com/intune/configmgr/comanage/tutorial-co-manage-clients');
    await expect(panel.getByRole('link', { name: /co-management for new internet-based devices/ })).toHaveAttribute(
      'href',
      'https://learn.microsoft.com/intune/configmgr/comanage/tutorial-co-manage-new-devices',
    );
    await panel.scrollIntoViewIfNeeded();
    await axeBothThemes(page, expectNoAxeViolations, 'module-complete panel on the summary');

    await page.goto('/');
    const homePanel = page.getByRole('region', { name: 'Module complete ✓' });
    await expect(homePanel).toBeVisible();
    await expect(homePanel.getByRole('link', { name: 'Take the self-assessment' })).toBeVisible();
    await axeBothThemes(page, expectNoAxeViolations, 'module-complete panel on the home page');

    // Taking a unit's mark back takes the panel away.
    await page.goto('/units/summary/');
    await page.getByRole('button', { name: MARKED }).click();
    await expect(panel).toBeHidden();
    await page.goto('/');
    await expect(homePanel).toBeHidden();
  });
});

test.describe('reset, export and import', () => {
  /** Something of every kind: units, the place, a tick, a finished lab and the knowledge check's history. */
  const everything = saved({
    units: ['introduction', 'prerequisites', 'knowledge-check'],
    last: 'paths',
    ticks: ['prerequisites/entra-id-p1'],
    quizzes: { 'knowledge-check': passedCheck },
    labs: { 'compliance-policies-first': { met: [], done: 'self' } },
  });

  async function exportFile(page: Page, from: 'footer' | 'reset dialog'): Promise<{ name: string; text: string }> {
    const scope =
      from === 'footer' ? page.getByRole('contentinfo') : page.getByRole('dialog', { name: 'Reset your progress?' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      scope.getByRole('button', { name: 'Export my progress' }).click(),
    ]);
    const path = await download.path();
    return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
  }

  /** Imports from the home page's "Your progress" card, where Import lives. */
  async function importFile(page: Page, name: string, text: string): Promise<void> {
    const card = page.getByRole('region', { name: 'Your progress' });
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      card.getByRole('button', { name: 'Import progress' }).click(),
    ]);
    await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  }

  test('export, reset and import bring everything back: units, place, ticks, a lab done mark and quiz history', async ({
    page,
    expectNoAxeViolations,
  }) => {
    await seed(page, everything);
    await page.goto('/');
    await expect(page.getByText('3 of 7 units complete')).toBeVisible();

    // The reset dialog says exactly what goes, and offers the export first.
    await page.getByRole('button', { name: 'Reset my progress' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reset your progress?' });
    await expect(dialog.getByRole('listitem')).toHaveText([
      'the units you marked complete',
      'the place you left off (where Continue takes you)',
      'your checklist ticks',
      'your lab work and the labs you finished',
      'your quiz history and best scores',
    ]);
    await axeBothThemes(page, expectNoAxeViolations, 'reset dialog');
    const file = await exportFile(page, 'reset dialog');
    expect(file.name).toMatch(/^co-management-lab-progress-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(file.text)).toEqual(JSON.parse(everything));
    await dialog.getByRole('button', { name: 'Reset progress' }).click();
    await expect(page.getByText('0 of 7 units complete')).toBeVisible();
    expect(await savedNow(page)).toBeNull();

    // Nothing is saved now, so the import asks nothing.
    await importFile(page, file.name, file.text);
    await expect(page.getByText('3 of 7 units complete')).toBeVisible();
    await expect(
      page.getByRole('status').filter({ hasText: 'Your progress has been imported from the file.' }),
    ).toBeVisible();
    await expect(page.getByText('Lab done', { exact: true }).first()).toBeVisible();
    await expect(page.getByRole('link', { name: 'Continue where you left off' })).toHaveAttribute(
      'href',
      '/units/paths/',
    );
    expect(JSON.parse((await savedNow(page))!)).toEqual(JSON.parse(everything));

    await page.goto('/units/prerequisites/');
    const checklist = page.getByRole('region', { name: /checklist/i });
    await checklist.scrollIntoViewIfNeeded();
    await expect(checklist.getByRole('checkbox', { checked: true })).toHaveCount(1);
    await page.goto('/units/knowledge-check/');
    const quiz = page.getByRole('region', { name: 'Knowledge check', exact: true });
    await quiz.scrollIntoViewIfNeeded();
    await expect(quiz.getByText('Your best score so far: 100%')).toBeVisible();
  });

  test('importing over progress asks first; Cancel changes nothing, Replace takes the file', async ({
    page,
    expectNoAxeViolations,
  }) => {
    await seed(page, saved({ units: ['paths'], last: 'paths' }));
    // Every page's footer leads to Import on the home page.
    await page.goto('/units/introduction/');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Import progress' }).click();
    await expect(page).toHaveURL(/\/#your-progress$/);
    const before = await savedNow(page);
    await importFile(page, 'progress.json', everything);
    const confirm = page.getByRole('dialog', { name: 'Replace your progress with the file’s?' });
    await expect(confirm).toBeVisible();
    await axeBothThemes(page, expectNoAxeViolations, 'import confirmation');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByRole('button', { name: 'Import progress' })).toBeFocused();
    expect(await savedNow(page)).toBe(before);

    await importFile(page, 'progress.json', everything);
    await confirm.getByRole('button', { name: 'Replace my progress' }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByText('3 of 7 units complete')).toBeVisible();
    expect(JSON.parse((await savedNow(page))!).completedUnits).toEqual([
      'introduction',
      'knowledge-check',
      'prerequisites',
    ]);
  });

  const refusals = [
    {
      file: 'a corrupt file (cut short)',
      text: everything.slice(0, 60),
      reason: 'This file could not be read: it is not complete, valid progress from this course',
    },
    {
      file: 'a foreign JSON file',
      text: JSON.stringify({ name: 'my-app', dependencies: {} }),
      reason: 'This file is not a progress file from this course.',
    },
    {
      file: 'a file whose quiz history is unreadable',
      text: everything.replace(/"quizzes":\{.*\},"labs"/, '"quizzes":{"knowledge-check":7},"labs"'),
      reason: 'The quiz history in this file could not be read',
    },
    {
      file: 'a file from a newer version',
      text: everything.replace('"version":3', '"version":9'),
      reason: 'saved by a newer version of this course',
    },
  ];
  for (const { file, text, reason } of refusals) {
    test(`${file} is refused with the reason, and nothing changes`, async ({ page, expectNoAxeViolations }) => {
      await seed(page, saved({ units: ['paths'], last: 'paths' }));
      await page.goto('/');
      const before = await savedNow(page);
      await importFile(page, 'progress.json', text);
      const refused = page.getByRole('dialog', { name: 'The file was not imported' });
      await expect(refused).toContainText(reason);
      await expect(refused).toContainText('Your progress has not changed.');
      if (file === 'a corrupt file (cut short)') await axeBothThemes(page, expectNoAxeViolations, 'import refused');
      await refused.getByRole('button', { name: 'Close' }).click();
      await expect(refused).toBeHidden();
      expect(await savedNow(page)).toBe(before);
      await expect(page.getByText('1 of 7 units complete')).toBeVisible();
    });
  }
});
