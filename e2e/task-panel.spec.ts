/**
 * The task panel on the scenario pages of the labs of units 2 to 5: Guide me through the scenario
 * to its end by the keyboard alone (Take me there, then the key a learner would press on the
 * control it focuses), Check my work with every goal met, and the lab's done mark on its unit after
 * a reload; a wrong attempt that names each unmet check; a change the step did not ask for, with
 * Undo; "Do this step for me" and the "with help" mark; half-done work after a reload.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, axeBothThemes, labOf, labReady } from './fixtures';

test.describe.configure({ timeout: 240_000 });

const UNITS = [
  { slug: 'understand-co-management', scenario: 'compliance-policies-first', lab: 'Compliance policies first' },
  { slug: 'prerequisites', scenario: 'pilot-enrollment-for-it', lab: 'Pilot enrollment for the IT department' },
  { slug: 'connector-status', scenario: 'contoso-not-attached', lab: 'Contoso: a tenant not yet attached' },
  { slug: 'paths', scenario: 'internet-based-no-cmg', lab: 'Internet-based devices, no cloud management gateway yet' },
] as const;

async function openLab(page: Page, scenario: string, title: string): Promise<Locator> {
  await page.goto(`/scenarios/${scenario}/`);
  const lab = labOf(page, title);
  await lab.scrollIntoViewIfNeeded();
  await labReady(lab);
  await expect(taskOf(lab).getByRole('button', { name: 'Guide me' })).toBeEnabled();
  return lab;
}

const taskOf = (lab: Locator) => lab.getByRole('region', { name: 'Your task' });

/** Presses a key with a button focused (Enter), as a keyboard user would. */
async function press(button: Locator, key = 'Enter'): Promise<void> {
  await button.focus();
  await button.press(key);
}

/**
 * Where the guide is: the task panel, or the guide's strip in the modal dialog that is open (the
 * panel is inert behind it).
 */
async function guideOf(task: Locator): Promise<Locator> {
  const lab = task.locator('xpath=ancestor::*[@data-lab-console][1]');
  const dialog = lab.locator('dialog[open]');
  return (await dialog.count()) ? dialog.getByRole('group', { name: 'Guide' }) : task;
}

/**
 * Does the step the guide shows by the keyboard: Take me there focuses the next control of the
 * path, and the key a learner would press on it operates it (Space for a radio or a checkbox,
 * choosing the option for a list, Enter for the rest). Returns when the guide says the step is done.
 */
async function doStepByKeyboard(page: Page, task: Locator, step: number): Promise<void> {
  for (let turn = 0; turn < 40; turn++) {
    const guide = await guideOf(task);
    // A dialog's strip names the same step as the panel, and the guide has words for it.
    if (guide !== task) await expect(guide.getByText(new RegExp(`^Guide, step ${step} of `))).toBeVisible();
    const status = guide.getByRole('status');
    await expect(status).not.toHaveText('');
    const said = (await status.innerText()).trim();
    if (said === 'Step done.' || said.startsWith('This was the last step')) return;
    const take = guide.getByRole('button', { name: 'Take me there' });
    await expect(take, `the guide points somewhere (it says "${said}")`).toBeVisible();
    await press(take);
    const focused = page.locator(':focus');
    const kind = await focused.evaluate((element) => {
      if (element instanceof HTMLSelectElement) return 'select';
      const type = element instanceof HTMLInputElement ? element.type : '';
      const role = element.getAttribute('role') ?? '';
      return type === 'radio' || type === 'checkbox' || role === 'radio' || role === 'checkbox' ? 'space' : 'enter';
    });
    if (kind === 'select') {
      // "Next: <list name>: <option>." — the option the guide names.
      const option = /: ([^:]+)\.$/.exec(said)?.[1] ?? '';
      await focused.evaluate((element, wanted) => {
        const select = element as HTMLSelectElement;
        const index = [...select.options].findIndex((o) => o.textContent?.trim() === wanted);
        // A keyboard user moves through the list with the arrow keys; the test jumps there.
        select.selectedIndex = index;
        select.dispatchEvent(new Event('input', { bubbles: true }));
        select.dispatchEvent(new Event('change', { bubbles: true }));
      }, option);
    } else {
      await page.keyboard.press(kind === 'space' ? 'Space' : 'Enter');
    }
    // The guide says what is next once the lab has taken the change (the same words when a button
    // is pressed again, as the time buttons are): give it a moment to change its words.
    await expect
      .poll(async () => (await status.innerText()).trim(), { timeout: 1_500 })
      .not.toBe(said)
      .catch(() => undefined);
  }
  throw new Error('the step did not finish within 40 turns');
}

