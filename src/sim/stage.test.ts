import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../schemas/scenario';
import { createScenarioState } from './scenario';
import { applyActions } from './step';
import { stageName, stageOf, stepChangeLine } from './stage';
import type { Scenario, ScenarioStep, SimEvent, SimState } from './types';

const load = (id: string) =>
  ScenarioSchema.parse(parse(readFileSync(`content/scenarios/${id}.yaml`, 'utf8'))) as Scenario;

interface StepRun {
  step: ScenarioStep;
  before: SimState;
  events: SimEvent[];
  after: SimState;
}

/** Every step of a scenario with the states around it and its events. */
function steps(id: string): StepRun[] {
  const scenario = load(id);
  let state = createScenarioState(scenario);
  return scenario.steps.map((step) => {
    const result = applyActions(state, step.actions);
    if (!result.ok) throw new Error(`${id}: ${result.reason}`);
    const run = { step, before: state, events: result.events, after: result.state };
    state = result.state;
    return run;
  });
}

/** The stage the step's events point at, as if it named no view. */
const derived = ({ step, events }: StepRun) => stageOf({ ...step, view: undefined }, events);

describe('stageOf', () => {
  it('shows an authority change on the authority map', () => {
    expect(derived(steps('compliance-policies-first')[2]!)).toEqual([{ view: 'lab.authority-map' }]);
    expect(derived(steps('classroom-10000')[3]!)).toEqual([{ view: 'lab.authority-map' }]);
  });

  it('shows enrollment on the dashboard, ahead of the authority changes enrolling devices bring', () => {
    expect(derived(steps('pilot-enrollment-for-it')[1]!)).toEqual([{ view: 'cm.dashboard' }]);
    const night = steps('classroom-10000')[1]!;
    expect(night.events.some((e) => e.type === 'authority-changed' && e.toIntune > 0)).toBe(true);
    expect(derived(night)).toEqual([{ view: 'cm.dashboard' }]);
  });

  it('shows a wizard page, and the finished wizard, on the wizard', () => {
    const [, signIn, finish] = steps('contoso-not-attached');
    expect(derived(signIn!)).toEqual([{ view: 'cm.wizard' }]);
    expect(derived(finish!)).toEqual([{ view: 'cm.wizard' }]);
  });

  it('shows the connector status on the connector blade, ahead of the devices the same upload lists', () => {
    expect(derived(steps('contoso-not-attached')[3]!)).toEqual([{ view: 'intune.connectors' }]);
  });

  it("shows a device action on that device's page, the last device acted on when there are several", () => {
    const run = steps('who-can-run-device-actions');
    expect(derived(run[0]!)).toEqual([{ view: 'intune.device', device: 'CON-0001' }]);
    expect(derived(run[3]!)).toEqual([{ view: 'intune.device', device: 'CON-0011' }]);
  });

  it('shows devices that appear in the admin center on All devices when nothing else happened', () => {
    const { step, events } = steps('contoso-not-attached')[3]!;
    expect(
      stageOf(
        { ...step, view: undefined },
        events.filter((e) => e.type !== 'connector-status'),
      ),
    ).toEqual([{ view: 'intune.devices' }]);
  });

  it("gives the step's own views, in order, over the derived one", () => {
    expect(stageOf(steps('contoso-not-attached')[3]!.step, [])).toEqual([
      { view: 'intune.connectors' },
      { view: 'intune.devices' },
    ]);
    expect(steps('compliance-policies-first').map(({ step, events }) => stageOf(step, events))).toEqual([
      [{ view: 'cm.properties.workloads' }],
      [{ view: 'cm.properties.staging' }],
      [{ view: 'lab.authority-map' }],
      [
        { view: 'intune.device', device: 'CON-0001' },
        { view: 'intune.device', device: 'CON-0031' },
      ],
    ]);
  });

  it('leaves a step with no view and no effect to show to its narration', () => {
    const { step } = steps('pilot-enrollment-for-it')[0]!;
    expect(stageOf({ ...step, view: undefined }, [])).toEqual([]);
    // A setting that shows nowhere in particular (a workload pilot collection alone).
    expect(derived(steps('compliance-policies-first')[1]!)).toEqual([]);
  });

  it('gives every step of every scenario a place on the stage (its own view where its events point at none)', () => {
    for (const file of readdirSync('content/scenarios').filter((name) => name.endsWith('.yaml'))) {
      const id = file.replace(/\.yaml$/, '');
      steps(id).forEach(({ step, events }, k) =>
        expect(stageOf(step, events).length, `${id}, step ${k + 1}`).toBeGreaterThan(0),
      );
    }
  });

  it('never stages a step without actions on the authority map, which marks the last change (the step before)', () => {
    for (const file of readdirSync('content/scenarios').filter((name) => name.endsWith('.yaml'))) {
      const id = file.replace(/\.yaml$/, '');
      steps(id).forEach(({ step, events }, k) => {
        if (step.actions.length === 0)
          expect(
            stageOf(step, events).map((place) => place.view),
            `${id}, step ${k + 1}`,
          ).not.toContain('lab.authority-map');
      });
    }
  });
});

