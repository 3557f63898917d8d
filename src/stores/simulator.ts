/**
 * One simulator session: the engine's state for a scenario, a timeline to step back and forth,
 * share links, and the sentence the live region reads after each change.
 *
 * The engine never mutates a state, so the timeline keeps every state it produced: stepping back
 * is picking an earlier one, not replaying. A new action after stepping back drops the steps that
 * were ahead, as an editor's undo does. The types are in simulator-types.ts; the loading of the
 * engine's code and the timeline's helpers in simulator-timeline.ts.
 */
import { atom } from 'nanostores';
import type { Action, Scenario, SimState } from '../sim/types';
import type { ViewLocation } from '../sim/views';
import {
  engine,
  groupEnd,
  groupStart,
  loadEngine,
  loadNarrator,
  narrator,
  sameAction,
  startTimeline,
} from './simulator-timeline';
import type {
  OpenLinkResult,
  Outcome,
  ShareLinkCodec,
  SimulatorNotice,
  SimulatorStore,
  SimulatorStoreOptions,
  Timeline,
  TimelineEntry,
} from './simulator-types';

export type * from './simulator-types';
export { groupEnd, groupStart, loadEngine, sameAction } from './simulator-timeline';

type RestoreResult = ReturnType<ShareLinkCodec['restoreFromLink']>;
type Engine = typeof import('../sim/step');

/** Why a session without share links (a lab task's, a presenter's) makes none. */
export const NO_SHARE_LINKS = "Share links are made on a lab's own page, not here.";

