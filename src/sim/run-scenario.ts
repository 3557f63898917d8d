/**
 * A scenario's steps applied by the engine (`step.ts`): for tests, the presenter's checks and
 * scripts. Kept apart from `scenario.ts` so that a simulator's first render does not need `step.ts`.
 */
import { createScenarioState } from './scenario';
import { applyActions } from './step';
import type { SimEvent, SimState, Scenario } from './types';

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
