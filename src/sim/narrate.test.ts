import { describe, expect, it } from 'vitest';
import { describeChange, describeEvent, formatDuration, actionLabel } from './narrate';
import { createState } from './world';
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
    expect(describeEvent({ type: 'authority-changed', at: 0, workload: 'compliance-policies', toIntune: 312, toConfigMgr: 0 })).toBe(
      '312 devices now get Compliance policies from Intune',
    );
    expect(describeEvent({ type: 'authority-changed', at: 0, workload: 'endpoint-protection', toIntune: 0, toConfigMgr: 1 })).toBe(
      '1 device now gets Endpoint Protection from Configuration Manager',
    );
  });

  it('puts a time step first and the most important events next', () => {
    const summary = describeChange(state, state, { type: 'advance-time', minutes: 60 }, [
      { type: 'connector-status', at: 60, from: 'No results', to: 'Healthy' },
      { type: 'enrollment', at: 60, stage: 'Enrolled', count: 3, devices: [], code: null },
      { type: 'time-advanced', at: 60, from: 0, minutes: 60 },
    ]);
    expect(summary).toBe('Time advanced 1 hour to Day 1, 10:00. 3 devices enrolled in Intune and now co-managed. Connector status: No results → Healthy.');
  });

  it('describes a wizard choice that changes nothing yet', () => {
    expect(describeChange(state, state, { type: 'wizard-set-upload', upload: { collection: 'it-devices' }, endpointAnalytics: false }, [])).toBe(
      'Upload: the collection IT Devices with its child collections; Endpoint analytics off. Nothing changes for any device until the wizard finishes.',
    );
    expect(describeChange(state, state, { type: 'set-mdm-user-scope', scope: 'all' }, [])).toBe('Done: Set mdm user scope. Nothing changed for any device.');
  });

  it('formats durations and labels actions', () => {
    expect(formatDuration(1440 + 135)).toBe('1 day 2 hours 15 minutes');
    expect(formatDuration(0)).toBe('0 minutes');
    expect(actionLabel({ type: 'set-workload', workload: 'device-configuration', position: 'intune' })).toBe('Device configuration slider moved');
  });
});
