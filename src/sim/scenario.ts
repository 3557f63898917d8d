/**
 * Scenarios: a parsed `content/scenarios/<id>.yaml` (validated by `src/schemas/scenario.ts`) turned
 * into a starting world, and its steps applied.
 */
import { applyActions } from './step';
import type { Action, SimEvent, SimState, Scenario } from './types';
import { createState } from './world';

/** The scenario's starting world. `seed` overrides the scenario's seed (a share link carries one). */
export function createScenarioState(scenario: Scenario, seed: number = scenario.seed): SimState {
  return createState({
    siteVersion: scenario.siteVersion,
    seed,
    fleet: scenario.fleet,
    collections: scenario.collections,
    initial: scenario.initial,
  });
}

/** The actions of steps 0..count-1, in order. */
export function scenarioActions(scenario: Scenario, count: number = scenario.steps.length): Action[] {
  return scenario.steps.slice(0, count).flatMap((s) => s.actions);
}

export type ScenarioRun =
  | { ok: true; state: SimState; events: SimEvent[] }
  | { ok: false; step: number; action: number; reason: string; state: SimState };

/** Applies one step's actions to a state. */
export function applyScenarioStep(state: SimState, scenario: Scenario, stepIndex: number): ScenarioRun {
  const s = scenario.steps[stepIndex];
  if (!s) return { ok: false, step: stepIndex, action: 0, reason: `Scenario ${scenario.id} has no step ${stepIndex + 1}.`, state };
  const r = applyActions(state, s.actions);
  return r.ok ? r : { ok: false, step: stepIndex, action: r.index, reason: r.reason, state: r.state };
}

/** Builds the start and applies the first `count` steps (all by default). */
export function runScenario(scenario: Scenario, count: number = scenario.steps.length, seed: number = scenario.seed): ScenarioRun {
  let state = createScenarioState(scenario, seed);
  const events: SimEvent[] = [];
  for (let k = 0; k < count; k++) {
    const r = applyScenarioStep(state, scenario, k);
    if (!r.ok) return r;
    state = r.state;
    events.push(...r.events);
  }
  return { ok: true, state, events };
}
