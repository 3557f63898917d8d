/**
 * The authority map (a lab view: effective authority per device) against the Workloads tab's
 * sliders (slider positions) in the Configuration Manager console's cloud attach Properties:
 * the chain of reasons of a cell, the Device configuration coupling, and the time from Apply to
 * the live region and to the map's repaint with 10,000 devices. Ported from sim-workloads.spec.ts
 * with the same figures; only the way to the controls changed. Located by role and accessible
 * name only.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, axeBothThemes } from './fixtures';

// Each journey runs axe in both themes on several states: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 120_000 });

/** The lab console on a scenario page, hydrated (its authority map is there). */
async function openLab(page: Page, path: string, title: string): Promise<Locator> {
  await page.goto(path);
  const lab = page.getByRole('region', { name: `Lab: ${title}` });
  await expect(lab, `${path} shows the lab console`).toHaveCount(1);
  await lab.scrollIntoViewIfNeeded();
  await expect(lab.getByRole('button', { name: 'Reset' })).toBeEnabled();
  await showMap(lab);
  return lab;
}

/** The lab views' tab (only under 960 px of lab width; beside the console otherwise). */
async function showLabViews(lab: Locator): Promise<void> {
  const tab = lab.getByRole('tab', { name: 'Lab views' });
  if (await tab.isVisible()) await tab.click();
}

/** The authority map, in the side panel or the lab views' tab. */
async function showMap(lab: Locator): Promise<Locator> {
  await showLabViews(lab);
  const tab = lab.getByRole('tab', { name: 'Authority map' });
  if ((await tab.getAttribute('aria-selected')) !== 'true') await tab.click();
  const map = lab.getByRole('tabpanel', { name: 'Authority map' });
  await expect(map.getByRole('grid', { name: 'Effective authority per device' })).toBeVisible();
  return map;
}

