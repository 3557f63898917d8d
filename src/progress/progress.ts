/**
 * The learner's progress: which units are complete, where they were last, which checklist items
 * (the prerequisites checklist of unit 3) they ticked, their quiz records and their lab records.
 * Pure: plain data and functions, no Preact/Astro/nanostores/DOM, so stores and tests share it.
 */

/** The format version written by this code. Bump it together with a migration in `migrations.ts`. */
export const PROGRESS_VERSION = 3;

/**
 * The most actions saved lab work keeps, in a lab task's record or a lab's (far more than any goal
 * needs; a bound on what storage holds). Here, in the module every page loads, so that the quiz's
 * records and the labs' share it without one loading the other.
 */
export const MAX_LAB_ACTIONS = 200;

/** A JSON object (not null, not an array): what every reader of saved progress checks first. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An id as saved in progress (a unit slug, a scenario or goal id): kebab-case, lower-case letters and digits. */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A unit slug as it appears in URLs and in saved progress. */
export const UNIT_SLUG = KEBAB_ID;

/** A checklist item as saved: `<checklist id>/<item id>`, both kebab-case. */
export const CHECKLIST_ITEM = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface Progress {
  /** Format version; see `PROGRESS_VERSION`. Format 1 had no `quizzes`, format 2 no `labs`. */
  version: 3;
  /** Slugs of the units the learner marked complete, sorted and without duplicates. */
  completedUnits: string[];
  /** Slug of the unit the learner opened last, or null before they open one. */
  lastVisitedUnit: string | null;
  /** Ticked checklist items as `<checklist id>/<item id>`, sorted and without duplicates. */
  checkedItems: string[];
  /**
   * Quiz records by quiz id, as saved (format 2 and later). The codec, which ships on every page,
   * only checks that each record is an object; the quiz store reads and validates its own quiz's
   * record with `readQuizRecord` (`quiz-record.ts`) when the quiz loads, so quiz validation stays
   * out of the every-page site script. Hence `unknown`: nothing may use a record unread.
   */
  quizzes: Readonly<Record<string, unknown>>;
  /**
   * Lab records by scenario id (format 3 and later): the goals met, the done mark and unfinished
   * work (`LabRecord` in `lab-record.ts`). As with quiz records, the every-page codec only checks
   * that each is an object; a lab reads its own record with `readLabRecord`, and the site script
   * reads nothing but `done === 'self' || done === 'help'` for the done marks.
   */
  labs: Readonly<Record<string, unknown>>;
}

/** Everything that can change progress. Closed: the reducer handles each kind. */
export type ProgressAction =
  | { type: 'complete-unit'; slug: string }
  | { type: 'uncomplete-unit'; slug: string }
  | { type: 'visit-unit'; slug: string }
  | { type: 'check-item'; item: string }
  | { type: 'uncheck-item'; item: string }
  | { type: 'reset' };

/** Progress of a learner who has not done anything yet (a new object on every call). */
export function emptyProgress(): Progress {
  return {
    version: PROGRESS_VERSION,
    completedUnits: [],
    lastVisitedUnit: null,
    checkedItems: [],
    quizzes: {},
    labs: {},
  };
}

/** True when `slug` is a well-formed unit slug. */
export function isUnitSlug(slug: unknown): slug is string {
  return typeof slug === 'string' && UNIT_SLUG.test(slug);
}

/** True when `item` is a well-formed `<checklist id>/<item id>`. */
export function isChecklistItem(item: unknown): item is string {
  return typeof item === 'string' && CHECKLIST_ITEM.test(item);
}

/** True when the learner marked `slug` complete. */
export function isUnitComplete(progress: Progress, slug: string): boolean {
  return progress.completedUnits.includes(slug);
}

/**
 * Applies one action. Returns the same `state` object when nothing changes (an action that
 * repeats the current state, or a slug that is not well formed), so stores do not emit needlessly
 * and nothing unreadable is ever saved.
 */
export function progressReducer(state: Progress, action: ProgressAction): Progress {
  const { completedUnits: done, lastVisitedUnit: last, checkedItems: ticked } = state;
  if (action.type === 'reset') {
    const empty = emptyProgress();
    return JSON.stringify(state) === JSON.stringify(empty) ? state : empty;
  }
  if (action.type === 'check-item' || action.type === 'uncheck-item') {
    const { item } = action;
    const check = action.type === 'check-item';
    if (!isChecklistItem(item) || ticked.includes(item) === check) return state;
    return { ...state, checkedItems: check ? [...ticked, item].sort() : ticked.filter((other) => other !== item) };
  }
  // The three remaining actions all carry a slug (a new action kind without one fails to compile here).
  const { type, slug } = action;
  const visit = type === 'visit-unit';
  const complete = type === 'complete-unit';
  if (!isUnitSlug(slug) || (visit ? last === slug : done.includes(slug) === complete)) return state;
  return visit
    ? { ...state, lastVisitedUnit: slug }
    : { ...state, completedUnits: complete ? [...done, slug].sort() : done.filter((unit) => unit !== slug) };
}
