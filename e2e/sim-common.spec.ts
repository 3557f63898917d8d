/**
 * Every lab: Undo and Redo, Reset, and share links (codec version 2 carries the open view; a
 * version-1 link still opens, at the scenario's opensAt). A link pasted into a tab already open on
 * its scenario applies without a reload; a link of another lab names that lab and links to it;
 * the open-link notice shows once.
 */
import { test, expect, labOf, labReady, openWindow } from './fixtures';
import type { Locator, Page } from '@playwright/test';
import { KEPT_V1_LINKS } from '../src/sim/share-link-v1-fixtures';

const TITLE = 'Pilot enrollment for the IT department';

/** What the lab shows of a session: the simulated time and the changes in Messages. */
async function sessionView(lab: Locator) {
  const clock = await lab.getByText(/^Simulated time:/).innerText();
  const summary = lab.getByText(/^Messages:/);
  await summary.click();
  const steps = await lab.getByRole('list', { name: 'Changes in this lab' }).getByRole('button').allInnerTexts();
  await summary.click();
  return { clock, steps };
}

async function shareLink(lab: Locator): Promise<string> {
  await lab.getByRole('button', { name: 'Share link' }).click();
  return lab.getByRole('textbox', { name: 'Link to this state' }).inputValue();
}

async function openLab(page: Page, path = '/scenarios/pilot-enrollment-for-it/'): Promise<Locator> {
  await page.goto(path);
  const lab = labOf(page, TITLE);
  await labReady(lab);
  return lab;
}

