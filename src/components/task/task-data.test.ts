/**
 * The task panel's data, made at build time for every scenario: each scripted action's way to its
 * control (the route the guide walks in the page) and what it sets (the targets the guide compares
 * with), and how the guide reads a learner against those targets.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../../schemas/scenario';
import { scriptSteps, statusOf, stepTargets } from '../../sim/guide';
import { applyActions } from '../../sim/step';
import type { Action, Scenario, SimState } from '../../sim/types';
import { routeOf, taskDataOf } from './task-data';

const DIR = join(process.cwd(), 'content', 'scenarios');
const scenarios: Scenario[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .map((file) => ScenarioSchema.parse(parse(readFileSync(join(DIR, file), 'utf8'))));

const run = (state: SimState, ...actions: Action[]): SimState => {
  const r = applyActions(state, actions);
  if (!r.ok) throw new Error(r.reason);
  return r.state;
};

describe('taskDataOf', () => {
  for (const scenario of scenarios) {
    it(`${scenario.id}: every action has a way that ends at its control (then the button that sends it), and the script's targets`, () => {
      const data = taskDataOf(scenario);
      const script = scriptSteps(scenario);
      expect(data.steps).toHaveLength(scenario.steps.length);
      data.steps.forEach((step, i) => {
        expect(step.targets).toEqual(stepTargets(script[i]!));
        step.items.forEach((item) => {
          const tail = item.route.slice(item.send ? -2 : -1);
          expect(tail[0]).toMatchObject({ role: item.control.role, name: item.control.name });
          if (item.send) expect(tail[1]).toMatchObject({ name: item.send.name, send: true });
          // The lab bar is one hop; every other way starts at its window's tab.
          expect(item.route[0]!.role).toBe(item.view === 'lab-bar' ? 'button' : 'tab');
        });
        // A step with only a view of its own leads there and stops before any control.
        if (step.viewItem) expect(step.viewItem.route.some((hop) => hop.name === '')).toBe(false);
      });
    });
  }
});

describe('routeOf', () => {
  it('goes from the console tab through the workspace and its nodes to the ribbon command, the dialog tab, the control and Apply', () => {
    const route = routeOf(
      'cm.properties.workloads',
      ['Administration', 'Overview', 'Cloud Services', 'Cloud Attach', 'Properties', 'Workloads'],
      { role: 'radio', name: 'Pilot Intune', group: 'Compliance policies' },
      { role: 'button', name: 'Apply' },
      { role: 'button', name: 'Properties' },
    );
    expect(route.map((hop) => [hop.role, hop.name, hop.in ?? '', hop.at ?? '', hop.under ?? ''])).toEqual([
      ['tab', 'Configuration Manager console', '', '', ''],
      ['button', 'Administration', 'workspaces', '', ''],
      ['nav', 'Overview', 'window', '', 'Administration'],
      ['nav', 'Cloud Services', 'window', '', 'Administration'],
      ['nav', 'Cloud Attach', 'window', '', 'Administration'],
      ['button', 'Properties', 'window', 'cm.cloud-attach', ''],
      ['tab', 'Workloads', 'dialog', '', ''],
      ['radio', 'Pilot Intune', 'dialog', 'cm.properties.workloads', ''],
      ['button', 'Apply', 'dialog', 'cm.properties.workloads', ''],
    ]);
    expect(route.at(-1)!.send).toBe(true);
  });
});

describe('statusOf', () => {
  const scenario = scenarios.find((s) => s.id === 'compliance-policies-first')!;
  const script = scriptSteps(scenario);
  const moving = script.findIndex((step) => step.actions.some((a) => a.type === 'set-workload'));

  it('a setting the learner had already changed when the step began is not a change of the step', () => {
    const step = script[moving]!;
    const earlier: Action = { type: 'set-workload', workload: 'endpoint-protection', position: 'intune' };
    const begun = run(step.start, earlier);
    // Changed before the step began: nothing to report.
    expect(statusOf(stepTargets(step), begun, begun, []).deviations).toEqual([]);
    // Changed after it began: a change the step does not ask for.
    expect(statusOf(stepTargets(step), step.start, begun, [earlier]).deviations).toEqual([
      { action: earlier, index: 0, asked: -1 },
    ]);
  });

  it('the script itself meets every target of its steps', () => {
    for (const step of script)
      expect(statusOf(stepTargets(step), step.start, step.after, step.actions).done).toBe(true);
  });
});
