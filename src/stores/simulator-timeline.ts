/**
 * The simulator session's timeline without the session (simulator.ts keeps that): the engine's step
 * code and the sentences, each loaded once for every simulator on the page, and the operations on a
 * timeline, which build a new one and never change one.
 */
import { createScenarioState } from '../sim/scenario';
import type { Action, Scenario } from '../sim/types';
import type { Timeline, TimelineEntry } from './simulator-types';

type Engine = typeof import('../sim/step');
/**
 * The engine's step code is not needed to render a simulator (the start comes from the world and
 * the views from `derive.ts`): it loads as soon as the first store is created, once for every
 * simulator on the page, and is ready long before a learner's first action. An action taken
 * before it has loaded waits for it and is applied then, in order (see `inOrder` in simulator.ts).
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

/**
 * The timeline with `action` applied after the cursor (the step code has loaded), or the engine's
 * reason to refuse it.
 */
function append(timeline: Timeline, action: Action, joined = false): { ok: true; timeline: Timeline } | { ok: false; reason: string } {
  const before = timeline.states[timeline.cursor]!;
  const result = engine!.step(before, action);
  if (!result.ok) return { ok: false, reason: result.reason };
  const summary = narrator ? narrator.describeChange(before, result.state, action, result.events) : '';
  const entry: TimelineEntry = joined ? { action, events: result.events, summary, joined } : { action, events: result.events, summary };
  const cursor = timeline.cursor + 1;
  return {
    ok: true,
    timeline: {
      states: [...timeline.states.slice(0, cursor), result.state],
      entries: [...timeline.entries.slice(0, timeline.cursor), entry],
      cursor,
    },
  };
}

/**
 * The timeline with `actions` applied one after another (`asOne`: joined as one Apply); at the
 * first refusal, the timeline up to it and the engine's reason.
 */
export function appendAll(
  timeline: Timeline,
  actions: readonly Action[],
  asOne = false,
): { timeline: Timeline; reason?: string } {
  for (const [i, action] of actions.entries()) {
    const result = append(timeline, action, asOne && i > 0);
    if (!result.ok) return { timeline, reason: result.reason };
    timeline = result.timeline;
  }
  return { timeline };
}

/** The timeline with the summaries it lacks filled in, once the sentences have loaded (else as it is). */
export function withSummaries(timeline: Timeline): Timeline {
  if (!narrator || timeline.entries.every((entry) => entry.summary !== '')) return timeline;
  const { describeChange } = narrator;
  const entries = timeline.entries.map((entry, i) =>
    entry.summary !== '' ? entry : { ...entry, summary: describeChange(timeline.states[i]!, timeline.states[i + 1]!, entry.action, entry.events) },
  );
  return { ...timeline, entries };
}
