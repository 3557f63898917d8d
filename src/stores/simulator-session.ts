/**
 * A simulator session's parts (stores/simulator.ts puts them together): its atoms, the live
 * region's voice, and the queue that keeps changes in order behind the step code.
 */
import { atom, type WritableAtom } from 'nanostores';
import type { Scenario, SimState } from '../sim/types';
import { engine, loadEngine, loadNarrator, narrator, startTimeline, withSummaries } from './simulator-timeline';
import type { Outcome, SimulatorNotice, SimulatorStore, Timeline, TimelineEntry } from './simulator-types';

/** What a session's store shows: its scenario and atoms, and setting or dismissing its notice. */
type SessionView = Pick<
  SimulatorStore,
  'scenario' | '$timeline' | '$state' | '$previous' | '$lastEntry' | '$announcement' | '$notice' | 'setNotice' | 'dismissNotice'
>;

/** One session: what its store shows, and what the functions that change it share. */
export interface Session extends SessionView {
  /** The seed of the timeline's start: the scenario's, or a share link's. */
  seed: number;
  $timeline: WritableAtom<Timeline>;
  $notice: WritableAtom<SimulatorNotice | null>;
  /** Puts a timeline on screen, with the state, previous state and entry it shows. */
  setTimeline(timeline: Timeline): void;
  /** Says a sentence now. */
  say(text: string): void;
  /** Says `text()` once the summaries are filled in: at once if the sentences are loaded. */
  sayNarrated(text: () => string): void;
  /** Fills in summaries in the background (for the timeline list), saying nothing. */
  narrateQuietly(): void;
  /** A refusal: the notice and the live region say why. */
  refuse(reason: string): Outcome;
  /** The sentence still waiting for the narrator, if any. */
  speaking(): Promise<void>;
}

/**
 * The session's atoms: plain atoms kept in step by setTimeline (not `computed`, which would add to
 * every page's shared chunk).
 */
export function createSession(scenario: Scenario): Session {
  const first = startTimeline(scenario, scenario.seed);
  const $timeline = atom<Timeline>(first);
  const $state = atom<SimState>(first.states[0]!);
  const $previous = atom<SimState | null>(null);
  const $lastEntry = atom<TimelineEntry | null>(null);
  const $notice = atom<SimulatorNotice | null>(null);
  function setTimeline(timeline: Timeline): void {
    const { states, entries, cursor } = timeline;
    $state.set(states[cursor]!);
    $previous.set(cursor > 0 ? states[cursor - 1]! : null);
    $lastEntry.set(cursor > 0 ? entries[cursor - 1]! : null);
    $timeline.set(timeline);
  }
  const voice = createVoice($timeline, setTimeline);
  return {
    scenario,
    seed: scenario.seed,
    $timeline,
    $state,
    $previous,
    $lastEntry,
    $notice,
    setTimeline,
    ...voice,
    setNotice: (notice) => $notice.set(notice),
    dismissNotice: () => $notice.set(null),
    refuse(reason) {
      $notice.set({ kind: 'refused', text: reason });
      voice.say(`Not done: ${reason}`);
      return { ok: false, reason };
    },
  };
}

/**
 * The live region's sentence. The newest thing to say wins: a sentence still waiting for the
 * narrator is dropped when something else has been said since.
 */
function createVoice(
  $timeline: Session['$timeline'],
  setTimeline: Session['setTimeline'],
): Pick<Session, '$announcement' | 'say' | 'sayNarrated' | 'narrateQuietly' | 'speaking'> {
  const $announcement = atom('');
  let said = 0;
  let pending: Promise<void> = Promise.resolve();
  /** Fills in the summaries the timeline lacks (the sentences have loaded by then). */
  const fillSummaries = (): void => {
    const filled = withSummaries($timeline.get());
    if (filled) setTimeline(filled);
  };
  return {
    $announcement,
    say(text) {
      said++;
      $announcement.set(text);
    },
    sayNarrated(text) {
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
    },
    narrateQuietly() {
      if ($timeline.get().entries.some((entry) => entry.summary === '')) pending = loadNarrator().then(fillSummaries);
    },
    speaking: () => pending,
  };
}

/**
 * Changes wait for the step code and for every change asked for before them. `waiting` counts
 * the changes still queued; with none queued and the code loaded, a change happens at once.
 */
export function createChangeQueue(session: Session) {
  let waiting = 0;
  let queue: Promise<unknown> = Promise.resolve();
  function inOrder<T>(change: () => T, needsEngine = true): Promise<T> {
    if (waiting === 0 && (engine || !needsEngine)) return Promise.resolve(change());
    waiting++;
    const done = Promise.all([loadEngine(), queue]).then(
      () => {
        waiting--;
        return change();
      },
      (error: unknown) => {
        waiting--;
        throw error;
      },
    );
    queue = done.catch(() => undefined);
    return done;
  }
  return {
    inOrder,
    /** A change that needs the step code: when the code cannot load (the network failed), it is refused and says why. */
    applying: (change: () => Outcome): Promise<Outcome> =>
      inOrder(change).catch((error: unknown) => {
        if (engine) throw error;
        return session.refuse(
          'The simulator could not load its engine, so nothing changed: check the connection and try again.',
        );
      }),
    /** Settles once every change queued so far has been made. */
    queued: () => queue,
  };
}

export type ChangeQueue = ReturnType<typeof createChangeQueue>;
