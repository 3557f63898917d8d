/**
 * The Configuration Manager views rendered to HTML (as the server renders them before the island
 * runs): the device lists render only the rows in view at 10,000 and 100,000 devices, the grid
 * names its columns as the console does, the dashboard shows every tile with engine counts, and
 * the views' titles and paths follow the site version.
 */
import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { FLEET_MAX } from '../../../sim/constants';
import { run, world } from '../../../sim/test-fixtures';
import type { SimState } from '../../../sim/types';
import type { SimulatorStore } from '../../../stores/simulator';
import type { ConsoleContext } from '../types';
import collections, { limitingCollection, memberIndices } from './collections';
import dashboard from './dashboard';
import { DrillDown } from './dashboard-drill';
import devices, { searchDevices } from './devices';
import { windowRange } from './devices-grid';
import { selectionsOf } from './devices-selection';

function ctxFor(state: SimState, store: object = {}): ConsoleContext {
  return {
    store: store as SimulatorStore,
    state,
    previous: null,
    entry: null,
    ready: false,
    location: { view: 'cm.devices' },
    open: () => {},
    act: async () => true,
    apply: async () => true,
    say: () => {},
    level: 3,
    idPrefix: 'lab-t',
    presenting: false,
  };
}

const rowsIn = (html: string) => (html.match(/role="row"/g) ?? []).length;

function fleet(count: number): SimState {
  return world({
    segments: [
      { count: Math.floor(count / 2), os: 'windows-11-23h2', join: 'hybrid-entra-joined', department: 'IT' },
      {
        count: count - Math.floor(count / 2),
        os: { 'windows-10-22h2': 3, 'windows-10-1607': 1, 'windows-7': 1 },
        join: 'hybrid-entra-joined',
        department: 'Sales',
      },
    ],
    collections: [{ id: 'it', name: 'IT', members: { department: 'IT' } }],
    initial: { cloudAttach: { upload: 'all' }, settled: true },
  });
}

