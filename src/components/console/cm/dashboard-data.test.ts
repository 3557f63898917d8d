/**
 * The co-management dashboard's counts: every count a learner can click lists exactly the devices
 * it counts, and the tiles agree with the engine's own derivations (funnelCounts, enrollmentErrors,
 * authorityCounts), on the pilot-enrollment-for-it scenario with its expected figures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../../../schemas/scenario';
import { createScenarioState } from '../../../sim/scenario';
import { authorityCounts, deriveAuthorityTable, enrollmentErrors, funnelCounts } from '../../../sim/derive';
import { coManagedInitial, run, world } from '../../../sim/test-fixtures';
import type { Scenario, SimState } from '../../../sim/types';
import {
  ENROLLMENT_STATUSES,
  FUNNEL_EXTRAS,
  FUNNEL_ROWS,
  OS_GROUPS,
  funnelCount,
  osGroupOf,
  tilesOf,
} from './dashboard-data';
import { devicesFor, filterLabel } from './dashboard-drill';

function loadScenario(id: string): Scenario {
  const parsed = ScenarioSchema.safeParse(
    parse(readFileSync(join(process.cwd(), 'content', 'scenarios', `${id}.yaml`), 'utf8')),
  );
  if (!parsed.success) throw new Error(`${id}: invalid scenario`);
  return parsed.data;
}

/** Every count of every tile equals the length of its device list. */
function expectCountsMatchLists(state: SimState) {
  const tiles = tilesOf(state);
  for (const { id } of [...FUNNEL_ROWS, ...FUNNEL_EXTRAS])
    expect(devicesFor(state, { kind: 'funnel', stage: id }).length, id).toBe(funnelCount(tiles.funnel, id));
  for (const { group, count } of tiles.os) expect(devicesFor(state, { kind: 'os', group }).length, group).toBe(count);
  for (const { status, count } of tiles.statuses)
    expect(devicesFor(state, { kind: 'status', status }).length, status).toBe(count);
  for (const { workload, count } of tiles.workloads)
    expect(devicesFor(state, { kind: 'workload', workload }).length, workload).toBe(count);
  for (const { code, count } of tiles.errors)
    expect(devicesFor(state, { kind: 'error', code }).length, code).toBe(count);
}

describe('co-management dashboard data', () => {
  const scenario = loadScenario('pilot-enrollment-for-it');
  const start = createScenarioState(scenario);

  it('Pilot with IT Devices: 38 eligible members scheduled, 36 enrolled and 2 failing with 0x80070032 after 90 minutes', () => {
    const scheduled = run(start, { type: 'set-auto-enrollment', autoEnrollment: 'pilot', collection: 'it-devices' });
    expect(funnelCount(tilesOf(scheduled).funnel, 'scheduled')).toBe(38);
    expectCountsMatchLists(scheduled);

    const later = run(scheduled, { type: 'advance-time', minutes: 90 });
    const tiles = tilesOf(later);
    expect(tiles.funnel).toEqual(funnelCounts(later));
    expect(funnelCount(tiles.funnel, 'enrollment-initiated')).toBe(38);
    expect(funnelCount(tiles.funnel, 'enrolled')).toBe(36);
    expect(funnelCount(tiles.funnel, 'not-eligible')).toBe(2);
    expect(tiles.errors.map(({ code, count }) => ({ code, count }))).toEqual(enrollmentErrors(later));
    expect(tiles.errors).toHaveLength(1);
    expect(tiles.errors[0]!.code).toBe('0x80070032');
    expect(tiles.errors[0]!.count).toBe(2);
    expect(tiles.errors[0]!.description).toContain(
      'MDM auto-enrollment only supported on Windows RS3 and above (0x80070032)',
    );
    const failed = devicesFor(later, { kind: 'funnel', stage: 'failed' }).map((i) => later.devices[i]!.name);
    expect(failed).toContain('CON-0037');
    expect(devicesFor(later, { kind: 'funnel', stage: 'not-eligible' }).map((i) => later.devices[i]!.name)).toContain(
      'CON-0039',
    );
    expect(tiles.statuses.find((s) => s.status === 'Success hybrid Entra joined')!.count).toBe(36);
    expect(tiles.statuses.find((s) => s.status === 'Failure hybrid joined')!.count).toBe(2);
    expectCountsMatchLists(later);
  });

  it('lists the enrollment statuses and OS groups in the order Microsoft gives them', () => {
    expect(tilesOf(start).statuses.map((s) => s.status)).toEqual([...ENROLLMENT_STATUSES]);
    expect(tilesOf(start).os.map((o) => o.group)).toEqual([...OS_GROUPS]);
    expect(filterLabel({ kind: 'funnel', stage: 'eligible' })).toBe('Eligible devices');
    expect(filterLabel({ kind: 'error', code: '0x8000FFFF' })).toBe('Error 0x8000FFFF');
  });

  it('groups client OS as the tile does; servers and devices without the client are not counted', () => {
    const state = world({
      segments: [
        { count: 3, os: 'windows-7', join: 'ad-joined' },
        { count: 2, os: 'windows-10-1607', join: 'hybrid-entra-joined' },
        { count: 4, os: 'windows-11-23h2', join: 'hybrid-entra-joined' },
        { count: 2, os: 'windows-server-2022', join: 'ad-joined' },
        { count: 1, os: 'windows-10-22h2', join: 'hybrid-entra-joined', client: 0 },
      ],
    });
    expect(tilesOf(state).os.map((o) => o.count)).toEqual([3, 2, 4]);
    expect(tilesOf(state).osOther).toBe(2);
    expect(osGroupOf(state.devices[0]!)).toBe('Windows 7 & 8.x');
    expectCountsMatchLists(state);
  });

  it('Workload transition counts the devices whose effective authority is Intune', () => {
    const base = world({
      initial: coManagedInitial(),
      collections: [{ id: 'pilot', name: 'Pilot', members: { limit: 5 } }],
    });
    const state = run(
      base,
      { type: 'set-pilot-collection', workload: 'windows-update-policies', collection: 'pilot' },
      { type: 'set-workload', workload: 'windows-update-policies', position: 'pilot-intune' },
      { type: 'set-workload', workload: 'device-configuration', position: 'intune' },
    );
    const tiles = tilesOf(state);
    expect(tiles.workloads.map((w) => w.count)).toEqual(authorityCounts(deriveAuthorityTable(state)));
    expect(tiles.workloads.find((w) => w.workload === 'windows-update-policies')!.count).toBe(5);
    expect(tiles.workloads.find((w) => w.workload === 'endpoint-protection')!.count).toBe(12);
    expectCountsMatchLists(state);
  });
});
