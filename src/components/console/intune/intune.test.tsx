/**
 * The Microsoft Intune admin center's views, rendered to HTML from real engine states: what All
 * devices lists (and that it renders only the rows in view at 10,000 and 100,000 devices), the
 * Compliance column, a device's actions and policies with where they come from, and the engine
 * actions each blade's Save sends.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import render from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../../../schemas/scenario';
import { FLEET_MAX } from '../../../sim/constants';
import { deviceIndex } from '../../../sim/derive';
import { createScenarioState, scenarioActions } from '../../../sim/scenario';
import { coManagedInitial, run, world } from '../../../sim/test-fixtures';
import type { Scenario, SimState } from '../../../sim/types';
import type { ViewLocation } from '../../../sim/views';
import type { ViewDefinition } from '../types';
import { testContext } from '../test-context';
import IntuneFrame from './IntuneFrame';
import antivirus from './antivirus';
import { assignmentActions } from './antivirus-assignments';
import automaticEnrollment, { enrollmentActions } from './automatic-enrollment';
import coManagementSettings from './co-management-settings';
import connectors from './connectors';
import device from './device';
import devices, { searchDevices } from './devices';
import home from './home';
import { SEE_CONFIGMGR, complianceOf, lastCheckIn, listedDevices } from './parts';
import roles, { roleActions } from './roles';

function scenario(id: string): Scenario {
  return ScenarioSchema.parse(parse(readFileSync(join(process.cwd(), 'content', 'scenarios', `${id}.yaml`), 'utf8')));
}

const ctxFor = (state: SimState, location: ViewLocation) => testContext(state, location);

const html = (view: ViewDefinition, state: SimState, location: ViewLocation) =>
  render(<view.View ctx={ctxFor(state, location)} />);
const rowsIn = (markup: string) => (markup.match(/aria-rowindex="/g) ?? []).length - 1;

describe('All devices', () => {
  it('lists uploaded and enrolled devices; Compliance reads See ConfigMgr while Compliance policies is with Configuration Manager', () => {
    const start = world({
      initial: coManagedInitial(),
      collections: [{ id: 'pilot', name: 'Pilot', members: { limit: 3 } }],
    });
    expect(listedDevices(start)).toHaveLength(12);
    expect(complianceOf(start, 0).value).toBe(SEE_CONFIGMGR);
    const moved = run(
      start,
      { type: 'set-pilot-collection', workload: 'compliance-policies', collection: 'pilot' },
      { type: 'set-workload', workload: 'compliance-policies', position: 'pilot-intune' },
    );
    expect(complianceOf(moved, 0).value).toBe('Compliant');
    expect(complianceOf(moved, 5).value).toBe(SEE_CONFIGMGR);
    const markup = html(devices, moved, { view: 'intune.devices' });
    expect(markup).toContain('Showing 12 of 12 devices');
    for (const column of ['Device name', 'Managed by', 'OS', 'Compliance', 'Last check-in'])
      expect(markup).toContain(`>${column}</th>`);
    expect(markup.match(/See ConfigMgr/g)).toHaveLength(9);
    expect(markup.match(/>Compliant</g)).toHaveLength(3);
  });

  it('does not list devices before tenant attach uploads them', () => {
    const start = world();
    expect(listedDevices(start)).toEqual([]);
    expect(html(devices, start, { view: 'intune.devices' })).toContain('Showing 0 of 0 devices');
  });

  it('search keeps the names that contain the text, in order', () => {
    const names = ['CON-0001', 'CON-0010', 'CON-0100', 'OTHER'];
    expect(searchDevices((i) => names[i]!, [0, 1, 2, 3], ' con-00')).toEqual([0, 1]);
    expect(searchDevices((i) => names[i]!, [0, 1, 2, 3], 'Con-01')).toEqual([2]);
    expect(searchDevices((i) => names[i]!, [0, 1, 2, 3], '')).toEqual([0, 1, 2, 3]);
  });

  for (const size of [10_000, FLEET_MAX]) {
    it(`renders only the rows in view with ${size.toLocaleString('en-US')} devices`, () => {
      const state = world({
        segments: [{ count: size, os: 'windows-11-23h2', join: 'hybrid-entra-joined' }],
        initial: coManagedInitial(),
      });
      const markup = html(devices, state, { view: 'intune.devices' });
      expect(markup).toContain(`Showing ${size.toLocaleString('en-US')} of ${size.toLocaleString('en-US')} devices`);
      expect(markup).toContain(`aria-rowcount="${size + 1}"`);
      const rows = rowsIn(markup);
      expect(rows).toBeGreaterThan(5);
      expect(rows).toBeLessThan(40);
    }, 60_000);
  }
});

describe('a device page', () => {
  const s = scenario('who-can-run-device-actions');
  const start = createScenarioState(s);

  it('refuses a device action without the Intune permission and logs nothing; completes with the rights, with the log lines', () => {
    const name = 'CON-0001';
    const refused = run(start, { type: 'device-action', device: name, action: 'sync-machine-policy' });
    const first = html(device, refused, { view: 'intune.device', device: name });
    expect(first).toContain("You don't have access to perform this action.");
    expect(first).toContain('Nothing was logged: the request never reached the service connection point.');
    const london = start.collections.find((c) => c.name === 'London Workstations')!.id;
    const done = run(
      refused,
      { type: 'set-admin-permission', permission: 'initiateConfigMgrAction', granted: true },
      { type: 'set-collection-rights', collection: london, granted: true },
      { type: 'device-action', device: name, action: 'sync-machine-policy' },
    );
    const markup = html(device, done, { view: 'intune.device', device: name });
    expect(markup).toContain('Log lines along the path of Sync Machine Policy');
    expect(markup.match(/CcmNotificationAgent\.log/g)).toHaveLength(2);
    expect(markup).toContain('management point (CON-MP01)');
    const Commands = device.Commands!;
    const commands = render(<Commands ctx={ctxFor(done, { view: 'intune.device', device: name })} />);
    for (const label of ['Sync Machine Policy', 'Sync User Policy', 'App Evaluation Cycle'])
      expect(commands).toContain(`${label}</button>`);
    expect(commands).toContain('aria-label="Device actions for CON-0001"');
  });

  it('shows a Pilot-IT device keeping the antivirus settings after the assignment is removed under Pilot Intune', () => {
    const dc = scenario('device-configuration-moves-endpoint-protection');
    const state = createScenarioState(dc);
    const moved = run(state, ...scenarioActions(dc, 2));
    const assigned = run(moved, ...assignmentActions(moved, { 'intune-defender-av': 'pilot-it' }));
    const pilotDevice = assigned.devices[0]!.name;
    expect(html(device, assigned, { view: 'intune.device', device: pilotDevice })).toMatch(
      /Microsoft Defender Antivirus<\/th><td>Intune<\/td><td>Endpoint Protection<\/td><td><span class="in-status in-status--ok">Applied/,
    );
    const removed = run(assigned, ...assignmentActions(assigned, { 'intune-defender-av': '' }));
    const page = html(device, removed, { view: 'intune.device', device: pilotDevice });
    expect(page).toMatch(/Settings stay behind on CON-0001: .*Microsoft Defender Antivirus \(Intune\)/);
    expect(page).toMatch(
      /Microsoft Defender Antivirus<\/th><td>Intune<\/td><td>Endpoint Protection<\/td><td><span class="in-status in-status--warn">Settings stay behind/,
    );
    // A device outside the pilot never got it.
    const other = removed.devices[deviceIndex(removed, 'CON-0026')]!.name;
    expect(html(device, removed, { view: 'intune.device', device: other })).not.toContain('Settings stay behind on');
    const blade = html(antivirus, removed, { view: 'intune.antivirus' });
    expect(blade).toContain(
      'Intune assigns to Entra ID groups: in this simulator each collection has a same-named group.',
    );
    expect(blade).toContain('Settings stay behind on 25 devices');
  });

  it('says when no device is chosen', () => {
    expect(html(device, start, { view: 'intune.device' })).toContain('No device is selected');
  });
});

describe('blades with Save', () => {
  const start = world({ initial: coManagedInitial() });
  it('send only what changed', () => {
    expect(enrollmentActions(start, { scope: 'all', configured: true })).toEqual([]);
    expect(enrollmentActions(start, { scope: 'none', configured: false })).toEqual([
      { type: 'set-mdm-user-scope', scope: 'none' },
      { type: 'set-automatic-enrollment-configured', configured: false },
    ]);
    expect(
      roleActions(start, {
        initiate: !start.admin.initiateConfigMgrAction,
        unlicensed: start.tenant.allowUnlicensedAdmins,
      }),
    ).toEqual([
      {
        type: 'set-admin-permission',
        permission: 'initiateConfigMgrAction',
        granted: !start.admin.initiateConfigMgrAction,
      },
    ]);
  });
  it('render their controls', () => {
    const auto = html(automaticEnrollment, start, { view: 'intune.automatic-enrollment' });
    expect(auto).toContain('<legend>MDM user scope</legend>');
    expect(auto).toContain('https://enrollment.manage.microsoft.com/enrollmentserver/discovery.svc');
    const broken = html(
      automaticEnrollment,
      run(start, { type: 'set-automatic-enrollment-configured', configured: false }),
      { view: 'intune.automatic-enrollment' },
    );
    expect(broken).not.toContain('discovery.svc');
    expect(broken).toContain('0x8000FFFF');
    expect(html(roles, start, { view: 'intune.roles' })).toContain('Initiate Configuration Manager action');
    expect(html(roles, start, { view: 'intune.roles' })).toContain('Allow access to unlicensed admins');
    expect(html(coManagementSettings, start, { view: 'intune.co-management-settings' })).toContain(
      'Install the Configuration Manager client</button>',
    );
  });
});

describe('connector and home', () => {
  it('show No results before attach and Healthy after the first upload cycle', () => {
    const before = world();
    expect(html(connectors, before, { view: 'intune.connectors' }).match(/>No results</g)).toHaveLength(2);
    const after = run(world({ initial: { cloudAttach: { upload: 'all' } } }), { type: 'advance-time', minutes: 15 });
    expect(html(connectors, after, { view: 'intune.connectors' })).toContain('Healthy');
    expect(html(home, after, { view: 'intune.home' })).toContain('Healthy');
    expect(lastCheckIn(after, 0)).toBeNull();
    const listed = run(after, { type: 'advance-time', minutes: 15 });
    expect(lastCheckIn(listed, 0)).toBe(listed.upload.lastSyncAt);
  });
});

describe('the frame', () => {
  it('has the navigation, its disabled items, the breadcrumb, the blade title and the narrow navigation button', () => {
    const state = world({ initial: coManagedInitial() });
    const markup = render(
      <IntuneFrame ctx={ctxFor(state, { view: 'intune.devices' })} view={devices} window="intune" />,
    );
    expect(markup).toContain('aria-label="Microsoft Intune admin center"');
    expect(markup).toMatch(/aria-expanded="false"[^>]*>.*Console navigation/);
    expect(markup).toMatch(
      /aria-current="page"[^>]*><span class="in-glyph in-glyph--devices" aria-hidden="true"><\/span>Devices/,
    );
    expect(markup).toMatch(
      /aria-disabled="true" title="Not part of this lab"[^>]*><span class="in-glyph in-glyph--apps"/,
    );
    expect(markup).toContain('aria-label="Breadcrumb"');
    expect(markup).toMatch(/<h3 class="intune__title" tabindex="-1">Devices \| All devices<\/h3>/);
    expect(markup).toContain('aria-label="Devices menu"');
  });
});
