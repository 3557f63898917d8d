import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

/** What the shell shows of a session: the simulated time and the timeline's steps. */
async function sessionView(page: Page) {
  const simulator = page.getByRole('region', { name: /^Co-management enablement:/ });
  const clock = await simulator.getByText(/^Simulated time:/).innerText();
  const summary = simulator.getByText(/^Timeline:/);
  await summary.click();
  const steps = await simulator.getByRole('list', { name: 'Timeline steps' }).getByRole('button').allInnerTexts();
  await summary.click();
  return { clock, steps };
}

test.describe('every simulator: timeline, reset and share links', () => {
  test('step back shows the previous state, and a copied link reopens the same state in a new page', async ({ page, context }) => {
    await page.goto('/scenarios/pilot-enrollment-for-it/');
    const simulator = page.getByRole('region', { name: /^Co-management enablement:/ });
    const clock = simulator.getByText(/^Simulated time:/);
    // The time buttons are disabled until the island has hydrated.
    await expect(simulator.getByRole('button', { name: 'Advance 1 hour' })).toBeEnabled();
    await expect(simulator.getByRole('button', { name: 'Step back' })).toBeDisabled();
    const start = await clock.innerText();

    await simulator.getByRole('button', { name: 'Advance 1 hour' }).click();
    await expect(clock).not.toHaveText(start);
    const afterOneHour = await clock.innerText();
    await expect(simulator.getByRole('status').filter({ hasText: /Time advanced 1 hour/ })).toBeVisible();
    await simulator.getByRole('button', { name: 'Advance 15 minutes' }).click();
    await expect(clock).not.toHaveText(afterOneHour);

    await simulator.getByRole('button', { name: 'Step back' }).click();
    await expect(clock).toHaveText(afterOneHour);
    await simulator.getByRole('button', { name: 'Step forward' }).click();
    await simulator.getByRole('button', { name: 'Step back' }).click();
    await expect(clock).toHaveText(afterOneHour);

    await simulator.getByRole('button', { name: 'Copy link to this state' }).click();
    const link = await simulator.getByRole('textbox', { name: 'Link to this state' }).inputValue();
    expect(link).toMatch(/\/scenarios\/pilot-enrollment-for-it\/#s=/);
    const before = await sessionView(page);

    const other = await context.newPage();
    await other.goto(link);
    const reopened = other.getByRole('region', { name: /^Co-management enablement:/ });
    await expect(reopened.getByText(/Opened a shared session: 1 step restored\./)).toBeVisible();
    await expect(reopened.getByText(/^Simulated time:/)).toHaveText(afterOneHour);
    expect(await sessionView(other)).toEqual({ ...before, steps: before.steps.slice(0, 2) });

    await reopened.getByRole('button', { name: 'Reset' }).click();
    await expect(reopened.getByText(/^Simulated time:/)).toHaveText(start);
    await expect(reopened.getByRole('button', { name: 'Step back' })).toBeDisabled();
  });

  test('a truncated or hostile link opens the start with a notice that shows nothing from the link as markup', async ({ page }) => {
    await page.goto('/scenarios/pilot-enrollment-for-it/');
    const simulator = page.getByRole('region', { name: /^Co-management enablement:/ });
    await simulator.getByRole('button', { name: 'Advance 1 hour' }).click();
    await simulator.getByRole('button', { name: 'Copy link to this state' }).click();
    const link = await simulator.getByRole('textbox', { name: 'Link to this state' }).inputValue();
    const start = await page.evaluate(() => performance.now());
    expect(start).toBeGreaterThan(0);

    for (const bad of [link.slice(0, -4), `${link.split('#s=')[0]}#s=<img src=x onerror=window.__pwned=1>`]) {
      await page.goto('about:blank');
      await page.goto(bad);
      const fresh = page.getByRole('region', { name: /^Co-management enablement:/ });
      await expect(fresh.getByText(/^This link could not be opened, so the simulator starts at the beginning of the scenario\./)).toBeVisible();
      await expect(fresh.getByRole('button', { name: 'Step back' })).toBeDisabled();
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    }
  });
});
