/**
 * A scenario's steps applied by the engine (`step.ts`): for tests, the presenter's checks and
 * scripts. Kept apart from `scenario.ts` so that a simulator's first render does not need `step.ts`.
 */
import { createScenarioState } from './scenario';
import { applyActions, step as applyAction } from './step';
import type { Action, SimEvent, SimState, Scenario } from './types';

export type ScenarioRun =
  | { ok: true; state: SimState; events: SimEvent[] }
  | { ok: false; step: number; action: number; reason: string; state: SimState };

/** Applies one step's actions to a state. */
export function applyScenarioStep(state: SimState, scenario: Scenario, stepIndex: number): ScenarioRun {
  const s = scenario.steps[stepIndex];
  if (!s)
    return {
      ok: false,
      step: stepIndex,
      action: 0,
      reason: `Scenario ${scenario.id} has no step ${stepIndex + 1}.`,
      state,
    };
  const r = applyActions(state, s.actions);
  return r.ok ? r : { ok: false, step: stepIndex, action: r.index, reason: r.reason, state: r.state };
}

/** Builds the start and applies the first `count` steps (all by default). */
export function runScenario(
  scenario: Scenario,
  count: number = scenario.steps.length,
  seed: number = scenario.seed,
): ScenarioRun {
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

/**
 * One step of a scenario's script with what the engine makes of it: the states it passes through
 * and the events it produces. The guide compares a learner with these states; the presenter's
 * stage and the notes window's preview of the room read the events.
 */
export interface ScriptStep {
  /** The step's index in `scenario.steps`. */
  index: number;
  /** The step's actions, in order (`scenario.steps[index].actions`). */
  actions: readonly Action[];
  /** The state when the step begins, following the script from the scenario's start. */
  start: SimState;
  /** The state after each of the step's actions, in order (up to a refused one). */
  afterEach: SimState[];
  /** The state after the step: the very same object as `start` when the step has no actions or is refused. */
  after: SimState;
  /** The events of the step's actions, in order (none when the step is refused). */
  events: SimEvent[];
  /** The engine's refusal of one of the step's actions (its index), if it refuses one. */
  refused?: { action: number; reason: string };
}

/** One step's states and events from a given start. A refused action ends the step where it began. */
export function followStep(start: SimState, actions: readonly Action[], index = 0): ScriptStep {
  let state = start;
  const afterEach: SimState[] = [];
  const events: SimEvent[] = [];
  for (let k = 0; k < actions.length; k++) {
    const r = applyAction(state, actions[k]!);
    if (!r.ok)
      return { index, actions, start, afterEach, after: start, events: [], refused: { action: k, reason: r.reason } };
    state = r.state;
    afterEach.push(state);
    events.push(...r.events);
  }
  return { index, actions, start, afterEach, after: state, events };
}

/**
 * Follows a scenario's script from its start: every step with its states and events. A refused
 * step leaves the state as it was for the next one; the callers decide what a refusal means (the
 * content tests make sure no scenario file has one).
 */
export function followScript(scenario: Scenario): ScriptStep[] {
  let state = createScenarioState(scenario);
  return scenario.steps.map((s, index) => {
    const step = followStep(state, s.actions, index);
    state = step.after;
    return step;
  });
}
