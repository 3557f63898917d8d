/**
 * The Configuration Manager console's frame and its Cloud Attach views, rendered to HTML from real
 * engine states: the navigation tree and address bar by version, the Cloud Attach node, the wizard's
 * pages and its Summary shortcut (checked against the engine), the Properties draft's minimal
 * actions (applied by the engine as one group), the upload-narrowing sentence, the slider gates,
 * the command line, and Administrative Users.
 */
import render from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { FLEET_MAX, WORKLOAD_IDS } from '../../../sim/constants';
import { applyActions } from '../../../sim/step';
import { BASE_SEGMENT, coManagedInitial, run, world } from '../../../sim/test-fixtures';
import type { SimState } from '../../../sim/types';
import type { ViewLocation } from '../../../sim/views';
import type { ViewDefinition } from '../types';
import { testContext } from '../test-context';
import CmFrame from './CmFrame';
import { addressOf, navTree, nodePath } from './CmFrame-nav';
import administrativeUsers, { adminActions } from './administrative-users';
import cloudAttach from './cloud-attach';
import { OBJECT_NAME, configureLabel, workloadsSummary } from './cloud-attach-object';
import { ThreeStopSlider, coMgmtNode } from './parts';
import properties from './properties';
import {
  actionsFor,
  commandLine,
  draftOf,
  propertiesTabs,
  sliderGates,
  uploadChange,
  type Draft,
} from './properties-draft';
import wizard from './wizard';
import { toSummary, wizardPages } from './wizard-pages';
import { uploadMembers } from './wizard-fields';

const ctxFor = (state: SimState, location: ViewLocation) => testContext(state, location);

const view = (definition: ViewDefinition, state: SimState, location: ViewLocation) =>
  render(<definition.View ctx={ctxFor(state, location)} />);
const frame = (state: SimState, location: ViewLocation, definition: ViewDefinition | null) =>
  render(<CmFrame ctx={ctxFor(state, location)} view={definition} window="cm" />);

const withPilot = () =>
  world({
    initial: coManagedInitial(),
    collections: [
      { id: 'pilot', name: 'Pilot', members: { limit: 3 } },
      { id: 'pilot-child', name: 'Pilot child', parent: 'pilot', members: { names: ['PC-0010'] } },
    ],
  });

describe('frame: navigation, address bar, ribbon', () => {
  it('names the Cloud Attach node by version: Co-management in 2103 and earlier', () => {
    expect(coMgmtNode(2103)).toBe('Co-management');
    expect(coMgmtNode(2107)).toBe('Cloud Attach');
    expect(addressOf(2207, 'cm.cloud-attach')).toEqual([
      '\\',
      'Administration',
      'Overview',
      'Cloud Services',
      'Cloud Attach',
    ]);
    expect(addressOf(2010, 'cm.cloud-attach')).toEqual([
      '\\',
      'Administration',
      'Overview',
      'Cloud Services',
      'Co-management',
    ]);
    expect(addressOf(2207, 'cm.dashboard')).toEqual(['\\', 'Monitoring', 'Overview', 'Cloud Attach']);
    expect(addressOf(2207, 'cm.devices')).toEqual(['\\', 'Assets and Compliance', 'Overview', 'Devices']);
    expect(addressOf(2207, 'cm.administrative-users')).toEqual([
      '\\',
      'Administration',
      'Overview',
      'Security',
      'Administrative Users',
    ]);
    // A dialog shows over the Cloud Attach node.
    expect(addressOf(2207, 'cm.properties.workloads')).toEqual(addressOf(2207, 'cm.cloud-attach'));
    expect(nodePath(navTree(2207).monitoring!, 'cm.dashboard').map((n) => n.label)).toEqual([
      'Overview',
      'Cloud Attach',
    ]);
  });

  it('renders the tree with the open node selected, one tab stop, and the disabled workspaces saying why', () => {
    const state = world();
    const markup = frame(state, { view: 'cm.cloud-attach' }, cloudAttach);
    expect(markup).toContain('role="tree"');
    expect(markup.match(/role="treeitem"/g)).toHaveLength(8);
    expect(markup.match(/tabindex="0"/g)?.length).toBeGreaterThanOrEqual(1);
    expect(markup).toMatch(/aria-selected="true"[^>]*tabindex="0"[^>]*>.*?Cloud Attach/s);
    expect(markup).toContain('aria-expanded="false"');
    expect(markup).toContain('Console navigation');
    expect(markup).toMatch(/aria-disabled="true" title="Not part of this lab"[^>]*>.*?Software Library/s);
    expect(markup).toContain('Configure Cloud Attach');
    expect(markup).toContain('aria-current="location"');
  });

  it('renders the Cloud Attach node behind a dialog view', () => {
    const state = withPilot();
    // The frame keeps the node's code once it has shown the node (the way a learner reaches a dialog).
    frame(state, { view: 'cm.cloud-attach' }, cloudAttach);
    const markup = frame(state, { view: 'cm.properties.workloads' }, properties);
    expect(markup).toContain('CoMgmtSettingsProd</button>');
    expect(markup).toContain(`${OBJECT_NAME} Properties`);
    expect(markup).toContain('Cloud Attach 1 item'.split(' ')[0]);
    expect(markup).toContain('<dialog');
    expect(markup).toContain('role="tablist"');
  });
});

