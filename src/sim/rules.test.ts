/**
 * One test per simulation rule of the fact sheet (section 8, rules 1-17). Each builds two states
 * that differ only in the rule's condition and asserts the two different outcomes.
 */
import { describe, expect, it } from 'vitest';
import {
  authorityOf,
  capabilitiesOf,
  explainAuthority,
  funnelCounts,
  funnelOf,
  isCoManaged,
  managedByOf,
  policiesOf,
} from './derive';
import { enrollmentWindow } from './enrollment';
import { step } from './step';
import { connectorView } from './tenant';
import { coManagedInitial, DEFAULT_WIZARD, idx, run, runWithEvents, world, BASE_SEGMENT } from './test-fixtures';
import type { Action, FleetSegment, InitialSettings, SimState } from './types';

const PILOT = [{ id: 'pilot-finance', name: 'Pilot-Finance', members: { names: ['PC-0001', 'PC-0002'] } }];

describe('simulation rules (fact sheet section 8)', () => {
  it('rule 1: a workload at Pilot Intune gives Intune only to co-managed devices in its workload pilot collection', () => {
    const initial = coManagedInitial({
      coManagement: {
        autoEnrollment: 'all',
        workloads: { 'compliance-policies': { position: 'pilot-intune', pilotCollection: 'pilot-finance' } },
      },
    });
    const inPilot = world({
      collections: [{ id: 'pilot-finance', name: 'Pilot-Finance', members: { names: ['PC-0003'] } }],
      initial,
    });
    const outOfPilot = world({
      collections: [{ id: 'pilot-finance', name: 'Pilot-Finance', members: { names: ['PC-0004'] } }],
      initial,
    });
    const i = idx(inPilot, 'PC-0003');
    expect(authorityOf(inPilot, i, 'compliance-policies')).toBe('intune');
    expect(authorityOf(outOfPilot, i, 'compliance-policies')).toBe('configmgr');
    expect(explainAuthority(inPilot, i, 'compliance-policies').text).toBe(
      'Intune, because: co-managed; Compliance policies is at Pilot Intune; device is in the workload pilot collection Pilot-Finance',
    );
    expect(explainAuthority(outOfPilot, i, 'compliance-policies').text).toBe(
      'Configuration Manager, because: co-managed; Compliance policies is at Pilot Intune; device is not in the workload pilot collection Pilot-Finance',
    );
  });

  it('rule 2: enabling co-management leaves every workload at Configuration Manager unless sliders were moved on a pre-2111 Workloads page', () => {
    const enable = (moveSlider: boolean): Action[] => [
      { type: 'open-wizard' },
      { type: 'wizard-sign-in', environment: 'public' },
      { type: 'wizard-next' },
      { type: 'wizard-set-upload', upload: null, endpointAnalytics: false },
      { type: 'wizard-next' },
      { type: 'wizard-set-enablement', autoEnrollment: 'all', collection: null },
      { type: 'wizard-next' },
      ...(moveSlider
        ? [
            {
              type: 'wizard-set-workload',
              workload: 'compliance-policies',
              position: 'intune',
              pilotCollection: null,
            } as const,
          ]
        : []),
      { type: 'wizard-next' },
      { type: 'wizard-finish' },
      { type: 'advance-time', minutes: 120 },
    ];
    const untouched = runWithEvents(world({ version: 2103 }), ...enable(false));
    const moved = runWithEvents(world({ version: 2103 }), ...enable(true));
    expect(untouched.state.settings.coManagement.workloads.map((w) => w.position)).toEqual(Array(7).fill('configmgr'));
    expect(moved.state.settings.coManagement.workloads[0]!.position).toBe('intune');
    expect(funnelCounts(untouched.state).enrolled).toBe(12);
    expect(authorityOf(untouched.state, 0, 'compliance-policies')).toBe('configmgr');
    expect(authorityOf(moved.state, 0, 'compliance-policies')).toBe('intune');
    expect(untouched.events.filter((e) => e.type === 'authority-changed')).toEqual([]);
    const changes = moved.events.flatMap((e) => (e.type === 'authority-changed' ? [e] : []));
    expect([...new Set(changes.map((e) => e.workload))]).toEqual(['compliance-policies']);
    expect(changes.reduce((n, e) => n + e.toIntune, 0)).toBe(12);
    // The 2111+ wizard has no Workloads page at all.
    const modern = run(
      world({ version: 2111 }),
      { type: 'open-wizard' },
      { type: 'wizard-sign-in', environment: 'public' },
    );
    const r = step(modern, {
      type: 'wizard-set-workload',
      workload: 'compliance-policies',
      position: 'intune',
      pilotCollection: null,
    });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.gate).toBe('wizard-workloads-page');
  });

  it('rule 3: a device is co-managed only with the client and MDM enrollment; otherwise every workload stays with Configuration Manager', () => {
    const make = (segment: Partial<FleetSegment>, settled = true) =>
      world({
        segments: [{ ...BASE_SEGMENT, ...segment }],
        initial: {
          ...coManagedInitial({
            coManagement: { autoEnrollment: 'all', workloads: { 'compliance-policies': { position: 'intune' } } },
          }),
          settled,
        },
      });
    // Both: client and enrolled.
    const both = make({ client: 1, intuneEnrolled: 1 });
    // Same, without the client: enrolled in Intune only.
    const noClient = make({ client: 0, intuneEnrolled: 1 });
    expect(isCoManaged(both, 0)).toBe(true);
    expect(isCoManaged(noClient, 0)).toBe(false);
    expect(managedByOf(both, 0).value).toBe('Co-managed');
    expect(managedByOf(noClient, 0).value).toBe('Intune');
    // Same, with the client but not (yet) enrolled: sliders do not matter.
    const enrolled = make({ intuneEnrolled: 1 }, false);
    const notEnrolled = make({ intuneEnrolled: 0 }, false);
    expect(authorityOf(enrolled, 0, 'compliance-policies')).toBe('intune');
    expect(authorityOf(notEnrolled, 0, 'compliance-policies')).toBe('configmgr');
    expect(explainAuthority(notEnrolled, 0, 'compliance-policies').text).toBe(
      'Configuration Manager, because: not co-managed: not enrolled in Intune (MDMEnrolled = 0; Scheduled); every workload stays with Configuration Manager whatever the sliders say',
    );
  });

  it('rule 4: Automatic enrollment None enrolls nobody, Pilot only the Intune Auto Enrollment collection, All every eligible client', () => {
    const segments: FleetSegment[] = [
      { count: 10, os: 'windows-11-23h2', join: 'hybrid-entra-joined' },
      { count: 1, os: 'windows-server-2022', join: 'hybrid-entra-joined' },
      { count: 1, os: 'windows-10-22h2', join: 'entra-registered' },
    ];
    const collections = [
      { id: 'it-devices', name: 'IT Devices', members: { names: ['PC-0001', 'PC-0002', 'PC-0011'] } },
    ];
    const base = (autoEnrollment: InitialSettings['coManagement']) =>
      run(world({ segments, collections, initial: { cloudAttach: { upload: null }, coManagement: autoEnrollment } }), {
        type: 'advance-time',
        minutes: 120,
      });
    const none = base({ autoEnrollment: 'none' });
    const pilot = base({ autoEnrollment: 'pilot', autoEnrollmentCollection: 'it-devices' });
    const all = base({ autoEnrollment: 'all' });
    const enrolled = (s: SimState) => s.devices.filter((d) => d.enrollment.stage === 'enrolled').map((d) => d.name);
    expect(enrolled(none)).toEqual([]);
    expect(enrolled(pilot)).toEqual(['PC-0001', 'PC-0002']);
    expect(enrolled(all)).toEqual([
      'PC-0001',
      'PC-0002',
      'PC-0003',
      'PC-0004',
      'PC-0005',
      'PC-0006',
      'PC-0007',
      'PC-0008',
      'PC-0009',
      'PC-0010',
    ]);
    expect(funnelOf(pilot, 2)).toMatchObject({ stage: 'Eligible', condition: 'not-in-auto-enrollment-collection' });
    expect(funnelOf(all, 10)).toMatchObject({ stage: 'Not eligible', condition: 'server-os' });
    expect(funnelOf(all, 11)).toMatchObject({ stage: 'Not eligible', condition: 'entra-registered' });
  });

  it('rule 5: enrollment is not attempted or fails without a joined identity, automatic enrollment or Windows 10 1709', () => {
    const enroll = (segment: Partial<FleetSegment>, tenant: InitialSettings['tenant'] = {}, version = 2207) =>
      run(
        world({
          version,
          segments: [{ ...BASE_SEGMENT, ...segment }],
          initial: { tenant, coManagement: { autoEnrollment: 'all' } },
        }),
        { type: 'advance-time', minutes: 120 },
      );
    // Identity: hybrid joined vs only Entra registered.
    expect(funnelOf(enroll({ join: 'hybrid-entra-joined' }), 0).stage).toBe('Enrolled');
    expect(funnelOf(enroll({ join: 'entra-registered' }), 0)).toMatchObject({
      stage: 'Not eligible',
      condition: 'entra-registered',
      code: null,
    });
    // Automatic enrollment configured vs not: 0x8000FFFF.
    expect(funnelOf(enroll({}, { automaticEnrollmentConfigured: true }), 0).stage).toBe('Enrolled');
    expect(funnelOf(enroll({}, { automaticEnrollmentConfigured: false }), 0)).toMatchObject({
      stage: 'Enrollment initiated',
      failed: true,
      code: '0x8000FFFF',
      condition: 'automatic-enrollment-not-configured',
      status: 'Failure hybrid joined',
    });
    // Windows 10 1709 vs 1703: the older one is Eligible, Scheduled, Enrollment initiated, then fails with 0x80070032.
    expect(funnelOf(enroll({ os: 'windows-10-1709' }), 0).stage).toBe('Enrolled');
    expect(funnelOf(enroll({ os: 'windows-10-1703' }), 0)).toMatchObject({
      eligible: true,
      stage: 'Enrollment initiated',
      failed: true,
      code: '0x80070032',
      condition: 'windows-10-before-1709',
    });
  });

  it('rule 5: automatic enrollment not configured fails every enrollment with 0x8000FFFF; configuring it lets the devices enroll', () => {
    const broken = run(
      world({ initial: { tenant: { automaticEnrollmentConfigured: false }, coManagement: { autoEnrollment: 'all' } } }),
      {
        type: 'advance-time',
        minutes: 120,
      },
    );
    expect(funnelCounts(broken)).toMatchObject({ eligible: 12, enrollmentInitiated: 12, failed: 12, enrolled: 0 });
    expect(new Set(broken.devices.map((d) => d.enrollment.code))).toEqual(new Set(['0x8000FFFF']));
    const fixed = run(
      broken,
      { type: 'set-automatic-enrollment-configured', configured: true },
      { type: 'advance-time', minutes: 120 },
    );
    expect(funnelCounts(fixed)).toMatchObject({ failed: 0, enrolled: 12 });
  });

  it('rule 5: the MDM user scope does not stop device-token enrollment; in this simulator None fails devices that need the user token', () => {
    const make = (os: FleetSegment['os'], mdmUserScope: 'none' | 'all') =>
      run(
        world({
          segments: [{ ...BASE_SEGMENT, os }],
          initial: { tenant: { mdmUserScope }, coManagement: { autoEnrollment: 'all' } },
        }),
        {
          type: 'advance-time',
          minutes: 120,
        },
      );
    // Windows 10 1803 and later use the Entra device token: scope None changes nothing.
    expect(funnelCounts(make('windows-10-22h2', 'none'))).toMatchObject({ enrolled: 12, failed: 0 });
    expect(funnelCounts(make('windows-11-23h2', 'none'))).toMatchObject({ enrolled: 12, failed: 0 });
    // Windows 10 1709 falls back to the user token: None fails (UNCONFIRMED choice), All enrolls.
    expect(funnelOf(make('windows-10-1709', 'none'), 0)).toMatchObject({
      failed: true,
      code: '0x8018002B',
      condition: 'mdm-user-scope-none',
    });
    expect(funnelCounts(make('windows-10-1709', 'all'))).toMatchObject({ enrolled: 12, failed: 0 });
  });

  it('rule 5: Windows 10 before 1709 is Eligible, Scheduled, Enrollment initiated, then fails with 0x80070032 and is never Enrolled', () => {
    const start = world({
      segments: [{ ...BASE_SEGMENT, os: 'windows-10-1607' }],
      initial: { coManagement: { autoEnrollment: 'all' } },
    });
    expect(funnelCounts(start)).toMatchObject({ eligible: 12, scheduled: 12, enrollmentInitiated: 0, notEligible: 0 });
    const { state, events } = runWithEvents(start, { type: 'advance-time', minutes: 120 });
    const stages = events.flatMap((e) => (e.type === 'enrollment' ? [[e.stage, e.code] as const] : []));
    expect(new Set(stages.map(([stage]) => stage))).toEqual(new Set(['Enrollment initiated', 'Failed']));
    expect(stages.filter(([stage]) => stage === 'Failed').every(([, code]) => code === '0x80070032')).toBe(true);
    expect(funnelCounts(state)).toMatchObject({
      eligible: 12,
      scheduled: 12,
      enrollmentInitiated: 12,
      failed: 12,
      enrolled: 0,
    });
    // Fixing every tenant setting does not help; a day later none is enrolled.
    expect(funnelCounts(run(state, { type: 'advance-time', minutes: 1440 })).enrolled).toBe(0);
  });

  it('rule 6: Device configuration at Intune also moves Resource access and Endpoint Protection; EP alone does not move Device configuration', () => {
    const make = (workloads: NonNullable<InitialSettings['coManagement']>['workloads']) =>
      world({ version: 2111, initial: coManagedInitial({ coManagement: { autoEnrollment: 'all', workloads } }) });
    const dcMoved = make({ 'device-configuration': { position: 'intune' } });
    const dcStays = make({});
    expect(authorityOf(dcMoved, 0, 'endpoint-protection')).toBe('intune');
    expect(authorityOf(dcMoved, 0, 'resource-access-policies')).toBe('intune');
    expect(authorityOf(dcStays, 0, 'endpoint-protection')).toBe('configmgr');
    expect(authorityOf(dcStays, 0, 'resource-access-policies')).toBe('configmgr');
    // The EP slider position itself does not move.
    expect(dcMoved.settings.coManagement.workloads[3]!.position).toBe('configmgr');
    expect(explainAuthority(dcMoved, 0, 'endpoint-protection').text).toBe(
      'Intune, because: co-managed; Endpoint Protection is at Configuration Manager; Device configuration is at Intune; Device configuration also moves Endpoint Protection for the same devices',
    );
    const epOnly = make({ 'endpoint-protection': { position: 'intune' } });
    expect(authorityOf(epOnly, 0, 'endpoint-protection')).toBe('intune');
    expect(authorityOf(epOnly, 0, 'device-configuration')).toBe('configmgr');
  });

  it('rule 7: removing an Intune assignment under Pilot Intune leaves the setting; under Intune it removes it', () => {
    const make = (position: 'pilot-intune' | 'intune') =>
      world({
        collections: PILOT,
        initial: coManagedInitial({
          coManagement: {
            autoEnrollment: 'all',
            workloads: { 'endpoint-protection': { position, pilotCollection: 'pilot-finance' } },
          },
          policies: [
            {
              id: 'defender-av',
              name: 'Defender Antivirus',
              source: 'intune',
              workload: 'endpoint-protection',
              assignedTo: 'pilot-finance',
            },
          ],
        }),
      });
    const pilot = run(make('pilot-intune'), { type: 'unassign-policy', policy: 'defender-av' });
    const full = run(make('intune'), { type: 'unassign-policy', policy: 'defender-av' });
    expect(policiesOf(pilot, 0)).toEqual([
      {
        policy: 'defender-av',
        name: 'Defender Antivirus',
        source: 'intune',
        workload: 'endpoint-protection',
        status: 'remains',
        reason: 'assignment removed while Endpoint Protection was at Pilot Intune: Intune does not remove the setting',
      },
    ]);
    expect(policiesOf(full, 0)).toEqual([]);
  });

  it('rule 8: after an EP switch the old Configuration Manager settings stay until an Intune policy overwrites them', () => {
    const make = (intunePolicy: boolean) =>
      world({
        initial: coManagedInitial({
          coManagement: { autoEnrollment: 'all', workloads: { 'endpoint-protection': { position: 'intune' } } },
          policies: [
            {
              id: 'cm-antimalware',
              name: 'Contoso antimalware policy',
              source: 'configmgr',
              workload: 'endpoint-protection',
              assignedTo: 'all-systems',
            },
            ...(intunePolicy
              ? [
                  {
                    id: 'defender-av',
                    name: 'Defender Antivirus',
                    source: 'intune' as const,
                    workload: 'endpoint-protection' as const,
                    assignedTo: 'all-systems',
                  },
                ]
              : []),
          ],
        }),
      });
    const status = (s: SimState) => policiesOf(s, 0).map((p) => [p.policy, p.status]);
    expect(status(make(false))).toEqual([['cm-antimalware', 'remains']]);
    expect(status(make(true))).toEqual([
      ['defender-av', 'applied'],
      ['cm-antimalware', 'ignored'],
    ]);
  });

  it('rule 9: Intune policies of a workload held by Configuration Manager are not applied; once switched, Configuration Manager policies stop', () => {
    const make = (position: 'configmgr' | 'intune') =>
      world({
        segments: [
          { count: 11, os: 'windows-11-23h2', join: 'hybrid-entra-joined' },
          { count: 1, os: 'windows-11-23h2', join: 'entra-joined', client: 0, intuneEnrolled: 1 },
        ],
        initial: coManagedInitial({
          coManagement: {
            autoEnrollment: 'all',
            workloads: { 'compliance-policies': { position }, 'device-configuration': { position } },
          },
          policies: [
            {
              id: 'intune-compliance',
              name: 'Windows compliance',
              source: 'intune',
              workload: 'compliance-policies',
              assignedTo: 'all-systems',
            },
            {
              id: 'cm-compliance',
              name: 'Contoso compliance',
              source: 'configmgr',
              workload: 'compliance-policies',
              assignedTo: 'all-systems',
            },
            {
              id: 'cm-baseline',
              name: 'Always-on baseline',
              source: 'configmgr',
              workload: 'device-configuration',
              assignedTo: 'all-systems',
              alwaysApply: true,
            },
          ],
        }),
      });
    const status = (s: SimState, i: number) => policiesOf(s, i).map((p) => [p.policy, p.status]);
    expect(status(make('configmgr'), 0)).toEqual([
      ['intune-compliance', 'ignored'],
      ['cm-compliance', 'applied'],
      ['cm-baseline', 'applied'],
    ]);
    expect(status(make('intune'), 0)).toEqual([
      ['intune-compliance', 'applied'],
      ['cm-compliance', 'ignored'],
      ['cm-baseline', 'applied'],
    ]);
    // Intune-only devices take Intune policy whatever the slider says.
    expect(status(make('configmgr'), 11)).toEqual([
      ['intune-compliance', 'applied'],
      ['cm-compliance', 'ignored'],
      ['cm-baseline', 'ignored'],
    ]);
  });

  it('rule 10: a workload switch makes co-managed devices sync MDM policy at once and recalculates their capabilities', () => {
    const make = (intuneEnrolled: number) =>
      world({
        segments: [{ ...BASE_SEGMENT, intuneEnrolled }],
        initial: {
          cloudAttach: { upload: null },
          coManagement: { autoEnrollment: 'pilot', autoEnrollmentCollection: 'all-systems' },
        },
      });
    const switchCompliance: Action = { type: 'set-workload', workload: 'compliance-policies', position: 'intune' };
    const coManaged = runWithEvents(make(1), switchCompliance);
    const notEnrolled = runWithEvents(make(0), switchCompliance);
    expect(coManaged.events.filter((e) => e.type === 'mdm-sync')).toEqual([
      {
        type: 'mdm-sync',
        at: 0,
        devices: 12,
        text: '12 co-managed devices synced MDM policy from Intune right away and recalculated the capabilities value',
      },
    ]);
    expect(notEnrolled.events.filter((e) => e.type === 'mdm-sync')).toEqual([]);
    expect(capabilitiesOf(make(1), 0)?.value).toBe(8193);
    expect(capabilitiesOf(coManaged.state, 0)?.value).toBe(8195);
    expect(coManaged.state.lastWorkloadSwitchAt).toBe(0);
  });

  it('rule 11: the capabilities value is the base OR the bits of Intune workloads; Windows Update toggles it by 16 (8197 <-> 8213)', () => {
    const make = (version: number, workloads: NonNullable<InitialSettings['coManagement']>['workloads']) =>
      world({ version, initial: coManagedInitial({ coManagement: { autoEnrollment: 'all', workloads } }) });
    const wuAtConfigMgr = make(2111, { 'resource-access-policies': { position: 'intune' } });
    const wuAtIntune = make(2111, {
      'resource-access-policies': { position: 'intune' },
      'windows-update-policies': { position: 'intune' },
    });
    expect(capabilitiesOf(wuAtConfigMgr, 0)).toEqual({
      value: 8197,
      base: 8193,
      bits: [{ workload: 'resource-access-policies', bit: 4 }],
      model:
        'Community-documented model: Microsoft documents only the Windows Update difference (8197 -> 8213); the other bits come from community scripts.',
    });
    expect(capabilitiesOf(wuAtIntune, 0)?.value).toBe(8213);
    // Legacy values before 2111: Compliance + Client apps = 1 + 2 + 64.
    expect(
      capabilitiesOf(
        make(2103, { 'compliance-policies': { position: 'intune' }, 'client-apps': { position: 'intune' } }),
        0,
      )?.value,
    ).toBe(67);
    // EP is 4128 on 2111+ and 32 before.
    expect(capabilitiesOf(make(2111, { 'endpoint-protection': { position: 'intune' } }), 0)?.value).toBe(8193 | 4128);
    expect(capabilitiesOf(make(2103, { 'endpoint-protection': { position: 'intune' } }), 0)?.value).toBe(33);
  });

  it('rule 12: tenant attach and co-management are independent; Managed by shows ConfigMgr or Co-managed', () => {
    const uploadOnly = world({ initial: { cloudAttach: { upload: 'all' }, settled: true } });
    const uploadAndCo = world({
      initial: { cloudAttach: { upload: 'all' }, coManagement: { autoEnrollment: 'all' }, settled: true },
    });
    expect(managedByOf(uploadOnly, 0)).toEqual({
      value: 'ConfigMgr',
      reason: 'uploaded by tenant attach; managed by Configuration Manager only',
    });
    expect(isCoManaged(uploadOnly, 0)).toBe(false);
    expect(managedByOf(uploadAndCo, 0)).toEqual({
      value: 'Co-managed',
      reason: 'enrolled in Intune and co-managed with Configuration Manager',
    });
    // Co-management without upload: co-managed devices are still listed (as Intune devices).
    const coOnly = world({
      initial: { cloudAttach: { upload: null }, coManagement: { autoEnrollment: 'all' }, settled: true },
    });
    expect(managedByOf(coOnly, 0).value).toBe('Co-managed');
    expect(connectorView(coOnly).status).toBe('No results');
  });

  it('rule 13: upload covers all clients or one collection with its child collections, and changes appear after the 15-minute cycle plus 5-10 minutes', () => {
    const collections = [
      { id: 'workstations', name: 'Workstations', members: { names: ['PC-0001'] } },
      {
        id: 'workstations-london',
        name: 'Workstations-London',
        parent: 'workstations',
        members: { names: ['PC-0002'] },
      },
    ];
    const scoped = world({
      collections,
      initial: { cloudAttach: { upload: { collection: 'workstations' } }, settled: true },
    });
    const all = world({ collections, initial: { cloudAttach: { upload: 'all' }, settled: true } });
    expect([0, 1, 2].map((i) => managedByOf(scoped, i).value)).toEqual(['ConfigMgr', 'ConfigMgr', null]);
    expect([0, 1, 2].map((i) => managedByOf(all, i).value)).toEqual(['ConfigMgr', 'ConfigMgr', 'ConfigMgr']);
    expect(managedByOf(scoped, 2).reason).toBe('not shown: outside the upload scope');
    // Widen the scope: nothing changes until a cycle has run and 5-10 minutes have passed.
    const widened = run(
      scoped,
      { type: 'set-upload', upload: 'all', endpointAnalytics: false },
      { type: 'advance-time', minutes: 19 },
    );
    expect(managedByOf(widened, 2).value).toBe(null);
    expect(managedByOf(run(widened, { type: 'advance-time', minutes: 6 }), 2).value).toBe('ConfigMgr');
  });

  it('rule 14: the connector shows No results before attach and Healthy after; onboarding needs a Global Administrator; detail needs 2006+', () => {
    const attach = (s: SimState) => run(s, ...DEFAULT_WIZARD, { type: 'advance-time', minutes: 15 });
    const before = world();
    expect(connectorView(before)).toEqual({
      status: 'No results',
      name: 'No results',
      lastSuccessfulSync: null,
      version: null,
      symptoms: [],
    });
    expect(connectorView(attach(before))).toEqual({
      status: 'Healthy',
      name: 'CON - Contoso hierarchy',
      lastSuccessfulSync: 15,
      version: 2207,
      symptoms: [],
    });
    // Not a Global Administrator: Sign In works, onboarding (the app registration) is refused.
    const notGa = run(
      world({ initial: { admin: { globalAdministrator: false } } }),
      { type: 'open-wizard' },
      { type: 'wizard-sign-in', environment: 'public' },
    );
    const r = step(notGa, { type: 'wizard-next' });
    expect(r.ok ? '' : r.reason).toBe(
      'Onboarding needs an Entra Global Administrator (it creates an app registration and a service principal); Megan Bowen is not one.',
    );
    expect(
      step(run(notGa, { type: 'set-admin-permission', permission: 'globalAdministrator', granted: true }), {
        type: 'wizard-next',
      }).ok,
    ).toBe(true);
    // A 2002 hierarchy lacks the detail: Unknown.
    const old = run(world({ version: 2002, initial: { cloudAttach: { upload: 'all' } } }), {
      type: 'advance-time',
      minutes: 15,
    });
    const recent = run(world({ version: 2006, initial: { cloudAttach: { upload: 'all' } } }), {
      type: 'advance-time',
      minutes: 15,
    });
    expect(connectorView(old).status).toBe('Unknown');
    expect(connectorView(recent).status).toBe('Healthy');
    // Azure China Cloud cannot upload.
    const china = run(world(), { type: 'open-wizard' }, { type: 'wizard-sign-in', environment: 'china' });
    expect(step(china, { type: 'wizard-set-mode', mode: 'customize' }).ok).toBe(false);
  });

  it('rule 15: a device action reaches the client only with a synced, discovered identity, the Intune permission and collection rights', () => {
    const collections = [{ id: 'london', name: 'London Workstations', members: { names: ['PC-0001'] } }];
    const make = (rights: string[]) =>
      world({
        collections,
        initial: { cloudAttach: { upload: 'all' }, settled: true, admin: { collectionRights: rights } },
      });
    const action: Action = { type: 'device-action', device: 'PC-0001', action: 'sync-machine-policy' };
    const allowed = run(make(['london']), action).deviceActions[0]!;
    const denied = run(make([]), action).deviceActions[0]!;
    expect(allowed.status).toBe('Complete');
    expect(allowed.logs.map((l) => [l.log, l.text.replace(/[0-9A-F]{8}-[0-9A-F-]{27}/, '<guid>')])).toEqual([
      ['CMGatewayNotificationWorker.log', 'Received new notification. Validating basic notification details...'],
      [
        'CMGatewayNotificationWorker.log',
        'Authorized to perform client action. TemplateID: RequestMachinePolicy TargetDeviceIds: 16777217',
      ],
      [
        'CMGatewayNotificationWorker.log',
        'Forwarded BGB remote task. TemplateID: RequestMachinePolicy TaskGuid: <guid> TargetDeviceIds: 16777217',
      ],
      [
        'BgbServer.log',
        'Received BGB remote task <guid> (RequestMachinePolicy) from SMS_SERVICE_CONNECTOR; pushing it to 1 client',
      ],
      ['CcmNotificationAgent.log', 'Receive task from server: taskguid=<guid>, Sync Machine Policy'],
      ['CcmNotificationAgent.log', 'Send Task response message for taskguid=<guid>'],
    ]);
    expect(denied).toEqual({
      at: 0,
      device: 'PC-0001',
      action: 'sync-machine-policy',
      status: 'Failed',
      error:
        'Unauthorized to perform client action. (Megan Bowen has no Configuration Manager rights on a collection that contains PC-0001)',
      logs: [
        {
          at: 0,
          log: 'CMGatewayNotificationWorker.log',
          where: 'service connection point (CON-CM01)',
          text: 'Received new notification. Validating basic notification details...',
        },
        {
          at: 0,
          log: 'CMGatewayNotificationWorker.log',
          where: 'service connection point (CON-CM01)',
          text: 'Unauthorized to perform client action. TemplateID: RequestMachinePolicy TargetDeviceIds: 16777217',
        },
      ],
    });
  });

  it('unlicensed admins: the wizard Sign In fails only when the tenant does not allow unlicensed admins and the admin has no Intune licence', () => {
    const signIn = (intuneLicense: boolean, allowUnlicensedAdmins: boolean) =>
      step(
        run(world({ initial: { admin: { intuneLicense }, tenant: { allowUnlicensedAdmins } } }), {
          type: 'open-wizard',
        }),
        {
          type: 'wizard-sign-in',
          environment: 'public',
        },
      );
    expect(signIn(true, true).ok).toBe(true);
    expect(signIn(false, true).ok).toBe(true);
    expect(signIn(true, false).ok).toBe(true);
    const refused = signIn(false, false);
    expect(refused.ok ? '' : refused.reason).toMatch(/^Sign-in failed: "An unanticipated error occurred\." /);
    // The default tenant allows unlicensed admins, and the setting can be turned on again.
    expect(world().tenant.allowUnlicensedAdmins).toBe(true);
    const off = run(world({ initial: { admin: { intuneLicense: false }, tenant: { allowUnlicensedAdmins: false } } }), {
      type: 'open-wizard',
    });
    expect(
      step(run(off, { type: 'set-unlicensed-admins', allowed: true }), {
        type: 'wizard-sign-in',
        environment: 'public',
      }).ok,
    ).toBe(true);
  });

  it('resource access by version: the slider moves on 2111 and 2207 (not supported from 2203) and is disabled from 2211, where Intune deploys it', () => {
    const co = (version: number) => world({ version, initial: coManagedInitial() });
    const ra: Action = { type: 'set-workload', workload: 'resource-access-policies', position: 'intune' };
    for (const version of [2111, 2207]) {
      expect(authorityOf(co(version), 0, 'resource-access-policies'), `${version} before the move`).toBe('configmgr');
      expect(authorityOf(run(co(version), ra), 0, 'resource-access-policies'), `${version} after the move`).toBe(
        'intune',
      );
    }
    expect(step(co(2211), ra)).toMatchObject({ ok: false, gate: 'resource-access-workload' });
    expect(
      step(co(2211), { type: 'set-pilot-collection', workload: 'resource-access-policies', collection: 'all-systems' }),
    ).toMatchObject({ ok: false });
    expect(authorityOf(co(2211), 0, 'resource-access-policies')).toBe('intune');
    expect(explainAuthority(co(2211), 0, 'resource-access-policies').text).toBe(
      'Intune, because: co-managed; resource access policies are removed in Configuration Manager 2211: in this simulator the slider is disabled from 2211 and Intune deploys them',
    );
    // The other workloads stay with Configuration Manager, and a device that is not co-managed keeps Configuration Manager.
    expect(authorityOf(co(2211), 0, 'compliance-policies')).toBe('configmgr');
    expect(authorityOf(world({ version: 2211 }), 0, 'resource-access-policies')).toBe('configmgr');
    // Microsoft's example: 8197 with Windows Update at Configuration Manager on current builds.
    expect(capabilitiesOf(co(2403), 0)?.value).toBe(8197);
  });

  it('Windows 11 Autopilot devices: Intune for every workload without a co-management settings policy; with one, the sliders decide', () => {
    const make = (policy: boolean, os: FleetSegment['os'] = 'windows-11-24h2') =>
      run(
        world({
          segments: [
            { count: 10, os: 'windows-11-23h2', join: 'hybrid-entra-joined' },
            { count: 2, os, join: 'entra-joined', client: 0, intuneEnrolled: 1, internet: 1, autopilot: true },
          ],
          initial: {
            cloudAttach: { upload: null },
            coManagement: { autoEnrollment: 'all' },
            settled: true,
            site: { cloudManagementGateway: true },
          },
        }),
        ...(policy ? [{ type: 'set-co-management-settings-policy', targeted: true } as const] : []),
        { type: 'install-client-from-intune' },
      );
    const without = make(false);
    const withPolicy = make(true);
    expect(isCoManaged(without, 10)).toBe(true);
    expect(isCoManaged(withPolicy, 10)).toBe(true);
    for (const w of [
      'compliance-policies',
      'windows-update-policies',
      'endpoint-protection',
      'device-configuration',
      'client-apps',
    ] as const) {
      expect(authorityOf(without, 10, w), w).toBe('intune');
      expect(authorityOf(withPolicy, 10, w), w).toBe('configmgr');
    }
    expect(explainAuthority(without, 10, 'compliance-policies').reasons[1]).toMatch(
      /^a Windows 11 Autopilot device with no co-management settings policy targeted at it/,
    );
    expect(explainAuthority(withPolicy, 10, 'compliance-policies').text).toBe(
      'Configuration Manager, because: co-managed; a co-management settings policy targets this Autopilot device, so its workloads follow the sliders; Compliance policies is at Configuration Manager',
    );
    // A device that did not come through Autopilot, and a Windows 10 Autopilot device, follow the sliders.
    expect(authorityOf(without, 0, 'compliance-policies')).toBe('configmgr');
    expect(authorityOf(make(false, 'windows-10-22h2'), 10, 'compliance-policies')).toBe('configmgr');
    // Targeting the policy afterwards (the documented mitigation) hands the workloads back to the sliders.
    expect(
      authorityOf(
        run(without, { type: 'set-co-management-settings-policy', targeted: true }),
        10,
        'compliance-policies',
      ),
    ).toBe('configmgr');
  });

  it('device actions refused for a missing Intune permission stop in the admin center: no log line on the service connection point', () => {
    const attached = world({
      initial: { cloudAttach: { upload: 'all' }, settled: true, admin: { initiateConfigMgrAction: false } },
    });
    const action: Action = { type: 'device-action', device: 'PC-0001', action: 'sync-machine-policy' };
    const record = run(attached, action).deviceActions[0]!;
    expect(record).toMatchObject({ status: 'Failed', logs: [] });
    expect(record.error).toMatch(/^You don't have access to perform this action\./);
    // Even with the service connection point offline, the admin center refuses first.
    expect(
      run(attached, { type: 'set-service-connection-point', online: false }, action).deviceActions[0]!.error,
    ).toMatch(/^You don't have access/);
    // Missing Configuration Manager rights still reach the site and log "Unauthorized to perform client action".
    const noRights = world({
      initial: { cloudAttach: { upload: 'all' }, settled: true, admin: { collectionRights: [] } },
    });
    expect(run(noRights, action).deviceActions[0]!.logs.map((l) => l.text)).toContain(
      'Unauthorized to perform client action. TemplateID: RequestMachinePolicy TargetDeviceIds: 16777217',
    );
  });

  it('rule 16: version gates: tenant attach needs 2002, Resource access is disabled from 2211, per-workload pilots need 1906', () => {
    const attached = (version: number) => world({ version, initial: { coManagement: { autoEnrollment: 'all' } } });
    const upload: Action = { type: 'set-upload', upload: 'all', endpointAnalytics: false };
    const r1910 = step(attached(1910), upload);
    expect(r1910).toMatchObject({
      ok: false,
      gate: 'tenant-attach',
      reason:
        'Upload to Microsoft Endpoint Manager admin center: blocked by the version gate "tenant-attach": tenant attach (device upload) needs Configuration Manager 2002 or later; this site is 1910.',
    });
    expect(step(attached(2002), upload).ok).toBe(true);
    const ra: Action = { type: 'set-workload', workload: 'resource-access-policies', position: 'intune' };
    expect(step(attached(2111), ra).ok).toBe(true);
    expect(step(attached(2207), ra).ok).toBe(true);
    expect(step(attached(2211), ra)).toMatchObject({ ok: false, gate: 'resource-access-workload' });
    const pilot: Action = { type: 'set-pilot-collection', workload: 'compliance-policies', collection: 'all-systems' };
    expect(step(attached(1902), pilot)).toMatchObject({ ok: false, gate: 'per-workload-pilot' });
    expect(step(attached(1906), pilot).ok).toBe(true);
  });

  it('rule 17: enrollment is spread over time by client count, and a user-unenrolled device re-enrolls at its next policy evaluation', () => {
    const make = (count: number) =>
      world({
        segments: [{ ...BASE_SEGMENT, count }],
        initial: { cloudAttach: { upload: null }, coManagement: { autoEnrollment: 'all' } },
      });
    const small = make(12);
    const large = make(3000);
    expect(funnelCounts(large)).toMatchObject({ eligible: 3000, scheduled: 3000, enrolled: 0 });
    const after65 = (s: SimState) => funnelCounts(run(s, { type: 'advance-time', minutes: 65 })).enrolled;
    expect(after65(small)).toBe(12);
    const largeEnrolled = after65(large);
    expect(largeEnrolled).toBeGreaterThan(500);
    expect(largeEnrolled).toBeLessThan(1500);
    expect(funnelCounts(run(large, { type: 'advance-time', minutes: 185 })).enrolled).toBe(3000);
    expect([12, 1000, 4000, 100_000].map(enrollmentWindow)).toEqual([60, 60, 240, 6000]);
    // A user unenrolls PC-0001: it is scheduled again within the hour and enrolls.
    const enrolled = run(small, { type: 'advance-time', minutes: 65 });
    const unenrolled = run(enrolled, { type: 'unenroll-device', device: 'PC-0001' });
    expect(funnelOf(unenrolled, 0).stage).toBe('Scheduled');
    expect(funnelOf(run(unenrolled, { type: 'advance-time', minutes: 65 }), 0).stage).toBe('Enrolled');
    expect(funnelOf(run(enrolled, { type: 'advance-time', minutes: 65 }), 0).stage).toBe('Enrolled');
  });
});
