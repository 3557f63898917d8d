/**
 * The co-management enablement simulator, located by role and accessible name only: Pilot with an
 * Intune Auto Enrollment collection enrolls exactly that collection's eligible members, a device
 * outside it stays at Eligible, a Windows 10 1607 member fails with 0x80070032 and an ineligible
 * member shows its reason; a broken prerequisite shows its error code until it is fixed. axe runs
 * on every state visited, in both themes.
 */
import { test, expect, axeBothThemes, pressUntilFocused } from './fixtures';
import type { Locator, Page } from '@playwright/test';


const simulatorOn = (page: Page) => page.getByRole('region', { name: /^Co-management enablement:/ });


/** The island has hydrated once its Apply button is enabled (it is disabled in the server HTML). */
async function hydrated(sim: Locator) {
  await expect(sim.getByRole('button', { name: 'Apply' })).toBeEnabled();
}

/** The count the funnel's table view shows for a stage. */
async function funnelCount(sim: Locator, stage: string): Promise<number> {
  const row = sim.getByRole('table', { name: 'Devices per funnel stage (cumulative)' }).getByRole('row', { name: new RegExp(`^${stage} \\d+$`) });
  return Number(await row.getByRole('cell').innerText());
}

/** Chooses Pilot with a collection and returns the members and eligible members the form reports. */
async function choosePilot(sim: Locator, collection: string): Promise<{ members: number; eligible: number }> {
  await sim.getByRole('radio', { name: 'Pilot' }).check();
  await sim.getByRole('combobox', { name: 'Intune Auto Enrollment collection' }).selectOption({ label: collection });
  const hint = await sim.getByText(new RegExp(`^${collection} has \\d+ members; \\d+ of them are eligible\\.$`)).innerText();
  const [, members, eligible] = /has (\d+) members; (\d+) of them/.exec(hint)!;
  return { members: Number(members), eligible: Number(eligible) };
}


