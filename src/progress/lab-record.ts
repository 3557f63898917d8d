/**
 * A learner's record of one lab (a scenario's lab in a unit or on its own page), saved inside
 * their progress as `Progress.labs[scenario id]`: the goals met, whether they finished it, alone
 * or with "Do this step for me", and, while they work on it, the actions taken with the rules
 * revision those were made under. Pure: plain data and functions.
 *
 * Only pages with a lab load this module (the every-page site script reads nothing but the done
 * marks, `done === 'self' || done === 'help'`), which is why the codec only checks that a record is
 * an object and `readLabRecord` does the full check when a lab reads its record.
 */
import type { Action } from '../sim/types';
import { KEBAB_ID, MAX_LAB_ACTIONS, isRecord, type Progress } from './progress';

/** The most actions a lab record keeps: as many as a lab task's saved work (one constant, in `progress.ts`). */
export { MAX_LAB_ACTIONS };

/** How a lab was finished: by the learner alone, or with "Do this step for me" on some step. */
export type LabDone = 'self' | 'help';

/** Everything saved about one lab. */
export interface LabRecord {
  /**
   * Ids of the scenario's goals met, sorted and without duplicates: when the lab is done, as
   * graded when it was finished; otherwise, as graded on the work saved.
   */
  met: string[];
  /** Set once the lab is finished ('self' is never taken back to 'help'); absent before. */
  done?: LabDone;
  /**
   * The actions of the work on screen, from the scenario's start, at most `MAX_LAB_ACTIONS`;
   * absent when there is none (never started, restarted, or just finished). A finished lab the
   * learner works on again keeps its done mark and saves this work too.
   */
  actions?: Action[];
  /**
   * The lab's rules revision (`src/sim/revision.ts`) the actions were made under; present exactly
   * when `actions` is. `workRevision(record)` (`src/sim/revision-notice.ts`) reads it.
   */
  revision?: number;
}

/** Everything that changes the lab records. The store (`src/stores/labs.ts`) sends them. */
export type LabAction =
  /** Saves the work on screen (refused, changing nothing, beyond `MAX_LAB_ACTIONS` actions). No actions is no work: as 'lab-restart'. */
  | { type: 'lab-work'; scenario: string; actions: readonly Action[]; met: readonly string[] }
  /** Marks the lab finished (`help`: with "Do this step for me"); drops the work on screen. */
  | { type: 'lab-done'; scenario: string; help: boolean; met: readonly string[] }
  /** Drops the work on screen; a done mark stays. */
  | { type: 'lab-restart'; scenario: string };

/** A scenario or goal id as saved: kebab-case, lower-case letters and digits. */
const isId = (value: unknown): value is string => typeof value === 'string' && KEBAB_ID.test(value);
/** An action's shape only: the lab checks each again when it replays them (a refused one stops the replay). */
const isActionList = (value: unknown): value is Action[] =>
  Array.isArray(value) &&
  value.length <= MAX_LAB_ACTIONS &&
  value.every((action) => isRecord(action) && typeof action.type === 'string');
const sortedIds = (ids: readonly string[]) => [...new Set(ids)].sort();
/** A done mark as the site script reads it: anything else is no mark. */
const doneOf = (record: unknown): LabDone | undefined => {
  const done = isRecord(record) ? record.done : undefined;
  return done === 'self' || done === 'help' ? done : undefined;
};

/**
 * Applies one action to the lab records of `state`, stamping saved work with `revision` (the
 * caller's `LAB_RULES_REVISION`: the engine's numbers stay out of the every-page chunk). Returns
 * the same `state` object when nothing changes or the action is refused: a scenario or goal id that
 * is not kebab-case, more than `MAX_LAB_ACTIONS` actions, or an action without a `type`.
 * Other records of the same lab are read loosely (only their done mark and goals), so an
 * unreadable one is replaced rather than kept.
 */
export function labReducer(state: Progress, action: LabAction, revision: number): Progress {
  const { scenario } = action;
  if (!isId(scenario)) return state;
  const saved = Object.hasOwn(state.labs, scenario) ? state.labs[scenario] : undefined;
  const done = doneOf(saved);
  const savedMet = isRecord(saved) && Array.isArray(saved.met) && saved.met.every(isId) ? sortedIds(saved.met) : [];
  let next: LabRecord | undefined;
  if (action.type === 'lab-done') {
    next = { met: sortedIds(action.met), done: done === 'self' || !action.help ? 'self' : 'help' };
  } else if (action.type === 'lab-restart' || action.actions.length === 0) {
    // Without work, an unfinished lab has nothing left to save.
    next = done ? { met: savedMet, done } : undefined;
  } else {
    // A finished lab keeps the goals it was finished with; unfinished work has its own.
    next = {
      met: done ? savedMet : sortedIds(action.met),
      ...(done ? { done } : {}),
      actions: [...action.actions],
      revision,
    };
  }
  // The record is checked as it will be read back: a bad id or action refuses the whole change.
  if ((next && !readLabRecord(next)) || JSON.stringify(next) === JSON.stringify(saved)) return state;
  const labs = { ...state.labs };
  if (next) labs[scenario] = next;
  else delete labs[scenario];
  return { ...state, labs };
}

/**
 * Reads a saved lab record (anything JSON could hold). Returns null for nothing saved and for a
 * record of the wrong shape (the lab then starts afresh; the next save replaces the record): goals
 * that are not kebab-case ids, a done mark other than 'self' or 'help', more than
 * `MAX_LAB_ACTIONS` actions or an action without a `type`, actions without a whole revision from
 * 1 (or a revision without actions), or any other field. Goals come back sorted and unique.
 */
export function readLabRecord(value: unknown): LabRecord | null {
  if (!isRecord(value)) return null;
  const { met, done, actions, revision, ...rest } = value;
  if (Object.keys(rest).length > 0) return null;
  if (!Array.isArray(met) || !met.every(isId)) return null;
  if (done !== undefined && done !== 'self' && done !== 'help') return null;
  if ((actions === undefined) !== (revision === undefined)) return null;
  const record: LabRecord = { met: sortedIds(met), ...(done ? { done } : {}) };
  if (actions === undefined) return record;
  if (!isActionList(actions) || !Number.isInteger(revision) || (revision as number) < 1) return null;
  return { ...record, actions: [...actions], revision: revision as number };
}
