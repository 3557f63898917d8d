/**
 * The Configuration Manager console of the lab console: Administration > Cloud Services > Cloud
 * Attach, the Cloud Attach Configuration Wizard (a modal dialog), the co-management object's
 * Properties (pending changes: Cancel discards, Apply is one Undo step), the Workloads tab's
 * three-stop sliders by keyboard, and the navigation at 390 px. The wizard journeys are the ones of
 * the former tenant attach simulator with the same figures. Located by role and accessible name only.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, axeBothThemes } from './fixtures';

test.describe.configure({ timeout: 120_000 });

/** The lab on a scenario page, hydrated, with the Configuration Manager console in front. */
async function openLab(page: Page, path: string, title: string): Promise<Locator> {
  await page.goto(path);
  const lab = page.getByRole('region', { name: `Lab: ${title}` });
  await expect(lab).toHaveCount(1);
  await lab.scrollIntoViewIfNeeded();
  await expect(lab.getByRole('button', { name: 'Reset' })).toBeEnabled();
  const tab = lab.getByRole('tab', { name: 'Configuration Manager console' });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
  return lab;
}

/** Opens Administration > Overview > Cloud Services > Cloud Attach from the navigation pane. */
async function openCloudAttach(lab: Locator): Promise<void> {
  await lab
    .getByRole('navigation', { name: 'Workspaces' })
    .getByRole('button', { name: 'Administration', exact: true })
    .click();
  await lab
    .getByRole('tree', { name: 'Administration' })
    .getByRole('treeitem', { name: 'Cloud Attach', exact: true })
    .click();
  await expect(lab.getByRole('heading', { name: 'Cloud Attach', exact: true })).toBeVisible();
  await expect(lab.getByRole('button', { name: 'Properties', exact: true })).toBeEnabled();
}

