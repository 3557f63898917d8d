/**
 * What a simulator session (simulator.ts) does to its timeline: each change as a function of the
 * session's shared state (`Session`: the scenario, the atoms, the seed, the sentence and change
 * counters and queues), so that the store's factory only wires them to its methods.
 */
import type { WritableAtom } from 'nanostores';
import type { Action, Scenario, SimState } from '../sim/types';
import { engine, loadEngine, loadNarrator, narrator, sameAction, startTimeline } from './simulator-timeline';
import type {
  OpenLinkResult,
  Outcome,
  ShareLinkCodec,
  SimulatorNotice,
  Timeline,
  TimelineEntry,
} from './simulator-types';

type RestoreResult = ReturnType<ShareLinkCodec['restoreFromLink']>;
type Engine = typeof import('../sim/step');

/** One session's state, shared by its functions (one object, created once by the store's factory). */
export interface Session {
  scenario: Scenario;
  /** The seed of the timeline's start: the scenario's, or an opened share link's. */
  seed: number;
  $timeline: WritableAtom<Timeline>;
  $announcement: WritableAtom<string>;
  $notice: WritableAtom<SimulatorNotice | null>;
  // Plain atoms kept in step by setTimeline (not `computed`, which would add to every page's shared chunk).
  $state: WritableAtom<SimState>;
  $previous: WritableAtom<SimState | null>;
  $lastEntry: WritableAtom<TimelineEntry | null>;
  // The newest thing to say wins: a sentence still waiting for the narrator is dropped when
  // something else has been said since.
  said: number;
  pending: Promise<void>;
  // Changes wait for the step code and for every change asked for before them. `waiting` counts
  // the changes still queued; with none queued and the code loaded, a change happens at once.
  waiting: number;
  queue: Promise<unknown>;
}

export function setTimeline(s: Session, timeline: Timeline): void {
  const { states, entries, cursor } = timeline;
  s.$state.set(states[cursor]!);
  s.$previous.set(cursor > 0 ? states[cursor - 1]! : null);
  s.$lastEntry.set(cursor > 0 ? entries[cursor - 1]! : null);
  s.$timeline.set(timeline);
}

/** Fills in the summaries the timeline lacks (the sentences have loaded by then). */
function fillSummaries(s: Session): void {
  const timeline = s.$timeline.get();
  if (!narrator || timeline.entries.every((entry) => entry.summary !== '')) return;
  const { describeChange } = narrator;
  const entries = timeline.entries.map((entry, i) =>
    entry.summary !== ''
      ? entry
      : {
          ...entry,
          summary: describeChange(timeline.states[i]!, timeline.states[i + 1]!, entry.action, entry.events),
        },
  );
  setTimeline(s, { ...timeline, entries });
}

export function say(s: Session, text: string): void {
  s.said++;
  s.$announcement.set(text);
}
/** Says `text()` once the summaries are filled in: at once if the sentences are loaded. */
function sayNarrated(s: Session, text: () => string): void {
  const mine = ++s.said;
  if (narrator) {
    fillSummaries(s);
    s.$announcement.set(text());
    return;
  }
  s.pending = loadNarrator().then(() => {
    fillSummaries(s);
    if (mine === s.said) s.$announcement.set(text());
  });
}
/** Fills in summaries in the background (for the timeline list), saying nothing. */
function narrateQuietly(s: Session): void {
  if (s.$timeline.get().entries.some((entry) => entry.summary === '')) {
    s.pending = loadNarrator().then(() => fillSummaries(s));
  }
}

export function inOrder<T>(s: Session, change: (engine: Engine) => T, needsEngine = true): Promise<T> {
  if (s.waiting === 0 && (engine || !needsEngine)) return Promise.resolve(change(engine!));
  s.waiting++;
  const done = Promise.all([loadEngine(), s.queue]).then(
    ([loaded]) => {
      s.waiting--;
      return change(loaded);
    },
    (error: unknown) => {
      s.waiting--;
      throw error;
    },
  );
  s.queue = done.catch(() => undefined);
  return done;
}
/** An action refused: the notice and the live region say why, and nothing changed. */
function refuse(s: Session, reason: string): Outcome {
  s.$notice.set({ kind: 'refused', text: reason });
  say(s, `Not done: ${reason}`);
  return { ok: false, reason };
}
export const applying = (s: Session, change: () => Outcome): Promise<Outcome> =>
  inOrder(s, change).catch((error: unknown) => {
    if (engine) throw error;
    // The step code could not load (the network failed): the action is refused and says why.
    return refuse(
      s,
      'The simulator could not load its engine, so nothing changed: check the connection and try again.',
    );
  });

