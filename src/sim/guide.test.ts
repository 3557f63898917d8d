import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../schemas/scenario';
import { followStep, scriptSteps, stepStatus } from './guide';
import { coManagedInitial, run, world } from './test-fixtures';
import type { Action, ActionType, CollectionSpec, PolicySpec, Scenario, SimState } from './types';

const collections: CollectionSpec[] = [
  { id: 'pilot-finance', name: 'Pilot-Finance', members: { names: ['PC-0001', 'PC-0002'] } },
  { id: 'pilot-it', name: 'Pilot-IT', members: { names: ['PC-0003'] } },
];
const policies: PolicySpec[] = [
  { id: 'intune-av', name: 'Contoso AV baseline', source: 'intune', workload: 'endpoint-protection' },
];

/** Nothing configured, the wizard not open. */
const bare = () => world({ collections });
/** Attached (upload all), co-management not enabled, the upload settled. */
const attached = () =>
  world({ collections, initial: { cloudAttach: { upload: 'all', endpointAnalytics: true }, settled: true } });
/** Co-managed, every device enrolled, the upload settled. */
const coManaged = () => world({ collections, initial: coManagedInitial({ policies }) });
const wizardAt = (version: number, ...actions: Action[]) =>
  run(
    world({ version, collections }),
    { type: 'open-wizard' },
    { type: 'wizard-sign-in', environment: 'public' },
    ...actions,
  );

interface Case {
  /** The state the step begins in (the action must not be done there yet). */
  start: () => SimState;
  /** The step's one action. */
  action: Action;
  /**
   * Learner actions from the start that set its setting otherwise, and the step's action they
   * differ from (0), or -1 when they set another setting the step does not ask for.
   */
  differs?: { learner: Action[]; asked: 0 | -1 };
}

