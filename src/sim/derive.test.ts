import { describe, expect, it } from 'vitest';
import { benchState, fnv1a, formatBenchTable, runAuthorityBench } from './bench';
import { collectionTreeMark } from './collections';
import { deriveAuthorityTable, describeDevice, enrollmentErrors, formatSimTime, funnelCounts } from './derive';
import { deviceName, generateFleet } from './fleet';
import { nextRandom, RngCursor, seedRng } from './rng';
import { coManagedInitial, run, world } from './test-fixtures';

describe('rng', () => {
  it('is a pure function of its state', () => {
    const s = seedRng(42);
    expect(nextRandom(s)).toEqual(nextRandom(s));
    const a = new RngCursor(s);
    const b = new RngCursor(s);
    expect([a.next(), a.int(1, 6), a.guid()]).toEqual([b.next(), b.int(1, 6), b.guid()]);
    expect(seedRng(1)).not.toBe(seedRng(2));
  });

  it('draws by weight', () => {
    const rng = new RngCursor(seedRng(3));
    const counts = { a: 0, b: 0 };
    for (let k = 0; k < 4000; k++) counts[rng.weighted({ a: 1, b: 3 })]++;
    expect(counts.b / 4000).toBeGreaterThan(0.7);
    expect(counts.b / 4000).toBeLessThan(0.8);
  });
});

describe('fleet', () => {
  it('names devices with at least four digits and pads to the fleet size', () => {
    expect([deviceName('CON', 0, 4000), deviceName('CON', 41, 12), deviceName('CON', 9999, 10000)]).toEqual([
      'CON-0001',
      'CON-0042',
      'CON-10000',
    ]);
  });

  it('is the same for the same seed and spec, and refuses sizes outside 12-100,000', () => {
    const spec = {
      prefix: 'PC',
      segments: [
        {
          count: 50,
          os: { 'windows-11-23h2': 1, 'windows-10-22h2': 1 },
          join: 'hybrid-entra-joined' as const,
          client: 0.5,
        },
      ],
    };
    expect(generateFleet(spec, new RngCursor(seedRng(5)))).toEqual(generateFleet(spec, new RngCursor(seedRng(5))));
    expect(() =>
      generateFleet({ prefix: 'PC', segments: [{ count: 11, os: 'windows-7', join: 'workgroup' }] }, new RngCursor(1)),
    ).toThrow('generateFleet(): a fleet has 12 to 100000 devices; this spec makes 11');
  });
});

describe('derive', () => {
  it('describes one device with every derived view', () => {
    const state = world({
      collections: [{ id: 'pilot', name: 'Pilot-IT', members: { names: ['PC-0001'] } }],
      initial: coManagedInitial({
        coManagement: {
          autoEnrollment: 'all',
          workloads: { 'client-apps': { position: 'pilot-intune', pilotCollection: 'pilot' } },
        },
      }),
    });
    const view = describeDevice(state, 0);
    expect(view).toMatchObject({
      name: 'PC-0001',
      os: 'Windows 11, version 23H2',
      join: 'Microsoft Entra hybrid joined',
      coManaged: true,
      notCoManagedReason: null,
      managedBy: { value: 'Co-managed' },
      capabilities: { value: 8193 | 64 },
      funnel: { stage: 'Enrolled', status: 'Success hybrid Entra joined' },
      collections: ['all-systems', 'all-desktop-and-server-clients', 'co-management-eligible-devices', 'pilot'],
    });
    expect(view.authority['client-apps'].text).toBe(
      'Intune, because: co-managed; Client apps is at Pilot Intune; device is in the workload pilot collection Pilot-IT',
    );
    expect(view.authority['office-click-to-run-apps'].text).toBe(
      'Configuration Manager, because: co-managed; Office Click-to-Run apps is at Configuration Manager',
    );
  });

  it('lists enrollment errors by code, as the dashboard table does', () => {
    const broken = run(
      world({ initial: { tenant: { intuneLicenses: false }, coManagement: { autoEnrollment: 'all' } } }),
      { type: 'advance-time', minutes: 90 },
    );
    expect(enrollmentErrors(broken)).toEqual([{ code: '0x80180018', count: 12 }]);
    expect(funnelCounts(broken)).toEqual({
      eligible: 12,
      scheduled: 12,
      enrollmentInitiated: 12,
      enrolled: 0,
      failed: 12,
      pendingUserSignIn: 0,
      notEligible: 0,
    });
  });

  it('waits for a user to sign in where enrollment needs the user token', () => {
    const make = (userSignedIn: number) =>
      run(
        world({
          segments: [{ count: 12, os: 'windows-10-1709', join: 'hybrid-entra-joined', userSignedIn }],
          initial: { coManagement: { autoEnrollment: 'all' } },
        }),
        {
          type: 'advance-time',
          minutes: 90,
        },
      );
    expect(funnelCounts(make(0))).toMatchObject({ enrolled: 0, pendingUserSignIn: 12 });
    expect(describeDevice(make(0), 0).funnel.status).toBe('Pending user sign in');
    expect(funnelCounts(make(1))).toMatchObject({ enrolled: 12, pendingUserSignIn: 0 });
  });

  it('includes child collections in a collection tree', () => {
    const state = world({
      collections: [
        { id: 'a', name: 'A', members: { names: ['PC-0001'] } },
        { id: 'b', name: 'B', parent: 'a', members: { names: ['PC-0002'] } },
        { id: 'c', name: 'C', parent: 'b', members: { names: ['PC-0003'] } },
      ],
    });
    expect([...collectionTreeMark(state, 'a')].slice(0, 4)).toEqual([1, 1, 1, 0]);
    expect([...collectionTreeMark(state, 'b')].slice(0, 4)).toEqual([0, 1, 1, 0]);
  });

  it('formats simulated time from day 1, 09:00', () => {
    expect([0, 15, 900, 1440].map(formatSimTime)).toEqual([
      'Day 1, 09:00',
      'Day 1, 09:15',
      'Day 2, 00:00',
      'Day 2, 09:00',
    ]);
  });
});

describe('bench', () => {
  it('derives the same table on every run and reports a checksum', () => {
    let t = 0;
    const rows = runAuthorityBench({ sizes: [1000], runs: 20, warmup: 0, now: () => (t += 1) });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      devices: 1000,
      runs: 20,
      medianMs: 1,
      checksum: fnv1a(
        deriveAuthorityTable(
          run(benchState(1000), {
            type: 'set-workload',
            workload: 'windows-update-policies',
            position: 'pilot-intune',
          }),
        ),
      ),
    });
    expect(formatBenchTable(rows).split('\n')[0]).toBe(
      'devices  cells  runs  median ms  min ms  max ms  slider step ms  Intune cells  checksum',
    );
  });
});
