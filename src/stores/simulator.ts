/**
 * One simulator session: the engine's state for a scenario, a timeline to step back and forth,
 * share links, and the sentence the live region reads after each change.
 *
 * The engine never mutates a state, so the timeline keeps every state it produced: stepping back
 * is picking an earlier one, not replaying. A new action after stepping back drops the steps that
 * were ahead, as an editor's undo does.
 */
import { atom, type ReadableAtom } from 'nanostores';
import { createScenarioState } from '../sim/scenario';
import type { Action, Scenario, SimEvent, SimState } from '../sim/types';
import type { ViewLocation } from '../sim/views';

type Engine = typeof import('../sim/step');
/**
 * The engine's step code is not needed to render a simulator (the start comes from the world and
 * the views from `derive.ts`): it loads as soon as the first store is created, once for every
 * simulator on the page, and is ready long before a learner's first action. An action taken
 * before it has loaded waits for it and is applied then, in order (see `inOrder` below).
 */
let engine: Engine | null = null;
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

type ShareLinkCodec = typeof import('../sim/share-link');
type ShareLinkWriter = typeof import('../sim/share-link-encode');
type RestoreResult = ReturnType<ShareLinkCodec['restoreFromLink']>;

export interface SimulatorStoreOptions {
  /**
   * Loads the half of the share-link codec that makes links, for a lab that shares: a lab on a
   * unit's or a scenario's own page passes it (its entry holds the import, see
   * components/console/open/). Without it the session makes no share links (a lab task's, a
   * presenter's), and the codec is not code such a page can load at all, which keeps it out of the
   * page's bytes in all.
   */
  shareLinks?: () => Promise<ShareLinkWriter>;
  /**
   * Loads the whole codec, for a lab that opens `#s=` links: only a scenario's own page (its script
   * gives the loader), so that a unit's lab does not count the reading half.
   */
  openLinks?: () => Promise<ShareLinkCodec>;
}
type Narrator = typeof import('../sim/narrate');
/**
 * The sentences that say what an action did load on a learner's first action, once for every
 * simulator on the page; until then a timeline entry's summary is empty and is filled in after.
 */
let narrator: Narrator | null = null;
let narratorLoading: Promise<Narrator> | null = null;
function loadNarrator(): Promise<Narrator> {
  return (narratorLoading ??= import('../sim/narrate').then((module) => (narrator = module)));
}

/** One applied action on the timeline, with what it did. */
export interface TimelineEntry {
  action: Action;
  events: SimEvent[];
  /**
   * A sentence saying what the action did, in console words (also read by the live region);
   * empty until the sentences have loaded (the store fills it in then).
   */
  summary: string;
  /**
   * True when this entry was applied together with the one before it (one Apply in a dialog):
   * Undo and Redo take such a group back or forward as one change.
   */
  joined?: boolean;
}

export interface Timeline {
  /** `states[0]` is the scenario's start; `states[i]` the state after `entries[i - 1]`. */
  states: SimState[];
  entries: TimelineEntry[];
  /** Index into `states` of the state on screen. */
  cursor: number;
}

/**
 * A notice for the learner: a refused action, a share link that could not be opened, or a link or
 * saved lab work made under another rules revision ('other-revision': it replays under the current
 * rules, and the notice says so).
 */
export interface SimulatorNotice {
  kind: 'refused' | 'link-rejected' | 'link-restored' | 'other-revision' | 'other-scenario' | 'copied' | 'copy-failed';
  text: string;
  /**
   * For 'other-scenario' (a link made on another lab): that lab's id and the link's path on its
   * page (`/scenarios/<id>/#s=<code>`, without the site's base path), for the notice to link to.
   */
  scenarioId?: string;
  path?: string;
}

/**
 * What opening a share link gave: `ok` when its session is on the timeline now, with `location`,
 * the view to open (the link's, or the scenario's `opensAt` for a version-1 link). Not `ok`: the
 * timeline is at the start with a notice; `otherScenario` when the link belongs to another lab.
 */
export type OpenLinkResult = { ok: true; location: ViewLocation } | { ok: false; otherScenario?: string };

