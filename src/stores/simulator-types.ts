/**
 * The simulator session's types (simulator.ts makes the session): the timeline of states and the
 * actions between them, the notices, and the store's interface.
 */
import type { ReadableAtom } from 'nanostores';
import type { Action, Scenario, SimEvent, SimState } from '../sim/types';
import type { ViewLocation } from '../sim/views';

export type ShareLinkCodec = typeof import('../sim/share-link');
type ShareLinkWriter = typeof import('../sim/share-link-encode');

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
  shareCode(
    location?: ViewLocation,
  ): Promise<{ ok: true; code: string; from: Timeline } | { ok: false; reason: string }>;
  /**
   * `/scenarios/<id>/#s=<code>` (without the site's base path) for the session up to the cursor,
   * or the reason it cannot be shared; `from` as for `shareCode`.
   */
  sharePath(
    location?: ViewLocation,
  ): Promise<{ ok: true; path: string; from: Timeline } | { ok: false; reason: string }>;
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