function append(
  timeline: Timeline,
  action: Action,
  joined = false,
): { ok: true; timeline: Timeline } | { ok: false; reason: string } {
  const before = timeline.states[timeline.cursor]!;
  const result = engine!.step(before, action);
  if (!result.ok) return { ok: false, reason: result.reason };
  const summary = narrator ? narrator.describeChange(before, result.state, action, result.events) : '';
  const entry: TimelineEntry = joined
    ? { action, events: result.events, summary, joined }
    : { action, events: result.events, summary };
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

export function dispatchAll(s: Session, actions: readonly Action[], asOne = false): Outcome {
  const before = s.$timeline.get();
  let timeline = before;
  for (const [i, action] of actions.entries()) {
    const result = append(timeline, action, asOne && i > 0);
    if (!result.ok) {
      // One Apply is all or nothing: a refusal inside it keeps the timeline as it was.
      if (asOne) timeline = before;
      if (timeline !== s.$timeline.get()) setTimeline(s, timeline);
      return refuse(s, result.reason);
    }
    timeline = result.timeline;
  }
  if (actions.length === 0) return { ok: true };
  setTimeline(s, timeline);
  s.$notice.set(null);
  const index = timeline.cursor - 1;
  sayNarrated(s, () => s.$timeline.get().entries[index]?.summary ?? '');
  return { ok: true };
}

export function goTo(s: Session, index: number): void {
  const timeline = s.$timeline.get();
  const cursor = Math.max(0, Math.min(index, timeline.states.length - 1));
  if (cursor === timeline.cursor) return;
  setTimeline(s, { ...timeline, cursor });
  const count = timeline.entries.length;
  if (cursor === 0) say(s, `Showing the start of the scenario, before step 1 of ${count}.`);
  else
    sayNarrated(s, () => `Showing step ${cursor} of ${count}: ${s.$timeline.get().entries[cursor - 1]?.summary ?? ''}`);
}

export function follow(s: Session, actions: readonly Action[]): Outcome {
  const { scenario } = s;
  let timeline = s.$timeline.get();
  if (s.seed !== scenario.seed) {
    s.seed = scenario.seed;
    timeline = startTimeline(scenario, s.seed);
  }
  let common = 0;
  while (
    common < actions.length &&
    common < timeline.entries.length &&
    sameAction(timeline.entries[common]!.action, actions[common]!)
  )
    common++;
  timeline = {
    states: timeline.states.slice(0, common + 1),
    entries: timeline.entries.slice(0, common),
    cursor: common,
  };
  for (const action of actions.slice(common)) {
    const result = append(timeline, action);
    if (!result.ok) {
      setTimeline(s, timeline);
      narrateQuietly(s);
      return refuse(s, result.reason);
    }
    timeline = result.timeline;
  }
  setTimeline(s, timeline);
  s.$notice.set(null);
  // The presenter announces the scripted step itself; a second live region would talk over it.
  say(s, '');
  narrateQuietly(s);
  return { ok: true };
}

/** Puts a restored share link on the timeline, or the start with a notice saying why not. */
export function openRestored(s: Session, restored: RestoreResult): OpenLinkResult {
  const { scenario } = s;
  if (!restored.ok) {
    s.seed = scenario.seed;
    setTimeline(s, startTimeline(scenario, s.seed));
    // The reason is shown as text only; nothing from the link is ever treated as markup.
    s.$notice.set({
      kind: 'link-rejected',
      text: `This link could not be opened, so the lab starts at the beginning of the scenario. ${restored.reason}`,
    });
    say(s, 'The link could not be opened; the lab starts at the beginning of the scenario.');
    return { ok: false };
  }
  s.seed = restored.seed;
  let timeline = startTimeline(scenario, s.seed);
  for (const action of restored.actions) {
    const result = append(timeline, action);
    // restoreFromLink replayed the same actions successfully, so this cannot refuse.
    if (!result.ok) return { ok: false };
    timeline = result.timeline;
  }
  setTimeline(s, timeline);
  const count = timeline.entries.length;
  // A link of another rules revision replays under the current rules: the notice says so.
  const other = restored.notice;
  const tail = other ? ` ${other}` : '';
  s.$notice.set({
    kind: other ? 'other-revision' : 'link-restored',
    text: `Opened a shared session: ${count} ${count === 1 ? 'step' : 'steps'} restored.${tail}`,
  });
  say(s, `Opened a shared session with ${count} steps.${tail}`);
  narrateQuietly(s);
  return { ok: true, location: restored.location };
}
