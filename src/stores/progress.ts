/**
 * The learner's progress, saved in localStorage and kept in step across tabs.
 * Binds the pure model (`~/progress`) to nanostores; ships in the site script, so keep it tiny.
 */
import { atom } from 'nanostores';
import { decodeProgress, encodeProgress, type DecodeProblem } from '../progress/codec';
import { emptyProgress, progressReducer, type Progress, type ProgressAction } from '../progress/progress';

import { PROGRESS_KEY } from '../progress/storage-key';
import { persistentAtom, setStorageEngine, windowStorageEvents } from './persistent-atom';

export { PROGRESS_KEY };

/**
 * Why saved progress could not be used, or null. The page renders each problem's notice text
 * (`progressNoticeText`) at build time, so the texts stay out of the site script's budget.
 */
export const $progressProblem = atom<DecodeProblem | null>(null);

/**
 * False once a save has failed (storage full, or taken away while the page was open). Progress
 * then lives in memory until the learner leaves the page; the site script says so.
 */
export const $saving = atom(true);

/** Nothing saved: the store holds this object exactly when the key is absent or reset. */
const NOTHING = emptyProgress();

// While the store holds `newer` (the empty stand-in for progress saved by a newer version of the
// course), actions are ignored and a rewrite by the atom's restore() puts back `newerRaw`, so an
// old tab never overwrites newer progress. Any other value (decoded, removed, reset) ends this.
let newer: Progress | undefined;
let newerRaw: string | undefined;

/** Progress as saved; empty progress when nothing (or nothing usable) is saved. */
export const $progress = persistentAtom<Progress>(PROGRESS_KEY, NOTHING, {
  // Called on load, on `storage` events from other tabs and on restore from the back/forward cache.
  decode(raw) {
    const { progress, problem } = decodeProgress(raw);
    if (problem) $progressProblem.set(problem);
    if (problem === 'future-version') {
      newer = progress;
      newerRaw = raw;
    }
    return raw ? progress : NOTHING;
  },
  // undefined removes the key, so a reset reaches other tabs as a removal.
  encode: (progress) => (progress === NOTHING ? undefined : progress === newer ? newerRaw : encodeProgress(progress)),
});

/**
 * Sets and saves the progress. persistentAtom writes with `storage[key] = value`, which throws when
 * storage is full; the store's value would then not change at all. On such a failure the store
 * switches to an in-memory engine, so the page goes on working, and `$saving` turns false.
 * (When reading localStorage itself throws, persistentAtom already falls back to memory
 * silently; the theme script's trial write notices that case.)
 */
function save(progress: Progress): void {
  try {
    $progress.set(progress);
  } catch {
    setStorageEngine({}, windowStorageEvents);
    $saving.set(false);
    $progress.set(progress);
  }
}

// An unusable value found on load is replaced now, so the notice shows once rather than on every
// page; unreadable quiz or lab records alone ('corrupt-quizzes', 'corrupt-labs') cost only those
// records (decode kept the rest).
const problem = $progressProblem.get();
if (problem && $progress.get() !== newer) save(problem.startsWith('corrupt-') ? $progress.get() : NOTHING);

/**
 * Applies `change` to the saved progress and saves the result. Returns false, changing nothing,
 * while the store holds progress saved by a newer version of the course (which must not be
 * overwritten); the quiz store then keeps its quiz in memory only.
 */
export function updateProgress(change: (state: Progress) => Progress): boolean {
  const state = $progress.get();
  if (state === newer) return false;
  const next = change(state);
  // Writing only on change keeps a no-op from overwriting what another tab saved a moment ago.
  if (next !== state) save(next);
  return true;
}

function dispatch(action: ProgressAction): void {
  updateProgress((state) => progressReducer(state, action));
}

/** Marks a unit complete. */
export const completeUnit = (slug: string): void => dispatch({ type: 'complete-unit', slug });
/** Marks a unit not complete. */
export const uncompleteUnit = (slug: string): void => dispatch({ type: 'uncomplete-unit', slug });
/** Records the unit the learner is on, for "Continue". */
export const visitUnit = (slug: string): void => dispatch({ type: 'visit-unit', slug });
/** Ticks a checklist item, saved as `<checklist id>/<item id>`. */
export const checkItem = (item: string): void => dispatch({ type: 'check-item', item });
/** Clears the tick of a checklist item. */
export const uncheckItem = (item: string): void => dispatch({ type: 'uncheck-item', item });
/** Forgets all progress, here and in other open tabs (also progress saved by a newer version). */
export const resetProgress = (): void => save(NOTHING);
/** Hides the notice about unusable saved progress. */
export const dismissProgressNotice = (): void => $progressProblem.set(null);