/** Administration > Cloud Services > Cloud Attach > Properties: the cloud attach object's dialog. */
async function openProperties(lab: Locator, tab: 'Workloads' | 'Staging' | 'Enablement'): Promise<Locator> {
  const cmTab = lab.getByRole('tab', { name: 'Configuration Manager console' });
  if ((await cmTab.getAttribute('aria-selected')) !== 'true') await cmTab.click();
  const properties = lab.getByRole('button', { name: 'Properties', exact: true });
  if (!(await properties.isVisible())) {
    const navigation = lab.getByRole('button', { name: 'Console navigation' });
    if (await navigation.isVisible()) {
      if ((await navigation.getAttribute('aria-expanded')) !== 'true') await navigation.click();
    }
    await lab
      .getByRole('navigation', { name: 'Workspaces' })
      .getByRole('button', { name: 'Administration', exact: true })
      .click();
    await lab
      .getByRole('tree', { name: 'Administration' })
      .getByRole('treeitem', { name: 'Cloud Attach', exact: true })
      .click();
  }
  await properties.click();
  const dialog = lab.page().getByRole('dialog', { name: 'CoMgmtSettingsProd Properties' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('tab', { name: tab, exact: true }).click();
  return dialog;
}

/** The lab bar's live region (a dialog may have its own status while it is open). */
const liveRegion = (lab: Locator) => lab.getByRole('status').first();
const slider = (dialog: Locator, name: string) => dialog.getByRole('group', { name, exact: true });

/** Moves one workload to Pilot Intune for a workload pilot collection, in one Apply (OK). */
async function pilot(lab: Locator, workload: string, collection: string): Promise<void> {
  const dialog = await openProperties(lab, 'Staging');
  await dialog.getByLabel(`Workload pilot collection for ${workload}`).selectOption({ label: collection });
  await dialog.getByRole('tab', { name: 'Workloads', exact: true }).click();
  await slider(dialog, workload).getByRole('radio', { name: 'Pilot Intune' }).check();
  await dialog.getByRole('button', { name: 'OK', exact: true }).click();
  await expect(dialog).toBeHidden();
}

test('a workload pilot collection moves only its own devices to Intune', async ({ page, expectNoAxeViolations }) => {
  const lab = await openLab(page, '/scenarios/compliance-policies-first/', 'Compliance policies first');
  await axeBothThemes(page, expectNoAxeViolations, 'start');
  let map = await showMap(lab);
  const grid = map.getByRole('grid', { name: 'Effective authority per device' });
  await expect(grid).toHaveAttribute('aria-rowcount', '1201');
  await expect(grid.getByRole('columnheader', { name: 'Compliance policies Intune: 0' })).toBeVisible();
  await expect(map.getByRole('heading', { name: 'Last change', exact: true })).toBeVisible();

  // Pilot Intune needs a workload pilot collection first (the Staging tab).
  const workloads = await openProperties(lab, 'Workloads');
  await expect(slider(workloads, 'Compliance policies').getByRole('radio', { name: 'Pilot Intune' })).toBeDisabled();
  await workloads.getByRole('button', { name: 'Cancel', exact: true }).click();
  await pilot(lab, 'Compliance policies', 'Pilot-Finance');
  await expect(liveRegion(lab)).toContainText('30 devices now get Compliance policies from Intune');

  map = await showMap(lab);
  // One Apply is one change: the slider and the workload pilot collection together.
  await expect(map.getByRole('heading', { name: 'Last change: Compliance policies slider moved' })).toBeVisible();
  await expect(
    map.getByText(
      'slider Configuration Manager → Pilot Intune; workload pilot collection None → Pilot-Finance; Intune 0 → 30, Configuration Manager 1,200 → 1,170',
    ),
  ).toBeVisible();
  await expect(map.getByText('30 devices changed effective authority')).toBeVisible();
  await expect(grid.getByRole('columnheader', { name: 'Compliance policies Intune: 30' })).toBeVisible();
  await axeBothThemes(page, expectNoAxeViolations, 'Compliance policies at Pilot Intune');

  // The devices that moved: exactly the 30 members of Pilot-Finance.
  await map.getByLabel('Effective authority', { exact: true }).selectOption({ label: 'Changed in the last change' });
  await expect(map.getByText('Showing 30 of 1,200 devices.')).toBeVisible();
  await map.getByLabel('Effective authority', { exact: true }).selectOption({ label: 'Any' });

  // Every member of Pilot-Finance now gets Compliance policies from Intune...
  await map.getByLabel('Collection', { exact: true }).selectOption({ label: 'Pilot-Finance' });
  await expect(map.getByText('Showing 30 of 1,200 devices.')).toBeVisible();
  await map
    .getByLabel('Effective authority', { exact: true })
    .selectOption({ label: 'Compliance policies: Configuration Manager' });
  await expect(map.getByText('No device matches these filters.')).toBeVisible();
  await map.getByLabel('Effective authority', { exact: true }).selectOption({ label: 'Compliance policies: Intune' });
  await expect(map.getByText('Showing 30 of 1,200 devices.')).toBeVisible();

  // ...for example CON-0001, whose cell says why.
  await map.getByLabel('Device name contains', { exact: true }).fill('CON-0001');
  const inside = grid.getByRole('row', { name: /^CON-0001 / });
  await expect(inside).toBeVisible();
  // A filtered list shrinks to its rows (header and one row), and grows back with the filters.
  expect(await grid.evaluate((element) => element.parentElement!.clientHeight)).toBeLessThan(120);
  await inside.getByRole('gridcell', { name: 'Intune', exact: true }).click();
  await expect(
    map.getByText(
      'Intune, because: co-managed; Compliance policies is at Pilot Intune; device is in the workload pilot collection Pilot-Finance',
      { exact: true },
    ),
  ).toBeInViewport();
  await expect(map.getByText('Changed in the last change: Configuration Manager → Intune')).toBeVisible();
  // The capabilities value sits under "Advanced", collapsed.
  await expect(map.getByText('Capabilities value: 8195 (base 8193 + 2 for Compliance policies)')).toBeHidden();
  await map.getByText('Advanced', { exact: true }).click();
  await expect(map.getByText('Capabilities value: 8195 (base 8193 + 2 for Compliance policies)')).toBeVisible();
  await expect(map.getByText(/^Community-documented model/)).toBeVisible();
  await axeBothThemes(page, expectNoAxeViolations, 'CON-0001 selected');

  // A co-managed device outside Pilot-Finance keeps Configuration Manager: found and opened with the keyboard.
  await map.getByLabel('Collection', { exact: true }).selectOption({ label: 'All devices' });
  await map.getByLabel('Effective authority', { exact: true }).selectOption({ label: 'Any' });
  await map.getByLabel('Device name contains', { exact: true }).fill('');
  await expect(map.getByText('Showing 1,200 of 1,200 devices.')).toBeVisible();
  expect(await grid.evaluate((element) => element.parentElement!.clientHeight)).toBeGreaterThan(250);
  expect(await grid.getByRole('row').count()).toBeGreaterThan(8);
  await map.getByLabel('Co-managed', { exact: true }).selectOption({ label: 'Co-managed' });
  await map.getByLabel('Device name contains', { exact: true }).fill('CON-0031');
  const outside = grid.getByRole('row', { name: /^CON-0031 / });
  await expect(outside.getByRole('gridcell', { name: 'Intune', exact: true })).toHaveCount(0);
  await outside.getByRole('rowheader', { name: 'CON-0031', exact: true }).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(map.getByRole('heading', { name: 'Selected device: CON-0031' })).toBeVisible();
  await expect(
    map.getByText(
      'Configuration Manager, because: co-managed; Compliance policies is at Pilot Intune; device is not in the workload pilot collection Pilot-Finance',
      {
        exact: true,
      },
    ),
  ).toBeInViewport();
  const table = map.getByRole('table', { name: 'Slider positions and effective authority on CON-0031' });
  await expect(
    table.getByRole('row', { name: 'Compliance policies Pilot Intune Configuration Manager' }),
  ).toBeVisible();
  await axeBothThemes(page, expectNoAxeViolations, 'CON-0031 selected');
});

test('Device configuration moves Endpoint Protection while its slider stays put', async ({
  page,
  expectNoAxeViolations,
}) => {
  const lab = await openLab(
    page,
    '/scenarios/device-configuration-moves-endpoint-protection/',
    'Device configuration moves Endpoint Protection too',
  );
  await axeBothThemes(page, expectNoAxeViolations, 'start');
  // On 2207 the Resource access slider still moves.
  const workloads = await openProperties(lab, 'Workloads');
  await expect(
    slider(workloads, 'Resource access policies').getByRole('radio', { name: 'Intune', exact: true }),
  ).toBeEnabled();
  await workloads.getByRole('button', { name: 'Cancel', exact: true }).click();

  await pilot(lab, 'Device configuration', 'Pilot-IT');
  await expect(liveRegion(lab)).toContainText('25 devices now get Device configuration from Intune');
  await expect(liveRegion(lab)).toContainText('25 devices now get Endpoint Protection from Intune');

  // The Endpoint Protection slider did not move...
  const after = await openProperties(lab, 'Workloads');
  const endpoint = slider(after, 'Endpoint Protection');
  await expect(endpoint.getByRole('radio', { name: 'Configuration Manager' })).toBeChecked();
  await expect(endpoint.getByRole('radio', { name: 'Pilot Intune' })).not.toBeChecked();
  await expect(endpoint.getByRole('radio', { name: 'Intune', exact: true })).not.toBeChecked();
  await after.getByRole('button', { name: 'Cancel', exact: true }).click();
  // ...but its effective authority followed Device configuration.
  const map = await showMap(lab);
  const grid = map.getByRole('grid', { name: 'Effective authority per device' });
  await expect(grid.getByRole('columnheader', { name: 'Endpoint Protection Intune: 25' })).toBeVisible();
  await expect(map.getByText('Endpoint Protection: Intune 0 → 25, Configuration Manager 600 → 575')).toBeVisible();
  await axeBothThemes(page, expectNoAxeViolations, 'Device configuration at Pilot Intune');

  await map.getByLabel('Effective authority', { exact: true }).selectOption({ label: 'Endpoint Protection: Intune' });
  await expect(map.getByText('Showing 25 of 600 devices.')).toBeVisible();
  await map.getByLabel('Collection', { exact: true }).selectOption({ label: 'Pilot-IT' });
  await expect(map.getByText('Showing 25 of 600 devices.')).toBeVisible();

  // CON-0001 (Pilot-IT): the Endpoint Protection cell explains the coupling.
  await map.getByLabel('Device name contains', { exact: true }).fill('CON-0001');
  const it = grid.getByRole('row', { name: /^CON-0001 / });
  await it.getByRole('rowheader', { name: 'CON-0001', exact: true }).click();
  for (let k = 0; k < 4; k++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press(' ');
  await expect(
    map.getByText(
      'Intune, because: co-managed; Endpoint Protection is at Configuration Manager; Device configuration is at Pilot Intune; device is in the workload pilot collection Pilot-IT; Device configuration also moves Endpoint Protection for the same devices',
      { exact: true },
    ),
  ).toBeInViewport();
  const table = map.getByRole('table', { name: 'Slider positions and effective authority on CON-0001' });
  await expect(table.getByRole('row', { name: 'Endpoint Protection Configuration Manager Intune' })).toBeVisible();
  await axeBothThemes(page, expectNoAxeViolations, 'CON-0001 Endpoint Protection selected');

  // CON-0026, outside Pilot-IT, keeps Configuration Manager for Endpoint Protection.
  await map.getByLabel('Collection', { exact: true }).selectOption({ label: 'All devices' });
  await map.getByLabel('Effective authority', { exact: true }).selectOption({ label: 'Any' });
  await map.getByLabel('Device name contains', { exact: true }).fill('CON-0026');
  await grid
    .getByRole('row', { name: /^CON-0026 / })
    .getByRole('rowheader', { name: 'CON-0026', exact: true })
    .click();
  await page.keyboard.press('Enter');
  await expect(
    map
      .getByRole('table', { name: 'Slider positions and effective authority on CON-0026' })
      .getByRole('row', { name: 'Endpoint Protection Configuration Manager Configuration Manager' }),
  ).toBeVisible();

  // Undo: the state before the Apply (slider and workload pilot collection together).
  await lab.getByRole('button', { name: 'Undo' }).click();
  await expect(grid.getByRole('columnheader', { name: 'Endpoint Protection Intune: 0' })).toBeVisible();
  await expect(map.getByRole('heading', { name: 'Last change', exact: true })).toBeVisible();
  const undone = await openProperties(lab, 'Workloads');
  await expect(
    slider(undone, 'Device configuration').getByRole('radio', { name: 'Configuration Manager' }),
  ).toBeChecked();
  await undone.getByRole('button', { name: 'Cancel', exact: true }).click();
  await axeBothThemes(page, expectNoAxeViolations, 'undone');
});

/**
 * Classroom-10000 where the scenario's enablement steps leave it: Automatic enrollment in Intune =
 * All (the Enablement tab, OK), a day later.
 */
async function openClassroom(page: Page): Promise<Locator> {
  const lab = await openLab(page, '/scenarios/classroom-10000/', 'A classroom demo with 10,000 devices');
  const dialog = await openProperties(lab, 'Enablement');
  await dialog
    .getByRole('group', { name: 'Automatic enrollment in Intune' })
    .getByRole('radio', { name: 'All', exact: true })
    .check();
  await dialog.getByRole('button', { name: 'OK', exact: true }).click();
  await expect(dialog).toBeHidden();
  await lab.getByRole('button', { name: 'Advance 1 day' }).click();
  await expect(liveRegion(lab)).toContainText('Day 1, 09:00 → Day 2, 09:00: ');
  return lab;
}

test('with 10,000 devices a slider change applied reaches the live region within 300 ms', async ({
  page,
  expectNoAxeViolations,
}) => {
  const lab = await openClassroom(page);
  const map = await showMap(lab);
  const grid = map.getByRole('grid', { name: 'Effective authority per device' });
  await expect(grid).toHaveAttribute('aria-rowcount', '10001');
  const rendered = await grid.getByRole('row').count();
  test.info().annotations.push({ type: 'rendered rows', description: `${rendered} of 10,001` });
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(100);

  // On 2403 the Resource access slider is disabled: Intune deploys resource access profiles on every co-managed device.
  const dialog = await openProperties(lab, 'Staging');
  await dialog
    .getByLabel('Workload pilot collection for Windows Update policies')
    .selectOption({ label: 'Update Ring 1' });
  await dialog.getByRole('tab', { name: 'Workloads', exact: true }).click();
  await expect(
    slider(dialog, 'Resource access policies').getByRole('radio', { name: 'Intune', exact: true }),
  ).toBeDisabled();
  const updates = slider(dialog, 'Windows Update policies');
  const apply = dialog.getByRole('button', { name: 'Apply', exact: true });
  const status = liveRegion(lab);
  const header = grid.getByRole('columnheader', { name: /^Windows Update policies Intune: / });
  const live: number[] = [];
  const painted: number[] = [];
  for (const position of ['Pilot Intune', 'Configuration Manager', 'Intune', 'Configuration Manager', 'Pilot Intune']) {
    await updates.getByRole('radio', { name: position, exact: true }).check();
    // Apply → the frame after the live region changed, and the frame after the map's column count changed.
    await apply.evaluate((button) => {
      const w = window as unknown as { amStart: number };
      button.addEventListener('click', () => (w.amStart = performance.now()), { once: true, capture: true });
    });
    const watch = (target: Locator, key: string) =>
      target.evaluate((element, key) => {
        const w = window as unknown as Record<string, unknown> & { amStart: number };
        w[key] = new Promise<number>((resolve) => {
          const observer = new MutationObserver(() => {
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now() - w.amStart));
          });
          observer.observe(element, { childList: true, subtree: true, characterData: true });
        });
      }, key);
    await watch(status, 'amLive');
    await watch(header, 'amPaint');
    await apply.click();
    live.push(await page.evaluate(() => (window as unknown as { amLive: Promise<number> }).amLive));
    painted.push(await page.evaluate(() => (window as unknown as { amPaint: Promise<number> }).amPaint));
    await expect(apply).toBeDisabled();
  }
  await dialog.getByRole('button', { name: 'OK', exact: true }).click();
  await expect(status).toContainText('200 devices now get Windows Update policies from Intune');
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[2]!;
  const report =
    `Apply → frame after the live region update, 10,000 devices: median ${median(live).toFixed(1)} ms of [${live.map((t) => t.toFixed(1)).join(', ')}]; ` +
    `Apply → frame after the authority map's repaint: median ${median(painted).toFixed(1)} ms of [${painted.map((t) => t.toFixed(1)).join(', ')}]`;
  console.log(report);
  test.info().annotations.push({ type: 'performance', description: report });
  expect(median(live)).toBeLessThanOrEqual(300);

  await expect(grid.getByRole('columnheader', { name: 'Windows Update policies Intune: 200' })).toBeVisible();
  expect(await grid.getByRole('row').count()).toBeLessThan(100);
  await axeBothThemes(page, expectNoAxeViolations, '10,000 devices, Windows Update policies at Pilot Intune');

  // The keyboard reaches the last of 10,000 rows and still renders only a window of them.
  await grid.getByRole('rowheader', { name: 'CON-00001', exact: true }).focus();
  await page.keyboard.press('Control+End');
  await expect(grid.getByRole('gridcell').last()).toBeFocused();
  await expect(grid.getByRole('rowheader', { name: 'CON-10000', exact: true })).toBeVisible();
  expect(await grid.getByRole('row').count()).toBeLessThan(100);
});

test('in classroom-10000 Windows Update policies at Pilot Intune for Update Ring 1 changes the authority map', async ({
  page,
}) => {
  const lab = await openClassroom(page);
  let map = await showMap(lab);
  const grid = map.getByRole('grid', { name: 'Effective authority per device' });
  await expect(grid.getByRole('columnheader', { name: 'Windows Update policies Intune: 0' })).toBeVisible();
  await pilot(lab, 'Windows Update policies', 'Update Ring 1');
  await expect(liveRegion(lab)).toContainText('200 devices now get Windows Update policies from Intune');
  map = await showMap(lab);
  await expect(grid.getByRole('columnheader', { name: 'Windows Update policies Intune: 200' })).toBeVisible();
  await expect(map.getByRole('heading', { name: 'Last change: Windows Update policies slider moved' })).toBeVisible();
  await expect(
    map.getByText(
      'Windows Update policies: slider Configuration Manager → Pilot Intune; workload pilot collection None → Update Ring 1; Intune 0 → 200',
    ),
  ).toBeVisible();
  // The moved devices are marked (Δ) and can be listed on their own.
  await map.getByLabel('Effective authority', { exact: true }).selectOption({ label: 'Changed in the last change' });
  await expect(map.getByText('Showing 200 of 10,000 devices.')).toBeVisible();
  // Windows Update policies (the second workload column) moved; Resource access policies was Intune already on 2403.
  const updates = grid.getByRole('row').nth(1).getByRole('gridcell').nth(1);
  await expect(updates).toHaveAccessibleName('Intune');
  await expect(updates).toHaveAccessibleDescription('Changed in the last change');
  await expect(grid.getByRole('row').nth(1).getByRole('gridcell').nth(2)).not.toHaveAccessibleDescription(
    'Changed in the last change',
  );
});

test('at 360 px the page does not scroll sideways and the grid scrolls inside', async ({
  page,
  expectNoAxeViolations,
}) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const lab = await openLab(page, '/scenarios/compliance-policies-first/', 'Compliance policies first');
  await pilot(lab, 'Compliance policies', 'Pilot-Finance');
  const map = await showMap(lab);
  await map
    .getByRole('grid', { name: 'Effective authority per device' })
    .getByRole('gridcell', { name: 'Intune', exact: true })
    .first()
    .click();
  await expect(map.getByRole('heading', { name: 'Selected device: CON-0001' })).toBeVisible();
  await expect(map.getByText(/^Intune, because: /)).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await axeBothThemes(page, expectNoAxeViolations, '360 px');
});

