/**
 * Co-management enablement in the lab console, located by role and accessible name only: the
 * Enablement tab of the co-management object's Properties in the Configuration Manager console
 * (Administration > Cloud Services > Cloud Attach > Properties) turns it on, the co-management
 * dashboard (Monitoring > Cloud Attach) shows the funnel, the enrollment errors and the devices
 * behind every count, and the Devices and Device Collections nodes show each device's reasons.
 * Same figures as the former enablement simulator's tests (e2e/sim-enablement.spec.ts): Pilot with
 * IT Devices enrolls exactly its eligible members, the two Windows 10 1607 members fail with
 * 0x80070032, CON-0039 is not eligible, a device outside the collection stays Eligible; 500
 * devices fail with 0x8000FFFF until automatic enrollment is configured. axe runs in both themes.
 */
import { test, expect, axeBothThemes, pressUntilFocused } from './fixtures';
import type { Locator, Page } from '@playwright/test';

const PILOT = 'Pilot enrollment for the IT department';

const labOn = (page: Page, title: string) => page.getByRole('region', { name: `Lab: ${title}` });

/** The island has hydrated once the lab bar's time buttons are enabled (disabled in the server HTML). */
async function hydrated(lab: Locator) {
  await expect(lab.getByRole('button', { name: 'Advance 1 hour' })).toBeEnabled();
}

/** The Configuration Manager console's window (selecting its tab first). */
async function cmConsole(lab: Locator): Promise<Locator> {
  await lab.getByRole('tab', { name: 'Configuration Manager console' }).click();
  return lab.getByRole('tabpanel', { name: 'Configuration Manager console' });
}

/** Opens a workspace's home node from the workspace buttons. */
async function workspace(cm: Locator, name: 'Assets and Compliance' | 'Monitoring' | 'Administration') {
  await cm.getByRole('navigation', { name: 'Workspaces' }).getByRole('button', { name, exact: true }).click();
}

/** The co-management dashboard's tile. */
const tile = (cm: Locator, name: string) => cm.getByRole('region', { name, exact: true });

/** The count the Co-management status tile shows for a stage (each chart is drawn as a table). */
async function funnelCount(cm: Locator, stage: string): Promise<number> {
  const row = tile(cm, 'Co-management status')
    .getByRole('table', { name: 'Devices per funnel stage (cumulative)' })
    .getByRole('row', { name: new RegExp(`^${stage} [\\d,]+$`) });
  return Number((await row.getByRole('button').innerText()).replace(/,/g, ''));
}

/**
 * Opens Administration > Cloud Attach > Properties > Enablement, chooses Pilot with a collection and
 * returns the members and eligible members the tab reports. Leaves the dialog open.
 */
async function choosePilot(
  cm: Locator,
  collection: string,
): Promise<{ dialog: Locator; members: number; eligible: number }> {
  const dialog = await openEnablement(cm);
  await dialog.getByRole('radio', { name: 'Pilot', exact: true }).check();
  await dialog.getByRole('combobox', { name: 'Intune Auto Enrollment collection' }).selectOption({ label: collection });
  const hint = await dialog
    .getByText(new RegExp(`${collection} has [\\d,]+ members; [\\d,]+ of them are eligible\\.`))
    .innerText();
  const [, members, eligible] = /has ([\d,]+) members; ([\d,]+) of them/.exec(hint)!;
  return { dialog, members: Number(members!.replace(/,/g, '')), eligible: Number(eligible!.replace(/,/g, '')) };
}

async function openEnablement(cm: Locator): Promise<Locator> {
  await workspace(cm, 'Administration');
  await cm.getByRole('group', { name: 'Properties' }).getByRole('button', { name: 'Properties', exact: true }).click();
  const dialog = cm.page().getByRole('dialog', { name: 'CoMgmtSettingsProd Properties' });
  await dialog.getByRole('tab', { name: 'Enablement' }).click();
  return dialog;
}