test.describe('co-management enablement simulator', () => {
  test('Pilot enrolls only the eligible members of the Intune Auto Enrollment collection; an ineligible member shows why', async ({
    page,
    expectNoAxeViolations,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/scenarios/pilot-enrollment-for-it/');
    const sim = simulatorOn(page);
    await hydrated(sim);
    await expect(sim.getByText('Now: None')).toBeVisible();
    await axeBothThemes(page, expectNoAxeViolations, 'start');

    await sim.getByRole('button', { name: 'Show the funnel as a table' }).click();
    expect(await funnelCount(sim, 'Enrolled')).toBe(0);
    const { members, eligible } = await choosePilot(sim, 'IT Devices');
    expect(eligible).toBeGreaterThan(0);
    expect(eligible, 'the collection also holds ineligible members').toBeLessThan(members);
    await sim.getByRole('button', { name: 'Apply' }).click();
    await expect(sim.getByText('Now: Pilot (IT Devices)')).toBeVisible();
    await expect(sim.getByRole('status')).toContainText(`${eligible} devices scheduled for enrollment`);
    expect(await funnelCount(sim, 'Scheduled')).toBe(eligible);
    await axeBothThemes(page, expectNoAxeViolations, 'Pilot applied, funnel as a table');

    // Enrollment is spread over time: after 90 simulated minutes every eligible member has initiated
    // enrollment; all are enrolled except the two on Windows 10 1607, which fail with 0x80070032.
    await sim.getByRole('button', { name: 'Advance 1 hour' }).click();
    await sim.getByRole('button', { name: 'Advance 15 minutes' }).click();
    await sim.getByRole('button', { name: 'Advance 15 minutes' }).click();
    await expect(sim.getByText('Simulated time: Day 1, 10:30')).toBeVisible();
    expect(await funnelCount(sim, 'Enrolled')).toBe(eligible - 2);
    expect(await funnelCount(sim, 'Enrollment initiated')).toBe(eligible);
    const errors = sim.getByRole('table', { name: 'Enrollment errors' });
    await expect(errors.getByRole('row', { name: /^0x80070032 2 / })).toContainText('MDM auto-enrollment only supported on Windows RS3 and above (0x80070032)');
    await sim.getByRole('button', { name: 'Show the funnel as a chart' }).click();
    await expect(sim.getByRole('figure', { name: 'Devices per funnel stage (cumulative)' })).toBeVisible();
    await axeBothThemes(page, expectNoAxeViolations, 'after 90 minutes, funnel as a chart');

    // The device list agrees: the collection's enrolled members, its failed ones, then its ineligible ones.
    const devices = sim.getByRole('region', { name: 'Devices', exact: true });
    await devices.getByRole('combobox', { name: 'Collection', exact: true }).selectOption({ label: 'IT Devices' });
    await devices.getByRole('combobox', { name: 'Funnel stage' }).selectOption('Enrolled');
    await expect(devices.getByRole('table', { name: `Devices: ${eligible - 2} of 400 match` })).toBeVisible();
    await devices.getByRole('combobox', { name: 'Funnel stage' }).selectOption('Failed');
    const failed = devices.getByRole('table', { name: 'Devices: 2 of 400 match' });
    await expect(failed).toBeVisible();

    await failed.getByRole('button', { name: 'CON-0037' }).click();
    const detail = devices.getByRole('region', { name: 'CON-0037' });
    await expect(detail.getByRole('heading', { name: 'CON-0037' })).toBeFocused();
    await expect(detail.getByText('Windows 10, version 1607', { exact: true })).toBeVisible();
    await expect(detail.getByRole('listitem').filter({ hasText: 'Eligible device' })).toContainText('✓ Met');
    await expect(detail.getByRole('listitem').filter({ hasText: 'Targeted by Automatic enrollment in Intune' })).toContainText('✓ Met');
    const completes = detail.getByRole('listitem').filter({ hasText: 'Enrollment can complete' });
    await expect(completes).toContainText('✗ Not met');
    await expect(completes).toContainText('MDM auto-enrollment only supported on Windows RS3 and above (0x80070032)');
    await axeBothThemes(page, expectNoAxeViolations, 'failed member CON-0037 selected');

    await devices.getByRole('combobox', { name: 'Funnel stage' }).selectOption('Not eligible');
    const ineligible = devices.getByRole('table', { name: `Devices: ${members - eligible} of 400 match` });
    await expect(ineligible).toBeVisible();

    await ineligible.getByRole('button', { name: 'CON-0039' }).click();
    const registered = devices.getByRole('region', { name: 'CON-0039' });
    await expect(registered.getByRole('listitem').filter({ hasText: 'Eligible device' })).toContainText(
      'only Microsoft Entra registered: registered (workplace joined) devices are not supported',
    );

    // A device outside the collection stays at Eligible, even a day later.
    await devices.getByRole('combobox', { name: 'Collection', exact: true }).selectOption({ label: 'Any collection' });
    await devices.getByRole('combobox', { name: 'Funnel stage' }).selectOption('Eligible');
    const waiting = devices.getByRole('table', { name: /^Devices: \d+ of 400 match, showing 100$/ });
    const outsider = waiting.getByRole('button').first();
    const name = await outsider.innerText();
    await outsider.click();
    const outside = devices.getByRole('region', { name });
    await expect(outside.getByRole('heading', { name })).toBeFocused();
    await expect(outside.getByText('IT Devices')).toHaveCount(0);
    const targeted = outside.getByRole('listitem').filter({ hasText: 'Targeted by Automatic enrollment in Intune' });
    await expect(targeted).toContainText('✗ Not met');
    await expect(targeted).toContainText('Automatic enrollment in Intune is Pilot and the device is not in the Intune Auto Enrollment collection');
    await sim.getByRole('button', { name: 'Advance 1 day' }).click();
    await expect(sim.getByText('Simulated time: Day 2, 10:30')).toBeVisible();
    await expect(outside.getByText('Eligible', { exact: true })).toBeVisible();
    await sim.getByRole('button', { name: 'Show the funnel as a table' }).click();
    expect(await funnelCount(sim, 'Enrolled')).toBe(eligible - 2);
    await axeBothThemes(page, expectNoAxeViolations, `a day later, ${name} outside the collection selected`);

    // Back to the list, and the next page of devices.
    const stillEligible = (await funnelCount(sim, 'Eligible')) - (await funnelCount(sim, 'Scheduled'));
    await outside.getByRole('button', { name: `Back to ${name} in the list` }).click();
    await expect(waiting.getByRole('button', { name })).toBeFocused();
    await devices.getByRole('button', { name: 'Show 100 more' }).click();
    await expect(devices.getByRole('table', { name: `Devices: ${stillEligible} of 400 match, showing 200` })).toBeVisible();
  });

  test('a broken prerequisite shows its error code until automatic enrollment is configured', async ({ page, expectNoAxeViolations }) => {
    test.setTimeout(90_000);
    await page.goto('/scenarios/broken-prerequisite/');
    const sim = simulatorOn(page);
    await hydrated(sim);
    const automatic = sim.getByRole('listitem').filter({ hasText: 'Automatic enrollment (Microsoft Intune MDM app in Entra ID)' });
    await expect(automatic).toContainText('✗ Not met');
    await expect(automatic).toContainText('Devices > Device onboarding > Enrollment > Windows > Automatic Enrollment');
    // The MDM user scope is All: it is not the cause.
    await expect(automatic.getByRole('combobox', { name: 'MDM user scope' })).toHaveValue('all');

    await sim.getByRole('radio', { name: 'All' }).check();
    await sim.getByRole('button', { name: 'Apply' }).click();
    await expect(sim.getByText('Now: All')).toBeVisible();
    await sim.getByRole('button', { name: 'Advance 1 hour' }).click();
    await sim.getByRole('button', { name: 'Advance 1 hour' }).click();
    const errors = sim.getByRole('table', { name: 'Enrollment errors' });
    await expect(errors.getByRole('row', { name: /^0x8000FFFF 500 / })).toContainText("MDM enrollment hasn't been configured yet on Azure AD");
    await sim.getByRole('combobox', { name: 'Funnel stage' }).selectOption('Failed');
    await expect(sim.getByRole('table', { name: 'Devices: 500 of 500 match, showing 100' })).toBeVisible();
    await axeBothThemes(page, expectNoAxeViolations, 'every enrollment failed');

    await automatic.getByRole('checkbox', { name: 'Automatic enrollment configured' }).check();
    await expect(automatic).toContainText('✓ Met');
    await sim.getByRole('button', { name: 'Advance 1 day' }).click();
    await expect(sim.getByText('Enrollment errors: none.')).toBeVisible();
    await sim.getByRole('button', { name: 'Show the funnel as a table' }).click();
    expect(await funnelCount(sim, 'Enrolled')).toBe(500);
    await axeBothThemes(page, expectNoAxeViolations, 'automatic enrollment configured, every device enrolled');
  });

  test('works with the keyboard alone, and focus follows each action', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/scenarios/pilot-enrollment-for-it/');
    const sim = simulatorOn(page);
    await hydrated(sim);

    await pressUntilFocused(page, sim.getByRole('radio', { name: 'None' }));
    await page.keyboard.press('ArrowRight');
    await expect(sim.getByRole('radio', { name: 'Pilot' })).toBeChecked();
    await page.keyboard.press('Tab');
    const collection = sim.getByRole('combobox', { name: 'Intune Auto Enrollment collection' });
    await expect(collection).toBeFocused();
    await page.keyboard.type('IT');
    await expect(collection).toHaveValue('it-devices');
    await page.keyboard.press('Tab');
    await expect(sim.getByRole('button', { name: 'Apply' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(sim.getByText('Now: Pilot (IT Devices)')).toBeVisible();

    await pressUntilFocused(page, sim.getByRole('button', { name: 'Advance 1 day' }), 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(sim.getByText('Simulated time: Day 2, 09:00')).toBeVisible();

    const device = sim.getByRole('button', { name: 'CON-0037', exact: true });
    await pressUntilFocused(page, device);
    await page.keyboard.press('Enter');
    await expect(sim.getByRole('heading', { name: 'CON-0037' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(sim.getByRole('button', { name: 'Back to CON-0037 in the list' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(device).toBeFocused();

    await pressUntilFocused(page, sim.getByRole('button', { name: 'Show 100 more' }));
    await page.keyboard.press('Enter');
    await expect(sim.getByRole('button', { name: 'CON-0101', exact: true })).toBeFocused();
  });

  test('inside unit 3 it hydrates when scrolled into view, under a level-3 heading', async ({ page, expectNoAxeViolations }) => {
    test.setTimeout(90_000);
    await page.goto('/units/prerequisites/');
    const sim = simulatorOn(page);
    await sim.scrollIntoViewIfNeeded();
    await hydrated(sim);
    await expect(sim.getByRole('heading', { level: 3, name: /^Co-management enablement:/ })).toBeVisible();
    await expect(sim.getByRole('heading', { level: 4, name: 'Enablement' })).toBeVisible();

    const { eligible } = await choosePilot(sim, 'IT Devices');
    await sim.getByRole('button', { name: 'Apply' }).click();
    await sim.getByRole('button', { name: 'Advance 1 day' }).click();
    await sim.getByRole('button', { name: 'Show the funnel as a table' }).click();
    // Two members run Windows 10 1607: they initiate enrollment and fail with 0x80070032.
    expect(await funnelCount(sim, 'Enrollment initiated')).toBe(eligible);
    expect(await funnelCount(sim, 'Enrolled')).toBe(eligible - 2);
    await axeBothThemes(page, expectNoAxeViolations, 'unit 3, IT Devices enrolled');
  });
});
