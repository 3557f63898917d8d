/**
 * The Microsoft Intune admin center in the lab console, by role and accessible name: device
 * actions refused and then completed with the same log lines as before (the admin-center half of
 * the old tenant attach simulator's test), the connector turning Healthy after the wizard, "See
 * ConfigMgr" in All devices, the antivirus policy assigned and unassigned with a Pilot-IT device
 * keeping its settings, the windowed device list at 10,000 devices, the narrow navigation, and axe
 * in both themes.
 */
import { test, expect, axeBothThemes, labReady } from './fixtures';
import type { Locator, Page } from '@playwright/test';

const labOf = (page: Page, title: string) => page.getByRole('region', { name: `Lab: ${title}` });
/** The window panel while it shows the admin center (the tab labels it). */
const intuneWindow = (lab: Locator) => lab.getByRole('tabpanel', { name: 'Microsoft Intune admin center' });

/** Switches to the admin center's window. */
async function intune(lab: Locator): Promise<Locator> {
  await lab.getByRole('tab', { name: 'Microsoft Intune admin center' }).click();
  return intuneWindow(lab);
}

/** Opens a left-navigation item of the admin center (and, when given, an entry of the blade's menu). */
async function go(window: Locator, item: string, entry?: string): Promise<void> {
  const nav = window.getByRole('navigation', { name: 'Microsoft Intune admin center' });
  const toggle = window.getByRole('button', { name: 'Console navigation' });
  await expect(nav.or(toggle).first()).toBeVisible();
  // Narrow: the navigation folds behind "Console navigation".
  if (!(await nav.isVisible())) await toggle.click();
  await nav.getByRole('button', { name: item, exact: true }).click();
  if (entry)
    await window
      .getByRole('navigation', { name: `${item} menu` })
      .getByRole('button', { name: entry, exact: true })
      .click();
}

async function openDevice(window: Locator, name: string): Promise<void> {
  await go(window, 'Devices', 'All devices');
  await window.getByRole('searchbox', { name: 'Search' }).fill(name);
  await window.getByRole('table', { name: 'All devices' }).getByRole('button', { name, exact: true }).click();
  await expect(window.getByRole('heading', { name, exact: true })).toBeFocused();
}

/** Finishes the Cloud Attach Configuration Wizard with its defaults (names: notes/names-cmattach.md). */
async function attachWithDefaults(lab: Locator): Promise<void> {
  await lab.getByRole('tab', { name: 'Configuration Manager console' }).click();
  await lab.getByRole('button', { name: 'Configure Cloud Attach' }).click();
  const wizard = lab.getByRole('dialog', { name: 'Cloud Attach Configuration Wizard' });
  await wizard.getByRole('button', { name: 'Sign In' }).click();
  await expect(wizard.getByText('Signed in as Megan Bowen (Azure Public Cloud).')).toBeVisible();
  for (let page = 0; page < 6; page += 1) {
    const close = wizard.getByRole('button', { name: 'Close', exact: true });
    if (await close.isVisible()) {
      await close.click();
      break;
    }
    await wizard.getByRole('button', { name: 'Next', exact: true }).click();
  }
  await expect(wizard).toBeHidden();
}