test.describe('co-management enablement in the lab console', () => {
  test('Pilot enrolls only the eligible members of the Intune Auto Enrollment collection; an ineligible member shows why', async ({
    page,
    expectNoAxeViolations,
  }) => {
    test.setTimeout(150_000);
    await page.goto('/scenarios/pilot-enrollment-for-it/');
    const lab = labOn(page, PILOT);
    await hydrated(lab);
    const cm = await cmConsole(lab);
    // The scenario opens at the dashboard: Monitoring > Cloud Attach (the site is 2207).
    await expect(cm.getByRole('heading', { name: 'Cloud Attach', exact: true })).toBeVisible();
    await axeBothThemes(page, expectNoAxeViolations, 'start, dashboard');
    expect(await funnelCount(cm, 'Enrolled')).toBe(0);
    const { dialog, members, eligible } = await choosePilot(cm, 'IT Devices');
    expect(eligible).toBeGreaterThan(0);
    expect(eligible, 'the collection also holds ineligible members').toBeLessThan(members);
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog).toBeHidden();
    await expect(lab.getByRole('status').first()).toContainText(`${eligible} devices scheduled for enrollment`);

    await workspace(cm, 'Monitoring');
    expect(await funnelCount(cm, 'Scheduled')).toBe(eligible);
    await axeBothThemes(page, expectNoAxeViolations, 'Pilot applied, dashboard');

    // Enrollment is spread over time: after 90 simulated minutes every eligible member has initiated
    // enrollment; all are enrolled except the two on Windows 10 1607, which fail with 0x80070032.
    await lab.getByRole('button', { name: 'Advance 1 hour' }).click();
    await lab.getByRole('button', { name: 'Advance 15 minutes' }).click();
    await lab.getByRole('button', { name: 'Advance 15 minutes' }).click();
    await expect(lab.getByText('Simulated time: Day 1, 10:30')).toBeVisible();
    expect(await funnelCount(cm, 'Enrolled')).toBe(eligible - 2);
    expect(await funnelCount(cm, 'Enrollment initiated')).toBe(eligible);
    const errors = tile(cm, 'Enrollment errors').getByRole('table', { name: 'Enrollment errors' });
    await expect(errors.getByRole('row', { name: /^0x80070032 2 / })).toContainText(
      'MDM auto-enrollment only supported on Windows RS3 and above (0x80070032)',
    );
    await axeBothThemes(page, expectNoAxeViolations, 'after 90 minutes');

    // The devices behind the counts: the failed ones, then the ineligible ones, each with its reasons.
    await tile(cm, 'Co-management status')
      .getByRole('row', { name: `Enrolled ${eligible - 2}` })
      .getByRole('button')
      .click();
    await expect(cm.getByRole('grid', { name: 'Devices: Enrolled' })).toHaveAttribute(
      'aria-rowcount',
      String(eligible - 2 + 1),
    );
    await tile(cm, 'Co-management status').getByRole('button', { name: 'Failed 2' }).click();
    const failed = cm.getByRole('region', { name: 'Devices: Failed' });
    await expect(failed.getByRole('heading', { name: 'Devices: Failed' })).toBeFocused();
    const failedGrid = failed.getByRole('grid', { name: 'Devices: Failed' });
    await expect(failedGrid).toHaveAttribute('aria-rowcount', '3');
    await failedGrid.getByRole('gridcell', { name: 'CON-0037', exact: true }).click();
    const detail = failed.getByRole('region', { name: 'CON-0037' });
    await expect(detail.getByText('Windows 10, version 1607', { exact: true })).toBeVisible();
    await expect(detail.getByRole('listitem').filter({ hasText: 'Eligible device' })).toContainText('✓ Met');
    await expect(
      detail.getByRole('listitem').filter({ hasText: 'Targeted by Automatic enrollment in Intune' }),
    ).toContainText('✓ Met');
    const completes = detail.getByRole('listitem').filter({ hasText: 'Enrollment can complete' });
    await expect(completes).toContainText('✗ Not met');
    await expect(completes).toContainText('MDM auto-enrollment only supported on Windows RS3 and above (0x80070032)');
    await axeBothThemes(page, expectNoAxeViolations, 'failed member CON-0037 selected');

    await tile(cm, 'Co-management status')
      .getByRole('button', { name: `Not eligible ${members - eligible}` })
      .click();
    const ineligible = cm.getByRole('region', { name: 'Devices: Not eligible' });
    await ineligible.getByRole('gridcell', { name: 'CON-0039', exact: true }).click();
    await expect(
      ineligible.getByRole('region', { name: 'CON-0039' }).getByRole('listitem').filter({ hasText: 'Eligible device' }),
    ).toContainText('only Microsoft Entra registered: registered (workplace joined) devices are not supported');

    // A device outside the collection stays at Eligible, even a day later (Assets and Compliance > Devices).
    await workspace(cm, 'Assets and Compliance');
    await expect(cm.getByRole('heading', { name: 'Devices', exact: true })).toBeVisible();
    await cm.getByRole('searchbox', { name: 'Search' }).fill('CON-0100');
    await cm.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(cm.getByText('Showing 1 of 400 devices')).toBeVisible();
    await cm
      .getByRole('grid', { name: /^Devices 1 item$/ })
      .getByRole('gridcell', { name: 'CON-0100', exact: true })
      .click();
    const outside = cm.getByRole('region', { name: 'CON-0100' });
    await expect(outside.getByText('IT Devices')).toHaveCount(0);
    const targeted = outside.getByRole('listitem').filter({ hasText: 'Targeted by Automatic enrollment in Intune' });
    await expect(targeted).toContainText('✗ Not met');
    await expect(targeted).toContainText(
      'Automatic enrollment in Intune is Pilot and the device is not in the Intune Auto Enrollment collection',
    );
    await lab.getByRole('button', { name: 'Advance 1 day' }).click();
    await expect(lab.getByText('Simulated time: Day 2, 10:30')).toBeVisible();
    await expect(outside.getByText('Eligible', { exact: true })).toBeVisible();
    await axeBothThemes(page, expectNoAxeViolations, 'a day later, CON-0100 outside the collection selected');
    await workspace(cm, 'Monitoring');
    expect(await funnelCount(cm, 'Enrolled')).toBe(eligible - 2);
  });

  test('a broken prerequisite shows its error code until automatic enrollment is configured', async ({
    page,
    expectNoAxeViolations,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/scenarios/broken-prerequisite/');
    const lab = labOn(page, 'A broken prerequisite');
    await hydrated(lab);
    const cm = await cmConsole(lab);
    const dialog = await openEnablement(cm);
    await dialog.getByRole('radio', { name: 'All', exact: true }).check();
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await dialog.getByRole('button', { name: 'OK' }).click();
    await expect(dialog).toBeHidden();
    await lab.getByRole('button', { name: 'Advance 1 hour' }).click();
    await lab.getByRole('button', { name: 'Advance 1 hour' }).click();
    await workspace(cm, 'Monitoring');
    const errors = tile(cm, 'Enrollment errors').getByRole('table', { name: 'Enrollment errors' });
    await expect(errors.getByRole('row', { name: /^0x8000FFFF 500 / })).toContainText(
      "MDM enrollment hasn't been configured yet on Azure AD",
    );
    await errors.getByRole('button', { name: '500' }).click();
    await expect(cm.getByRole('grid', { name: 'Devices: Error 0x8000FFFF' })).toHaveAttribute('aria-rowcount', '501');
    await axeBothThemes(page, expectNoAxeViolations, 'every enrollment failed');

    // The fix is in the Intune admin center: Devices > Automatic Enrollment (the MDM URLs), Save.
    await lab.getByRole('tab', { name: 'Microsoft Intune admin center' }).click();
    const intune = lab.getByRole('tabpanel', { name: 'Microsoft Intune admin center' });
    await intune
      .getByRole('navigation', { name: 'Microsoft Intune admin center' })
      .getByRole('button', { name: 'Devices', exact: true })
      .click();
    await intune
      .getByRole('navigation', { name: 'Devices menu' })
      .getByRole('button', { name: 'Automatic Enrollment' })
      .click();
    await intune.getByRole('button', { name: 'Restore default MDM URLs' }).click();
    await intune.getByRole('button', { name: 'Save' }).click();
    await lab.getByRole('button', { name: 'Advance 1 day' }).click();
    const cm2 = await cmConsole(lab);
    await expect(tile(cm2, 'Enrollment errors').getByText('No enrollment errors.')).toBeVisible();
    expect(await funnelCount(cm2, 'Enrolled')).toBe(500);
    await axeBothThemes(page, expectNoAxeViolations, 'automatic enrollment configured, every device enrolled');
  });

  test('works with the keyboard alone, and focus follows each action', async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto('/scenarios/pilot-enrollment-for-it/');
    const lab = labOn(page, PILOT);
    await hydrated(lab);
    const cm = await cmConsole(lab);

    // Administration > Cloud Attach > Properties > Enablement, by keyboard.
    const administration = cm
      .getByRole('navigation', { name: 'Workspaces' })
      .getByRole('button', { name: 'Administration', exact: true });
    await pressUntilFocused(page, administration);
    await page.keyboard.press('Enter');
    const properties = cm
      .getByRole('group', { name: 'Properties' })
      .getByRole('button', { name: 'Properties', exact: true });
    await pressUntilFocused(page, properties, 'Shift+Tab');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'CoMgmtSettingsProd Properties' });
    await expect(dialog.getByRole('tab', { name: 'Configure upload' })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(dialog.getByRole('tab', { name: 'Enablement' })).toBeFocused();
    await pressUntilFocused(page, dialog.getByRole('radio', { name: 'None', exact: true }));
    // Arrow keys move through the radio group (its order follows the site version) to Pilot.
    const pilot = dialog.getByRole('radio', { name: 'Pilot', exact: true });
    for (let presses = 0; presses < 3 && !(await pilot.isChecked()); presses++) await page.keyboard.press('ArrowDown');
    await expect(pilot).toBeChecked();
    const collection = dialog.getByRole('combobox', { name: 'Intune Auto Enrollment collection' });
    await pressUntilFocused(page, collection);
    await page.keyboard.type('IT');
    await expect(collection).toHaveValue('it-devices');
    await pressUntilFocused(page, dialog.getByRole('button', { name: 'OK' }));
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(properties).toBeFocused();

    await pressUntilFocused(page, lab.getByRole('button', { name: 'Advance 1 day' }), 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(lab.getByText('Simulated time: Day 2, 09:00')).toBeVisible();

    // Monitoring > Cloud Attach: a count opens its devices; the grid moves by arrow keys.
    await pressUntilFocused(
      page,
      cm.getByRole('navigation', { name: 'Workspaces' }).getByRole('button', { name: 'Monitoring', exact: true }),
    );
    await page.keyboard.press('Enter');
    const failedCount = tile(cm, 'Co-management status').getByRole('button', { name: 'Failed 2' });
    await pressUntilFocused(page, failedCount);
    await page.keyboard.press('Enter');
    await expect(cm.getByRole('heading', { name: 'Devices: Failed' })).toBeFocused();
    const grid = cm.getByRole('grid', { name: 'Devices: Failed' });
    await pressUntilFocused(page, grid.getByRole('gridcell').first());
    await expect(grid.getByRole('row', { selected: true })).toHaveCount(0);
    await page.keyboard.press('ArrowDown');
    const second = grid.getByRole('row', { selected: true });
    await expect(second).toHaveCount(1);
    await page.keyboard.press('ArrowUp');
    await expect(grid.getByRole('row', { selected: true }).getByRole('gridcell', { name: 'CON-0037' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(cm.getByRole('heading', { name: 'CON-0037' })).toBeFocused();

    // Assets and Compliance > Devices: select a device by keyboard and add it to IT Devices from the ribbon.
    await pressUntilFocused(
      page,
      cm
        .getByRole('navigation', { name: 'Workspaces' })
        .getByRole('button', { name: 'Assets and Compliance', exact: true }),
    );
    await page.keyboard.press('Enter');
    const devices = cm.getByRole('grid', { name: /^Devices 400 items$/ });
    await pressUntilFocused(page, devices.getByRole('gridcell', { name: 'CON-0001', exact: true }));
    await expect(devices.getByRole('row', { selected: true })).toHaveCount(0);
    // Ctrl moves the focus without selecting, as in the console's list; Space selects.
    await page.keyboard.press('Control+End');
    await expect(devices.getByRole('gridcell', { name: 'CON-0400', exact: true })).toBeFocused();
    await expect(devices.getByRole('row', { selected: true })).toHaveCount(0);
    await page.keyboard.press('Space');
    await expect(devices.getByRole('row', { selected: true })).toHaveCount(1);
    await expect(devices).toHaveAttribute('aria-rowcount', '401');
    const add = cm.getByRole('button', { name: 'Add Selected Items', exact: true });
    await pressUntilFocused(page, add, 'Shift+Tab');
    await page.keyboard.press('ArrowDown');
    await expect(
      page.getByRole('menuitem', { name: 'Add Selected Items to Existing Device Collection' }),
    ).toBeFocused();
    await page.keyboard.press('Enter');
    const select = page.getByRole('dialog', { name: 'Select Collection' });
    await expect(select.getByRole('radio', { name: 'IT Devices' })).toBeFocused();
    await pressUntilFocused(page, select.getByRole('button', { name: 'OK' }));
    await page.keyboard.press('Enter');
    await expect(select).toBeHidden();
    await expect(add).toBeFocused();
    // Pilot targets IT Devices, so its new member is scheduled for enrollment at once.
    await expect(lab.getByRole('status').first()).toContainText('1 device scheduled for enrollment');
    const added = cm.getByRole('region', { name: 'CON-0400' });
    await expect(added.getByText(/^All Systems, .*IT Devices$/)).toBeVisible();
    await expect(added.getByText('Scheduled', { exact: true })).toBeVisible();
  });

  test('inside unit 3 it hydrates when scrolled into view, under a level-3 heading', async ({
    page,
    expectNoAxeViolations,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/units/prerequisites/');
    const lab = labOn(page, PILOT);
    await lab.scrollIntoViewIfNeeded();
    await hydrated(lab);
    await expect(lab.getByRole('heading', { level: 3, name: `Lab: ${PILOT}` })).toBeVisible();
    const cm = await cmConsole(lab);
    await expect(cm.getByRole('heading', { level: 4, name: 'Cloud Attach', exact: true })).toBeVisible();
    await expect(tile(cm, 'Co-management status').getByRole('heading', { level: 5 })).toBeVisible();

    const { dialog, eligible } = await choosePilot(cm, 'IT Devices');
    await dialog.getByRole('button', { name: 'OK' }).click();
    await lab.getByRole('button', { name: 'Advance 1 day' }).click();
    await workspace(cm, 'Monitoring');
    // Two members run Windows 10 1607: they initiate enrollment and fail with 0x80070032.
    expect(await funnelCount(cm, 'Enrollment initiated')).toBe(eligible);
    expect(await funnelCount(cm, 'Enrolled')).toBe(eligible - 2);
    await axeBothThemes(page, expectNoAxeViolations, 'unit 3, IT Devices enrolled');
  });

  test('classroom-10000: enabling co-management for all devices moves the funnel as time advances', async ({
    page,
    expectNoAxeViolations,
  }) => {
    test.setTimeout(180_000);
    await page.goto('/scenarios/classroom-10000/');
    const lab = labOn(page, 'A classroom demo with 10,000 devices');
    await hydrated(lab);
    const cm = await cmConsole(lab);
    const eligible = await funnelCount(cm, 'Eligible devices');
    expect(eligible).toBeGreaterThan(8000);
    expect(await funnelCount(cm, 'Scheduled')).toBe(0);

    const dialog = await openEnablement(cm);
    await dialog.getByRole('radio', { name: 'All', exact: true }).check();
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect(dialog.getByRole('button', { name: 'Apply' })).toHaveAttribute('aria-disabled', 'true');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();

    await workspace(cm, 'Monitoring');
    expect(await funnelCount(cm, 'Scheduled')).toBe(eligible);
    expect(await funnelCount(cm, 'Enrolled')).toBe(0);
    let enrolled = 0;
    for (let hour = 1; hour <= 4; hour++) {
      await lab.getByRole('button', { name: 'Advance 1 hour' }).click();
      await expect(lab.getByText(`Simulated time: Day 1, ${String(9 + hour).padStart(2, '0')}:00`)).toBeVisible();
      const now = await funnelCount(cm, 'Enrolled');
      expect(now, `enrolled after ${hour} hours`).toBeGreaterThan(enrolled);
      expect(now).toBeLessThan(eligible);
      enrolled = now;
    }
    // The grid of a count holds every counted device but renders only the rows in view.
    await tile(cm, 'Co-management status')
      .getByRole('row', { name: /^Enrolled / })
      .getByRole('button')
      .click();
    const grid = cm.getByRole('grid', { name: 'Devices: Enrolled' });
    await expect(grid).toHaveAttribute('aria-rowcount', String(enrolled + 1));
    expect(await grid.getByRole('row').count()).toBeLessThan(30);
    await expect(tile(cm, 'Enrollment errors').getByRole('row', { name: /^0x80070032 / })).toBeVisible();
    await axeBothThemes(page, expectNoAxeViolations, 'classroom-10000 after four hours, dashboard');

    // Assets and Compliance > Devices: 10,000 devices, only the rows in view rendered; the keyboard reaches the last one.
    await workspace(cm, 'Assets and Compliance');
    const devices = cm.getByRole('grid', { name: 'Devices 10,000 items' });
    await expect(devices).toHaveAttribute('aria-rowcount', '10001');
    expect(await devices.getByRole('row').count()).toBeLessThan(30);
    await devices.getByRole('gridcell', { name: 'CON-00001', exact: true }).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Space');
    await expect(devices.getByRole('gridcell', { name: 'CON-10000', exact: true })).toBeFocused();
    await expect(cm.getByRole('region', { name: 'CON-10000' })).toBeVisible();
    expect(await devices.getByRole('row').count()).toBeLessThan(30);
  });

  test('Device Collections: built-in collections listed, Show Members, Remove from Collection (one Undo step)', async ({
    page,
    expectNoAxeViolations,
  }) => {
    test.setTimeout(90_000);
    await page.goto('/scenarios/pilot-enrollment-for-it/');
    const lab = labOn(page, PILOT);
    await hydrated(lab);
    const cm = await cmConsole(lab);
    await workspace(cm, 'Assets and Compliance');
    await cm
      .getByRole('tree', { name: 'Assets and Compliance' })
      .getByRole('treeitem', { name: 'Device Collections' })
      .click();
    const list = cm.getByRole('table', { name: /^Device Collections \d+ items$/ });
    for (const name of [
      'All Systems',
      'All Desktop and Server Clients',
      'Co-management Eligible Devices',
      'IT Devices',
    ]) {
      await expect(list.getByRole('rowheader', { name })).toBeVisible();
    }
    await expect(list.getByRole('row', { name: /^IT Devices All Systems 40$/ })).toBeVisible();
    await expect(cm.getByRole('button', { name: 'Show Members' })).toHaveAttribute('aria-disabled', 'true');
    await list.getByRole('button', { name: 'All Systems', exact: true }).click();
    await cm.getByRole('button', { name: 'Show Members' }).click();
    await expect(cm.getByRole('heading', { name: 'Members of All Systems' })).toBeFocused();
    await expect(cm.getByRole('grid', { name: 'Members of All Systems 400 items' })).toHaveAttribute(
      'aria-rowcount',
      '401',
    );
    await cm
      .getByRole('grid', { name: 'Members of All Systems 400 items' })
      .getByRole('gridcell', { name: 'CON-0001', exact: true })
      .click();
    // A built-in collection takes its members from a query: nothing to remove.
    await expect(cm.getByRole('button', { name: 'Remove from Collection' })).toHaveAttribute('aria-disabled', 'true');
    await cm.getByRole('button', { name: 'Back to Device Collections' }).click();

    await list.getByRole('button', { name: 'IT Devices', exact: true }).click();
    await cm.getByRole('button', { name: 'Show Members' }).click();
    await expect(cm.getByRole('grid', { name: 'Members of IT Devices 40 items' })).toHaveAttribute(
      'aria-rowcount',
      '41',
    );
    await cm.getByRole('searchbox', { name: 'Search' }).fill('CON-003');
    await cm.getByRole('searchbox', { name: 'Search' }).press('Enter');
    await expect(cm.getByText('Showing 10 of 40 devices')).toBeVisible();
    const members = cm.getByRole('grid', { name: 'Members of IT Devices 10 items' });
    await members.getByRole('gridcell', { name: 'CON-0038', exact: true }).click();
    await members.getByRole('gridcell', { name: 'CON-0039', exact: true }).click({ modifiers: ['Control'] });
    await expect(members.getByRole('row', { selected: true })).toHaveCount(2);
    await axeBothThemes(page, expectNoAxeViolations, 'IT Devices members, two selected');
    await cm.getByRole('button', { name: 'Remove from Collection' }).click();
    await expect(cm.getByRole('grid', { name: 'Members of IT Devices 8 items' })).toBeVisible();
    await expect(cm.getByText('Showing 8 of 38 devices')).toBeVisible();
    await lab.getByRole('button', { name: 'Undo' }).click();
    await expect(cm.getByText('Showing 10 of 40 devices')).toBeVisible();
  });

  test('at 390 px the dashboard has no page-level horizontal scroll', async ({ page }) => {
    test.setTimeout(60_000);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/scenarios/pilot-enrollment-for-it/');
    const lab = labOn(page, PILOT);
    await hydrated(lab);
    const cm = await cmConsole(lab);
    await expect(tile(cm, 'Co-management status')).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await cm.getByRole('button', { name: 'Console navigation' }).click();
    await expect(cm.getByRole('button', { name: 'Console navigation' })).toHaveAttribute('aria-expanded', 'true');
  });
});
