/**
 * The notes window as a speaker view: the class timer, shared by every presenter and notes window
 * of the browser, started by the first step key, kept across a reload and across scenarios, and
 * reset from any notes window; the pace against the scenario's plan; the time of day; and the
 * view's accessibility in both themes. Playwright's clock is one for the whole browser context, as
 * the real clock is one for every window: `setFixedTime` moves it while the pages' own timers run.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { test, expect, axeBothThemes } from './fixtures';
import { ScenarioSchema } from '../src/schemas/scenario';
import { paceOf } from '../src/components/present/class-timer';

const scenarioOf = (id: string) => ScenarioSchema.parse(parse(readFileSync(`content/scenarios/${id}.yaml`, 'utf8')));
const FIRST = scenarioOf('compliance-policies-first');
const SECOND = scenarioOf('pilot-enrollment-for-it');
/** Nine o'clock in the morning, in the browser's (and this process's) time zone. */
const NINE = new Date(2025, 2, 4, 9, 0, 0).getTime();
const at = (minutes: number, seconds = 0) => NINE + minutes * 60_000 + seconds * 1000;

/** The reading under one term of the timer row: "Class", "This scenario" or "Pace". */
const reading = (page: Page, term: 'Class' | 'This scenario' | 'Pace'): Locator =>
  page.locator(`.notes__readings dt:text-is("${term}") + dd`);

async function openPresenter(page: Page, id: string): Promise<void> {
  await page.goto(`/present/${id}/`);
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  // The presenter's own bar is live (the lab bar's Reset is hidden from the room until Lab tools).
  await expect(page.getByRole('button', { name: 'Next step', exact: true })).toBeEnabled();
  // Keys go to the page, as after a trainer clicks on an empty part of the screen.
  // (The mouse itself: with the page's clock faked, Playwright's wait for a stable element never ends.)
  await page.mouse.click(2, 300);
}

