/**
 * The trainers' page as a trainer preparing a class uses it: swap-ins named by the scenarios'
 * own titles, the readiness checklist, the print button, and the page as it prints (the running
 * order with times, the swap-ins and the checklist; nothing else).
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { test, expect, axeBothThemes } from './fixtures';
import { ScenarioSchema } from '../src/schemas/scenario';
import { TrainersSchema } from '../src/schemas/trainers';

const trainers = TrainersSchema.parse(parse(readFileSync('content/trainers.yaml', 'utf8')));
const scenarioOf = (id: string) => ScenarioSchema.parse(parse(readFileSync(`content/scenarios/${id}.yaml`, 'utf8')));

test.describe("trainers' page", () => {
  test('names each swap-in and the scenario it replaces by their titles, and lists the readiness checklist to tick', async ({
    page,
    expectNoAxeViolations,
  }) => {
    await page.goto('/trainers/');
    const order = page.getByRole('region', { name: /-minute class$/ });
    const swapIns = order.getByRole('list', { name: 'To swap in' }).getByRole('listitem');
    await expect(swapIns).toHaveCount(trainers.alternatives.length);
    for (const [index, item] of trainers.alternatives.entries()) {
      const scenario = scenarioOf(item.scenario);
      const replaced = scenarioOf(item.replaces);
      await expect(swapIns.nth(index)).toContainText(
        `${scenario.title} (${scenario.durationMinutes} min) replaces “${replaced.title}” (${replaced.durationMinutes} min)`,
      );
      await expect(swapIns.nth(index).getByRole('link', { name: scenario.title })).toHaveAttribute(
        'href',
        `/present/${scenario.id}/`,
      );
      // The running order lists the scenario it replaces.
      await expect(order.getByRole('link', { name: `Present “${replaced.title}”` })).toBeVisible();
    }

    const checklist = page.getByRole('region', { name: 'Co-management readiness checklist' });
    await expect(checklist.getByRole('listitem').first()).toHaveText('The tenant has Entra ID P1 or P2.');
    await expect(checklist.getByRole('link', { name: 'unit 3, Prerequisites' })).toHaveAttribute(
      'href',
      '/units/prerequisites/',
    );

    const datetimes = await page
      .locator('time')
      .evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
    expect(datetimes.length).toBeGreaterThan(trainers.runningOrder.length * 2);
    for (const value of datetimes) expect(value, 'an ISO 8601 duration').toMatch(/^PT(?=\d)(\d+H)?(\d+M)?(\d+S)?$/);
    await axeBothThemes(page, expectNoAxeViolations, "trainers' page");
  });

  test('prints the running order with its times, the swap-ins and the checklist, and nothing else', async ({
    page,
  }) => {
    await page.goto('/trainers/');
    const hint = page.getByText(/^Print this page \(Ctrl\+P/);
    await expect(hint).toBeVisible();

    await page.emulateMedia({ media: 'print' });
    await expect(
      page.getByRole('heading', { level: 2, name: `A ${trainers.classMinutes}-minute class` }),
    ).toBeVisible();
    await expect(page.getByRole('region', { name: /-minute class$/ }).getByText('0:05 · 8 min')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'To swap in' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Co-management readiness checklist' })).toBeVisible();
    for (const hidden of ['Scenarios', 'Using the presenter view'])
      await expect(page.getByRole('heading', { level: 2, name: hidden })).toBeHidden();
    await expect(hint).toBeHidden();
    await expect(page.getByRole('banner')).toBeHidden();
  });
});