test('the wizard attaches the tenant uploading one collection: exactly its 20 devices reach the admin center', async ({
  page,
  expectNoAxeViolations,
}) => {
  const lab = await openLab(page, '/scenarios/contoso-not-attached/', 'Contoso: a tenant not yet attached');
  await expect(lab.getByRole('navigation', { name: 'Address bar' }).getByRole('listitem')).toHaveText([
    '\\',
    'Administration',
    'Overview',
    'Cloud Services',
    'Cloud Attach',
  ]);
  await expect(lab.getByRole('table', { name: 'Cloud Attach 0 items' })).toBeVisible();
  await expect(lab.getByRole('button', { name: 'Properties', exact: true })).toHaveAttribute('aria-disabled', 'true');
  await expect(lab.getByRole('button', { name: 'Delete', exact: true })).toHaveAttribute(
    'title',
    'Not part of this lab',
  );

  // Without an Intune licence, Sign In fails only where the tenant does not allow unlicensed admins:
  // take the licence away (lab environment) and turn the tenant setting off (Intune > Roles).
  await lab.getByRole('tab', { name: 'Lab environment' }).click();
  const licence = lab.getByRole('checkbox', { name: 'An Intune licence' });
  await licence.uncheck();
  await expect(licence).not.toBeChecked();
  const unlicensed = async (allowed: boolean) => {
    await lab.getByRole('tab', { name: 'Microsoft Intune admin center' }).click();
    await lab
      .getByRole('navigation', { name: 'Microsoft Intune admin center' })
      .getByRole('button', { name: 'Tenant administration' })
      .click();
    const box = lab.getByRole('checkbox', { name: 'Allow access to unlicensed admins' });
    await box.setChecked(allowed);
    await lab.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(box).toBeChecked({ checked: allowed });
    await lab.getByRole('tab', { name: 'Configuration Manager console' }).click();
  };
  await unlicensed(false);

  // Cloud attach page: Next before Sign In is refused, inside the dialog.
  const configure = lab.getByRole('button', { name: 'Configure Cloud Attach' });
  await configure.click();
  const wizard = page.getByRole('dialog', { name: 'Cloud Attach Configuration Wizard' });
  await expect(wizard.getByRole('heading', { name: 'Cloud attach', exact: true })).toBeFocused();
  const pages = wizard.getByRole('list', { name: 'Wizard pages' }).getByRole('listitem');
  await expect(pages).toHaveText(['Cloud attach', 'Configure upload', 'Enablement', 'Summary', 'Completion']);
  await expect(pages.nth(0)).toHaveAttribute('aria-current', 'step');
  await wizard.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(wizard.getByRole('alert')).toHaveText(/^Sign In first/);
  await expect(wizard.getByRole('combobox', { name: 'Azure environment' })).toHaveValue('public');
  await wizard.getByRole('button', { name: 'Sign In' }).click();
  await expect(wizard.getByRole('alert')).toHaveText(
    /^Sign-in failed: "An unanticipated error occurred\." Megan Bowen has no Intune licence/,
  );
  // Cancel (Escape), allow unlicensed admins again, and start over.
  await page.keyboard.press('Escape');
  await expect(wizard).toHaveCount(0);
  await expect(configure).toBeFocused();
  await unlicensed(true);
  await configure.click();
  await expect(wizard.getByRole('heading', { name: 'Cloud attach', exact: true })).toBeFocused();
  await wizard.getByRole('button', { name: 'Sign In' }).click();
  await expect(wizard.getByText('Signed in as Megan Bowen (Azure Public Cloud).')).toBeVisible();
  await expect(wizard.getByRole('alert')).toHaveCount(0);

  // Changing the Azure environment after Sign In needs a new Sign In.
  await wizard
    .getByRole('combobox', { name: 'Azure environment' })
    .selectOption({ label: 'Azure US Government Cloud' });
  await expect(wizard.getByText('Sign In again: the Azure environment changed since you signed in.')).toBeVisible();
  await expect(wizard.getByRole('button', { name: 'Next', exact: true })).toHaveAttribute('aria-disabled', 'true');
  await wizard.getByRole('combobox', { name: 'Azure environment' }).selectOption({ label: 'Azure Public Cloud' });
  await expect(wizard.getByText('Signed in as Megan Bowen (Azure Public Cloud).')).toBeVisible();
  await wizard.getByRole('radio', { name: 'Customize settings' }).check();
  await axeBothThemes(page, expectNoAxeViolations, 'wizard, Cloud attach page');

  // Configure upload: one collection; the page says how many devices it holds.
  await wizard.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(wizard.getByRole('heading', { name: 'Configure upload', exact: true })).toBeFocused();
  await expect(pages.nth(1)).toHaveAttribute('aria-current', 'step');
  await expect(
    wizard.getByRole('radio', {
      name: 'All devices managed by Microsoft Endpoint Configuration Manager (recommended)',
    }),
  ).toBeChecked();
  await wizard.getByRole('radio', { name: 'Specific Collection' }).check();
  await wizard.getByRole('combobox', { name: 'Collection', exact: true }).selectOption({ label: 'IT Devices' });
  const members = wizard.getByText(/^IT Devices: \d+ devices with the Configuration Manager client/);
  await expect(members).toBeVisible();
  const memberCount = Number(/(\d+) devices/.exec(await members.innerText())![1]);
  expect(memberCount).toBe(20);

  // Enablement, then Previous keeps the upload choice, then None.
  await wizard.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(wizard.getByRole('heading', { name: 'Enablement', exact: true })).toBeFocused();
  await expect(wizard.getByRole('group', { name: 'Automatic enrollment in Intune' }).getByRole('radio')).toHaveCount(3);
  await wizard.getByRole('button', { name: 'Previous', exact: true }).click();
  await expect(wizard.getByRole('heading', { name: 'Configure upload', exact: true })).toBeFocused();
  await expect(wizard.getByRole('radio', { name: 'Specific Collection' })).toBeChecked();
  await expect(wizard.getByRole('combobox', { name: 'Collection', exact: true })).toHaveValue('it-devices');
  await wizard.getByRole('button', { name: 'Next', exact: true }).click();
  await wizard.getByRole('radio', { name: 'Pilot' }).check();
  await expect(wizard.getByRole('combobox', { name: 'Intune Auto Enrollment collection' })).toBeEnabled();
  await wizard.getByRole('radio', { name: 'None' }).check();
  await expect(wizard.getByRole('combobox', { name: 'Intune Auto Enrollment collection' })).toBeDisabled();

  // Summary, then Next applies it and the Completion page closes the wizard.
  await wizard.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(wizard.getByRole('heading', { name: 'Summary', exact: true })).toBeFocused();
  await expect(wizard.getByText('Specific Collection: IT Devices (with its child collections)')).toBeVisible();
  await axeBothThemes(page, expectNoAxeViolations, 'wizard, Summary page');
  await wizard.getByRole('button', { name: 'Next', exact: true }).click();
  await expect(wizard.getByRole('heading', { name: 'Completion', exact: true })).toBeFocused();
  await wizard.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(wizard).toHaveCount(0);
  await expect(configure).toBeFocused();
  await expect(configure).toHaveAttribute('aria-disabled', 'true');

  // The object and its settings; before the first upload cycle nothing is in the admin center.
  await expect(
    lab.getByRole('table', { name: 'Cloud Attach 1 item' }).getByRole('button', { name: 'CoMgmtSettingsProd' }),
  ).toBeVisible();
  const details = lab.getByRole('region', { name: 'CoMgmtSettingsProd' });
  await expect(details).toContainText('Specific Collection: IT Devices (with its child collections)');
  await expect(details).toContainText(
    'next upload cycle at Day 1, 09:15: the first cycle is a full sync of every device in scope.',
  );
  await expect(details).toContainText('The admin center lists 0 devices from this hierarchy.');

  // The first cycle runs at 09:15; its records appear 5 to 10 minutes later.
  await lab.getByRole('button', { name: 'Advance 15 minutes' }).click();
  await expect(details).toContainText('Last upload cycle: Day 1, 09:15.');
  await expect(details).toContainText(
    `${memberCount} device records from the last cycle appear in the admin center at`,
  );
  await lab.getByRole('button', { name: 'Advance 15 minutes' }).click();
  await expect(details).toContainText(`The admin center lists ${memberCount} devices from this hierarchy.`);
  await expect(details).toContainText('later cycles send only the changes (deltas).');
  await axeBothThemes(page, expectNoAxeViolations, 'attached, uploaded');
});

