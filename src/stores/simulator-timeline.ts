/**
 * What the simulator session (simulator.ts, simulator-session.ts) uses beside its own state: the
 * engine's step code and the sentences, each loaded once for every simulator on the page, and the
 * timeline's helpers.
 */
import { createScenarioState } from '../sim/scenario';
import type { Action, Scenario } from '../sim/types';
import type { Timeline } from './simulator-types';

type Engine = typeof import('../sim/step');
/**
 * The engine's step code is not needed to render a simulator (the start comes from the world and
 * the views from `derive.ts`): it loads as soon as the first store is created, once for every
 * simulator on the page, and is ready long before a learner's first action. An action taken
 * before it has loaded waits for it and is applied then, in order (see `inOrder` in
 * simulator-session.ts).
 */
export let engine: Engine | null = null;
let engineLoading: Promise<Engine> | null = null;
/** Starts loading the step code (once); resolves when it is ready. A failed load is tried again on the next call. */
export function loadEngine(): Promise<Engine> {
  return (engineLoading ??= import('../sim/step').then(
    (module) => (engine = module),
    (error: unknown) => {
      engineLoading = null;
      throw error;
    },
  ));
}

type Narrator = typeof import('../sim/narrate');
/**
 * The sentences that say what an action did load on a learner's first action, once for every
 * simulator on the page; until then a timeline entry's summary is empty and is filled in after.
 */
export let narrator: Narrator | null = null;
let narratorLoading: Promise<Narrator> | null = null;
export function loadNarrator(): Promise<Narrator> {
  return (narratorLoading ??= import('../sim/narrate').then((module) => (narrator = module)));
}

/** The cursor just before the change on screen: the start of its Apply group. */
export function groupStart({ entries, cursor }: Timeline): number {
  let at = cursor - 1;
  while (at > 0 && entries[at]?.joined) at--;
  return Math.max(0, at);
}

/** The cursor just after the next change: the end of its Apply group. */
export function groupEnd({ entries, cursor }: Timeline): number {
  let at = Math.min(cursor + 1, entries.length);
  while (at < entries.length && entries[at]?.joined) at++;
  return at;
}

/** Actions are plain data; the same action written twice is the same action. */
export function sameAction(a: Action, b: Action): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

export function startTimeline(scenario: Scenario, seed: number): Timeline {
  return { states: [createScenarioState(scenario, seed)], entries: [], cursor: 0 };
}