// One case per action type: the compiler asks for a new type's case.
const CASES = {
  'open-wizard': { start: bare, action: { type: 'open-wizard' } },
  'wizard-sign-in': {
    start: () => run(bare(), { type: 'open-wizard' }),
    action: { type: 'wizard-sign-in', environment: 'public' },
    differs: {
      learner: [{ type: 'wizard-sign-in', environment: 'china' }],
      asked: 0,
    },
  },
  'wizard-set-mode': { start: () => wizardAt(2207), action: { type: 'wizard-set-mode', mode: 'customize' } },
  'wizard-set-upload': {
    start: () => wizardAt(2207, { type: 'wizard-set-mode', mode: 'customize' }, { type: 'wizard-next' }),
    action: { type: 'wizard-set-upload', upload: { collection: 'pilot-finance' }, endpointAnalytics: false },
    differs: {
      learner: [{ type: 'wizard-set-upload', upload: null, endpointAnalytics: false }],
      asked: 0,
    },
  },
  'wizard-set-enablement': {
    start: () =>
      wizardAt(2207, { type: 'wizard-set-mode', mode: 'customize' }, { type: 'wizard-next' }, { type: 'wizard-next' }),
    action: { type: 'wizard-set-enablement', autoEnrollment: 'pilot', collection: 'pilot-finance' },
    differs: {
      learner: [{ type: 'wizard-set-enablement', autoEnrollment: 'none', collection: null }],
      asked: 0,
    },
  },
  'wizard-set-workload': {
    // Before 2111 the wizard has a Workloads page.
    start: () => wizardAt(2010, { type: 'wizard-next' }, { type: 'wizard-next' }, { type: 'wizard-next' }),
    action: {
      type: 'wizard-set-workload',
      workload: 'compliance-policies',
      position: 'pilot-intune',
      pilotCollection: 'pilot-finance',
    },
    differs: {
      learner: [
        { type: 'wizard-set-workload', workload: 'compliance-policies', position: 'intune', pilotCollection: null },
      ],
      asked: 0,
    },
  },
  'wizard-next': {
    start: () => wizardAt(2207, { type: 'wizard-set-mode', mode: 'customize' }),
    action: { type: 'wizard-next' },
    differs: {
      learner: [{ type: 'wizard-next' }, { type: 'wizard-next' }],
      asked: 0,
    },
  },
  'wizard-finish': { start: () => wizardAt(2207, { type: 'wizard-next' }), action: { type: 'wizard-finish' } },
  'wizard-cancel': { start: () => wizardAt(2207), action: { type: 'wizard-cancel' } },
  'set-upload': {
    start: attached,
    action: { type: 'set-upload', upload: { collection: 'pilot-finance' }, endpointAnalytics: true },
    differs: {
      learner: [{ type: 'set-upload', upload: null, endpointAnalytics: false }],
      asked: 0,
    },
  },
  'set-auto-enrollment': {
    start: attached,
    action: { type: 'set-auto-enrollment', autoEnrollment: 'pilot', collection: 'pilot-finance' },
    differs: {
      learner: [{ type: 'set-auto-enrollment', autoEnrollment: 'all', collection: null }],
      asked: 0,
    },
  },
  'set-workload': {
    start: () =>
      run(coManaged(), { type: 'set-pilot-collection', workload: 'compliance-policies', collection: 'pilot-finance' }),
    action: { type: 'set-workload', workload: 'compliance-policies', position: 'pilot-intune' },
    differs: {
      learner: [{ type: 'set-workload', workload: 'compliance-policies', position: 'intune' }],
      asked: 0,
    },
  },
  'set-pilot-collection': {
    start: coManaged,
    action: { type: 'set-pilot-collection', workload: 'compliance-policies', collection: 'pilot-finance' },
    differs: {
      learner: [{ type: 'set-pilot-collection', workload: 'compliance-policies', collection: 'pilot-it' }],
      asked: 0,
    },
  },
  'add-to-collection': {
    start: coManaged,
    action: { type: 'add-to-collection', collection: 'pilot-finance', devices: ['PC-0003'] },
    differs: {
      learner: [{ type: 'add-to-collection', collection: 'pilot-finance', devices: ['PC-0004'] }],
      asked: -1,
    },
  },
  'remove-from-collection': {
    start: coManaged,
    action: { type: 'remove-from-collection', collection: 'pilot-finance', devices: ['PC-0002'] },
    differs: {
      learner: [{ type: 'remove-from-collection', collection: 'pilot-finance', devices: ['PC-0001'] }],
      asked: -1,
    },
  },
  'assign-policy': {
    start: coManaged,
    action: { type: 'assign-policy', policy: 'intune-av', collection: 'pilot-finance' },
    differs: {
      learner: [{ type: 'assign-policy', policy: 'intune-av', collection: 'pilot-it' }],
      asked: 0,
    },
  },
  'unassign-policy': {
    start: () => run(coManaged(), { type: 'assign-policy', policy: 'intune-av', collection: 'pilot-finance' }),
    action: { type: 'unassign-policy', policy: 'intune-av' },
    differs: {
      learner: [{ type: 'assign-policy', policy: 'intune-av', collection: 'pilot-it' }],
      asked: 0,
    },
  },
  'set-service-connection-point': { start: attached, action: { type: 'set-service-connection-point', online: false } },
  'set-administration-service': { start: attached, action: { type: 'set-administration-service', working: false } },
  'set-cloud-management-gateway': { start: attached, action: { type: 'set-cloud-management-gateway', present: true } },
  'set-mdm-user-scope': {
    start: attached,
    action: { type: 'set-mdm-user-scope', scope: 'some' },
    differs: { learner: [{ type: 'set-mdm-user-scope', scope: 'none' }], asked: 0 },
  },
  'set-automatic-enrollment-configured': {
    start: attached,
    action: { type: 'set-automatic-enrollment-configured', configured: false },
  },
  'set-unlicensed-admins': { start: attached, action: { type: 'set-unlicensed-admins', allowed: false } },
  'set-co-management-settings-policy': {
    start: attached,
    action: { type: 'set-co-management-settings-policy', targeted: true },
  },
  'set-admin-permission': {
    start: attached,
    action: { type: 'set-admin-permission', permission: 'initiateConfigMgrAction', granted: false },
  },
  'set-collection-rights': {
    start: attached,
    action: { type: 'set-collection-rights', collection: 'pilot-it', granted: true },
  },
  'install-client-from-intune': {
    // Windows Autopilot devices enrolled in Intune without the client, co-management on, a CMG in place.
    start: () =>
      world({
        segments: [
          { count: 12, os: 'windows-11-24h2', join: 'entra-joined', client: 0, intuneEnrolled: 1, autopilot: true },
        ],
        initial: { ...coManagedInitial(), site: { cloudManagementGateway: true } },
      }),
    action: { type: 'install-client-from-intune' },
  },
  'unenroll-device': { start: coManaged, action: { type: 'unenroll-device', device: 'PC-0001' } },
  'device-action': {
    start: attached,
    action: { type: 'device-action', device: 'PC-0001', action: 'sync-machine-policy' },
    differs: {
      learner: [
        { type: 'device-action', device: 'PC-0001', action: 'sync-machine-policy' },
        { type: 'device-action', device: 'PC-0001', action: 'sync-machine-policy' },
      ],
      asked: 0,
    },
  },
  'advance-time': {
    start: attached,
    action: { type: 'advance-time', minutes: 60 },
    differs: {
      learner: [
        { type: 'advance-time', minutes: 60 },
        { type: 'advance-time', minutes: 15 },
      ],
      asked: 0,
    },
  },
} satisfies Record<ActionType, Case>;

