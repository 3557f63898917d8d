/**
 * The learner's progress as `cmi.suspend_data`, which SCORM 1.2 caps at 4,096 characters (and
 * which some LMSs silently cut). The value is the site's own progress format (`encodeProgress`),
 * so reading it back is `decodeProgress` with all its checks. When the whole of it would not fit,
 * the least valuable parts go first, in this order, until it fits:
 *   1. unfinished lab work (a lab's actions), the largest first, so as few labs as possible lose
 *      theirs; a lab that is not done then has nothing left and goes, a done lab keeps its mark
 *      and the goals it was finished with (the learner redoes the work from the start);
 *   2. finished attempts beyond the newest three of each quiz (each quiz keeps its best score);
 *   3. a lab task's unchecked work in an attempt on screen (the learner redoes that lab);
 *   4. whole attempts on screen, largest first (finished attempts and best scores stay);
 *   5. the goals a done lab was finished with (its done mark stays: finished with all goals met).
 * Units, checklist ticks, best scores and lab done marks always fit: the course has seven units, a
 * few dozen checklist items, six quizzes and nine labs. A test builds the largest progress the
 * course allows.
 */
import { decodeProgress, encodeProgress } from '../progress/codec';
import { isRecord, type Progress } from '../progress/progress';
import { LIMITS } from './scorm12';

/** Finished attempts kept per quiz when progress must shrink to fit. */
export const ATTEMPTS_KEPT_IN_LMS = 3;

type Loose = Record<string, unknown>;

/** Progress as suspend data: at most `limit` characters, the most valuable parts kept. */
export function encodeSuspendData(progress: Progress, limit: number = LIMITS.suspendData): string {
  let text = encodeProgress(progress);
  if (text.length <= limit) return text;
  const quizzes: Record<string, Loose> = {};
  for (const [id, record] of Object.entries(progress.quizzes)) if (isRecord(record)) quizzes[id] = { ...record };
  const labs: Record<string, unknown> = { ...progress.labs };
  const encode = () => encodeProgress({ ...progress, quizzes, labs });

  // 1. Unfinished lab work, largest first.
  const withWork = Object.keys(labs)
    .filter((id) => isRecord(labs[id]) && 'actions' in (labs[id] as Loose))
    .sort((a, b) => JSON.stringify(labs[b]).length - JSON.stringify(labs[a]).length);
  for (const id of withWork) {
    const kept = { ...(labs[id] as Loose) };
    delete kept.actions;
    delete kept.revision;
    if (kept.done === 'self' || kept.done === 'help') labs[id] = kept;
    else delete labs[id];
    text = encode();
    if (text.length <= limit) return text;
  }

  // 2. Older finished attempts.
  for (const record of Object.values(quizzes)) {
    if (Array.isArray(record.attempts)) record.attempts = record.attempts.slice(-ATTEMPTS_KEPT_IN_LMS);
  }
  text = encode();
  // 3. Unchecked lab-task work (long action lists).
  for (const record of Object.values(quizzes)) {
    if (text.length <= limit) break;
    const current = record.current;
    if (!isRecord(current) || !isRecord(current.responses)) continue;
    const checked = Array.isArray(current.checked) ? current.checked : [];
    const responses = Object.fromEntries(
      Object.entries(current.responses).filter(
        ([id, response]) => !(isRecord(response) && response.type === 'lab-task' && !checked.includes(id)),
      ),
    );
    record.current = { ...current, responses };
    text = encode();
  }
  // 4. Attempts on screen, largest first.
  const bySize = Object.keys(quizzes).sort(
    (a, b) => JSON.stringify(quizzes[b]!.current ?? null).length - JSON.stringify(quizzes[a]!.current ?? null).length,
  );
  for (const id of bySize) {
    if (text.length <= limit) break;
    quizzes[id] = { ...quizzes[id], current: null };
    text = encode();
  }
  // 5. The goals of done labs (by now every lab left is done: step 1 took the others).
  if (text.length <= limit) return text;
  for (const [id, record] of Object.entries(labs)) if (isRecord(record)) labs[id] = { ...record, met: [] };
  return encode();
}

export type SuspendDataRead = { ok: true; progress: Progress } | { ok: false; reason: string };

/**
 * Progress from suspend data. Never throws: empty data is empty progress; anything the site's
 * progress format does not accept is refused with the reason (the caller starts from local
 * progress and says so). With `knownUnits` (the unit slugs the course has now), units removed
 * since are dropped quietly from the completed units and the last unit visited; checklist ticks
 * stay as they are.
 */
export function decodeSuspendData(text: string, knownUnits?: readonly string[]): SuspendDataRead {
  if (text.length > LIMITS.suspendData)
    return {
      ok: false,
      reason: `the saved data is ${text.length} characters long, more than SCORM's ${LIMITS.suspendData}`,
    };
  const { progress, problem } = decodeProgress(text);
  if (problem === null) {
    if (!knownUnits) return { ok: true, progress };
    const { completedUnits, lastVisitedUnit } = progress;
    const known = (slug: string) => knownUnits.includes(slug);
    return {
      ok: true,
      progress: {
        ...progress,
        completedUnits: completedUnits.filter(known),
        lastVisitedUnit: lastVisitedUnit && known(lastVisitedUnit) ? lastVisitedUnit : null,
      },
    };
  }
  const reasons: Record<string, string> = {
    corrupt: 'the saved data is damaged',
    foreign: 'the saved data is not this course’s',
    'future-version': 'the saved data comes from a newer version of the course',
    'old-version': 'the saved data comes from a version of the course that can no longer be read',
    'corrupt-quizzes': 'the saved quiz answers are damaged',
    'corrupt-labs': 'the saved lab work is damaged',
  };
  return { ok: false, reason: reasons[problem] ?? 'the saved data could not be read' };
}