export interface SimulatorStore {
  scenario: Scenario;
  $timeline: ReadableAtom<Timeline>;
  /** The state on screen (at the timeline's cursor). */
  $state: ReadableAtom<SimState>;
  /** The state just before the one on screen, for a before/after view; null at the start. */
  $previous: ReadableAtom<SimState | null>;
  /** The entry that produced the state on screen; null at the start. */
  $lastEntry: ReadableAtom<TimelineEntry | null>;
  /** What the live region says now (a new sentence after each change). */
  $announcement: ReadableAtom<string>;
  $notice: ReadableAtom<SimulatorNotice | null>;
  /**
   * Applies an action; on refusal keeps the state, sets a notice and resolves to the reason.
   * Once the engine's step code has loaded (and nothing is waiting), the store's state changes
   * before `dispatch` returns; before that, the action waits for the code and is applied then,
   * after every call made before it. The same holds for every method that changes the timeline.
   */
  dispatch(action: Action): Promise<Outcome>;
  /** Applies several actions as separate timeline entries; stops at the first refusal. */
  dispatchAll(actions: readonly Action[]): Promise<Outcome>;
  /**
   * Applies several actions as one change (a dialog's Apply): separate timeline entries, but
   * Undo and Redo take them back and forward together. On a refusal nothing of them is kept.
   */
  dispatchApply(actions: readonly Action[]): Promise<Outcome>;
  /** Undo: back to before the change on screen (a whole Apply group). */
  back(): void;
  /** Redo: forward over the next change (a whole Apply group). */
  forward(): void;
  /** Shows the state after `index` actions (0: the start). */
  goTo(index: number): void;
  /** Back to the scenario's start, with an empty timeline. */
  reset(): void;
  /**
   * Shows the state after exactly `actions` from the scenario's start (a presenter's scripted
   * step). States the timeline already holds for a common prefix of actions are reused, so
   * stepping back and forth through a script replays nothing; anything else on the timeline
   * (an off-script detour) is dropped. On a refusal the timeline stops before that action.
   */
  follow(actions: readonly Action[]): Promise<Outcome>;
  /** The session makes and opens share links (it was created with `shareLinks`). */
  canShare: boolean;
  /**
   * The share code of the session up to the cursor (codec version 2, with the open view when
   * given), or the reason it cannot be shared. The code includes every change asked for before
   * the call, even one still waiting for the step code; `from` is the timeline it was made from.
   */
  shareCode(location?: ViewLocation): Promise<{ ok: true; code: string; from: Timeline } | { ok: false; reason: string }>;
  /**
   * `/scenarios/<id>/#s=<code>` (without the site's base path) for the session up to the cursor,
   * or the reason it cannot be shared; `from` as for `shareCode`.
   */
  sharePath(location?: ViewLocation): Promise<{ ok: true; path: string; from: Timeline } | { ok: false; reason: string }>;
  /**
   * Opens a share code: the timeline becomes the link's actions and the result names the view to
   * open; or the timeline goes to the start with a notice (a link of another lab: the notice
   * names that lab and carries the link's path on its page, and the timeline is left as it was).
   */
  openLink(code: string): Promise<OpenLinkResult>;
  setNotice(notice: SimulatorNotice | null): void;
  dismissNotice(): void;
  /**
   * Resolves once every action asked for so far is applied, every timeline entry has its summary
   * and the live region has its sentence.
   */
  narrated(): Promise<void>;
}

/** What became of an action (or of several): applied, or refused with the engine's reason. */
export type Outcome = { ok: true } | { ok: false; reason: string };

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

function startTimeline(scenario: Scenario, seed: number): Timeline {
  return { states: [createScenarioState(scenario, seed)], entries: [], cursor: 0 };
}

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
      entry.summary !== '' ? entry : { ...entry, summary: describeChange(timeline.states[i]!, timeline.states[i + 1]!, entry.action, entry.events) },
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
    while (common < actions.length && common < timeline.entries.length && sameAction(timeline.entries[common]!.action, actions[common]!)) common++;
    timeline = { states: timeline.states.slice(0, common + 1), entries: timeline.entries.slice(0, common), cursor: common };
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

  async function shareCode(location?: ViewLocation): Promise<{ ok: true; code: string; from: Timeline } | { ok: false; reason: string }> {
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
    $notice.set({ kind: other ? 'other-revision' : 'link-restored', text: `Opened a shared session: ${count} ${count === 1 ? 'step' : 'steps'} restored.${tail}` });
    say(`Opened a shared session with ${count} steps.${tail}`);
    narrateQuietly();
    return { ok: true, location: restored.location };
  }
}