async function openNotes(context: BrowserContext, id: string): Promise<Page> {
  const notes = await context.newPage();
  await notes.goto(`/present/${id}/notes/`);
  await expect(notes.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(notes.getByRole('button', { name: 'Next step' })).toBeEnabled();
  return notes;
}

/** The class timer reads `text` (an m:ss stopwatch) with the matching ISO 8601 duration. */
async function expectClassTime(notes: Page, text: string, datetime: string): Promise<void> {
  const time = reading(notes, 'Class').locator('time');
  await expect(time).toHaveText(text);
  await expect(time).toHaveAttribute('datetime', datetime);
}

test.describe('notes window: the speaker view', () => {
  test('the class timer shows the same time in two notes windows opened a minute apart, keeps it across a reload and the next scenario, and resets everywhere', async ({
    page,
    context,
  }) => {
    test.setTimeout(60_000);
    await context.clock.setFixedTime(at(0));
    await openPresenter(page, FIRST.id);
    const first = await openNotes(context, FIRST.id);
    await expect(reading(first, 'Class')).toContainText('Starts at the first step key');
    await expect(first.getByRole('button', { name: 'Reset class timer' })).toBeDisabled();
    await expect(first.getByText('Time of day:').locator('..').locator('time')).toHaveAttribute('datetime', '09:00');

    // The first step key in the presenter view starts the class.
    await context.clock.setFixedTime(at(1));
    await page.bringToFront();
    await page.keyboard.press('ArrowRight');
    await expect(first.getByText(`Step 1 of ${FIRST.steps.length}`, { exact: true })).toBeVisible();
    await expect(first.getByRole('button', { name: 'Reset class timer' })).toBeEnabled();
    await expectClassTime(first, '0:00', 'PT0S');

    // A minute later a second notes window opens, and both show the same time.
    await context.clock.setFixedTime(at(2));
    const second = await openNotes(context, FIRST.id);
    for (const notes of [first, second]) {
      await expectClassTime(notes, '1:00', 'PT1M');
      await expect(reading(notes, 'This scenario').locator('time').first()).toHaveText('1:00');
      await expect(reading(notes, 'This scenario')).toContainText(`of ${FIRST.durationMinutes} min`);
      await expect(reading(notes, 'Pace')).toContainText(
        paceOf(60_000, FIRST.durationMinutes, 1, FIRST.steps.length).label,
      );
    }
    await expect(first.getByText('Time of day:').locator('..').locator('time')).toHaveAttribute('datetime', '09:02');

    // A reload keeps it; so does the next scenario in the same presenter tab, whose own time starts at its first step key.
    await context.clock.setFixedTime(at(3, 30));
    await second.reload();
    await expect(second.locator('astro-island[ssr]')).toHaveCount(0);
    await expectClassTime(second, '2:30', 'PT2M30S');
    await openPresenter(page, SECOND.id);
    await page.keyboard.press('ArrowRight');
    const next = await openNotes(context, SECOND.id);
    await context.clock.setFixedTime(at(4, 30));
    await expectClassTime(next, '3:30', 'PT3M30S');
    await expect(reading(next, 'This scenario').locator('time').first()).toHaveText('1:00');
    // The first scenario's notes no longer run its own time: the class has moved on.
    await expectClassTime(first, '3:30', 'PT3M30S');
    await expect(reading(first, 'Pace')).toHaveText('Not started');

    // Reset in one notes window resets them all; the next step key starts again.
    await next.getByRole('button', { name: 'Reset class timer' }).click();
    for (const notes of [first, second, next])
      await expect(reading(notes, 'Class')).toContainText('Starts at the first step key');
    const counter = page.locator('.present__counter');
    const before = await counter.innerText();
    await next.bringToFront();
    await next.keyboard.press('ArrowRight');
    await context.clock.setFixedTime(at(5, 30));
    await expectClassTime(first, '1:00', 'PT1M');
    // The presenter moved on (to the step's next view, or the next step: steps may show several views).
    await expect(counter).not.toHaveText(before);
    await expect(counter).toHaveText(new RegExp(`^Step \\d+ of ${SECOND.steps.length}`));
  });

  test('shows the note, the next step and a text preview of the room; every <time> has a valid datetime; axe finds nothing in either theme', async ({
    page,
    context,
    expectNoAxeViolations,
  }) => {
    test.setTimeout(60_000);
    const notes = await openNotes(context, FIRST.id);
    const room = notes.getByRole('region', { name: 'The room sees' });
    // Before the first step, the room sees the lab as it opens.
    await expect(room).toContainText('Stage');
    await expect(room).toContainText(FIRST.summary);
    await axeBothThemes(notes, expectNoAxeViolations, 'notes window at the start');

    await openPresenter(page, FIRST.id);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(notes.getByText(`Step 2 of ${FIRST.steps.length}`, { exact: true })).toBeVisible();
    await expect(notes.getByRole('region', { name: FIRST.steps[1]!.title })).toContainText(
      FIRST.steps[1]!.presenterNote,
    );
    await expect(notes.getByText(`Next: ${FIRST.steps[2]!.title}`)).toBeVisible();
    await expect(room).toContainText(FIRST.steps[1]!.narration);
    await expect(room.getByText('Strip above the stage')).toBeVisible();
    // The class timer comes on a channel of its own, a moment after the step: the pace shows once it has.
    await expect(reading(notes, 'Pace')).not.toHaveText('Not started');

    const datetimes = await notes
      .locator('time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
    expect(datetimes.length).toBeGreaterThanOrEqual(4);
    for (const value of datetimes)
      expect(value, 'a duration (PT…) or a time of day (HH:MM)').toMatch(/^(PT(?=\d)(\d+H)?(\d+M)?(\d+S)?|\d\d:\d\d)$/);
    await axeBothThemes(notes, expectNoAxeViolations, 'notes window at step 2');
  });
});