test.describe('every lab: Undo, Redo, Reset and share links', () => {
  test('Undo shows the previous state, and a shared link reopens the same state at the same view in a new page', async ({
    page,
    context,
  }) => {
    const lab = await openLab(page);
    const clock = lab.getByText(/^Simulated time:/);
    await expect(lab.getByRole('button', { name: 'Undo' })).toBeDisabled();
    const start = await clock.innerText();

    await lab.getByRole('button', { name: 'Advance 1 hour' }).click();
    await expect(clock).not.toHaveText(start);
    const afterOneHour = await clock.innerText();
    await expect(lab.getByRole('status').filter({ hasText: /^Day 1, 09:00 → 10:00: / })).toBeVisible();
    await lab.getByRole('button', { name: 'Advance 15 minutes' }).click();
    await expect(clock).not.toHaveText(afterOneHour);

    await lab.getByRole('button', { name: 'Undo' }).click();
    await expect(clock).toHaveText(afterOneHour);
    await lab.getByRole('button', { name: 'Redo' }).click();
    await lab.getByRole('button', { name: 'Undo' }).click();
    await expect(clock).toHaveText(afterOneHour);

    // The link carries the open view: the Intune admin center here.
    await openWindow(lab, 'Microsoft Intune admin center');
    const link = await shareLink(lab);
    expect(link).toMatch(/\/scenarios\/pilot-enrollment-for-it\/#s=2r\d+\./);
    const before = await sessionView(lab);

    const other = await context.newPage();
    await other.goto(link);
    const reopened = labOf(other, TITLE);
    await expect(reopened.getByText(/Opened a shared session: 1 step restored\./)).toBeVisible();
    await expect(reopened.getByText(/^Simulated time:/)).toHaveText(afterOneHour);
    await expect(reopened.getByRole('tab', { name: 'Microsoft Intune admin center' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(await sessionView(reopened)).toEqual({ ...before, steps: before.steps.slice(0, 2) });

    await reopened.getByRole('button', { name: 'Reset' }).click();
    await expect(reopened.getByText(/^Simulated time:/)).toHaveText(start);
    await expect(reopened.getByRole('button', { name: 'Undo' })).toBeDisabled();
  });

  test('a link pasted into a tab already open on its scenario applies without a reload, and its notice shows once', async ({
    page,
  }) => {
    const lab = await openLab(page);
    const clock = lab.getByText(/^Simulated time:/);
    const start = await clock.innerText();
    await lab.getByRole('button', { name: 'Advance 1 day' }).click();
    // The step applies once the step code has loaded.
    await expect(clock).not.toHaveText(start);
    const day = await clock.innerText();
    const link = await shareLink(lab);
    await lab.getByRole('button', { name: 'Reset' }).click();
    await expect(lab.getByText(/^Simulated time:/)).not.toHaveText(day);

    // The same page: only the fragment changes (no navigation), and the session arrives.
    await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    await page.evaluate((hash) => (window.location.hash = hash), new URL(link).hash);
    await expect(lab.getByText(/Opened a shared session: 1 step restored\./)).toBeVisible();
    await expect(lab.getByText(/^Simulated time:/)).toHaveText(day);
    expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);

    // A change clears the notice, and nothing brings it back for the same link.
    await lab.getByRole('button', { name: 'Advance 15 minutes' }).click();
    await expect(lab.getByText(/Opened a shared session/)).toHaveCount(0);
    await page.evaluate(() => window.dispatchEvent(new HashChangeEvent('hashchange')));
    await lab.getByRole('button', { name: 'Advance 15 minutes' }).click();
    await expect(lab.getByText(/Opened a shared session/)).toHaveCount(0);
  });

  test('a link of another lab is not opened here: the notice names that lab and links to it', async ({
    page,
    context,
  }) => {
    const other = await context.newPage();
    await other.goto('/scenarios/compliance-policies-first/');
    const otherLab = labOf(other, 'Compliance policies first');
    await labReady(otherLab);
    await otherLab.getByRole('button', { name: 'Advance 1 hour' }).click();
    const link = await shareLink(otherLab);

    const lab = await openLab(page);
    await page.evaluate((hash) => (window.location.hash = hash), new URL(link).hash);
    await expect(
      lab.getByText(
        'This link is for another lab ("compliance-policies-first"), not this one: open it on that lab\'s page.',
      ),
    ).toBeVisible();
    await expect(lab.getByRole('button', { name: 'Undo' })).toBeDisabled();
    const to = lab.getByRole('link', { name: /compliance-policies-first/ });
    await expect(to).toHaveAttribute(
      'href',
      new RegExp(
        `/scenarios/compliance-policies-first/#s=${new URL(link).hash.slice(3).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
      ),
    );
  });

  for (const kept of KEPT_V1_LINKS) {
    test(`a version-1 link of the former ${kept.simulator} simulator still opens, at the scenario's opensAt`, async ({
      page,
    }) => {
      await page.goto(kept.link);
      const lab = page.getByRole('region', { name: /^Lab: / });
      await expect(lab.getByText(`Opened a shared session: ${kept.actions.length} steps restored.`)).toBeVisible();
      await expect(lab.getByRole('button', { name: 'Undo' })).toBeEnabled();
    });
  }

  test('a link asked for while a time step still waits for the step code includes that step, and stays shown when the sentences load', async ({
    page,
    context,
  }) => {
    // Every script arrives late, as on a slow connection: the step code and the sentences load
    // after the learner has clicked a time step and Share link.
    await page.route('**/_astro/*.js', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    const lab = await openLab(page);
    const clock = lab.getByText(/^Simulated time:/);
    await lab.getByRole('button', { name: 'Advance 1 hour' }).click();
    await lab.getByRole('button', { name: 'Share link' }).click();
    const field = lab.getByRole('textbox', { name: 'Link to this state' });
    await expect(field).toBeVisible({ timeout: 15_000 });
    const link = await field.inputValue();
    await expect(lab.getByRole('status').filter({ hasText: /^Day 1, 09:00 → 10:00: / })).toBeVisible({
      timeout: 15_000,
    });
    await expect(field).toHaveValue(link);
    const afterOneHour = await clock.innerText();

    // A script still held back when the routes go would fail to continue: nothing waits for it now.
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    const other = await context.newPage();
    await other.goto(link);
    const reopened = labOf(other, TITLE);
    await expect(reopened.getByText(/Opened a shared session: 1 step restored\./)).toBeVisible();
    await expect(reopened.getByText(/^Simulated time:/)).toHaveText(afterOneHour);
  });

  test('a truncated or hostile link opens the start with a notice that shows nothing from the link as markup', async ({
    page,
  }) => {
    const lab = await openLab(page);
    await lab.getByRole('button', { name: 'Advance 1 hour' }).click();
    const link = await shareLink(lab);

    for (const bad of [link.slice(0, -4), `${link.split('#s=')[0]}#s=<img src=x onerror=window.__pwned=1>`]) {
      await page.goto('about:blank');
      await page.goto(bad);
      const fresh = labOf(page, TITLE);
      await expect(
        fresh.getByText(/^This link could not be opened, so the lab starts at the beginning of the scenario\./),
      ).toBeVisible();
      await expect(fresh.getByRole('button', { name: 'Undo' })).toBeDisabled();
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    }
  });
});
