import { describe, expect, it } from 'vitest';
import { describeChange, describeEvent, eventLines, formatDuration, actionLabel, timeSpan } from './narrate';
import { createState } from './world';
import { coManagedInitial, runWithEvents, world } from './test-fixtures';
import type { SimState } from './types';

const state: SimState = createState({
  siteVersion: 2207,
  seed: 1,
  fleet: { prefix: 'T', segments: [{ count: 12, os: 'windows-11-23h2', join: 'hybrid-entra-joined' }] },
  collections: [{ id: 'it-devices', name: 'IT Devices', members: {} }],
  initial: {},
});

describe('narrate', () => {
  it('says how many devices a workload moved, in console words', () => {
    expect(
      describeEvent({
        type: 'authority-changed',
        at: 0,
        workload: 'compliance-policies',
        toIntune: 312,
        toConfigMgr: 0,
      }),
    ).toBe('312 devices now get Compliance policies from Intune');
    expect(
      describeEvent({ type: 'authority-changed', at: 0, workload: 'endpoint-protection', toIntune: 0, toConfigMgr: 1 }),
    ).toBe('1 device now gets Endpoint Protection from Configuration Manager');
  });

  it('gives a time step one summary whose times agree with the clock, events added up', () => {
    const after = { ...state, clock: 60 };
    const summary = describeChange(state, after, { type: 'advance-time', minutes: 60 }, [
      { type: 'connector-status', at: 30, from: 'No results', to: 'Healthy' },
      { type: 'enrollment', at: 20, stage: 'Enrolled', count: 3, devices: [], code: null },
      { type: 'enrollment', at: 50, stage: 'Enrolled', count: 9, devices: [], code: null },
      { type: 'time-advanced', at: 60, from: 0, minutes: 60 },
    ]);
    expect(summary).toBe(
      'Day 1, 09:00 → 10:00: 12 devices enrolled in Intune and now co-managed; connector status: No results → Healthy.',
    );
    expect(timeSpan(900, 960)).toBe('Day 2, 00:00 → 01:00');
    expect(timeSpan(0, 1440)).toBe('Day 1, 09:00 → Day 2, 09:00');
    expect(
      describeChange(state, { ...state, clock: 15 }, { type: 'advance-time', minutes: 15 }, [
        { type: 'time-advanced', at: 15, from: 0, minutes: 15 },
      ]),
    ).toBe('Day 1, 09:00 → 09:15: nothing changed for any device.');
  });

  it('separates the first full sync from the delta syncs after it, in the summary and in the events', () => {
    const attached = world({
      initial: { cloudAttach: { upload: 'all', endpointAnalytics: true }, coManagement: { autoEnrollment: 'all' } },
    });
    const { state: after, events } = runWithEvents(attached, { type: 'advance-time', minutes: 60 });
    const cycles = events.filter((event) => event.type === 'upload-cycle');
    expect(cycles.length).toBeGreaterThan(1);
    expect(cycles.filter((event) => event.type === 'upload-cycle' && event.full)).toHaveLength(1);
    const summary = describeChange(attached, after, { type: 'advance-time', minutes: 60 }, events);
    expect(summary).toMatch(/^Day 1, 09:00 → 10:00: /);
    expect(summary).toContain('12 devices now appear in the Intune admin center');
    expect(summary).toContain('; and 1 more (in Messages).');
    const lines = eventLines(attached, events).map((line) => `${line.at} ${line.text}`);
    expect(
      lines.some((line) =>
        /^Day 1, \d\d:\d\d First full sync: 12 records uploaded \(CMGatewaySyncUploadWorker\.log: Batching 12 records\./.test(
          line,
        ),
      ),
    ).toBe(true);
    expect(lines.filter((line) => line.includes('First full sync'))).toHaveLength(1);
    expect(lines.every((line) => !line.includes('Time advanced'))).toBe(true);
  });

  it('says how many devices a narrower upload leaves, and how many leave the admin center later', () => {
    const segments = [
      { count: 4, os: 'windows-11-23h2' as const, join: 'hybrid-entra-joined' as const, department: 'IT' },
      { count: 8, os: 'windows-11-23h2' as const, join: 'hybrid-entra-joined' as const, department: 'Sales' },
    ];
    const start = world({
      segments,
      collections: [{ id: 'it', name: 'IT Devices', members: { department: 'IT' } }],
      initial: coManagedInitial(),
    });
    const shown = runWithEvents(start, { type: 'advance-time', minutes: 60 }).state;
    expect(shown.upload.visible).toHaveLength(12);
    const narrow = { type: 'set-upload', upload: { collection: 'it' }, endpointAnalytics: true } as const;
    const narrowed = runWithEvents(shown, narrow);
    expect(describeChange(shown, narrowed.state, narrow, narrowed.events)).toContain(
      '4 devices left in the upload scope (8 fewer); the next upload cycle is a delta sync, and the 8 devices outside it leave the Intune admin center 5 to 10 minutes later',
    );
    const later = runWithEvents(narrowed.state, { type: 'advance-time', minutes: 60 });
    const summary = describeChange(narrowed.state, later.state, { type: 'advance-time', minutes: 60 }, later.events);
    expect(summary).toContain('8 devices left the Intune admin center (the upload scope is narrower); 4 remain');
    expect(summary).toContain('delta sync');
    expect(summary).not.toContain('full sync');
  });

  it('describes a wizard choice that changes nothing yet', () => {
    expect(
      describeChange(
        state,
        state,
        { type: 'wizard-set-upload', upload: { collection: 'it-devices' }, endpointAnalytics: false },
        [],
      ),
    ).toBe(
      'Upload: the collection IT Devices with its child collections; Endpoint analytics off. Nothing changes for any device until the wizard finishes.',
    );
    expect(describeChange(state, state, { type: 'set-mdm-user-scope', scope: 'all' }, [])).toBe(
      'Done: Set mdm user scope. Nothing changed for any device.',
    );
    expect(describeChange(state, state, { type: 'set-service-connection-point', online: false }, [])).toBe(
      'Done: Service connection point offline. Nothing changed for any device.',
    );
  });

  it('formats durations and labels actions', () => {
    expect(formatDuration(1440 + 135)).toBe('1 day 2 hours 15 minutes');
    expect(formatDuration(0)).toBe('0 minutes');
    expect(actionLabel({ type: 'set-workload', workload: 'device-configuration', position: 'intune' })).toBe(
      'Device configuration slider moved',
    );
  });
});

describe('the upload in a time step summary', () => {
  it('names the first full sync apart from the delta syncs after it', () => {
    const before = world({ initial: { cloudAttach: { upload: 'all', endpointAnalytics: true } } });
    const { state: after, events } = runWithEvents(before, { type: 'advance-time', minutes: 15 });
    expect(describeChange(before, after, { type: 'advance-time', minutes: 15 }, events)).toBe(
      'Day 1, 09:00 → 09:15: connector status: No results → Healthy; upload: first full sync (12 records).',
    );
    const next = runWithEvents(
      after,
      { type: 'set-admin-permission', permission: 'adUserDiscovery', granted: false },
      { type: 'advance-time', minutes: 60 },
    );
    expect(describeChange(after, next.state, { type: 'advance-time', minutes: 60 }, next.events)).not.toContain(
      'full sync',
    );
  });
});
