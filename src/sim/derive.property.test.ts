/**
 * Property tests (fast-check) of the derived authority: over generated worlds (site version,
 * gateway, co-management settings policy, Automatic enrollment, slider positions, workload pilot
 * collections, collection members, each device's OS, join, client, location, Autopilot and
 * enrollment stage), the fast `devices x 7` table, the one-cell `authorityOf` and the explained
 * reasons of `explainAuthority` give every cell the same authority, and the co-managed mask, the
 * one-device answer and its reason agree on every device.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ALL_CLIENTS,
  ALL_SYSTEMS,
  AUTO_ENROLLMENT_VALUES,
  CO_MANAGEMENT_ELIGIBLE,
  JOIN_TYPES,
  OS_IDS,
  SLIDER_POSITIONS,
  WORKLOAD_COUNT,
  WORKLOAD_IDS,
  type OsId,
} from './constants';
import {
  authorityOf,
  coManagedMask,
  deriveAuthorityTable,
  explainAuthority,
  isCoManaged,
  notCoManagedReason,
} from './derive';
import { world } from './test-fixtures';
import type { EnrollmentStage, SimState } from './types';

const DEVICES = 14;
const STATIC_COLLECTIONS = ['pilot-a', 'pilot-b'];
/** Collections to choose for a workload pilot collection or the Intune Auto Enrollment collection. */
const COLLECTION_CHOICES = [
  null,
  ...STATIC_COLLECTIONS,
  ALL_SYSTEMS,
  ALL_CLIENTS,
  CO_MANAGEMENT_ELIGIBLE,
  'no-such-collection',
];

// Weighted towards the devices that can be co-managed, so that most worlds have some.
const windowsClientOs = OS_IDS.filter((id) => id.startsWith('windows-10') || id.startsWith('windows-11'));
const os: fc.Arbitrary<OsId> = fc.oneof(
  { arbitrary: fc.constantFrom(...windowsClientOs), weight: 4 },
  { arbitrary: fc.constantFrom(...OS_IDS), weight: 1 },
);
const stage: fc.Arbitrary<EnrollmentStage> = fc.oneof(
  { arbitrary: fc.constant('enrolled' as const), weight: 3 },
  { arbitrary: fc.constantFrom<EnrollmentStage>('none', 'scheduled', 'initiated', 'failed'), weight: 1 },
);
/** true `weight` times as often as false. */
const mostly = (weight: number) =>
  fc.oneof({ arbitrary: fc.constant(true), weight }, { arbitrary: fc.constant(false), weight: 1 });

const device = fc.record({
  os,
  join: fc.constantFrom(...JOIN_TYPES),
  client: mostly(4),
  internet: fc.boolean(),
  autopilot: fc.boolean(),
  stage,
});

const workload = fc.record({
  position: fc.constantFrom(...SLIDER_POSITIONS),
  pilotCollection: fc.constantFrom(...COLLECTION_CHOICES),
});

const members = fc.uniqueArray(fc.nat(DEVICES - 1), { maxLength: DEVICES }).map((list) => list.sort((a, b) => a - b));

/** A world built by `world()` with every input the derivations read replaced by a generated value. */
const worlds: fc.Arbitrary<SimState> = fc
  .record({
    version: fc.constantFrom(2103, 2107, 2111, 2207, 2211, 2403),
    gateway: fc.boolean(),
    settingsPolicy: fc.boolean(),
    autoEnrollment: fc.constantFrom(...AUTO_ENROLLMENT_VALUES),
    autoEnrollmentCollection: fc.constantFrom(...COLLECTION_CHOICES),
    workloads: fc.array(workload, { minLength: WORKLOAD_COUNT, maxLength: WORKLOAD_COUNT }),
    members: fc.array(members, { minLength: STATIC_COLLECTIONS.length, maxLength: STATIC_COLLECTIONS.length }),
    devices: fc.array(device, { minLength: DEVICES, maxLength: DEVICES }),
  })
  .map((input) => {
    const base = world({
      version: input.version,
      segments: [{ count: DEVICES, os: 'windows-11-23h2', join: 'hybrid-entra-joined' }],
      collections: STATIC_COLLECTIONS.map((id) => ({ id, name: id.toUpperCase(), members: {} })),
    });
    return {
      ...base,
      site: { ...base.site, cloudManagementGateway: input.gateway },
      tenant: { ...base.tenant, coManagementSettingsPolicy: input.settingsPolicy },
      devices: base.devices.map((d, i) => {
        const { stage: at, ...rest } = input.devices[i]!;
        return { ...d, ...rest, enrollment: { stage: at, at: 0, code: null } };
      }),
      collections: base.collections.map((c) => {
        const k = STATIC_COLLECTIONS.indexOf(c.id);
        return k < 0 ? c : { ...c, members: input.members[k]! };
      }),
      settings: {
        ...base.settings,
        coManagement: {
          autoEnrollment: input.autoEnrollment,
          autoEnrollmentCollection: input.autoEnrollmentCollection,
          workloads: input.workloads,
        },
      },
    };
  });

describe('derived authority, for any world', () => {
  it('the fast authority table and the explained per-cell reasons always agree', () => {
    // The generator reaches the cases that matter: Intune cells, cells Device configuration
    // decides (rule 6), and Autopilot devices that keep Intune.
    const cells = fc
      .sample(worlds, 200)
      .flatMap((state) => state.devices.flatMap((_, i) => WORKLOAD_IDS.map((w) => explainAuthority(state, i, w))));
    expect(cells.filter((cell) => cell.authority === 'intune').length).toBeGreaterThan(cells.length / 10);
    expect(cells.filter((cell) => cell.decidedBy === 'device-configuration').length).toBeGreaterThan(50);
    const autopilot = cells.filter((cell) => cell.reasons[1]?.startsWith('a Windows 11 Autopilot device'));
    expect(autopilot.length).toBeGreaterThan(50);
    fc.assert(
      fc.property(worlds, (state) => {
        const table = deriveAuthorityTable(state);
        expect(table.length).toBe(state.devices.length * WORKLOAD_COUNT);
        state.devices.forEach((d, i) => {
          WORKLOAD_IDS.forEach((w, k) => {
            const explained = explainAuthority(state, i, w);
            const where = `${d.name} ${w}: ${explained.text}`;
            expect(table[i * WORKLOAD_COUNT + k], where).toBe(explained.authority === 'intune' ? 1 : 0);
            expect(authorityOf(state, i, w), where).toBe(explained.authority);
          });
        });
      }),
      { numRuns: 500 },
    );
  });

  it('the co-managed mask, the one-device answer and its reason always agree', () => {
    fc.assert(
      fc.property(worlds, (state) => {
        const mask = coManagedMask(state);
        state.devices.forEach((d, i) => {
          expect(mask[i], d.name).toBe(isCoManaged(state, i) ? 1 : 0);
          expect(notCoManagedReason(state, i) === null, d.name).toBe(isCoManaged(state, i));
        });
      }),
      { numRuns: 500 },
    );
  });
});
