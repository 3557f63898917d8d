/**
 * The trainers' presenter view and its notes window, driven as a trainer would: with the keys,
 * and the notes window as a second page of the same browser. After every step the lab's clock is
 * compared with the engine's own state for the scenario's actions up to that step, and where the
 * stage is the co-management dashboard, its funnel too. (What the stage shows for each step is in
 * present-stage.spec.ts.)
 */
import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { test, expect, labOf } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { ScenarioSchema } from '../src/schemas/scenario';
import { runScenario } from '../src/sim/run-scenario';
import { formatSimTime, funnelCounts } from '../src/sim/derive';
import type { Scenario } from '../src/sim/types';

const ID = 'pilot-enrollment-for-it';
const scenario = ScenarioSchema.parse(parse(readFileSync(`content/scenarios/${ID}.yaml`, 'utf8'))) as Scenario;
const stepCount = scenario.steps.length;

const simulatorOn = (page: Page) => labOf(page, scenario.title);

/** Waits until the island runs (its step buttons are plain buttons before that). */
async function hydrated(page: Page): Promise<void> {
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(simulatorOn(page).getByText(/^Simulated time:/)).toBeVisible();
}

async function openPresenter(page: Page): Promise<Locator> {
  await page.goto(`/present/${ID}/`);
  await hydrated(page);
  // Keys go to the page, as after a trainer clicks on an empty part of the screen.
  await page.mouse.click(3, 3);
  return simulatorOn(page);
}

/** Shows the trainer's lab tools: the lab bar's buttons, the window switcher, the consoles' navigation. */
async function showLabTools(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Lab tools' }).click();
  await expect(page.getByRole('button', { name: 'Lab tools' })).toHaveAttribute('aria-pressed', 'true');
}

async function funnelCount(sim: Locator, stage: string): Promise<number> {
  // Each dashboard chart is drawn as a table with its bars; a count the step changed has its change beside it.
  const row = sim
    .getByRole('table', { name: 'Devices per funnel stage (cumulative)' })
    .getByRole('row', { name: new RegExp(`^${stage} [\\d,]+( [+−][\\d,]+)?$`) });
  return Number((await row.getByRole('button').innerText()).replace(/,/g, ''));
}

/** The presenter view shows step `step` and a lab in the engine's state after that many steps. */
async function expectAtStep(page: Page, step: number): Promise<void> {
  const run = runScenario(scenario, step);
  if (!run.ok) throw new Error(run.reason);
  const { state } = run;
  await expect(page.locator('.present__counter')).toHaveText(
    step === 0 ? `Start · ${stepCount} steps` : new RegExp(`^Step ${step} of ${stepCount}( ·|$)`),
  );
  await expect(
    page.getByRole('heading', {
      level: 2,
      name: step === 0 ? 'Before the first step' : scenario.steps[step - 1]!.title,
    }),
  ).toBeVisible();
  const sim = simulatorOn(page);
  await expect(sim.getByText(/^Simulated time:/)).toHaveText(`Simulated time: ${formatSimTime(state.clock)}`);
  // The dashboard is the stage at the start (where the scenario opens) and at step 3.
  if (step === 0 || step === 3) {
    const counts = funnelCounts(state);
    expect(await funnelCount(sim, 'Scheduled'), `scheduled at step ${step}`).toBe(counts.scheduled);
    expect(await funnelCount(sim, 'Enrolled'), `enrolled at step ${step}`).toBe(counts.enrolled);
  }
}

/** Presses the key until the counter reads step `step` (a step that shows several views takes a key per view). */
async function pressTo(page: Page, key: string, step: number): Promise<void> {
  for (let presses = 0; presses < 12; presses++) {
    const at = await page.locator('.present__counter').innerText();
    if (new RegExp(`^Step ${step} of \\d+(?: · view 1 of \\d+)?$`).test(at) || (step === 0 && at.startsWith('Start')))
      return;
    await page.keyboard.press(key);
    await expect(page.locator('.present__counter')).not.toHaveText(at);
  }
  throw new Error(`never reached step ${step}`);
}