describe('stepStatus: each action type', () => {
  for (const [type, c] of Object.entries(CASES) as [ActionType, Case][]) {
    describe(type, () => {
      const step = followStep(c.start(), [c.action]);

      it('is not done at the step start, and done once the learner has taken the action', () => {
        expect(stepStatus(step, step.start, [])).toEqual({
          items: [{ action: c.action, done: false, remaining: c.action }],
          deviations: [],
          done: false,
          next: 0,
        });
        expect(stepStatus(step, step.after, [c.action])).toEqual({
          items: [{ action: c.action, done: true, remaining: c.action }],
          deviations: [],
          done: true,
          next: -1,
        });
      });

      if (c.differs) {
        const differs = c.differs;
        it('says what differs when the learner sets its setting otherwise', () => {
          const state = run(step.start, ...differs.learner);
          const status = stepStatus(step, state, differs.learner);
          const index = differs.learner.length - 1;
          expect(status.deviations).toEqual([{ action: differs.learner[index], index, asked: differs.asked }]);
        });
      }
    });
  }
});

describe('stepStatus', () => {
  const twoActions = () =>
    followStep(
      run(coManaged(), { type: 'set-pilot-collection', workload: 'compliance-policies', collection: 'pilot-finance' }),
      [
        { type: 'set-workload', workload: 'compliance-policies', position: 'pilot-intune' },
        { type: 'advance-time', minutes: 120 },
      ],
    );

  it('counts each action on its own, in any order, and points at the first one not done', () => {
    const step = twoActions();
    const waited = run(step.start, { type: 'advance-time', minutes: 60 }, { type: 'advance-time', minutes: 60 });
    const status = stepStatus(step, waited, [
      { type: 'advance-time', minutes: 60 },
      { type: 'advance-time', minutes: 60 },
    ]);
    expect(status.items.map((i) => i.done)).toEqual([false, true]);
    expect(status.next).toBe(0);
    expect(status.done).toBe(false);
  });

  it("time counts once the clock has reached the step's time, and what is left says the minutes to go", () => {
    const step = twoActions();
    const some = run(step.start, { type: 'advance-time', minutes: 15 });
    const item = stepStatus(step, some, [{ type: 'advance-time', minutes: 15 }]).items[1]!;
    expect(item).toEqual({
      action: { type: 'advance-time', minutes: 120 },
      done: false,
      remaining: { type: 'advance-time', minutes: 105 },
    });
  });

  it('names a change the step does not ask for', () => {
    const step = twoActions();
    const wrong: Action = { type: 'set-workload', workload: 'endpoint-protection', position: 'intune' };
    const status = stepStatus(step, run(step.start, wrong), [wrong]);
    expect(status.deviations).toEqual([{ action: wrong, index: 0, asked: -1 }]);
  });

  it('forgets a change the learner took back, and reports only the last action on a setting', () => {
    const step = twoActions();
    const there: Action = { type: 'set-workload', workload: 'endpoint-protection', position: 'intune' };
    const back: Action = { type: 'set-workload', workload: 'endpoint-protection', position: 'configmgr' };
    expect(stepStatus(step, run(step.start, there, back), [there, back]).deviations).toEqual([]);
    const elsewhere: Action = { type: 'set-workload', workload: 'compliance-policies', position: 'configmgr' };
    const first: Action = { type: 'set-workload', workload: 'compliance-policies', position: 'intune' };
    const status = stepStatus(step, run(step.start, first, elsewhere), [first, elsewhere]);
    // Back at the step's start value: not done, but not a difference either.
    expect(status.deviations).toEqual([]);
    expect(status.items[0]!.done).toBe(false);
  });

  it("lists the differences in the order of the learner's last action on each setting", () => {
    const step = twoActions();
    const learner: Action[] = [
      { type: 'set-workload', workload: 'compliance-policies', position: 'intune' },
      { type: 'set-cloud-management-gateway', present: true },
    ];
    // The first sets the step's own setting to another value; the second, one the step does not ask for.
    expect(
      stepStatus(step, run(step.start, ...learner), learner).deviations.map(({ index, asked }) => [index, asked]),
    ).toEqual([
      [0, 0],
      [1, -1],
    ]);
  });

  it('a wizard page the learner has gone past, or a finished wizard, counts as done', () => {
    const step = followStep(run(bare(), { type: 'open-wizard' }), [
      { type: 'wizard-sign-in', environment: 'public' },
      { type: 'wizard-next' },
    ]);
    const finished: Action[] = [
      { type: 'wizard-sign-in', environment: 'public' },
      { type: 'wizard-next' },
      { type: 'wizard-finish' },
    ];
    const status = stepStatus(step, run(step.start, ...finished), finished);
    expect(status.items.map((i) => i.done)).toEqual([true, true]);
    // Going past the step's last page is a difference from the step's own Next (its second action).
    expect(status.deviations.map(({ action, asked }) => [action.type, asked])).toEqual([['wizard-finish', 1]]);
  });

  it('a step without actions is done', () => {
    const step = followStep(coManaged(), []);
    expect(step.after).toBe(step.start);
    expect(stepStatus(step, step.start, [])).toEqual({ items: [], deviations: [], done: true, next: -1 });
  });
});

