import { test, expect, axeBothThemes } from './fixtures';
import type { Page } from '@playwright/test';



const simulatorOf = (page: Page) => page.getByRole('region', { name: /^Tenant attach:/ });

test.describe('tenant attach simulator', () => {
  test('attach the tenant uploading one collection: the admin center lists exactly its devices and the connector turns Healthy', async ({
    page,
    context,
    expectNoAxeViolations,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/scenarios/contoso-not-attached/');
    const sim = simulatorOf(page);
    const connector = sim.getByRole('table', { name: 'Configuration Manager connector' });
    const status = sim.getByRole('status');
    await expect(connector.getByRole('cell', { name: 'No results', exact: true })).toHaveCount(2);
    await expect(sim.getByRole('region', { name: 'Acting administrator' })).toContainText('Signed in to both consoles as Megan Bowen.');
    await axeBothThemes(page, expectNoAxeViolations, 'start');

    // Cloud attach page: Next before Sign In is refused through the notice.
    await sim.getByRole('button', { name: 'Configure Cloud Attach' }).click();
    await expect(sim.getByRole('heading', { name: 'Cloud attach', exact: true })).toBeFocused();
    const pages = sim.getByRole('list', { name: 'Wizard pages' }).getByRole('listitem');
    await expect(pages).toHaveText(['Cloud attach', 'Configure upload', 'Enablement', 'Summary']);
    await expect(pages.nth(0)).toHaveAttribute('aria-current', 'step');
    await sim.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(sim.getByText(/^Sign In first/)).toBeVisible();
    await expect(sim.getByRole('combobox', { name: 'Azure environment' })).toHaveValue('public');
    // Without an Intune licence, Sign In fails only where the tenant does not allow unlicensed admins.
    const unlicensed = sim.getByRole('checkbox', { name: 'Allow access to unlicensed admins' });
    const licence = sim.getByRole('region', { name: 'Acting administrator' }).getByRole('checkbox', { name: 'An Intune licence' });
    await expect(unlicensed).toBeChecked();
    await licence.uncheck();
    await unlicensed.uncheck();
    await sim.getByRole('button', { name: 'Sign In' }).click();
    await expect(sim.getByText(/^Sign-in failed: "An unanticipated error occurred\." Megan Bowen has no Intune licence/)).toBeVisible();
    await unlicensed.check();
    await expect(unlicensed).toBeChecked();
    await sim.getByRole('button', { name: 'Sign In' }).click();
    await expect(sim.getByText('Signed in as Megan Bowen (Azure Public Cloud).')).toBeVisible();
    await sim.getByRole('radio', { name: 'Customize settings' }).check();
    await axeBothThemes(page, expectNoAxeViolations, 'Cloud attach page');

    // Configure upload: one collection; the page says how many devices it holds.
    await sim.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(sim.getByRole('heading', { name: 'Configure upload', exact: true })).toBeFocused();
    await expect(pages.nth(1)).toHaveAttribute('aria-current', 'step');
    await expect(sim.getByRole('radio', { name: 'All devices managed by Microsoft Endpoint Configuration Manager (recommended)' })).toBeChecked();
    await sim.getByRole('radio', { name: 'Specific Collection' }).check();
    await sim.getByRole('combobox', { name: 'Collection' }).selectOption({ label: 'IT Devices' });
    const members = sim.getByText(/^IT Devices: \d+ devices with the Configuration Manager client/);
    await expect(members).toBeVisible();
    const memberCount = Number(/(\d+) devices/.exec(await members.innerText())![1]);
    expect(memberCount).toBe(20);
    await axeBothThemes(page, expectNoAxeViolations, 'Configure upload page');

    // Enablement, then Back keeps the upload choice, then None.
    await sim.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(sim.getByRole('heading', { name: 'Enablement', exact: true })).toBeFocused();
    await expect(sim.getByRole('group', { name: 'Automatic enrollment in Intune' }).getByRole('radio')).toHaveCount(3);
    await sim.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(sim.getByRole('heading', { name: 'Configure upload', exact: true })).toBeFocused();
    await expect(sim.getByRole('radio', { name: 'Specific Collection' })).toBeChecked();
    await expect(sim.getByRole('combobox', { name: 'Collection' })).toHaveValue('it-devices');
    await sim.getByRole('button', { name: 'Next', exact: true }).click();
    await sim.getByRole('radio', { name: 'Pilot' }).check();
    await expect(sim.getByRole('combobox', { name: 'Intune Auto Enrollment collection' })).toBeEnabled();
    await sim.getByRole('radio', { name: 'None' }).check();
    await expect(sim.getByRole('combobox', { name: 'Intune Auto Enrollment collection' })).toBeDisabled();
    await axeBothThemes(page, expectNoAxeViolations, 'Enablement page');

    // Summary and Finish.
    await sim.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(sim.getByRole('heading', { name: 'Summary', exact: true })).toBeFocused();
    await expect(sim.getByText('Specific Collection: IT Devices (with its child collections)')).toBeVisible();
    await axeBothThemes(page, expectNoAxeViolations, 'Summary page');
    await sim.getByRole('button', { name: 'Finish' }).click();
    await expect(sim.getByRole('heading', { name: 'Configuration Manager console' })).toBeFocused();
    await expect(sim.getByRole('button', { name: 'Configure Cloud Attach' })).toHaveCount(0);

    // Before the first upload cycle: No results, no devices.
    const devices = sim.getByRole('table', { name: /^All devices:/ });
    await expect(connector.getByRole('cell', { name: 'No results', exact: true })).toHaveCount(2);
    await expect(sim.getByText('Waiting for the first upload cycle at Day 1, 09:15')).toBeVisible();
    await expect(sim.getByText('All devices: 0 devices')).toBeVisible();
    await axeBothThemes(page, expectNoAxeViolations, 'attached, before the upload');

    // The first cycle runs at 09:15: Healthy; its records appear 5 to 10 minutes later.
    await sim.getByRole('button', { name: 'Advance 15 minutes' }).click();
    await expect(connector.getByRole('cell', { name: 'Healthy' })).toBeVisible();
    await expect(connector.getByRole('cell', { name: 'Day 1, 09:15' })).toBeVisible();
    await expect(status).toContainText('Connector status: No results → Healthy');
    await expect(sim.getByText('All devices: 0 devices')).toBeVisible();
    await sim.getByRole('button', { name: 'Advance 15 minutes' }).click();
    await expect(sim.getByText(`All devices: ${memberCount} devices`)).toBeVisible();
    await expect(devices.getByRole('rowheader')).toHaveCount(memberCount);
    const names = await devices.getByRole('rowheader').allInnerTexts();
    // The scenario's IT Devices collection is its first 20 devices (the IT department).
    expect(names).toEqual(Array.from({ length: 20 }, (_, k) => `CON-${String(k + 1).padStart(4, '0')}`));
    await expect(devices.getByRole('cell', { name: 'ConfigMgr' })).toHaveCount(memberCount);
    await axeBothThemes(page, expectNoAxeViolations, 'uploaded, Healthy');

    // A link to this state reopens it: Healthy, the same devices.
    await sim.getByRole('button', { name: 'Copy link to this state' }).click();
    const link = await sim.getByRole('textbox', { name: 'Link to this state' }).inputValue();
    const other = await context.newPage();
    await other.goto(link);
    const reopened = simulatorOf(other);
    await expect(reopened.getByText(/^Opened a shared session:/)).toBeVisible();
    await expect(reopened.getByRole('table', { name: 'Configuration Manager connector' }).getByRole('cell', { name: 'Healthy' })).toBeVisible();
    await expect(reopened.getByRole('table', { name: /^All devices:/ }).getByRole('rowheader')).toHaveText(names);
    await other.close();

    // A listed device belongs to IT Devices; a device outside the collection is not listed.
    await devices.getByRole('button', { name: 'CON-0001' }).click();
    await expect(sim.getByRole('heading', { name: 'CON-0001' })).toBeFocused();
    await expect(sim.getByText(/Managed by: ConfigMgr \(uploaded by tenant attach.*Member of .*IT Devices\./)).toBeVisible();
    await sim.getByRole('searchbox', { name: 'Search by device name' }).fill('CON-0021');
    await expect(sim.getByText('All devices: 0 devices')).toBeVisible();
    await expect(devices.getByRole('cell', { name: 'No devices to show.' })).toBeVisible();
  });

  test('Sync Machine Policy fails for an admin without the rights and completes once they are granted, with the log lines along its path', async ({
    page,
    expectNoAxeViolations,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/scenarios/who-can-run-device-actions/');
    const sim = simulatorOf(page);
    const admin = sim.getByRole('region', { name: 'Acting administrator' });
    await expect(admin).toContainText('Signed in to both consoles as Alex Wilber.');
    const permission = admin.getByRole('checkbox', { name: 'The Intune permission Remote tasks > Initiate Configuration Manager action' });
    const london = admin.getByRole('checkbox', { name: 'London Workstations' });
    await expect(permission).not.toBeChecked();
    await expect(london).not.toBeChecked();
    await expect(admin.getByRole('checkbox', { name: 'Seattle Workstations' })).toBeChecked();
    await expect(sim.getByRole('table', { name: 'Configuration Manager connector' }).getByRole('cell', { name: 'Healthy' })).toBeVisible();

    await sim.getByRole('table', { name: /^All devices:/ }).getByRole('button', { name: 'CON-0001' }).click();
    await expect(sim.getByRole('heading', { name: 'CON-0001' })).toBeFocused();
    const actions = sim.getByRole('group', { name: 'Device actions for CON-0001' });
    const statusTable = sim.getByRole('table', { name: 'Device actions status' });
    const logs = sim.getByRole('table', { name: /^Log lines along the path of Sync Machine Policy/ });

    // No Intune permission: refused in the admin center, so nothing reaches the service connection point.
    await actions.getByRole('button', { name: 'Sync Machine Policy' }).click();
    await expect(sim.getByRole('status')).toContainText('Sync Machine Policy on CON-0001: Failed');
    await expect(statusTable.getByRole('row').nth(1).getByRole('cell').nth(1)).toHaveText('Failed');
    await expect(statusTable.getByRole('row').nth(1)).toContainText("You don't have access to perform this action.");
    await expect(logs.getByRole('cell', { name: 'Nothing was logged: the request never reached the service connection point.' })).toBeVisible();
    await expect(logs.getByRole('cell', { name: 'CMGatewayNotificationWorker.log' })).toHaveCount(0);
    await axeBothThemes(page, expectNoAxeViolations, 'action refused');

    // With the Intune permission but no rights on London Workstations: refused at the service connection point.
    await permission.check();
    await expect(permission).toBeChecked();
    await actions.getByRole('button', { name: 'Sync Machine Policy' }).click();
    await expect(statusTable.getByRole('row')).toHaveCount(3);
    await expect(statusTable.getByRole('row').nth(1)).toContainText('no Configuration Manager rights on a collection that contains CON-0001');
    await expect(logs.getByRole('cell', { name: /^Unauthorized to perform client action/ })).toBeVisible();

    // With rights on London Workstations: authorized, forwarded, pushed by the management point, received by the client.
    await london.check();
    await actions.getByRole('button', { name: 'Sync Machine Policy' }).click();
    await expect(sim.getByRole('status')).toContainText('Sync Machine Policy on CON-0001: Complete');
    await expect(statusTable.getByRole('row').nth(1).getByRole('cell').nth(1)).toHaveText('Complete');
    await expect(statusTable.getByRole('row').nth(1).getByRole('cell').nth(2)).toHaveText('None');
    await expect(logs.getByRole('row')).toHaveCount(7);
    expect(await logs.getByRole('cell', { name: /\.log$/ }).allInnerTexts()).toEqual([
      'CMGatewayNotificationWorker.log',
      'CMGatewayNotificationWorker.log',
      'CMGatewayNotificationWorker.log',
      'BgbServer.log',
      'CcmNotificationAgent.log',
      'CcmNotificationAgent.log',
    ]);
    await expect(logs.getByRole('cell', { name: /^Authorized to perform client action\. TemplateID: RequestMachinePolicy/ })).toBeVisible();
    await expect(logs.getByRole('cell', { name: 'management point (CON-MP01)' })).toBeVisible();
    await expect(logs.getByRole('cell', { name: 'client (CON-0001)' })).toHaveCount(2);
    await axeBothThemes(page, expectNoAxeViolations, 'action complete');
  });

  test('the wizard works with the keyboard alone and uploads a collection with its child collections', async ({ page, expectNoAxeViolations }) => {
    test.setTimeout(90_000);
    await page.goto('/scenarios/tenant-attach-only/');
    const sim = simulatorOf(page);
    // The button is disabled in the server HTML and enabled once the island has hydrated.
    await expect(sim.getByRole('button', { name: 'Configure Cloud Attach' })).toBeEnabled();
    await sim.getByRole('button', { name: 'Configure Cloud Attach' }).focus();
    await page.keyboard.press('Enter');
    await expect(sim.getByRole('heading', { name: 'Cloud attach', exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(sim.getByRole('combobox', { name: 'Azure environment' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(sim.getByRole('button', { name: 'Sign In' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(sim.getByText('Signed in as Megan Bowen (Azure Public Cloud).')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(sim.getByRole('radio', { name: 'Use default settings (recommended)' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(sim.getByRole('radio', { name: 'Customize settings' })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(sim.getByRole('button', { name: 'Next', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(sim.getByRole('heading', { name: 'Configure upload', exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await expect(sim.getByRole('radio', { name: 'Specific Collection' })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(sim.getByRole('combobox', { name: 'Collection' })).toBeFocused();
    await expect(sim.getByRole('combobox', { name: 'Collection' })).toHaveValue('workstations');
    await expect(sim.getByText(/^Contoso Workstations: 20 devices with the Configuration Manager client, child collections included\./)).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(sim.getByRole('checkbox', { name: 'Enable Endpoint Analytics for devices uploaded to Microsoft Endpoint Manager' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(sim.getByRole('button', { name: 'Back', exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');

    await expect(sim.getByRole('heading', { name: 'Enablement', exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(sim.getByRole('radio', { name: 'All' })).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(sim.getByRole('radio', { name: 'None' })).toBeChecked();
    await sim.getByRole('button', { name: 'Next', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(sim.getByRole('heading', { name: 'Summary', exact: true })).toBeFocused();
    await sim.getByRole('button', { name: 'Finish' }).focus();
    await page.keyboard.press('Enter');
    await expect(sim.getByRole('heading', { name: 'Configuration Manager console' })).toBeFocused();

    await sim.getByRole('button', { name: 'Advance 1 hour' }).focus();
    await page.keyboard.press('Enter');
    const devices = sim.getByRole('table', { name: /^All devices:/ });
    await expect(sim.getByText('All devices: 20 devices')).toBeVisible();
    await expect(devices.getByRole('button', { name: 'CON-0001' })).toBeVisible();
    await expect(devices.getByRole('button', { name: 'CON-0011' })).toBeVisible();
    await devices.getByRole('button', { name: 'CON-0011' }).focus();
    await page.keyboard.press('Enter');
    await expect(sim.getByRole('heading', { name: 'CON-0011' })).toBeFocused();
    await axeBothThemes(page, expectNoAxeViolations, 'tenant attach only, uploaded');
  });

  test('inside unit 4 it hydrates when scrolled into view, under a level-3 heading', async ({ page, expectNoAxeViolations }) => {
    test.setTimeout(60_000);
    await page.goto('/units/connector-status/');
    const sim = simulatorOf(page);
    await sim.scrollIntoViewIfNeeded();
    await expect(sim.getByRole('heading', { level: 3, name: /^Tenant attach:/ })).toBeVisible();
    await expect(sim.getByRole('heading', { level: 4, name: 'Microsoft Intune admin center' })).toBeVisible();
    await sim.getByRole('button', { name: 'Configure Cloud Attach' }).click();
    await expect(sim.getByRole('heading', { level: 5, name: 'Cloud Attach Configuration Wizard' })).toBeVisible();
    await expect(sim.getByRole('heading', { level: 6, name: 'Cloud attach', exact: true })).toBeFocused();
    await axeBothThemes(page, expectNoAxeViolations, 'unit 4, wizard open');
  });
});