test('at 1280 px all seven workload columns fit the side panel without scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const lab = await openLab(page, '/scenarios/compliance-policies-first/', 'Compliance policies first');
  const map = await showMap(lab);
  const grid = map.getByRole('grid', { name: 'Effective authority per device' });
  await expect(grid.getByRole('columnheader')).toHaveCount(8);
  const fits = await grid.evaluate((element) => {
    const scroller = element.parentElement!;
    return scroller.scrollWidth <= scroller.clientWidth;
  });
  expect(fits, 'the grid needs no horizontal scroll in the side panel').toBe(true);
  // Full names in the accessible names and tooltips of the short headers.
  await expect(grid.getByRole('columnheader', { name: 'Office Click-to-Run apps Intune: 0' })).toHaveAttribute(
    'title',
    /^Office Click-to-Run apps: /,
  );
});

test.describe('the lab environment and the lab bar', () => {
  test('the lab environment says what lives outside both consoles, where it is changed, and changes it', async ({
    page,
    expectNoAxeViolations,
  }) => {
    const lab = await openLab(page, '/scenarios/compliance-policies-first/', 'Compliance policies first');
    // The teaching aids' own tabs, by keyboard.
    await lab.getByRole('tablist', { name: 'Teaching aids' }).getByRole('tab', { name: 'Authority map' }).focus();
    await page.keyboard.press('ArrowRight');
    const environment = lab.getByRole('tabpanel', { name: 'Lab environment' });
    await expect(lab.getByRole('tab', { name: 'Lab environment' })).toBeFocused();
    await expect(environment.getByRole('heading', { name: 'Lab environment (teaching aid)' })).toBeVisible();
    const site = environment.getByRole('region', { name: 'Configuration Manager site' });
    await expect(site.getByText('Not needed (no internet-based clients)')).toBeVisible();
    await expect(
      site.getByText('Configuration Manager console: Administration > Cloud Services > Cloud Management Gateway'),
    ).toBeVisible();
    await expect(
      site.getByText(
        'Changed in: Configuration Manager console: Administration > Site Configuration > Servers and Site System Roles',
        { exact: true },
      ),
    ).toBeVisible();
    await expect(
      environment.getByText(
        'Configuration Manager console: Administration > Hierarchy Configuration > Discovery Methods',
      ),
    ).toBeVisible();
    await axeBothThemes(page, expectNoAxeViolations, 'lab environment');

    const scp = site.getByRole('checkbox', { name: 'Service connection point online' });
    await scp.uncheck();
    await expect(liveRegion(lab)).toContainText('Service connection point: Online → Offline');
    await expect(scp).not.toBeChecked();
    await lab.getByRole('button', { name: 'Undo' }).click();
    await expect(scp).toBeChecked();
    // Settings a console owns open that console's view.
    await expect(environment.getByRole('button', { name: 'Open Administrative Users' })).toBeEnabled();
    await expect(
      environment
        .getByRole('region', { name: 'Acting administrator' })
        .getByRole('checkbox', { name: 'An Intune licence' }),
    ).toBeChecked();
  });

  test('the gateway is Not met while internet-based devices wait for one, and Met once it exists', async ({ page }) => {
    await page.goto('/scenarios/internet-based-no-cmg/');
    const lab = page.getByRole('region', { name: 'Lab: Internet-based devices, no cloud management gateway yet' });
    await expect(lab.getByRole('button', { name: 'Reset' })).toBeEnabled();
    await showLabViews(lab);
    const site = lab
      .getByRole('tabpanel', { name: 'Lab environment' })
      .getByRole('region', { name: 'Configuration Manager site' });
    const gateway = site.getByRole('listitem').filter({ hasText: 'Cloud management gateway present' });
    await expect(gateway.getByText(/^✗ Not met$/)).toBeVisible();
    await expect(gateway.getByText(/^40 internet-based clients cannot reach their site without one/)).toBeVisible();
    await gateway.getByRole('checkbox', { name: 'Cloud management gateway present' }).check();
    await expect(liveRegion(lab)).toContainText('Cloud management gateway: None → Present');
    await expect(gateway.getByText(/^✓ Met$/)).toBeVisible();
  });

  test('a time step gives one summary whose times agree with the clock; Messages expands it and scrolls inside its box', async ({
    page,
  }) => {
    const lab = await openClassroom(page);
    for (const expected of ['Day 2, 09:00 → 10:00: ', 'Day 2, 10:00 → 11:00: ', 'Day 2, 11:00 → 12:00: ']) {
      await lab.getByRole('button', { name: 'Advance 1 hour' }).click();
      await expect(liveRegion(lab)).toContainText(expected);
    }
    for (let k = 0; k < 8; k++) await lab.getByRole('button', { name: 'Advance 15 minutes' }).click();
    await expect(lab.getByText('Simulated time: Day 2, 14:00')).toBeVisible();
    await expect(liveRegion(lab)).toContainText('Day 2, 13:45 → 14:00: ');
    await lab.getByText(/^Messages: \d+ changes/).click();
    const list = lab.getByRole('list', { name: 'Changes in this lab' });
    const current = list.locator('[aria-current="step"]');
    await expect(current).toContainText('Day 2, 13:45 → 14:00');
    // The current entry is inside the list's own visible box (the list scrolled, not the page).
    const inside = await list.evaluate((box) => {
      const item = box.querySelector('[aria-current="step"]')!.getBoundingClientRect();
      const rect = box.getBoundingClientRect();
      return { scrolled: box.scrollTop > 0, visible: item.top >= rect.top - 1 && item.bottom <= rect.bottom + 1 };
    });
    expect(inside).toEqual({ scrolled: true, visible: true });
    // The day's summary, and its real events behind "N more".
    const day = list.getByRole('listitem').filter({ hasText: 'Day 1, 09:00 → Day 2, 09:00' });
    const more = day.getByRole('button', { name: /^\d+ more$/ });
    await more.click();
    await expect(more).toHaveAttribute('aria-expanded', 'true');
    const events = day.getByRole('list', { name: 'Events of this change' });
    await expect(events.getByRole('listitem').first()).toContainText(/^Day [12], \d\d:\d\d /);
    expect(await events.getByRole('listitem').count()).toBeGreaterThan(3);
    // Going back to the start scrolls the list to its top entry.
    await list.getByRole('button', { name: 'Start of the scenario' }).click();
    await expect(list.getByRole('button', { name: 'Start of the scenario' })).toHaveAttribute('aria-current', 'step');
    await expect.poll(() => list.evaluate((box) => box.scrollTop)).toBe(0);
  });
});
