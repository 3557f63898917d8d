/**
 * One LMS session of the package, over the SCORM 1.2 API: start (and resume), report each change
 * of progress, finish. Pure: the API is passed in (the launch page passes the LMS's; tests a fake).
 * After `finish`, and when `LMSInitialize` fails, nothing more is sent.
 */
import { emptyProgress, type Progress } from '../progress/progress';
import {
  newInteractions,
  objectivesOf,
  outcomeOf,
  type Interaction,
  type LmsContent,
  type QuestionsOf,
} from './report';
import { LIMITS, timeOfDay, timespan, type Scorm12Api } from './scorm12';
import { decodeSuspendData, encodeSuspendData } from './suspend-data';

export interface LmsStart {
  /** The progress to start from: the LMS's saved state on a resume, else empty progress. */
  progress: Progress;
  /** True when the LMS resumes an earlier attempt (`cmi.core.entry` = `resume`). */
  resumed: boolean;
  /** Where the learner left off (`cmi.core.lesson_location`): a page path from the package root, or ''. */
  location: string;
  /** Why the saved state could not be used (the learner then starts afresh), or null. */
  problem: string | null;
  /** The mastery score in use, 0-100: the LMS's, else the course's. */
  masteryScore: number;
}

export interface LmsSession {
  /** `LMSInitialize` and the reads of a start; null when the LMS refuses to start (nothing more is sent). */
  start(): LmsStart | null;
  /**
   * Reports progress (and the page the learner is on) and commits. Returns false when the LMS did
   * not record it (a refused value or commit); the learner's work is kept locally all the same.
   */
  report(progress: Progress, location: string): boolean;
  /** Ends the session: session time, exit (`suspend` unless passed or completed), a last commit, `LMSFinish`. */
  finish(progress: Progress): void;
  /** True once finished (or never started). */
  readonly ended: boolean;
}

export interface LmsSessionOptions {
  api: Scorm12Api;
  content: LmsContent;
  /** The course's mastery score (0-100), used when the LMS gives none. */
  masteryScore: number;
  /** Milliseconds now (for the session time). */
  now?: () => number;
  /** The questions of a drawn quiz's attempt (the self-assessment). */
  questionsOf?: QuestionsOf;
}

/** Sets one data model element; true when the LMS took the value. */
type SetValue = (element: string, value: string) => boolean;

/** Sends the learner's status, score and objectives; true when the LMS took every value. */
function sendOutcome(set: SetValue, content: LmsContent, progress: Progress, mastery: number): boolean {
  let ok = true;
  const outcome = outcomeOf(content, progress, mastery);
  ok = set('cmi.core.lesson_status', outcome.status) && ok;
  if (outcome.score !== null) {
    ok = set('cmi.core.score.min', '0') && ok;
    ok = set('cmi.core.score.max', '100') && ok;
    ok = set('cmi.core.score.raw', String(outcome.score)) && ok;
  }
  objectivesOf(content, progress, mastery).forEach((objective, n) => {
    ok = set(`cmi.objectives.${n}.id`, objective.id) && ok;
    ok = set(`cmi.objectives.${n}.status`, objective.status) && ok;
    if (objective.score !== null) ok = set(`cmi.objectives.${n}.score.raw`, String(objective.score)) && ok;
  });
  return ok;
}

/** Sends one interaction as record `n`; true when the LMS took every value. */
function sendInteraction(set: SetValue, n: number, interaction: Interaction, time: string): boolean {
  let ok = true;
  const at = `cmi.interactions.${n}`;
  ok = set(`${at}.id`, interaction.id) && ok;
  ok = set(`${at}.type`, interaction.type) && ok;
  ok = set(`${at}.objectives.0.id`, interaction.objective) && ok;
  ok = set(`${at}.time`, time) && ok;
  ok = set(`${at}.weighting`, '1') && ok;
  ok = set(`${at}.student_response`, interaction.studentResponse) && ok;
  ok = set(`${at}.correct_responses.0.pattern`, interaction.correctPattern) && ok;
  ok = set(`${at}.result`, interaction.result) && ok;
  return ok;
}

export function createLmsSession(options: LmsSessionOptions): LmsSession {
  const { api, content, now = Date.now, questionsOf } = options;
  let phase: 'new' | 'running' | 'ended' = 'new';
  let startedAt = 0;
  let mastery = options.masteryScore;
  let reported: Progress = emptyProgress();
  let interactions = 0;

  const get = (element: string) => api.LMSGetValue(element);
  const set: SetValue = (element, value) => api.LMSSetValue(element, value) === 'true';

  function sendProgress(progress: Progress, location: string): boolean {
    let ok = true;
    ok = set('cmi.core.lesson_location', location.slice(0, LIMITS.lessonLocation)) && ok;
    ok = set('cmi.suspend_data', encodeSuspendData(progress)) && ok;
    ok = sendOutcome(set, content, progress, mastery) && ok;
    const time = timeOfDay(new Date(now()));
    for (const interaction of newInteractions(content, reported, progress, questionsOf))
      ok = sendInteraction(set, interactions++, interaction, time) && ok;
    reported = progress;
    return ok;
  }

  /** `LMSInitialize`, the mastery score, and the saved progress on a resume. */
  function start(): LmsStart | null {
    if (phase !== 'new') return null;
    if (api.LMSInitialize('') !== 'true') {
      phase = 'ended';
      return null;
    }
    phase = 'running';
    startedAt = now();
    const given = Number.parseFloat(get('cmi.student_data.mastery_score'));
    if (Number.isFinite(given) && given >= 0 && given <= 100) mastery = given;
    interactions = Number.parseInt(get('cmi.interactions._count'), 10) || 0;
    const resumed = get('cmi.core.entry') === 'resume';
    const saved = resumed ? get('cmi.suspend_data') : '';
    const read = decodeSuspendData(saved);
    const progress = read.ok ? read.progress : emptyProgress();
    // What the LMS already holds is not reported again.
    reported = progress;
    if (get('cmi.core.lesson_status') === 'not attempted') set('cmi.core.lesson_status', 'incomplete');
    const location = resumed ? get('cmi.core.lesson_location') : '';
    return { progress, resumed, location, problem: read.ok ? null : read.reason, masteryScore: mastery };
  }

  return {
    get ended() {
      return phase === 'ended';
    },
    start,
    report(progress, location) {
      if (phase !== 'running') return false;
      const sent = sendProgress(progress, location);
      return api.LMSCommit('') === 'true' && sent;
    },
    finish(progress) {
      if (phase !== 'running') return;
      set('cmi.core.session_time', timespan(now() - startedAt));
      // Done (passed, or every unit complete before any score): a plain exit; anything else is resumed later.
      const { status } = outcomeOf(content, progress, mastery);
      set('cmi.core.exit', status === 'passed' || status === 'completed' ? '' : 'suspend');
      set('cmi.suspend_data', encodeSuspendData(progress));
      api.LMSCommit('');
      api.LMSFinish('');
      phase = 'ended';
    },
  };
}
