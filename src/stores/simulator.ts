/**
 * One simulator session: the engine's state for a scenario, a timeline to step back and forth,
 * share links, and the sentence the live region reads after each change.
 *
 * The engine never mutates a state, so the timeline keeps every state it produced: stepping back
 * is picking an earlier one, not replaying. A new action after stepping back drops the steps that
 * were ahead, as an editor's undo does. The types are in simulator-types.ts; the loading of the
 * engine's code and the timeline's helpers in simulator-timeline.ts; the changes, as functions of
 * the session's shared state, in simulator-session.ts.
 */
import { atom } from 'nanostores';
import type { Scenario, SimState } from '../sim/types';
import type { ViewLocation } from '../sim/views';
import { groupEnd, groupStart, loadEngine, startTimeline } from './simulator-timeline';
import {
  applying,
  dispatchAll,
  follow,
  goTo,
  inOrder,
  openRestored,
  say,
  setTimeline,
  type Session,
} from './simulator-session';
import type {
  OpenLinkResult,
  SimulatorNotice,
  SimulatorStore,
  SimulatorStoreOptions,
  Timeline,
  TimelineEntry,
} from './simulator-types';

export type * from './simulator-types';
export { groupEnd, groupStart, loadEngine, sameAction } from './simulator-timeline';

/** Why a session without share links (a lab task's, a presenter's) makes none. */
export const NO_SHARE_LINKS = "Share links are made on a lab's own page, not here.";

/** Creates the session for one scenario, at its start (seeded with the scenario's seed). */
export function createSimulatorStore(scenario: Scenario, options: SimulatorStoreOptions = {}): SimulatorStore {
  const { shareLinks, openLinks } = options;
  void loadEngine().catch(() => undefined);
  const first = startTimeline(scenario, scenario.seed);
  // The store is the session its functions share (simulator-session.ts): one object, with the
  // seed, counters and queues beside the store's own properties (no one else's to use).
  const s: Session & SimulatorStore = {
    scenario,
    seed: scenario.seed,
    $timeline: atom<Timeline>(first),
    $announcement: atom(''),
    $notice: atom<SimulatorNotice | null>(null),
    $state: atom<SimState>(first.states[0]!),
    $previous: atom<SimState | null>(null),
    $lastEntry: atom<TimelineEntry | null>(null),
    said: 0,
    pending: Promise.resolve(),
    waiting: 0,
    queue: Promise.resolve(),
    dispatch: (action) => applying(s, () => dispatchAll(s, [action])),
    dispatchAll: (actions) => applying(s, () => dispatchAll(s, actions)),
    dispatchApply: (actions) => applying(s, () => dispatchAll(s, actions, true)),
    // Moving along the timeline needs no engine, but waits behind actions still waiting for it.
    back: () => void inOrder(s, () => goTo(s, groupStart(s.$timeline.get())), false),
    forward: () => void inOrder(s, () => goTo(s, groupEnd(s.$timeline.get())), false),
    goTo: (index) => void inOrder(s, () => goTo(s, index), false),
    reset() {
      void inOrder(
        s,
        () => {
          s.seed = scenario.seed;
          setTimeline(s, startTimeline(scenario, s.seed));
          s.$notice.set(null);
          say(s, 'Reset: the simulator is back at the start of the scenario.');
        },
        false,
      );
    },
    follow: (actions) => applying(s, () => follow(s, actions)),
    shareCode: (location) => shareCode(s, shareLinks, location),
    // The open view goes into the link (share-link codec version 2, see share-link.ts).
    canShare: shareLinks !== undefined,
    async sharePath(location) {
      const code = await shareCode(s, shareLinks, location);
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
        s.$notice.set({
          kind: 'other-scenario',
          text: `This link is for another lab ("${other}"), not this one: open it on that lab's page.`,
          scenarioId: other,
          path: links.shareLinkPath(other, code),
        });
        say(s, `This link is for another lab, "${other}".`);
        return { ok: false, otherScenario: other };
      }
      const restored = links.restoreFromLink(code, [scenario]);
      // After the actions asked for before it (the share-link code has loaded the engine by now).
      return inOrder(s, () => openRestored(s, restored)).catch((): OpenLinkResult => ({ ok: false }));
    },
    setNotice: (notice) => s.$notice.set(notice),
    dismissNotice: () => s.$notice.set(null),
    narrated: () => narrated(s),
  };
  return s;
}

async function shareCode(
  s: Session,
  shareLinks: SimulatorStoreOptions['shareLinks'],
  location?: ViewLocation,
): Promise<{ ok: true; code: string; from: Timeline } | { ok: false; reason: string }> {
  if (!shareLinks) return { ok: false, reason: NO_SHARE_LINKS };
  const { encodeShareLink } = await shareLinks();
  // The session as the learner left it: with every action asked for before the link.
  await s.queue;
  const timeline = s.$timeline.get();
  const encoded = encodeShareLink({
    scenarioId: s.scenario.id,
    seed: s.seed,
    actions: timeline.entries.slice(0, timeline.cursor).map((entry) => entry.action),
    location,
  });
  return encoded.ok ? { ...encoded, from: timeline } : encoded;
}

async function narrated(s: Session): Promise<void> {
  // A sentence may be queued while an earlier one is still loading, or an action still wait
  // for the engine: wait until nothing is.
  let seen: Promise<void>;
  let seenQueue: Promise<unknown>;
  do {
    seen = s.pending;
    seenQueue = s.queue;
    await Promise.all([seenQueue, seen]);
  } while (seen !== s.pending || seenQueue !== s.queue);
}