const DIR = join(process.cwd(), 'content', 'scenarios');
const loadScenario = (file: string): Scenario => ScenarioSchema.parse(parse(readFileSync(join(DIR, file), 'utf8')));

describe('scriptSteps', () => {
  const scenario = loadScenario('who-can-run-device-actions.yaml');

  it('follows the script: each step starts where the one before ended, with one state per action', () => {
    const steps = scriptSteps(scenario);
    expect(steps.map((s) => s.index)).toEqual(scenario.steps.map((_, k) => k));
    steps.forEach((s, k) => {
      expect(s.actions).toEqual(scenario.steps[k]!.actions);
      expect(s.afterEach).toHaveLength(s.actions.length);
      expect(s.after).toBe(s.afterEach[s.afterEach.length - 1] ?? s.start);
      if (k > 0) expect(s.start).toBe(steps[k - 1]!.after);
    });
    expect(steps[0]!.start.deviceActions).toEqual([]);
    expect(steps[1]!.afterEach[1]!.deviceActions.map((r) => r.status)).toEqual(['Failed', 'Failed']);
  });

  for (const file of readdirSync(DIR).filter((f) => f.endsWith('.yaml'))) {
    it(`${file}: a learner who follows the script sees each action done as it goes, and never a difference`, () => {
      for (const s of scriptSteps(loadScenario(file))) {
        s.actions.forEach((_, k) => {
          const status = stepStatus(s, s.afterEach[k]!, s.actions.slice(0, k + 1));
          expect(
            status.items.slice(0, k + 1).map((i) => i.done),
            `step ${s.index + 1}, action ${k + 1}`,
          ).toEqual(s.actions.slice(0, k + 1).map(() => true));
          expect(status.deviations, `step ${s.index + 1}, action ${k + 1}`).toEqual([]);
        });
        expect(stepStatus(s, s.after, s.actions)).toMatchObject({ done: true, deviations: [], next: -1 });
      }
    });
  }

  it('names the refused action of a broken script', () => {
    const broken: Scenario = { ...scenario, steps: [{ ...scenario.steps[0]!, actions: [{ type: 'wizard-next' }] }] };
    expect(() => scriptSteps(broken)).toThrow(
      /who-can-run-device-actions: step 1, action 1 \(wizard-next\) is refused/,
    );
  });
});