describe('Cloud Attach node', () => {
  it('has no object before the wizard, and CoMgmtSettingsProd after it', () => {
    const before = world();
    const empty = view(cloudAttach, before, { view: 'cm.cloud-attach' });
    expect(empty).toContain('0 items');
    expect(empty).toContain('No items found');
    const after = withPilot();
    const markup = view(cloudAttach, after, { view: 'cm.cloud-attach' });
    expect(markup).toContain('1 item');
    expect(markup).toContain(OBJECT_NAME);
    expect(markup).toContain('All devices managed by Microsoft Endpoint Configuration Manager');
    expect(workloadsSummary(after)).toEqual(['Every workload at Configuration Manager']);
    const Commands = cloudAttach.Commands!;
    const commands = render(<Commands ctx={ctxFor(after, { view: 'cm.cloud-attach' })} />);
    expect(commands).toMatch(/aria-disabled="true"[^>]*title="Cloud attach is already configured/);
  });

  it('names the command Configure co-management before 2107', () => {
    expect(configureLabel(2103)).toBe('Configure co-management');
    expect(configureLabel(2207)).toBe('Configure Cloud Attach');
    expect(cloudAttach.title(world({ version: 2103 }), { view: 'cm.cloud-attach' })).toBe('Co-management');
  });
});

describe('wizard', () => {
  it('has the pages of each version (fact sheet 4.1)', () => {
    expect(wizardPages(2107)).toEqual(['cloud-attach', 'configure-upload', 'enablement', 'workloads', 'summary']);
    expect(wizardPages(2111)).toEqual(['cloud-attach', 'configure-upload', 'enablement', 'summary']);
    expect(wizardPages(2207)).toEqual(wizardPages(2111));
    expect(wizardPages(1906)).toEqual(['cloud-attach', 'enablement', 'workloads', 'summary']);
  });

  it('Summary reaches the Summary page through the engine on every version and mode', () => {
    for (const version of [1906, 2010, 2207, 2303]) {
      for (const mode of version >= 2111 ? (['default', 'customize'] as const) : (['customize'] as const)) {
        let state = run(world({ version }), { type: 'open-wizard' });
        expect(toSummary(state)).toBeNull();
        state = run(state, { type: 'wizard-sign-in', environment: 'public' });
        if (version >= 2111) state = run(state, { type: 'wizard-set-mode', mode });
        const actions = toSummary(state)!;
        const result = applyActions(state, actions);
        expect(result.ok, `${version} ${mode}`).toBe(true);
        if (result.ok) expect(result.state.wizard?.page).toBe('summary');
      }
    }
  });

  it('renders each page with the controls the console names', () => {
    let state = run(world(), { type: 'open-wizard' });
    let markup = view(wizard, state, { view: 'cm.wizard' });
    expect(markup).toContain('Cloud Attach Configuration Wizard');
    expect(markup).toContain('aria-label="Wizard pages"');
    expect(markup).toContain('Azure environment');
    expect(markup).toContain('Sign In');
    expect(markup).toContain('Use default settings (recommended)');
    state = run(
      state,
      { type: 'wizard-sign-in', environment: 'public' },
      { type: 'wizard-set-mode', mode: 'customize' },
      { type: 'wizard-next' },
    );
    markup = view(wizard, state, { view: 'cm.wizard' });
    expect(markup).toContain('Specific Collection');
    expect(markup).toContain('a full sync of every device in scope');
    state = run(state, { type: 'wizard-next' });
    markup = view(wizard, state, { view: 'cm.wizard' });
    expect(markup).toContain('Intune Auto Enrollment collection');
    state = run(state, { type: 'wizard-next' });
    markup = view(wizard, state, { view: 'cm.wizard' });
    // 2207: no Workloads page (2111+), straight to the Summary.
    expect(markup).toContain('Every workload stays at Configuration Manager');
    // 2107: the Workloads and Staging page, with the seven sliders.
    let old = run(world({ version: 2107 }), { type: 'open-wizard' }, { type: 'wizard-sign-in', environment: 'public' });
    old = run(old, { type: 'wizard-next' }, { type: 'wizard-next' }, { type: 'wizard-next' });
    expect(old.wizard?.page).toBe('workloads');
    markup = view(wizard, old, { view: 'cm.wizard' });
    expect(markup).toContain('Cloud Attach Configuration Wizard');
    expect(markup.match(/<legend class="cm-slider__legend">/g)).toHaveLength(7);
    expect(markup).toContain('Workload pilot collection for Client apps');
  });

  it('counts a collection upload with its child collections, client devices only', () => {
    const state = withPilot();
    expect(uploadMembers(state, 'pilot')).toBe(4);
    expect(uploadMembers(state, 'pilot-child')).toBe(1);
  });
});

describe('Properties', () => {
  it('has the tabs the fact sheet names (Configure upload from 2002)', () => {
    expect(propertiesTabs(2207)).toEqual(['configure-upload', 'enablement', 'workloads', 'staging']);
    expect(propertiesTabs(1906)).toEqual(['enablement', 'workloads', 'staging']);
  });

  it('sends nothing for an unchanged draft and the fewest actions for a change, which the engine applies as one group', () => {
    const state = withPilot();
    const draft = draftOf(state);
    expect(actionsFor(state, draft)).toEqual([]);
    const k = WORKLOAD_IDS.indexOf('compliance-policies');
    const changed: Draft = {
      ...draft,
      pilots: draft.pilots.map((p, j) => (j === k ? 'pilot' : p)),
      positions: draft.positions.map((p, j) => (j === k ? 'pilot-intune' : p)),
    };
    const actions = actionsFor(state, changed);
    expect(actions).toEqual([
      { type: 'set-pilot-collection', workload: 'compliance-policies', collection: 'pilot' },
      { type: 'set-workload', workload: 'compliance-policies', position: 'pilot-intune' },
    ]);
    const result = applyActions(state, actions);
    expect(result.ok).toBe(true);
    if (result.ok) expect(actionsFor(result.state, changed)).toEqual([]);
  });

  it('before 1906 one Pilot collection serves every workload', () => {
    const state = world({
      version: 1902,
      initial: coManagedInitial({ cloudAttach: undefined }),
      collections: [{ id: 'pilot', name: 'Pilot', members: { limit: 2 } }],
    });
    const draft = draftOf(state);
    const actions = actionsFor(state, { ...draft, pilots: draft.pilots.map(() => 'pilot') });
    expect(actions).toEqual([{ type: 'set-pilot-collection', workload: 'all', collection: 'pilot' }]);
    expect(applyActions(state, actions).ok).toBe(true);
  });

  it('says how many devices a narrower upload takes out of the admin center', () => {
    const state = withPilot();
    expect(state.upload.visible).toHaveLength(12);
    const draft = draftOf(state);
    const narrower = uploadChange(state, { ...draft, upload: { collection: 'pilot' } });
    expect(narrower[0]).toMatch(
      /^8 devices will no longer be uploaded: they leave the admin center 5 to 10 minutes after the next upload cycle/,
    );
    expect(narrower).toContain('That cycle is a delta: it sends only the changes.');
    const off = uploadChange(state, { ...draft, upload: null });
    expect(off[0]).toMatch(/^12 devices will no longer be uploaded: turning the upload off offboards the hierarchy/);
    expect(uploadChange(state, draft)).toEqual([]);
  });

  it('disables Pilot Intune until a workload pilot collection is chosen (a pending one counts) and Resource access from 2211', () => {
    const state = withPilot();
    const draft = draftOf(state);
    expect(sliderGates(state, draft, 'compliance-policies')['pilot-intune']).toMatch(/Staging tab/);
    const pending = { ...draft, pilots: draft.pilots.map(() => 'pilot') };
    expect(sliderGates(state, pending, 'compliance-policies')).toEqual({});
    const late = world({ version: 2211, initial: coManagedInitial() });
    expect(sliderGates(late, draftOf(late), 'resource-access-policies').intune).toMatch(
      /removed in Configuration Manager 2211/,
    );
  });

  it('shows the ccmsetup command line only with a cloud management gateway', () => {
    const state = withPilot();
    expect(commandLine(state)).toBeNull();
    const withGateway = run(state, { type: 'set-cloud-management-gateway', present: true });
    const line = commandLine(withGateway)!;
    expect(line).toMatch(/^CCMSETUPCMD="CCMHOSTNAME=\S+ SMSSITECODE=CON"$/);
    expect(line).not.toContain('https://');
    expect(line.length).toBeLessThanOrEqual(1024);
    const markup = view(properties, withGateway, { view: 'cm.properties.enablement' });
    expect(markup).toContain('Command line to install the Configuration Manager client');
    expect(view(properties, state, { view: 'cm.properties.enablement' })).toContain('no cloud management gateway');
  });

  it('renders the Workloads tab as seven three-stop sliders with effective counts as applied', () => {
    const state = withPilot();
    const markup = view(properties, state, { view: 'cm.properties.workloads' });
    expect(markup.match(/<fieldset class="cm-slider/g)).toHaveLength(7);
    expect(markup.match(/type="radio"/g)).toHaveLength(21);
    expect(markup).toContain(
      'Moving Device configuration also moves Resource access policies and Endpoint Protection for the same devices.',
    );
    expect(markup).toContain('Applied now: Intune on 0 devices of 12.');
    expect(markup).toContain('role="tab"');
  });
});

describe('at the largest fleet', () => {
  it(`renders the Cloud Attach node and the Workloads tab at ${FLEET_MAX.toLocaleString('en-US')} devices`, () => {
    const state = world({ segments: [{ ...BASE_SEGMENT, count: FLEET_MAX }], initial: coManagedInitial() });
    expect(state.devices).toHaveLength(FLEET_MAX);
    const started = performance.now();
    const markup = view(properties, state, { view: 'cm.properties.workloads' });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(markup).toContain('Applied now: Intune on 0 devices of 100,000.');
    expect(view(cloudAttach, state, { view: 'cm.cloud-attach' })).toContain(
      'The admin center lists 100,000 devices from this hierarchy.',
    );
    const narrower = uploadChange(state, { ...draftOf(state), upload: null });
    expect(narrower[0]).toMatch(/^100,000 devices will no longer be uploaded/);
  });
});

describe('three-stop slider', () => {
  it('is a fieldset named by its legend with three native radios, disabled stops marked', () => {
    const markup = render(
      <ThreeStopSlider
        legend="Compliance policies"
        name="x"
        value="configmgr"
        onChange={() => undefined}
        disabledStops={{ 'pilot-intune': 'why' }}
      />,
    );
    expect(markup).toMatch(/^<fieldset[^>]*><legend class="cm-slider__legend">Compliance policies<\/legend>/);
    expect(markup.match(/type="radio"/g)).toHaveLength(3);
    expect(markup).toMatch(/value="pilot-intune" disabled/);
    expect(markup).toContain('>Configuration Manager<');
    expect(markup).toContain('>Pilot Intune<');
    expect(markup).toContain('>Intune<');
  });
});

describe('Administrative Users', () => {
  it('lists the acting administrator and sends only what changed', () => {
    const state = withPilot();
    const markup = view(administrativeUsers, state, { view: 'cm.administrative-users' });
    expect(markup).toContain(state.admin.name);
    expect(markup).toContain('Full Administrator');
    expect(adminActions(state, state.admin.fullAdministrator, state.admin.collectionRights)).toEqual([]);
    const actions = adminActions(state, false, [...state.admin.collectionRights, 'pilot']);
    expect(actions).toEqual([
      { type: 'set-admin-permission', permission: 'fullAdministrator', granted: false },
      { type: 'set-collection-rights', collection: 'pilot', granted: true },
    ]);
    expect(applyActions(state, actions).ok).toBe(true);
  });
});