/** Creates the session for one scenario, at its start (seeded with the scenario's seed). */
export function createSimulatorStore(scenario: Scenario, options: SimulatorStoreOptions = {}): SimulatorStore {
  const { shareLinks, openLinks } = options;
  void loadEngine().catch(() => undefined);
  let seed = scenario.seed;
  const first = startTimeline(scenario, seed);
  const $timeline = atom<Timeline>(first);
  const $announcement = atom('');
  const $notice = atom<SimulatorNotice | null>(null);
  // Plain atoms kept in step by setTimeline (not `computed`, which would add to every page's shared chunk).
  const $state = atom<SimState>(first.states[0]!);
  const $previous = atom<SimState | null>(null);
  const $lastEntry = atom<TimelineEntry | null>(null);

  function setTimeline(timeline: Timeline): void {
    const { states, entries, cursor } = timeline;
    $state.set(states[cursor]!);
    $previous.set(cursor > 0 ? states[cursor - 1]! : null);
    $lastEntry.set(cursor > 0 ? entries[cursor - 1]! : null);
    $timeline.set(timeline);
  }

  /** Fills in the summaries the timeline lacks (the sentences have loaded by then). */
  function fillSummaries(): void {
    const timeline = $timeline.get();
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
    setTimeline({ ...timeline, entries });
  }

  // The newest thing to say wins: a sentence still waiting for the narrator is dropped when
  // something else has been said since.
  let said = 0;
  let pending: Promise<void> = Promise.resolve();
  function say(text: string): void {
    said++;
    $announcement.set(text);
  }
  /** Says `text()` once the summaries are filled in: at once if the sentences are loaded. */
  function sayNarrated(text: () => string): void {
    const mine = ++said;
    if (narrator) {
      fillSummaries();
      $announcement.set(text());
      return;
    }
    pending = loadNarrator().then(() => {
      fillSummaries();
      if (mine === said) $announcement.set(text());
    });
  }
  /** Fills in summaries in the background (for the timeline list), saying nothing. */
  function narrateQuietly(): void {
    if ($timeline.get().entries.some((entry) => entry.summary === '')) pending = loadNarrator().then(fillSummaries);
  }

  // Changes wait for the step code and for every change asked for before them. `waiting` counts
  // the changes still queued; with none queued and the code loaded, a change happens at once.
  let waiting = 0;
  let queue: Promise<unknown> = Promise.resolve();
  function inOrder<T>(change: (engine: Engine) => T, needsEngine = true): Promise<T> {
    if (waiting === 0 && (engine || !needsEngine)) return Promise.resolve(change(engine!));
    waiting++;
    const done = Promise.all([loadEngine(), queue]).then(
      ([loaded]) => {
        waiting--;
        return change(loaded);
      },
      (error: unknown) => {
        waiting--;
        throw error;
      },
    );
    queue = done.catch(() => undefined);
    return done;
  }
  /** When the step code cannot load (the network failed), the action is refused and says why. */
  function unloaded(): Outcome {
    const reason = 'The simulator could not load its engine, so nothing changed: check the connection and try again.';
    $notice.set({ kind: 'refused', text: reason });
    say(`Not done: ${reason}`);
    return { ok: false, reason };
  }
  const applying = (change: () => Outcome): Promise<Outcome> =>
    inOrder(change).catch((error: unknown) => {
      if (engine) throw error;
      return unloaded();
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

  function dispatchAll(actions: readonly Action[], asOne = false): Outcome {
    const before = $timeline.get();
    let timeline = before;
    for (const [i, action] of actions.entries()) {
      const result = append(timeline, action, asOne && i > 0);
      if (!result.ok) {
        // One Apply is all or nothing: a refusal inside it keeps the timeline as it was.
        if (asOne) timeline = before;
        if (timeline !== $timeline.get()) setTimeline(timeline);
        $notice.set({ kind: 'refused', text: result.reason });
        say(`Not done: ${result.reason}`);
        return { ok: false, reason: result.reason };
      }
      timeline = result.timeline;
    }
    if (actions.length === 0) return { ok: true };
    setTimeline(timeline);
    $notice.set(null);
    const index = timeline.cursor - 1;
    sayNarrated(() => $timeline.get().entries[index]?.summary ?? '');
    return { ok: true };
  }

  function goTo(index: number): void {
    const timeline = $timeline.get();
    const cursor = Math.max(0, Math.min(index, timeline.states.length - 1));
    if (cursor === timeline.cursor) return;
    setTimeline({ ...timeline, cursor });
    const count = timeline.entries.length;
    if (cursor === 0) say(`Showing the start of the scenario, before step 1 of ${count}.`);
    else sayNarrated(() => `Showing step ${cursor} of ${count}: ${$timeline.get().entries[cursor - 1]?.summary ?? ''}`);
  }

  function follow(actions: readonly Action[]): Outcome {
    let timeline = $timeline.get();
    if (seed !== scenario.seed) {
      seed = scenario.seed;
      timeline = startTimeline(scenario, seed);
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
        setTimeline(timeline);
        $notice.set({ kind: 'refused', text: result.reason });
        say(`Not done: ${result.reason}`);
        narrateQuietly();
        return { ok: false, reason: result.reason };
      }
      timeline = result.timeline;
    }
    setTimeline(timeline);
    $notice.set(null);
    // The presenter announces the scripted step itself; a second live region would talk over it.
    say('');
    narrateQuietly();
    return { ok: true };
  }

  async function shareCode(
    location?: ViewLocation,
  ): Promise<{ ok: true; code: string; from: Timeline } | { ok: false; reason: string }> {
    if (!shareLinks) return { ok: false, reason: NO_SHARE_LINKS };
    const { encodeShareLink } = await shareLinks();
    // The session as the learner left it: with every action asked for before the link.
    await queue;
    const timeline = $timeline.get();
    const encoded = encodeShareLink({
      scenarioId: scenario.id,
      seed,
      actions: timeline.entries.slice(0, timeline.cursor).map((entry) => entry.action),
      location,
    });
    return encoded.ok ? { ...encoded, from: timeline } : encoded;
  }

  return {
    scenario,
    $timeline,
    $state,
    $previous,
    $lastEntry,
    $announcement,
    $notice,
    dispatch: (action) => applying(() => dispatchAll([action])),
    dispatchAll: (actions) => applying(() => dispatchAll(actions)),
    dispatchApply: (actions) => applying(() => dispatchAll(actions, true)),
    // Moving along the timeline needs no engine, but waits behind actions still waiting for it.
    back: () => void inOrder(() => goTo(groupStart($timeline.get())), false),
    forward: () => void inOrder(() => goTo(groupEnd($timeline.get())), false),
    goTo: (index) => void inOrder(() => goTo(index), false),
    reset() {
      void inOrder(() => {
        seed = scenario.seed;
        setTimeline(startTimeline(scenario, seed));
        $notice.set(null);
        say('Reset: the simulator is back at the start of the scenario.');
      }, false);
    },
    follow: (actions) => applying(() => follow(actions)),
    shareCode,
    // The open view goes into the link (share-link codec version 2, see share-link.ts).
    canShare: shareLinks !== undefined,
    async sharePath(location) {
      const code = await shareCode(location);
      if (!code.ok || !shareLinks) return code.ok ? { ok: false, reason: NO_SHARE_LINKS } : code;
      return { ok: true, path: (await shareLinks()).shareLinkPath(scenario.id, code.code), from: code.from };
    },
    async openLink(code) {
      if (!openLinks) return { ok: false };
      const links = await openLinks();
      const decoded = links.decodeShareLink(code);
      // Another lab's link (a scenario id as the site writes them): this lab stays as it is, and
      // the notice links to that lab's page. Anything else is refused below, as a link for a
      // scenario this site does not have.
      if (decoded.ok && decoded.scenarioId !== scenario.id && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(decoded.scenarioId)) {
        const other = decoded.scenarioId;
        $notice.set({
          kind: 'other-scenario',
          text: `This link is for another lab ("${other}"), not this one: open it on that lab's page.`,
          scenarioId: other,
          path: links.shareLinkPath(other, code),
        });
        say(`This link is for another lab, "${other}".`);
        return { ok: false, otherScenario: other };
      }
      const restored = links.restoreFromLink(code, [scenario]);
      // After the actions asked for before it (the share-link code has loaded the engine by now).
      return inOrder(() => openRestored(restored)).catch((): OpenLinkResult => ({ ok: false }));
    },
    setNotice: (notice) => $notice.set(notice),
    dismissNotice: () => $notice.set(null),
    async narrated() {
      // A sentence may be queued while an earlier one is still loading, or an action still wait
      // for the engine: wait until nothing is.
      let seen: Promise<void>;
      let seenQueue: Promise<unknown>;
      do {
        seen = pending;
        seenQueue = queue;
        await Promise.all([seenQueue, seen]);
      } while (seen !== pending || seenQueue !== queue);
    },
  };

  /** Puts a restored share link on the timeline, or the start with a notice saying why not. */
  function openRestored(restored: RestoreResult): OpenLinkResult {
    if (!restored.ok) {
      seed = scenario.seed;
      setTimeline(startTimeline(scenario, seed));
      // The reason is shown as text only; nothing from the link is ever treated as markup.
      $notice.set({
        kind: 'link-rejected',
        text: `This link could not be opened, so the lab starts at the beginning of the scenario. ${restored.reason}`,
      });
      say('The link could not be opened; the lab starts at the beginning of the scenario.');
      return { ok: false };
    }
    seed = restored.seed;
    let timeline = startTimeline(scenario, seed);
    for (const action of restored.actions) {
      const result = append(timeline, action);
      // restoreFromLink replayed the same actions successfully, so this cannot refuse.
      if (!result.ok) return { ok: false };
      timeline = result.timeline;
    }
    setTimeline(timeline);
    const count = timeline.entries.length;
    // A link of another rules revision replays under the current rules: the notice says so.
    const other = restored.notice;
    const tail = other ? ` ${other}` : '';
    $notice.set({
      kind: other ? 'other-revision' : 'link-restored',
      text: `Opened a shared session: ${count} ${count === 1 ? 'step' : 'steps'} restored.${tail}`,
    });
    say(`Opened a shared session with ${count} steps.${tail}`);
    narrateQuietly();
    return { ok: true, location: restored.location };
  }
}
