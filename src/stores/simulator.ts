/**
 * One simulator session: the engine's state for a scenario, a timeline to step back and forth,
 * share links, and the sentence the live region reads after each change.
 *
 * The engine never mutates a state, so the timeline keeps every state it produced: stepping back
 * is picking an earlier one, not replaying. A new action after stepping back drops the steps that
 * were ahead, as an editor's undo does.
 */
import type { Action, Scenario } from '../sim/types';
import { appendAction, groupEnd, groupStart, loadEngine, sameAction, startTimeline } from './simulator-timeline';
import { createChangeQueue, createSession, type ChangeQueue, type Session } from './simulator-session';
import { createLinkOpening, createLinkSharing } from './simulator-links';
import type { Outcome, SimulatorStore, SimulatorStoreOptions } from './simulator-types';

export type {
  OpenLinkResult,
  Outcome,
  SimulatorNotice,
  SimulatorStore,
  SimulatorStoreOptions,
  Timeline,
  TimelineEntry,
} from './simulator-types';
export { groupEnd, groupStart, loadEngine, sameAction } from './simulator-timeline';
export { NO_SHARE_LINKS } from './simulator-links';

/** Applying actions (a control's change, a dialog's Apply, a presenter's script), each once the step code is there. */
function createApplying(session: Session, { applying }: ChangeQueue) {
  const { scenario, $timeline, $notice, setTimeline, sayNarrated, narrateQuietly, refuse } = session;

  /** Applies actions at the cursor, each its own entry or (`asOne`) one Apply; stops at the first refusal. */
  function applyActions(actions: readonly Action[], asOne = false): Outcome {
    const before = $timeline.get();
    let timeline = before;
    for (const [i, action] of actions.entries()) {
      const result = appendAction(timeline, action, asOne && i > 0);
      if (!result.ok) {
        // One Apply is all or nothing: a refusal inside it keeps the timeline as it was.
        if (asOne) timeline = before;
        if (timeline !== $timeline.get()) setTimeline(timeline);
        return refuse(result.reason);
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

  /** The timeline of exactly `actions` from the scenario's start, keeping the states of a common prefix. */
  function follow(actions: readonly Action[]): Outcome {
    let timeline = $timeline.get();
    if (session.seed !== scenario.seed) timeline = startTimeline(scenario, (session.seed = scenario.seed));
    const { states, entries } = timeline;
    let common = 0;
    while (common < actions.length && common < entries.length && sameAction(entries[common]!.action, actions[common]!))
      common++;
    timeline = { states: states.slice(0, common + 1), entries: entries.slice(0, common), cursor: common };
    for (const action of actions.slice(common)) {
      const result = appendAction(timeline, action);
      if (!result.ok) {
        setTimeline(timeline);
        const refused = refuse(result.reason);
        narrateQuietly();
        return refused;
      }
      timeline = result.timeline;
    }
    setTimeline(timeline);
    $notice.set(null);
    // The presenter announces the scripted step itself; a second live region would talk over it.
    session.say('');
    narrateQuietly();
    return { ok: true };
  }

  return {
    dispatch: (action: Action) => applying(() => applyActions([action])),
    dispatchAll: (actions: readonly Action[]) => applying(() => applyActions(actions)),
    dispatchApply: (actions: readonly Action[]) => applying(() => applyActions(actions, true)),
    follow: (actions: readonly Action[]) => applying(() => follow(actions)),
  };
}

/** Moving along the timeline: needs no engine, but waits behind actions still waiting for it. */
function createTimelineMoves(session: Session, { inOrder }: ChangeQueue) {
  const { scenario, $timeline, $notice, setTimeline, say } = session;

  /** Shows the state after `index` actions, and says which. */
  function goTo(index: number): void {
    const timeline = $timeline.get();
    const cursor = Math.max(0, Math.min(index, timeline.states.length - 1));
    if (cursor === timeline.cursor) return;
    setTimeline({ ...timeline, cursor });
    const count = timeline.entries.length;
    if (cursor === 0) say(`Showing the start of the scenario, before step 1 of ${count}.`);
    else session.sayNarrated(() => `Showing step ${cursor} of ${count}: ${$timeline.get().entries[cursor - 1]?.summary ?? ''}`);
  }

  const move = (to: () => number) => void inOrder(() => goTo(to()), false);
  return {
    back: () => move(() => groupStart($timeline.get())),
    forward: () => move(() => groupEnd($timeline.get())),
    goTo: (index: number) => move(() => index),
    /** Back to the scenario's start, with an empty timeline. */
    reset: () =>
      void inOrder(() => {
        setTimeline(startTimeline(scenario, (session.seed = scenario.seed)));
        $notice.set(null);
        say('Reset: the simulator is back at the start of the scenario.');
      }, false),
  };
}

/** Creates the session for one scenario, at its start (seeded with the scenario's seed). */
export function createSimulatorStore(scenario: Scenario, options: SimulatorStoreOptions = {}): SimulatorStore {
  void loadEngine().catch(() => undefined);
  const session = createSession(scenario);
  const queue = createChangeQueue(session);
  const { seed, setTimeline, say, sayNarrated, narrateQuietly, refuse, speaking, ...shown } = session;
  return {
    ...shown,
    ...createApplying(session, queue),
    ...createTimelineMoves(session, queue),
    ...createLinkSharing(session, queue.queued, options.shareLinks),
    openLink: createLinkOpening(session, queue.inOrder, options.openLinks),
    async narrated() {
      // A sentence may be queued while an earlier one is still loading, or an action still wait
      // for the engine: wait until nothing is.
      let seen: Promise<void>;
      let seenQueue: Promise<unknown>;
      do {
        seen = speaking();
        seenQueue = queue.queued();
        await Promise.all([seenQueue, seen]);
      } while (seen !== speaking() || seenQueue !== queue.queued());
    },
  };
}