test('the wizard works with the keyboard alone and uploads a collection with its child collections', async ({
  page,
  expectNoAxeViolations,
}) => {
  const lab = await openLab(page, '/scenarios/tenant-attach-only/', 'Tenant attach only');
  const configure = lab.getByRole('button', { name: 'Configure Cloud Attach' });
  await expect(configure).toBeEnabled();
  await configure.focus();
  await page.keyboard.press('Enter');
  const wizard = page.getByRole('dialog', { name: 'Cloud Attach Configuration Wizard' });
  await expect(wizard.getByRole('heading', { name: 'Cloud attach', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(wizard.getByRole('combobox', { name: 'Azure environment' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(wizard.getByRole('button', { name: 'Sign In' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(wizard.getByText('Signed in as Megan Bowen (Azure Public Cloud).')).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(wizard.getByRole('radio', { name: 'Use default settings (recommended)' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(wizard.getByRole('radio', { name: 'Customize settings' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(wizard.getByRole('button', { name: 'Previous', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(wizard.getByRole('button', { name: 'Next', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(wizard.getByRole('heading', { name: 'Configure upload', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(
    wizard.getByRole('checkbox', { name: 'Upload to Microsoft Endpoint Manager admin center' }),
  ).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(
    wizard.getByRole('radio', {
      name: 'All devices managed by Microsoft Endpoint Configuration Manager (recommended)',
    }),
  ).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(wizard.getByRole('radio', { name: 'Specific Collection' })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(wizard.getByRole('combobox', { name: 'Collection', exact: true })).toBeFocused();
  await expect(wizard.getByRole('combobox', { name: 'Collection', exact: true })).toHaveValue('workstations');
  await expect(
    wizard.getByText(
      /^Contoso Workstations: 20 devices with the Configuration Manager client, child collections included\./,
    ),
  ).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(
    wizard.getByRole('checkbox', {
      name: 'Enable Endpoint Analytics for devices uploaded to Microsoft Endpoint Manager',
    }),
  ).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(wizard.getByRole('button', { name: 'Previous', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(wizard.getByRole('button', { name: 'Next', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(wizard.getByRole('heading', { name: 'Enablement', exact: true })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(wizard.getByRole('radio', { name: 'All' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(wizard.getByRole('radio', { name: 'None' })).toBeChecked();
  await wizard.getByRole('button', { name: 'Next', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(wizard.getByRole('heading', { name: 'Summary', exact: true })).toBeFocused();
  await wizard.getByRole('button', { name: 'Next', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(wizard.getByRole('heading', { name: 'Completion', exact: true })).toBeFocused();
  await wizard.getByRole('button', { name: 'Close', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(configure).toBeFocused();

  await lab.getByRole('button', { name: 'Advance 1 hour' }).focus();
  await page.keyboard.press('Enter');
  const details = lab.getByRole('region', { name: 'CoMgmtSettingsProd' });
  await expect(details).toContainText('Specific Collection: Contoso Workstations (with its child collections)');
  await expect(details).toContainText('The admin center lists 20 devices from this hierarchy.');
  await axeBothThemes(page, expectNoAxeViolations, 'tenant attach only, uploaded');
});

test('Properties changes wait for Apply: Cancel discards them, Apply is one change for Undo', async ({
  page,
  expectNoAxeViolations,
}) => {
  const lab = await openLab(page, '/scenarios/compliance-policies-first/', 'Compliance policies first');
  await openCloudAttach(lab);
  const details = lab.getByRole('region', { name: 'CoMgmtSettingsProd' });
  await expect(details).toContainText('Every workload at Configuration Manager');
  const properties = lab.getByRole('button', { name: 'Properties', exact: true });
  const dialog = page.getByRole('dialog', { name: 'CoMgmtSettingsProd Properties' });
  const tabs = dialog.getByRole('tablist', { name: 'Properties tabs' });

  // The tabs as the console names them; the first one is open.
  await properties.click();
  await expect(tabs.getByRole('tab')).toHaveText(['Configure upload', 'Enablement', 'Workloads', 'Staging']);
  await expect(tabs.getByRole('tab', { name: 'Configure upload' })).toHaveAttribute('aria-selected', 'true');
  await expect(tabs.getByRole('tab', { name: 'Configure upload' })).toBeFocused();

  // Narrowing the upload says how many devices leave the admin center; Cancel discards it.
  await dialog.getByRole('radio', { name: 'Specific Collection' }).check();
  await dialog.getByRole('combobox', { name: 'Collection', exact: true }).selectOption({ label: 'Pilot-Finance' });
  await expect(
    dialog.getByText(
      /^1,170 devices will no longer be uploaded: they leave the admin center 5 to 10 minutes after the next upload cycle/,
    ),
  ).toBeVisible();
  await expect(dialog.getByText('That cycle is a delta: it sends only the changes.')).toBeVisible();

  // Pilot Intune needs a workload pilot collection: a pending one counts.
  await tabs.getByRole('tab', { name: 'Configure upload' }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: 'Workloads' })).toHaveAttribute('aria-selected', 'true');
  const compliance = dialog.getByRole('group', { name: 'Compliance policies', exact: true });
  await expect(compliance.getByRole('radio')).toHaveCount(3);
  for (const name of ['Configuration Manager', 'Pilot Intune', 'Intune'])
    await expect(compliance.getByRole('radio', { name, exact: true })).toHaveCount(1);
  await expect(compliance.getByRole('radio', { name: 'Configuration Manager' })).toBeChecked();
  await expect(compliance.getByRole('radio', { name: 'Pilot Intune' })).toBeDisabled();
  await compliance.getByRole('radio', { name: 'Intune', exact: true }).check();
  await expect(dialog.getByRole('status')).toHaveText(/^2 changes not applied yet/);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(properties).toBeFocused();
  await expect(details).toContainText('Every workload at Configuration Manager');
  await expect(details).toContainText('All devices managed by Microsoft Endpoint Configuration Manager');
  await expect(lab.getByRole('button', { name: 'Undo' })).toBeDisabled();

  // Staging and Workloads together, one Apply: the sentence says what it did.
  await properties.click();
  await tabs.getByRole('tab', { name: 'Staging' }).click();
  await dialog
    .getByRole('combobox', { name: 'Workload pilot collection for Compliance policies' })
    .selectOption({ label: 'Pilot-Finance' });
  await tabs.getByRole('tab', { name: 'Workloads' }).click();
  await expect(compliance.getByRole('radio', { name: 'Configuration Manager' })).toBeChecked();
  await compliance.getByRole('radio', { name: 'Pilot Intune' }).check();
  await expect(dialog.getByText('Pilot Intune once applied. Applied now: Intune on 0 devices of 1,200.')).toBeVisible();
  await axeBothThemes(page, expectNoAxeViolations, 'Properties, Workloads tab with pending changes');
  await dialog.getByRole('button', { name: 'Apply' }).click();
  await expect(dialog.getByRole('status')).toContainText('30 devices now get Compliance policies from Intune');
  await expect(dialog.getByText('Applied now: Intune on 30 devices of 1,200.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Apply' })).toHaveAttribute('aria-disabled', 'true');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(details).toContainText('Compliance policies: Pilot Intune (workload pilot collection: Pilot-Finance)');

  // Undo takes the whole Apply back: the slider and the workload pilot collection.
  await lab.getByRole('button', { name: 'Undo' }).click();
  await expect(details).toContainText('Every workload at Configuration Manager');
  await properties.click();
  await tabs.getByRole('tab', { name: 'Staging' }).click();
  await expect(dialog.getByRole('combobox', { name: 'Workload pilot collection for Compliance policies' })).toHaveValue(
    '',
  );
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});

test('a Workloads slider moves with the arrow keys and says its position', async ({ page, expectNoAxeViolations }) => {
  const lab = await openLab(page, '/scenarios/compliance-policies-first/', 'Compliance policies first');
  await openCloudAttach(lab);
  await lab.getByRole('button', { name: 'Properties', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'CoMgmtSettingsProd Properties' });
  await dialog.getByRole('tab', { name: 'Workloads' }).click();
  const updates = dialog.getByRole('group', { name: 'Windows Update policies', exact: true });
  await updates.getByRole('radio', { name: 'Configuration Manager' }).focus();
  // Pilot Intune is disabled (no workload pilot collection yet): the arrow skips to Intune.
  await page.keyboard.press('ArrowRight');
  await expect(updates.getByRole('radio', { name: 'Intune', exact: true })).toBeChecked();
  await expect(updates.getByRole('radio', { name: 'Intune', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(updates.getByRole('radio', { name: 'Configuration Manager' })).toBeChecked();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Tab');
  await expect(
    dialog
      .getByRole('group', { name: 'Resource access policies', exact: true })
      .getByRole('radio', { name: 'Configuration Manager' }),
  ).toBeFocused();
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(lab.getByRole('region', { name: 'CoMgmtSettingsProd' })).toContainText(
    'Windows Update policies: Intune',
  );
  await expect(lab.getByRole('status').first()).toContainText('Windows Update policies');
  await axeBothThemes(page, expectNoAxeViolations, 'after OK');
});

test('the navigation pane works by keyboard and folds behind Console navigation at 390 px', async ({
  page,
  expectNoAxeViolations,
}) => {
  const lab = await openLab(page, '/scenarios/compliance-policies-first/', 'Compliance policies first');
  await openCloudAttach(lab);
  const tree = lab.getByRole('tree', { name: 'Administration' });
  const node = tree.getByRole('treeitem', { name: 'Cloud Attach', exact: true });
  await expect(node).toHaveAttribute('aria-selected', 'true');
  await node.focus();
  await page.keyboard.press('ArrowDown');
  const gateway = tree.getByRole('treeitem', { name: 'Cloud Management Gateway' });
  await expect(gateway).toBeFocused();
  await expect(gateway).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(tree.getByRole('treeitem', { name: 'Administrative Users' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(lab.getByRole('heading', { name: 'Administrative Users', exact: true })).toBeVisible();
  await expect(
    lab.getByRole('table', { name: 'Administrative Users 1 item' }).getByRole('cell', { name: 'Full Administrator' }),
  ).toBeVisible();

  await page.setViewportSize({ width: 390, height: 844 });
  const toggle = lab.getByRole('button', { name: 'Console navigation' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(lab.getByRole('tree', { name: 'Administration' })).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await lab.getByRole('treeitem', { name: 'Cloud Attach', exact: true }).click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(lab.getByRole('heading', { name: 'Cloud Attach', exact: true })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await lab.getByRole('button', { name: 'Properties', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'CoMgmtSettingsProd Properties' })).toBeVisible();
  await axeBothThemes(page, expectNoAxeViolations, '390 px, Properties open');
});

test('the Enablement tab enables co-management for all 10,000 devices with one Apply, and shows the command line only with a gateway', async ({
  page,
  expectNoAxeViolations,
}) => {
  const lab = await openLab(page, '/scenarios/classroom-10000/', 'A classroom demo with 10,000 devices');
  await openCloudAttach(lab);
  const details = lab.getByRole('region', { name: 'CoMgmtSettingsProd' });
  await expect(details).toContainText('Automatic enrollment in IntuneNone');
  await lab.getByRole('button', { name: 'Properties', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'CoMgmtSettingsProd Properties' });
  await dialog.getByRole('tab', { name: 'Enablement' }).click();
  const enrollment = dialog.getByRole('group', { name: 'Automatic enrollment in Intune' });
  await expect(enrollment.getByRole('radio')).toHaveCount(3);
  await expect(enrollment.getByRole('radio', { name: 'None' })).toBeChecked();
  await expect(
    dialog.getByText(/^No command line for internet-based devices: this site has no cloud management gateway/),
  ).toBeVisible();
  // Co-management is off: the sliders cannot move until Pilot or All is applied (a pending choice counts).
  await dialog.getByRole('tab', { name: 'Workloads' }).click();
  await expect(
    dialog
      .getByRole('group', { name: 'Windows Update policies', exact: true })
      .getByRole('radio', { name: 'Intune', exact: true }),
  ).toBeDisabled();
  await dialog.getByRole('tab', { name: 'Enablement' }).click();
  await enrollment.getByRole('radio', { name: 'All' }).check();
  await expect(
    dialog.getByText(
      /^Every eligible device enrolls \(the Co-management Eligible Devices collection\)\. [\d,]+ devices eligible\./,
    ),
  ).toBeVisible();
  await dialog.getByRole('tab', { name: 'Workloads' }).click();
  await expect(
    dialog
      .getByRole('group', { name: 'Windows Update policies', exact: true })
      .getByRole('radio', { name: 'Intune', exact: true }),
  ).toBeEnabled();
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(details).toContainText('Automatic enrollment in IntuneAll');
  // None cannot come back in this simulator.
  await lab.getByRole('button', { name: 'Properties', exact: true }).click();
  await dialog.getByRole('tab', { name: 'Enablement' }).click();
  await expect(enrollment.getByRole('radio', { name: 'None' })).toBeDisabled();
  await expect(dialog.getByRole('button', { name: 'Apply' })).toHaveAttribute('aria-disabled', 'true');
  await axeBothThemes(page, expectNoAxeViolations, '10,000 devices, Enablement tab');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // With a cloud management gateway (lab environment), the tab shows the ccmsetup command line.
  await lab.getByRole('tab', { name: 'Lab environment' }).click();
  await lab.getByRole('checkbox', { name: 'Cloud management gateway present' }).check();
  await lab.getByRole('button', { name: 'Properties', exact: true }).click();
  await dialog.getByRole('tab', { name: 'Enablement' }).click();
  await expect(
    dialog.getByRole('textbox', { name: 'Command line to install the Configuration Manager client' }),
  ).toHaveValue(/^CCMSETUPCMD="CCMHOSTNAME=\S+ SMSSITECODE=CON"$/);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});
