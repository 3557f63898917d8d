/**
 * The lab's own views rendered to HTML (as the server does): the authority map renders only a
 * window of rows at 10,000 and 100,000 devices, marks Intune cells and the cells the last change
 * moved, names its columns in full; the lab environment shows each prerequisite's status and
 * where it is really changed; the frame labels both as teaching aids.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'preact-render-to-string';
import { FLEET_MAX } from '../../../sim/constants';
import { createState } from '../../../sim/world';
import { step } from '../../../sim/step';
import type { Action, SimState } from '../../../sim/types';
import type { Timeline } from '../../../stores/simulator';
import type { ViewId } from '../../../sim/views';
import { testContext } from '../test-context';
import authorityMap from './authority-map';
import { derived, diffTables } from './authority-table';
import environment from './environment';
import { gatewayStatus } from './environment-items';
import LabFrame from './LabFrame';
import { compact } from './authority-grid';

function fleet(count: number, extra: Partial<Parameters<typeof createState>[0]['initial']> = {}): SimState {
  return createState({
    siteVersion: 2403,
    seed: 3,
    fleet: {
      prefix: 'CON',
      segments: [{ count, os: 'windows-11-23h2', join: 'hybrid-entra-joined', department: 'IT' }],
    },
    collections: [{ id: 'ring-1', name: 'Update Ring 1', members: { limit: 200 } }],
    initial: {
      cloudAttach: { upload: 'all', endpointAnalytics: true },
      coManagement: { autoEnrollment: 'all' },
      settled: true,
      ...extra,
    },
  });
}

function apply(state: SimState, actions: Action[]): Timeline {
  const states = [state];
  const entries: Timeline['entries'] = [];
  for (const [k, action] of actions.entries()) {
    const result = step(states[states.length - 1]!, action);
    if (!result.ok) throw new Error(result.reason);
    states.push(result.state);
    entries.push({ action, events: result.events, summary: '', joined: k > 0 });
  }
  return { states, entries, cursor: states.length - 1 };
}

const context = (timeline: Timeline, view: ViewId = 'lab.authority-map') => testContext(timeline, { view });

const rows = (html: string) => (html.match(/role="row"/g) ?? []).length;

describe('the authority map', () => {
  for (const count of [10_000, FLEET_MAX]) {
    it(`renders a window of rows of ${count.toLocaleString('en-US')} devices and marks what an Apply moved`, () => {
      const timeline = apply(fleet(count), [
        { type: 'set-pilot-collection', workload: 'windows-update-policies', collection: 'ring-1' },
        { type: 'set-workload', workload: 'windows-update-policies', position: 'pilot-intune' },
      ]);
      const html = render(<authorityMap.View ctx={context(timeline)} />);
      expect(html).toContain(`aria-rowcount="${count + 1}"`);
      expect(rows(html)).toBeGreaterThan(5);
      expect(rows(html)).toBeLessThan(40);
      expect(html).toContain(`Showing ${count.toLocaleString('en-US')} of ${count.toLocaleString('en-US')} devices.`);
      // The column names in full for assistive technology, the short header for the eye.
      expect(html).toContain('<span class="am-sr">Windows Update policies </span>');
      expect(html).toContain('<span class="am-sr">Intune: 200</span>');
      // One Apply is one change: its heading names the slider first, and 200 devices moved.
      expect(html).toContain(
        'Last change: Windows Update policies slider moved; Workload pilot collection for Windows Update policies',
      );
      expect(html).toContain('Intune 0 → 200, Configuration Manager');
      expect(html).toContain('200 devices changed effective authority');
      // The first rows are in Update Ring 1: their Windows Update cell is Intune, marked as changed.
      expect(html).toMatch(
        /class="am-cell am-cell--intune am-cell--changed"[^>]*aria-describedby="lab-test-am-changed-note"/,
      );
      expect(html).toContain('<span class="am-badge" aria-hidden="true">IN</span>');
    });
  }

  it('finds the devices that changed, and nothing before the first change', () => {
    const start = fleet(50);
    const moved = step(start, { type: 'set-workload', workload: 'compliance-policies', position: 'intune' });
    if (!moved.ok) throw new Error(moved.reason);
    const diff = diffTables(derived(start).table, derived(moved.state).table);
    expect(diff.count).toBe(50);
    expect(render(<authorityMap.View ctx={context({ states: [start], entries: [], cursor: 0 })} />)).toContain(
      'None yet: move a slider',
    );
  });

  it('counts compactly in narrow headers', () => {
    expect([950, 1200, 10_000, 100_000].map(compact)).toEqual(['950', '1.2k', '10k', '100k']);
  });
});

describe('the lab environment', () => {
  it('shows each prerequisite with its status and where it is changed', () => {
    const state = fleet(20);
    const html = render(
      <environment.View ctx={context({ states: [state], entries: [], cursor: 0 }, 'lab.environment')} />,
    );
    expect(html).toContain(
      'Configuration Manager console: Administration > Site Configuration > Servers and Site System Roles',
    );
    expect(html).toContain('Configuration Manager console: Administration > Cloud Services > Cloud Management Gateway');
    expect(html).toContain(
      'Configuration Manager console: Administration > Hierarchy Configuration > Discovery Methods',
    );
    expect(html).toContain('Microsoft Entra admin center: Roles &amp; admins');
    expect(html).toContain('Not needed (no internet-based clients)');
    expect(html).toContain('Service connection point online');
    expect(html).toContain('Open Administrative Users');
  });

  it('reads the gateway as needed once a client lives on the internet', () => {
    const state = fleet(12);
    const internet = { ...state, devices: state.devices.map((d, i) => (i === 0 ? { ...d, internet: true } : d)) };
    expect(gatewayStatus(state)).toBe('Not needed (no internet-based clients)');
    expect(gatewayStatus(internet)).toBe('Not met');
    expect(gatewayStatus({ ...internet, site: { ...internet.site, cloudManagementGateway: true } })).toBe('Met');
    // A device on the internet without the client needs one too: Intune installs the client through it.
    const clientless = {
      ...state,
      devices: state.devices.map((d, i) => (i === 0 ? { ...d, internet: true, client: false } : d)),
    };
    expect(gatewayStatus(clientless)).toBe('Not met');
    expect(
      render(<environment.View ctx={context({ states: [clientless], entries: [], cursor: 0 }, 'lab.environment')} />),
    ).toContain(
      '1 internet-based device without the Configuration Manager client cannot get it from Intune until one exists',
    );
  });
});

describe('the lab frame', () => {
  it('switches between two teaching aids, labelled as such', () => {
    const state = fleet(12);
    const ctx = context({ states: [state], entries: [], cursor: 0 }, 'lab.environment');
    const html = render(<LabFrame ctx={ctx} view={environment} window="lab" />);
    expect(html).toContain('role="tablist" aria-label="Teaching aids"');
    expect(html).toMatch(/role="tab"[^>]*aria-selected="false"[^>]*>Authority map</);
    expect(html).toMatch(/role="tab"[^>]*aria-selected="true"[^>]*>Lab environment</);
    expect(html).toContain('Lab environment <span class="lab-frame__aid">(teaching aid)</span>');
  });
});