describe('stepChangeLine', () => {
  const line = ({ step, events, before, after }: StepRun) => stepChangeLine(step, events, before, after);

  it('says a slider move with its workload pilot collection and the devices it moved', () => {
    expect(line(steps('compliance-policies-first')[2]!)).toBe(
      'Workloads: Compliance policies → Pilot Intune for Pilot-Finance · 30 devices now get Compliance policies from Intune',
    );
    // The pilot collection chosen with the slider reads in the slider's part.
    expect(line(steps('classroom-10000')[3]!)).toBe(
      'Workloads: Windows Update policies → Pilot Intune for Update Ring 1 · 200 devices now get Windows Update policies from Intune',
    );
    expect(line(steps('compliance-policies-first')[1]!)).toBe('Staging: Compliance policies → Pilot-Finance');
  });

  it('says where enrollment ended, not the stages on the way, after the time it took', () => {
    expect(line(steps('pilot-enrollment-for-it')[1]!)).toBe(
      'Automatic enrollment in Intune: None → Pilot (IT Devices) · 38 devices scheduled for enrollment',
    );
    expect(line(steps('pilot-enrollment-for-it')[2]!)).toBe(
      'Time: +1 hour 30 minutes (Day 1, 10:30) · 36 devices enrolled in Intune and now co-managed · 2 devices failed to enroll (0x80070032)',
    );
  });

  it('says the wizard page and sign-in, then what the finished wizard applied', () => {
    const run = steps('tenant-attach-only');
    expect(line(run[0]!)).toBe('Cloud Attach Configuration Wizard: Cloud attach page, signed in as Megan Bowen');
    expect(line(run[1]!)).toBe(
      'Cloud Attach Configuration Wizard finished: Upload to the admin center: Specific collection: Contoso Workstations (with its child collections), Endpoint analytics: Off, Automatic enrollment in Intune: None',
    );
  });

  it('says the connector status and the devices that appear in the admin center', () => {
    expect(line(steps('contoso-not-attached')[3]!)).toBe(
      'Time: +30 minutes (Day 1, 09:30) · Connector status: No results → Healthy · 4,000 devices now appear in the Intune admin center',
    );
  });

  it('says each device action with its result, after the setting the step changed', () => {
    expect(line(steps('who-can-run-device-actions')[2]!)).toBe(
      'Alex Wilber: rights on London Workstations: No → Yes · Sync Machine Policy on CON-0001: Complete',
    );
    expect(line(steps('who-can-run-device-actions')[3]!)).toBe(
      'Sync User Policy on CON-0011: Complete · App Evaluation Cycle on CON-0011: Complete',
    );
  });

  it('is empty for a step without actions', () => {
    const run = steps('contoso-not-attached')[0]!;
    expect(line(run)).toBe('');
  });
});

describe('stageName', () => {
  it("names the window and the view, or the device for a device's page", () => {
    expect(stageName({ view: 'intune.connectors' })).toBe('Microsoft Intune admin center: Connectors and tokens');
    expect(stageName({ view: 'intune.device', device: 'CON-0001' })).toBe('Microsoft Intune admin center: CON-0001');
    expect(stageName({ view: 'lab.authority-map' })).toBe('Lab views: Authority map');
    expect(stageName({ view: 'cm.properties.enablement' })).toBe(
      'Configuration Manager console: Properties, Enablement tab',
    );
  });
});
