/**
 * Scenarios: a parsed `content/scenarios/<id>.yaml` (validated by `src/schemas/scenario.ts`) turned
 * into a starting world, and its steps' actions. Applying the steps is in `run-scenario.ts`: a
 * simulator renders its start from this module without the engine's step code, which loads after.
 */
import type { Action, SimState, Scenario } from './types';
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