test.describe('presenter view', () => {
  test('steps forward three times and back once with the keys, matching the engine each time; Home returns to the start from off script', async ({
    page,
    expectNoAxeViolations,
  }) => {
    test.setTimeout(60_000);
    await openPresenter(page);
    await expectAtStep(page, 0);
    await page.keyboard.press('ArrowRight');
    await expectAtStep(page, 1);
    // Step 2 shows two views: the Enablement tab, then the dashboard; Page Down moves through both.
    await page.keyboard.press('PageDown');
    await expect(page.getByText('Step 2 of 4 · view 1 of 2', { exact: true })).toBeVisible();
    await expectAtStep(page, 2);
    await pressTo(page, 'ArrowRight', 3);
    await expectAtStep(page, 3);
    await pressTo(page, 'ArrowLeft', 2);
    await expectAtStep(page, 2);
    await expect(page).toHaveURL(/#step=2$/);

    // Off script in the live lab, then back with Home (pressed on the lab's button).
    const sim = simulatorOn(page);
    await showLabTools(page);
    await sim.getByRole('button', { name: 'Advance 1 day' }).click();
    const offScript = page.getByText('Live changes: the next step returns to the script');
    await expect(offScript).toBeVisible();
    await expectNoAxeViolations(page, 'presenter view off script');
    await page.keyboard.press('Home');
    await expectAtStep(page, 0);
    await expect(offScript).toHaveCount(0);

    // A reload keeps the step.
    await page.keyboard.press('End');
    await expectAtStep(page, stepCount);
    await page.reload();
    await hydrated(page);
    await expect(page.getByText(`Step ${stepCount} of ${stepCount}`, { exact: true })).toBeVisible();
  });

  test('B blanks the screen and brings it back; ? opens the keys and Escape closes them', async ({
    page,
    expectNoAxeViolations,
  }) => {
    await openPresenter(page);
    const coversCentre = () =>
      page.evaluate(
        () => document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.closest('.present__blank') != null,
      );
    await page.keyboard.press('b');
    await expect(page.getByText('The screen is blank. Press B to bring it back.')).toBeAttached();
    expect(await coversCentre()).toBe(true);
    await page.keyboard.press('ArrowRight');
    expect(await coversCentre(), 'stepping behind a blank screen keeps it blank').toBe(true);
    await page.keyboard.press('B');
    await expect(page.getByText('The screen is blank. Press B to bring it back.')).toHaveCount(0);
    expect(await coversCentre()).toBe(false);
    await expect(page.getByText(`Step 1 of ${stepCount}`, { exact: true })).toBeVisible();

    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Presenter keys' });
    await expect(help).toBeVisible();
    await expect(help.getByRole('row', { name: /Blank the screen/ })).toContainText('B');
    await expectNoAxeViolations(page, 'presenter view with the keys open');
    // Keys other than "?" do nothing while the list is open.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();
    await expect(page.getByText(`Step 1 of ${stepCount}`, { exact: true })).toBeVisible();
  });

  test('Escape inside the lab hands the keys back to the presenter view', async ({ page }) => {
    await openPresenter(page);
    const sim = simulatorOn(page);
    await showLabTools(page);
    await sim.getByRole('tab', { name: 'Configuration Manager console' }).focus();
    await page.keyboard.press('ArrowRight');
    // The arrow moved along the lab's window tabs, not the step.
    await expect(sim.getByRole('tab', { name: 'Microsoft Intune admin center' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(page.getByText(`Start · ${stepCount} steps`, { exact: true })).toBeVisible();
    await sim.getByRole('tab', { name: 'Microsoft Intune admin center' }).focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Escape');
    await page.keyboard.press('ArrowRight');
    await expectAtStep(page, 1);
  });

  test('the notes window follows the presenter view, and the presenter view follows the notes window', async ({
    page,
    context,
    expectNoAxeViolations,
  }) => {
    test.setTimeout(60_000);
    await openPresenter(page);
    const [popup] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('n')]);
    await expect(popup).toHaveURL(new RegExp(`/present/${ID}/notes/$`));
    await popup.close();

    const notes = await context.newPage();
    await notes.goto(`/present/${ID}/notes/`);
    await expect(notes.getByRole('heading', { level: 1, name: `Notes: ${scenario.title}` })).toBeVisible();
    await expect(notes.getByRole('button', { name: 'Next step' })).toBeEnabled();

    await page.bringToFront();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expectAtStep(page, 2);
    await expect(notes.getByText(`Step 2 of ${stepCount}`, { exact: true })).toBeVisible();
    await expect(notes.getByRole('region', { name: scenario.steps[1]!.title })).toContainText(
      scenario.steps[1]!.presenterNote,
    );
    await expect(notes.getByText(`Next: ${scenario.steps[2]!.title}`)).toBeVisible();
    await expectNoAxeViolations(notes, 'notes window at step 2');

    await notes.getByRole('button', { name: 'Next step' }).click();
    await expect(notes.getByRole('region', { name: scenario.steps[2]!.title })).toContainText(
      scenario.steps[2]!.presenterNote,
    );
    await expectAtStep(page, 3);
    await notes.keyboard.press('Home');
    await expectAtStep(page, 0);
    await expect(notes.getByText(`Start · ${stepCount} steps`, { exact: true })).toBeVisible();
  });
});

test('every scenario steps from its start to its last step in the presenter view with nothing refused', async ({
  page,
}) => {
  test.setTimeout(120_000);
  for (const id of readdirSync('content/scenarios').map((file) => file.replace(/\.yaml$/, ''))) {
    const { steps, title } = ScenarioSchema.parse(parse(readFileSync(`content/scenarios/${id}.yaml`, 'utf8')));
    await page.goto(`/present/${id}/`);
    await expect(labOf(page, title)).toBeVisible();
    // The step buttons work before hydration too (they are plain buttons), so wait for the island.
    await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
    for (let step = 1; step <= steps.length; step++) {
      await pressTo(page, 'ArrowRight', step);
      await expect(page.locator('.present__counter'), id).toHaveText(new RegExp(`^Step ${step} of ${steps.length}`));
      await expect(page.getByRole('heading', { level: 2, name: steps[step - 1]!.title, exact: true })).toBeVisible();
    }
    // A refused action would leave a notice, with its Dismiss button, in the lab bar.
    await expect(page.getByRole('button', { name: 'Dismiss' }), `${id}: an action was refused`).toHaveCount(0);
  }
});

test.describe("trainers' page", () => {
  test('lists every scenario with its presenter and try-it links, and a running order that fills the class', async ({
    page,
  }) => {
    await page.goto('/trainers/');
    const scenarios = page.getByRole('region', { name: 'Scenarios' });
    const present = scenarios.getByRole('link', { name: 'Present', exact: true });
    await expect(present).toHaveCount(9);
    await expect(scenarios.getByRole('link', { name: 'Try it', exact: true })).toHaveCount(9);
    const card = scenarios.getByRole('listitem').filter({ has: page.getByRole('heading', { name: scenario.title }) });
    await expect(card).toContainText(`${stepCount} steps · ${scenario.durationMinutes} min`);
    await expect(card.getByRole('link', { name: /^unit \d+, / }).first()).toBeVisible();

    const order = page
      .getByRole('region', { name: /-minute class$/ })
      .getByRole('list')
      .first()
      .getByRole('listitem');
    const minutes = (await order.allInnerTexts()).map((text) => Number(/· (\d+) min/.exec(text)?.[1]));
    const heading = await page.getByRole('heading', { level: 2, name: /-minute class$/ }).innerText();
    expect(minutes.reduce((sum, value) => sum + value, 0)).toBe(Number(/^A (\d+)-minute class$/.exec(heading)?.[1]));

    await card.getByRole('link', { name: 'Present', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/present/${ID}/$`));
    await hydrated(page);
  });
});