for (const { slug, scenario, lab: title } of UNITS) {
  test(`${scenario} (unit ${slug}): Guide me through the lab by the keyboard, Check my work, and the unit shows the lab done after a reload`, async ({
    page,
    expectNoAxeViolations,
  }) => {
    const lab = await openLab(page, scenario, title);
    const task = taskOf(lab);
    await press(task.getByRole('button', { name: 'Guide me' }));
    await expect(task.getByRole('heading', { name: /^Step 1 of \d+:/ })).toBeFocused();
    await axeBothThemes(page, expectNoAxeViolations, `${slug}: guide open`);
    const steps = Number(
      /of (\d+):/.exec(await task.getByRole('heading', { name: /^Step \d+ of \d+:/ }).innerText())![1],
    );
    for (let step = 1; step <= steps; step++) {
      await expect(task.getByRole('heading', { name: new RegExp(`^Step ${step} of ${steps}:`) })).toBeVisible();
      await doStepByKeyboard(page, task, step);
      if (step < steps) await press((await guideOf(task)).getByRole('button', { name: 'Next step' }));
    }
    // A dialog still open at the end: close it with its OK as the guide says, then finish.
    const open = lab.locator('dialog[open]');
    if (await open.count())
      await press(
        open
          .getByRole('button', { name: 'OK', exact: true })
          .or(open.getByRole('button', { name: 'Close', exact: true }))
          .first(),
      );
    await press(task.getByRole('button', { name: 'Finish and check my work' }));
    await expect(task.getByRole('heading', { name: 'Every goal met: lab done.' })).toBeFocused();
    await expect(task.getByText('Not met:')).toHaveCount(0);
    await expect(task.getByText('Lab done', { exact: true })).toBeVisible();
    await axeBothThemes(page, expectNoAxeViolations, `${slug}: every goal met`);

    await page.reload();
    const again = labOf(page, title);
    await again.scrollIntoViewIfNeeded();
    await expect(taskOf(again).getByText('Lab done', { exact: true })).toBeVisible();
    // The unit's own done mark for its lab, set by the site script from saved progress.
    await page.goto(`/units/${slug}/`);
    await expect(page.locator('.lab-mark[data-done="self"]:not([hidden])').first()).toBeVisible();
  });
}

test('a wrong attempt names each unmet check, a change the step did not ask for offers Undo', async ({ page }) => {
  const lab = await openLab(page, 'compliance-policies-first', 'Compliance policies first');
  const task = taskOf(lab);
  await press(task.getByRole('button', { name: 'Check my work' }));
  await expect(task.getByRole('heading', { name: 'Not every goal is met yet.' })).toBeFocused();
  const unmet = task.locator('.task__goal li').filter({ hasText: /^Not met: / });
  expect(await unmet.count()).toBeGreaterThan(0);
  for (const text of await unmet.allInnerTexts()) expect(text).toMatch(/^Not met: .+; the goal wants .+\.$/);

  await press(task.getByRole('button', { name: 'Guide me' }));
  // Time is not what the first step asks for.
  await press(lab.getByRole('toolbar', { name: 'Lab bar' }).getByRole('button', { name: 'Advance 1 day' }));
  const deviation = task.getByText('Not part of this step:');
  await expect(deviation).toBeVisible();
  await press(task.getByRole('button', { name: 'Undo' }));
  await expect(deviation).toBeHidden();
});

test('"Do this step for me" takes back the learner\'s changes, does the step, and the lab is done with help', async ({
  page,
}) => {
  const lab = await openLab(page, 'contoso-not-attached', 'Contoso: a tenant not yet attached');
  const task = taskOf(lab);
  await press(task.getByRole('button', { name: 'Guide me' }));
  const steps = Number(
    /of (\d+):/.exec(await task.getByRole('heading', { name: /^Step \d+ of \d+:/ }).innerText())![1],
  );
  for (let step = 1; step <= steps; step++) {
    const status = task.getByRole('status');
    if (!/^(Step done\.|This was the last step)/.test((await status.innerText()).trim()))
      await press(task.getByRole('button', { name: 'Do this step for me' }));
    await expect(status).toHaveText(/^(Step done\.|This was the last step)/);
    if (step < steps) await press(task.getByRole('button', { name: 'Next step' }));
  }
  await press(task.getByRole('button', { name: 'Finish and check my work' }));
  await expect(task.getByRole('heading', { name: 'Every goal met, with help: lab done.' })).toBeFocused();
  await expect(task.getByText('Lab done with help', { exact: true })).toBeVisible();
});

test('half-done lab work survives a reload', async ({ page }) => {
  const lab = await openLab(page, 'pilot-enrollment-for-it', 'Pilot enrollment for the IT department');
  const task = taskOf(lab);
  await press(task.getByRole('button', { name: 'Guide me' }));
  // Step 1 only reads (it counts once its view is open); step 2 changes the enablement.
  const status = task.getByRole('status');
  if ((await status.innerText()).trim() !== 'Step done.')
    await press(task.getByRole('button', { name: 'Do this step for me' }));
  await expect(status).toHaveText('Step done.');
  // Its view is a dialog: the guide goes on in the dialog's strip (the panel is inert behind it).
  await press((await guideOf(task)).getByRole('button', { name: 'Next step' }));
  const guide = await guideOf(task);
  await expect(guide.getByText(/^(Guide, step|Step) 2 of \d+:/)).toBeVisible();
  await press(guide.getByRole('button', { name: 'Do this step for me' }));
  await expect(lab.getByText(/^Messages: [1-9]\d* changes?$/)).toBeVisible();
  const messages = await lab.getByText(/^Messages:/).innerText();

  await page.reload();
  const again = labOf(page, 'Pilot enrollment for the IT department');
  await again.scrollIntoViewIfNeeded();
  await labReady(again);
  await expect(again.getByText(messages, { exact: true })).toBeVisible();
  await press(taskOf(again).getByRole('button', { name: 'Guide me' }));
  await expect(taskOf(again).getByRole('heading', { name: /^Step 3 of \d+:/ })).toBeVisible();
});