test.describe('Microsoft Intune admin center', () => {
  test('Sync Machine Policy fails for an admin without the rights and completes once they are granted, with the log lines along its path', async ({
    page,
    expectNoAxeViolations,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/scenarios/who-can-run-device-actions/');
    const lab = labOf(page, 'Who can run device actions');
    // A click on the server-rendered console before it hydrates does nothing.
    await labReady(lab);
    await expect(lab.getByRole('tab', { name: 'Microsoft Intune admin center' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    const window = intuneWindow(lab);
    await expect(window.getByRole('heading', { name: 'Devices | All devices' })).toBeVisible();

    await go(window, 'Tenant administration', 'Connectors and tokens');
    await expect(window.getByRole('heading', { name: 'Tenant administration | Connectors and tokens' })).toBeFocused();
    const connector = window.getByRole('table', { name: 'Microsoft Endpoint Configuration Manager' });
    for (const column of ['Name', 'Status', 'Last successful synchronization'])
      await expect(connector.getByRole('columnheader', { name: column, exact: true })).toBeVisible();
    await expect(connector.getByRole('cell', { name: 'Healthy' })).toBeVisible();
    await expect(window.getByRole('navigation', { name: 'Breadcrumb' })).toContainText('Tenant administration');
    await go(window, 'Tenant administration', 'Roles');
    const permission = window.getByRole('checkbox', { name: 'Initiate Configuration Manager action' });
    await expect(permission).not.toBeChecked();
    await expect(window.getByText('My permissions: Alex Wilber')).toBeVisible();

    await openDevice(window, 'CON-0001');
    const actions = window.getByRole('group', { name: 'Device actions for CON-0001' });
    const statusTable = window.getByRole('table', { name: 'Device actions status' });
    const logs = window.getByRole('table', { name: /^Log lines along the path of Sync Machine Policy/ });

    for (const column of ['Action', 'Status', 'Error', 'Time'])
      await expect(statusTable.getByRole('columnheader', { name: column, exact: true })).toBeVisible();
    // No Intune permission: refused in the admin center, so nothing reaches the service connection point.
    await actions.getByRole('button', { name: 'Sync Machine Policy' }).click();
    await expect(lab.getByRole('status')).toContainText('Sync Machine Policy on CON-0001: Failed');
    await expect(statusTable.getByRole('row').nth(1).getByRole('cell').nth(1)).toHaveText('Failed');
    await expect(statusTable.getByRole('row').nth(1)).toContainText("You don't have access to perform this action.");
    await expect(
      logs.getByRole('cell', { name: 'Nothing was logged: the request never reached the service connection point.' }),
    ).toBeVisible();
    await expect(logs.getByRole('cell', { name: 'CMGatewayNotificationWorker.log' })).toHaveCount(0);
    await axeBothThemes(page, expectNoAxeViolations, 'action refused');

    // With the Intune permission (Roles, Save) but no rights on London Workstations: refused at the service connection point.
    await go(window, 'Tenant administration', 'Roles');
    await permission.check();
    await window.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(permission).toBeChecked();
    await expect(window.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
    await openDevice(window, 'CON-0001');
    await actions.getByRole('button', { name: 'Sync Machine Policy' }).click();
    await expect(statusTable.getByRole('row')).toHaveCount(3);
    await expect(statusTable.getByRole('row').nth(1)).toContainText(
      'no Configuration Manager rights on a collection that contains CON-0001',
    );
    await expect(logs.getByRole('cell', { name: /^Unauthorized to perform client action/ })).toBeVisible();

    // Rights on London Workstations, in the Configuration Manager console (Administrative Users > Properties > Security Scopes).
    await lab.getByRole('tab', { name: 'Configuration Manager console' }).click();
    await lab
      .getByRole('navigation', { name: 'Workspaces' })
      .getByRole('button', { name: 'Administration', exact: true })
      .click();
    await lab
      .getByRole('tree', { name: 'Administration' })
      .getByRole('treeitem', { name: 'Administrative Users' })
      .click();
    await lab
      .getByRole('table', { name: /^Administrative Users/ })
      .getByRole('button', { name: 'Alex Wilber' })
      .click();
    await lab.getByRole('button', { name: 'Properties', exact: true }).click();
    const properties = lab.getByRole('dialog', { name: 'Alex Wilber Properties' });
    await properties.getByRole('tab', { name: 'Security Scopes' }).click();
    const london = properties
      .getByRole('group', { name: 'Collections' })
      .getByRole('checkbox', { name: 'London Workstations' });
    await expect(london).not.toBeChecked();
    await london.check();
    await properties.getByRole('button', { name: 'OK', exact: true }).click();
    await expect(properties).toBeHidden();

    // Back in the admin center, on the same device page: authorized, forwarded, pushed by the management point, received by the client.
    await intune(lab);
    await expect(window.getByRole('heading', { name: 'CON-0001', exact: true })).toBeVisible();
    await actions.getByRole('button', { name: 'Sync Machine Policy' }).click();
    await expect(lab.getByRole('status')).toContainText('Sync Machine Policy on CON-0001: Complete');
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
    await expect(
      logs.getByRole('cell', { name: /^Authorized to perform client action\. TemplateID: RequestMachinePolicy/ }),
    ).toBeVisible();
    await expect(logs.getByRole('cell', { name: 'management point (CON-MP01)' })).toBeVisible();
    await expect(logs.getByRole('cell', { name: 'client (CON-0001)' })).toHaveCount(2);
    await axeBothThemes(page, expectNoAxeViolations, 'action complete');
  });

  test('the tenant attached through the wizard shows Healthy in the connector blade, and its devices read See ConfigMgr in All devices', async ({
    page,
    expectNoAxeViolations,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/scenarios/contoso-not-attached/');
    const lab = labOf(page, 'Contoso: a tenant not yet attached');
    // A click on the server-rendered console before it hydrates does nothing.
    await labReady(lab);
    let window = await intune(lab);
    await go(window, 'Tenant administration', 'Connectors and tokens');
    const connector = window.getByRole('table', { name: 'Microsoft Endpoint Configuration Manager' });
    await expect(connector.getByRole('cell', { name: 'No results', exact: true })).toHaveCount(2);
    await go(window, 'Devices', 'All devices');
    await expect(window.getByText('Showing 0 of 0 devices')).toBeVisible();
    await axeBothThemes(page, expectNoAxeViolations, 'not attached');

    await attachWithDefaults(lab);
    await lab.getByRole('button', { name: 'Advance 15 minutes' }).click();
    window = await intune(lab);
    // The admin center kept its place (All devices): the records appear 5 to 10 minutes after the cycle.
    await expect(window.getByRole('heading', { name: 'Devices | All devices' })).toBeVisible();
    await go(window, 'Tenant administration', 'Connectors and tokens');
    await expect(connector.getByRole('cell', { name: 'Healthy' })).toBeVisible();
    await expect(connector.getByRole('cell', { name: 'Day 1, 09:15' })).toBeVisible();
    await go(window, 'Home');
    await expect(window.getByRole('heading', { name: 'Connector status' })).toBeVisible();
    await expect(window.getByText('Healthy')).toBeVisible();

    await lab.getByRole('button', { name: 'Advance 15 minutes' }).click();
    await go(window, 'Devices', 'All devices');
    const devices = window.getByRole('table', { name: 'All devices' });
    await expect(window.getByText(/^Showing [\d,]+ of [\d,]+ devices$/)).toBeVisible();
    await expect(devices.getByRole('cell', { name: 'See ConfigMgr' }).first()).toBeVisible();
    await expect(devices.getByRole('cell', { name: 'ConfigMgr', exact: true }).first()).toBeVisible();
    for (const column of ['Device name', 'Managed by', 'OS', 'Compliance', 'Last check-in']) {
      await expect(devices.getByRole('columnheader', { name: column, exact: true })).toBeVisible();
    }
    // Search shrinks the list to its rows.
    await window.getByRole('searchbox', { name: 'Search' }).fill('CON-0001');
    await expect(window.getByText(/^Showing 1 of [\d,]+ devices$/)).toBeVisible();
    await expect(devices.getByRole('rowheader')).toHaveCount(1);
    await axeBothThemes(page, expectNoAxeViolations, 'attached, uploaded');
  });

  test('uploading one collection: the admin center lists exactly its 20 devices as ConfigMgr, the connector turns Healthy at 09:15', async ({
    page,
    expectNoAxeViolations,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/scenarios/contoso-not-attached/');
    const lab = labOf(page, 'Contoso: a tenant not yet attached');
    // A click on the server-rendered console before it hydrates does nothing.
    await labReady(lab);
    await lab.getByRole('tab', { name: 'Configuration Manager console' }).click();
    await lab.getByRole('button', { name: 'Configure Cloud Attach' }).click();
    const wizard = lab.getByRole('dialog', { name: 'Cloud Attach Configuration Wizard' });
    await wizard.getByRole('button', { name: 'Sign In' }).click();
    await wizard.getByRole('radio', { name: 'Customize settings' }).check();
    await wizard.getByRole('button', { name: 'Next', exact: true }).click();
    await wizard.getByRole('radio', { name: 'Specific Collection' }).check();
    await wizard.getByRole('combobox', { name: 'Collection' }).selectOption({ label: 'IT Devices' });
    await wizard.getByRole('button', { name: 'Next', exact: true }).click();
    await wizard.getByRole('radio', { name: 'None' }).check();
    await wizard.getByRole('button', { name: 'Next', exact: true }).click();
    await expect(wizard.getByText('Specific Collection: IT Devices (with its child collections)')).toBeVisible();
    await wizard.getByRole('button', { name: 'Next', exact: true }).click();
    await wizard.getByRole('button', { name: 'Close', exact: true }).click();
    await expect(wizard).toBeHidden();

    // Before the first upload cycle: No results, no devices.
    const window = await intune(lab);
    await go(window, 'Tenant administration', 'Connectors and tokens');
    const connector = window.getByRole('table', { name: 'Microsoft Endpoint Configuration Manager' });
    await expect(connector.getByRole('cell', { name: 'No results', exact: true })).toHaveCount(2);
    await expect(window.getByText('Waiting for the first upload cycle at Day 1, 09:15')).toBeVisible();

    // The first cycle runs at 09:15: Healthy; its records appear 5 to 10 minutes later.
    await lab.getByRole('button', { name: 'Advance 15 minutes' }).click();
    await expect(connector.getByRole('cell', { name: 'Healthy' })).toBeVisible();
    await expect(connector.getByRole('cell', { name: 'Day 1, 09:15' })).toBeVisible();
    await expect(lab.getByRole('status')).toContainText('No results → Healthy');
    await go(window, 'Devices', 'All devices');
    await expect(window.getByText('Showing 0 of 0 devices')).toBeVisible();
    await lab.getByRole('button', { name: 'Advance 15 minutes' }).click();
    await expect(window.getByText('Showing 20 of 20 devices')).toBeVisible();
    const devices = window.getByRole('table', { name: 'All devices' });
    await expect(devices).toHaveAttribute('aria-rowcount', '21');
    // The list renders the rows in view: read them at the top, then scrolled to the bottom.
    const seen = new Set(await devices.getByRole('rowheader').allInnerTexts());
    const managedBy = new Set(
      await devices
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader') })
        .evaluateAll((rows) => rows.map((row) => row.children[1]!.textContent)),
    );
    await window
      .getByRole('region', { name: 'All devices list' })
      .evaluate((box) => (box.scrollTop = box.scrollHeight));
    await expect(devices.getByRole('rowheader', { name: 'CON-0020' })).toBeVisible();
    for (const name of await devices.getByRole('rowheader').allInnerTexts()) seen.add(name);
    // The scenario's IT Devices collection is its first 20 devices (the IT department).
    expect([...seen].sort()).toEqual(Array.from({ length: 20 }, (_, k) => `CON-${String(k + 1).padStart(4, '0')}`));
    expect([...managedBy]).toEqual(['ConfigMgr']);
    await expect(devices.getByRole('cell', { name: 'See ConfigMgr', exact: true }).first()).toBeVisible();
    await window.getByRole('region', { name: 'All devices list' }).evaluate((box) => (box.scrollTop = 0));
    await axeBothThemes(page, expectNoAxeViolations, 'uploaded IT Devices');

    // A listed device belongs to IT Devices; a device outside the collection is not listed.
    await devices.getByRole('button', { name: 'CON-0001', exact: true }).click();
    await expect(window.getByRole('heading', { name: 'CON-0001', exact: true })).toBeFocused();
    await expect(window.getByText(/^Managed by ConfigMgr: uploaded by tenant attach/)).toBeVisible();
    await expect(window.getByRole('definition').filter({ hasText: 'IT Devices' })).toBeVisible();
    await window.getByRole('button', { name: 'Back to All devices' }).click();
    await window.getByRole('searchbox', { name: 'Search' }).fill('CON-0021');
    await expect(window.getByText('Showing 0 of 20 devices')).toBeVisible();
    await expect(devices.getByRole('cell', { name: 'No devices to show.' })).toBeVisible();
  });

  test('the antivirus policy assigned and unassigned under Pilot Intune: a Pilot-IT device keeps its settings', async ({
    page,
    expectNoAxeViolations,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/scenarios/device-configuration-moves-endpoint-protection/');
    const lab = labOf(page, 'Device configuration moves Endpoint Protection too');
    // A click on the server-rendered console before it hydrates does nothing.
    await labReady(lab);

    // Configuration Manager: Device configuration to Pilot Intune for Pilot-IT (Properties > Staging, Workloads).
    await lab.getByRole('tab', { name: 'Configuration Manager console' }).click();
    await lab
      .getByRole('table', { name: /^Cloud Attach/ })
      .getByRole('button', { name: 'CoMgmtSettingsProd' })
      .click();
    await lab.getByRole('button', { name: 'Properties', exact: true }).click();
    const properties = lab.getByRole('dialog', { name: 'CoMgmtSettingsProd Properties' });
    await properties.getByRole('tab', { name: 'Staging' }).click();
    await properties
      .getByRole('combobox', { name: 'Workload pilot collection for Device configuration' })
      .selectOption({ label: 'Pilot-IT' });
    await properties.getByRole('tab', { name: 'Workloads' }).click();
    await properties
      .getByRole('group', { name: 'Device configuration', exact: true })
      .getByRole('radio', { name: 'Pilot Intune' })
      .check();
    await properties.getByRole('button', { name: 'OK', exact: true }).click();
    await expect(properties).toBeHidden();

    const window = await intune(lab);
    await go(window, 'Endpoint security', 'Antivirus');
    await expect(window.getByRole('heading', { name: 'Endpoint security | Antivirus' })).toBeFocused();
    await expect(
      window.getByText('Intune assigns to Entra ID groups: in this simulator each collection has a same-named group.'),
    ).toBeVisible();
    for (const column of ['Policy name', 'Assigned', 'Included groups']) {
      await expect(
        window
          .getByRole('table', { name: 'Antivirus policies' })
          .getByRole('columnheader', { name: column, exact: true }),
      ).toBeVisible();
    }
    const policy = window.getByRole('region', { name: 'Microsoft Defender Antivirus' });
    const group = policy.getByRole('combobox', { name: 'Included group' });
    await expect(group).toHaveValue('');
    await group.selectOption({ label: 'Pilot-IT' });
    await expect(window.getByText('1 unsaved change: Save applies it, Discard drops it.')).toBeVisible();
    await window.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(
      window.getByRole('table', { name: 'Antivirus policies' }).getByRole('cell', { name: 'Pilot-IT' }),
    ).toBeVisible();
    await expect(policy).toContainText('applied on 25 devices');
    await axeBothThemes(page, expectNoAxeViolations, 'antivirus assigned');

    await openDevice(window, 'CON-0001');
    const policies = window.getByRole('table', { name: 'Policies and where they come from' });
    const defender = policies.getByRole('row').filter({ hasText: 'Microsoft Defender Antivirus' });
    await expect(defender.getByRole('cell').nth(0)).toHaveText('Intune');
    await expect(defender.getByRole('cell').nth(2)).toHaveText('Applied');

    // Unassign under Pilot Intune: the settings stay behind on the 25 Pilot-IT devices.
    await go(window, 'Endpoint security', 'Antivirus');
    await group.selectOption({ label: 'None' });
    await window.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(policy).toContainText('Settings stay behind on 25 devices');
    await policy.getByRole('button', { name: 'CON-0001' }).click();
    await expect(window.getByRole('heading', { name: 'CON-0001', exact: true })).toBeFocused();
    await expect(
      window.getByText(/^Settings stay behind on CON-0001: .*Microsoft Defender Antivirus \(Intune\)/),
    ).toBeVisible();
    await expect(defender.getByRole('cell').nth(2)).toHaveText('Settings stay behind');
    await axeBothThemes(page, expectNoAxeViolations, 'device keeps its settings');

    // A device outside Pilot-IT never had it.
    await openDevice(window, 'CON-0026');
    await expect(defender).toHaveCount(0);
  });

  test('All devices renders only the rows in view at 10,000 devices; the blades with Save; Undo takes a Save back', async ({
    page,
    expectNoAxeViolations,
  }) => {
    test.setTimeout(120_000);
    await page.goto('/scenarios/classroom-10000/');
    const lab = labOf(page, 'A classroom demo with 10,000 devices');
    // A click on the server-rendered console before it hydrates does nothing.
    await labReady(lab);
    const window = await intune(lab);
    await go(window, 'Devices', 'All devices');
    const devices = window.getByRole('table', { name: 'All devices' });
    await expect(window.getByText('Showing 10,000 of 10,000 devices')).toBeVisible();
    const rowCount = Number(await devices.getAttribute('aria-rowcount'));
    expect(rowCount).toBeGreaterThan(9000);
    expect(await devices.locator('tbody tr[aria-rowindex]').count()).toBeLessThan(60);
    // Scrolling far down renders the rows there.
    await window
      .getByRole('region', { name: 'All devices list' })
      .evaluate((box) => (box.scrollTop = box.scrollHeight));
    await expect(devices.locator(`tr[aria-rowindex="${rowCount}"]`)).toBeVisible();
    expect(await devices.locator('tbody tr[aria-rowindex]').count()).toBeLessThan(60);

    // Automatic Enrollment: a pending change, Save, then Undo.
    await go(window, 'Devices', 'Automatic Enrollment');
    await expect(window.getByRole('heading', { name: 'Devices | Automatic Enrollment' })).toBeFocused();
    const scope = window.getByRole('group', { name: 'MDM user scope' });
    await expect(scope.getByRole('radio', { name: 'All' })).toBeChecked();
    await scope.getByRole('radio', { name: 'None' }).check();
    await window.getByRole('button', { name: 'Clear MDM URLs' }).click();
    await expect(window.getByRole('textbox', { name: 'MDM discovery URL' })).toHaveValue('');
    await expect(window.getByText('2 unsaved changes: Save applies them, Discard drops them.')).toBeVisible();
    await window.getByRole('button', { name: 'Discard' }).click();
    await expect(scope.getByRole('radio', { name: 'All' })).toBeChecked();
    await expect(window.getByRole('textbox', { name: 'MDM discovery URL' })).toHaveValue(
      'https://enrollment.manage.microsoft.com/enrollmentserver/discovery.svc',
    );
    await scope.getByRole('radio', { name: 'Some' }).check();
    await window.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(lab.getByRole('status')).toContainText('MDM user scope');
    await expect(scope.getByRole('radio', { name: 'Some' })).toBeChecked();
    await lab.getByRole('button', { name: 'Undo' }).click();
    await expect(scope.getByRole('radio', { name: 'All' })).toBeChecked();

    await go(window, 'Devices', 'Co-management settings');
    await expect(window.getByRole('checkbox', { name: 'Assigned to the Windows Autopilot devices' })).not.toBeChecked();
    await expect(window.getByRole('button', { name: 'Install the Configuration Manager client' })).toBeEnabled();
    await go(window, 'Tenant administration', 'Roles');
    await expect(window.getByRole('checkbox', { name: 'Allow access to unlicensed admins' })).toBeChecked();
    // Menu entries outside the lab are shown and marked.
    await go(window, 'Devices');
    await expect(
      window.getByRole('navigation', { name: 'Devices menu' }).getByRole('button', { name: 'Overview' }),
    ).toHaveAttribute('aria-disabled', 'true');
    await expect(
      window.getByRole('navigation', { name: 'Microsoft Intune admin center' }).getByRole('button', { name: 'Apps' }),
    ).toHaveAttribute('title', 'Not part of this lab');
    await axeBothThemes(page, expectNoAxeViolations, 'classroom, All devices');
  });

  test('with the keyboard alone: search a device, open its page, run a device action, grant the permission in Roles and Save', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.goto('/scenarios/who-can-run-device-actions/');
    const lab = labOf(page, 'Who can run device actions');
    // A click on the server-rendered console before it hydrates does nothing.
    await labReady(lab);
    const window = intuneWindow(lab);
    const search = window.getByRole('searchbox', { name: 'Search' });
    await expect(search).toBeEnabled();
    await search.focus();
    await page.keyboard.type('CON-0001');
    await expect(window.getByText('Showing 1 of 200 devices')).toBeVisible();
    /** Presses Tab until the locator has focus. */
    const tabTo = async (target: Locator, max = 40) => {
      for (let k = 0; k < max; k += 1) {
        if (await target.evaluate((element) => element === document.activeElement)) return;
        await page.keyboard.press('Tab');
      }
      await expect(target).toBeFocused();
    };
    await tabTo(
      window.getByRole('table', { name: 'All devices' }).getByRole('button', { name: 'CON-0001', exact: true }),
    );
    await page.keyboard.press('Enter');
    await expect(window.getByRole('heading', { name: 'CON-0001', exact: true })).toBeFocused();
    await tabTo(
      window
        .getByRole('group', { name: 'Device actions for CON-0001' })
        .getByRole('button', { name: 'Sync Machine Policy' }),
    );
    await page.keyboard.press('Enter');
    await expect(lab.getByRole('status')).toContainText('Sync Machine Policy on CON-0001: Failed');

    await page.keyboard.press('Shift+Tab');
    await tabTo(
      window
        .getByRole('navigation', { name: 'Microsoft Intune admin center' })
        .getByRole('button', { name: 'Tenant administration' }),
      60,
    );
    await page.keyboard.press('Enter');
    await expect(window.getByRole('heading', { name: 'Tenant administration | Roles' })).toBeFocused();
    const permission = window.getByRole('checkbox', { name: 'Initiate Configuration Manager action' });
    await tabTo(permission);
    await page.keyboard.press('Space');
    await expect(permission).toBeChecked();
    await tabTo(window.getByRole('button', { name: 'Save', exact: true }));
    await page.keyboard.press('Enter');
    await expect(lab.getByRole('status')).toContainText('Initiate Configuration Manager action');
    await expect(window.getByRole('button', { name: 'Save', exact: true })).toBeDisabled();
  });

  test('at 390 px the navigation folds behind "Console navigation" and the page does not scroll sideways', async ({
    page,
    expectNoAxeViolations,
  }) => {
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/scenarios/who-can-run-device-actions/');
    const lab = labOf(page, 'Who can run device actions');
    // A click on the server-rendered console before it hydrates does nothing.
    await labReady(lab);
    const window = intuneWindow(lab);
    const toggle = window.getByRole('button', { name: 'Console navigation' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    const nav = window.getByRole('navigation', { name: 'Microsoft Intune admin center' });
    await expect(nav).toBeHidden();
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(nav).toBeVisible();
    // Escape folds it again and gives focus back to the button.
    await nav.getByRole('button', { name: 'Home', exact: true }).focus();
    await page.keyboard.press('Escape');
    await expect(nav).toBeHidden();
    await expect(toggle).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(nav).toBeVisible();
    await nav.getByRole('button', { name: 'Tenant administration' }).click();
    await expect(nav).toBeHidden();
    await expect(window.getByRole('heading', { name: 'Tenant administration | Roles' })).toBeFocused();
    await openDevice(window, 'CON-0001');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await axeBothThemes(page, expectNoAxeViolations, 'narrow device page');
  });
});