describe('Configuration Manager views', () => {
  for (const size of [10_000, FLEET_MAX]) {
    it(`renders only the rows in view of ${size.toLocaleString('en-US')} devices`, () => {
      const state = run(
        fleet(size),
        { type: 'set-auto-enrollment', autoEnrollment: 'all', collection: null },
        { type: 'advance-time', minutes: 240 },
      );
      const ctx = ctxFor(state);
      const started = performance.now();
      const html = render(<devices.View ctx={ctx} />);
      expect(performance.now() - started).toBeLessThan(2000);
      expect(html).toContain(`aria-rowcount="${size + 1}"`);
      // One header row and at most the visible rows plus the overscan on each side.
      expect(rowsIn(html)).toBeGreaterThan(5);
      expect(rowsIn(html)).toBeLessThanOrEqual(1 + 12 + 2 * 4 + 1);
      for (const header of ['Name', 'Client', 'Site Code', 'Operating System', 'Co-managed'])
        expect(html).toMatch(new RegExp(`role="columnheader" aria-colindex="\\d">${header}<`));
      expect(html).toContain(`>${state.devices[0]!.name}<`);

      // A collection's members and a dashboard count's devices are windowed too.
      const store = {};
      selectionsOf(store as SimulatorStore).members.set('it');
      const members = render(<collections.View ctx={ctxFor(state, store)} />);
      expect(members).toContain(`aria-rowcount="${Math.floor(size / 2) + 1}"`);
      expect(rowsIn(members)).toBeLessThanOrEqual(22);
      const drill = render(<DrillDown ctx={ctx} filter={{ kind: 'funnel', stage: 'eligible' }} onClose={() => {}} />);
      expect(rowsIn(drill)).toBeLessThanOrEqual(1 + 10 + 2 * 4 + 1);
      expect(drill).toMatch(/aria-rowcount="\d{4,}"/);
    });
  }

  it('keeps the row with the focus rendered when it is scrolled away, so Tab reaches the grid', () => {
    const state = fleet(1000);
    const store = {};
    selectionsOf(store as SimulatorStore).devices.set({ active: 900, selected: [900] });
    const html = render(<devices.View ctx={ctxFor(state, store)} />);
    expect(html).toContain('aria-rowindex="902"');
    expect(html).toMatch(/aria-rowindex="902" aria-selected="true"/);
    expect((html.match(/tabindex="0"/g) ?? []).length).toBe(1);
    // The details pane shows the selected device under a heading one level below the view's title.
    expect(html).toContain(
      `<h4 id="lab-t-cmdev-detail" tabindex="-1" class="cm-details__title cmv-detail__title">${state.devices[900]!.name}</h4>`,
    );
  });

  it('computes the window of rows for a scroll offset', () => {
    expect(windowRange(0, 34, 12, 100_000)).toEqual([0, 17]);
    expect(windowRange(34 * 5000, 34, 12, 100_000)).toEqual([4996, 5017]);
    expect(windowRange(34 * 99_990, 34, 12, 100_000)).toEqual([99_986, 100_000]);
  });

  it('searches device names as the console search bar does (contains, any case)', () => {
    const state = fleet(200);
    expect(searchDevices(state, 'pc-010').map((i) => state.devices[i]!.name)).toEqual([
      'PC-0100',
      'PC-0101',
      'PC-0102',
      'PC-0103',
      'PC-0104',
      'PC-0105',
      'PC-0106',
      'PC-0107',
      'PC-0108',
      'PC-0109',
    ]);
    expect(searchDevices(state, '')).toHaveLength(200);
  });

  it('lists the built-in collections with their limiting collection and member count', () => {
    const state = fleet(20);
    const html = render(<collections.View ctx={ctxFor(state)} />);
    for (const name of ['All Systems', 'All Desktop and Server Clients', 'Co-management Eligible Devices', 'IT'])
      expect(html).toContain(`>${name}</button>`);
    for (const header of ['Name', 'Limiting Collection', 'Member Count']) expect(html).toContain(`>${header}</th>`);
    const all = state.collections.find((c) => c.kind === 'all-systems')!;
    expect(limitingCollection(state, all)).toBe('');
    expect(
      limitingCollection(
        state,
        state.collections.find((c) => c.id === 'it')!,
      ),
    ).toBe('All Systems');
    expect(memberIndices(state, 'it')).toHaveLength(10);
    expect(memberIndices(state, 'it', 'PC-000')).toHaveLength(9);
  });

  it('names the dashboard Co-management on 2103 and earlier, Cloud Attach from 2107', () => {
    expect(dashboard.title(world({ version: 2103 }), { view: 'cm.dashboard' })).toBe('Co-management');
    expect(dashboard.path(world({ version: 2107 }), { view: 'cm.dashboard' })).toEqual([
      'Monitoring',
      'Overview',
      'Cloud Attach',
    ]);
    expect(devices.path(world(), { view: 'cm.devices' })).toEqual(['Assets and Compliance', 'Overview', 'Devices']);
    expect(collections.path(world(), { view: 'cm.collections' })).toEqual([
      'Assets and Compliance',
      'Overview',
      'Device Collections',
    ]);
  });

  it('shows every tile of the dashboard with the engine counts, each chart drawn as a table', () => {
    const state = run(
      fleet(100),
      { type: 'set-auto-enrollment', autoEnrollment: 'all', collection: null },
      { type: 'advance-time', minutes: 1440 },
    );
    const html = render(<dashboard.View ctx={ctxFor(state)} />);
    for (const tile of [
      'Client OS distribution',
      'Co-management status',
      'Co-management enrollment status',
      'Workload transition',
      'Enrollment errors',
    ])
      expect(html).toContain(`>${tile}</h4>`);
    for (const stage of ['Eligible devices', 'Scheduled', 'Enrollment initiated', 'Enrolled'])
      expect(html).toContain(`<th scope="row">${stage}</th>`);
    for (const caption of [
      'Client devices per operating system group',
      'Devices per funnel stage (cumulative)',
      'Devices per enrollment status',
      'Devices whose workload is with Intune',
    ])
      expect(html).toContain(`>${caption}</caption>`);
    expect(html).toContain('<th scope="row">0x80070032</th>');
    expect(html).not.toMatch(/at least \d+ and at most/);
  });

  it('puts no inline style in the server HTML (the Content-Security-Policy allows none)', () => {
    const state = run(
      fleet(500),
      { type: 'set-auto-enrollment', autoEnrollment: 'all', collection: null },
      { type: 'advance-time', minutes: 120 },
    );
    const store = {};
    selectionsOf(store as SimulatorStore).devices.set({ active: 400, selected: [400] });
    selectionsOf(store as SimulatorStore).members.set('it');
    const ctx = ctxFor(state, store);
    for (const html of [
      render(<devices.View ctx={ctx} />),
      render(<collections.View ctx={ctx} />),
      render(<dashboard.View ctx={ctx} />),
      render(<DrillDown ctx={ctx} filter={{ kind: 'workload', workload: 'compliance-policies' }} onClose={() => {}} />),
    ])
      expect(html).not.toMatch(/style=/);
  });
});
