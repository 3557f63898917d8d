/**
 * What the package reports to an LMS, derived from the learner's progress: the lesson status and
 * score (from the unit 6 knowledge check against the mastery score), one objective per learning
 * objective, and one interaction per graded question (each kind's part: `src/quiz/lms-reports.ts`).
 * Pure: the launch page applies the result through the API (`session.ts`).
 */
import { currentAttempt, readQuizRecord, type QuizInProgress } from '../progress/quiz-record';
import type { Progress } from '../progress/progress';
import { patternsOf, reports, type KindReport } from '../quiz/lms-reports';
import { gradeQuestion } from '../quiz/registry';
import { scoreQuiz } from '../quiz/score';
import type { Question, QuestionType, Quiz } from '../quiz/types';
import { LIMITS } from './scorm12';

/** One `cmi.interactions.n` record. */
export interface Interaction {
  /** `<quiz id>.<question id>`: unique, no spaces. */
  id: string;
  type: KindReport<QuestionType>['interaction'];
  /** The objective the question assesses. */
  objective: string;
  /** The learner's answer in the type's format (ids joined with commas; matching as `prompt.answer`). */
  studentResponse: string;
  /** The right answer in the same format. */
  correctPattern: string;
  result: 'correct' | 'wrong';
}

/** The course as the report needs it: its quizzes and the one that scores the module. */
export interface LmsContent {
  quizzes: readonly Quiz[];
  /** The quiz whose best score is the module's score (the unit 6 knowledge check). */
  scoredQuiz: string;
  /** Objective ids in the module's order. */
  objectives: readonly string[];
  /** Every unit's slug: with all of them complete and no score yet, the lesson is completed. */
  units: readonly string[];
}

const cut = (text: string, limit: number = LIMITS.feedback) => (text.length <= limit ? text : text.slice(0, limit));

/**
 * The questions an attempt has graded: those the learner checked. Showing the answers grades
 * nothing: the questions it shows are not reported as answered wrong.
 */
function graded(quiz: Quiz, attempt: QuizInProgress): Question[] {
  return quiz.questions.filter((question) => attempt.checked.includes(question.id));
}

/** The quiz's record in `progress` with its attempt on screen, or null when it has none (or it is unreadable). */
function attemptOf(progress: Progress, quiz: Quiz): QuizInProgress | null {
  const record = readQuizRecord(progress.quizzes[quiz.id], quiz);
  return record?.current ? currentAttempt(quiz, record) : null;
}

/** The questions of a quiz's attempt with this seed (a drawn quiz asks only some of its questions). */
export type QuestionsOf = (quiz: Quiz, seed: number) => Quiz;

/**
 * The interactions to report for the questions graded in `after` that were not graded in
 * `before` (the same attempt, or a new one): each graded question is reported once.
 */
export function newInteractions(
  content: LmsContent,
  before: Progress,
  after: Progress,
  questionsOf: QuestionsOf = (quiz) => quiz,
): Interaction[] {
  const found: Interaction[] = [];
  for (const bank of content.quizzes) {
    const now = attemptOf(after, bank);
    if (!now) continue;
    const quiz = questionsOf(bank, now.seed);
    const earlier = attemptOf(before, bank);
    const already = new Set(
      earlier && earlier.seed === now.seed ? graded(quiz, earlier).map((question) => question.id) : [],
    );
    for (const question of graded(quiz, now)) {
      if (already.has(question.id)) continue;
      const response = now.responses[question.id];
      const { studentResponse, correctPattern } = patternsOf(question, response);
      found.push({
        id: cut(`${bank.id}.${question.id}`, LIMITS.identifier),
        type: reports[question.type].interaction,
        objective: question.objective,
        studentResponse: cut(studentResponse),
        correctPattern: cut(correctPattern),
        result: gradeQuestion(question, response).correct ? 'correct' : 'wrong',
      });
    }
  }
  return found;
}

/**
 * `cmi.core.lesson_status` and the score: passed or failed from the scored quiz's best score
 * against the mastery score (0-100); before any score, completed once every unit is, else incomplete.
 */
export interface Outcome {
  status: 'passed' | 'failed' | 'completed' | 'incomplete';
  /** 0-100, or null before the scored quiz has a finished attempt. */
  score: number | null;
}

export function outcomeOf(content: LmsContent, progress: Progress, masteryScore: number): Outcome {
  const quiz = content.quizzes.find((candidate) => candidate.id === content.scoredQuiz);
  const record = quiz ? readQuizRecord(progress.quizzes[quiz.id], quiz) : null;
  if (!record || record.best === null) {
    const done = content.units.length > 0 && content.units.every((unit) => progress.completedUnits.includes(unit));
    return { status: done ? 'completed' : 'incomplete', score: null };
  }
  const score = Math.round(record.best * 100);
  return { status: score >= masteryScore ? 'passed' : 'failed', score };
}

/** One `cmi.objectives.n` record: a learning objective's share in the scored quiz's latest finished attempt. */
export interface ObjectiveReport {
  id: string;
  /** 0-100, or null before the scored quiz has been finished. */
  score: number | null;
  status: 'passed' | 'failed' | 'not attempted';
}

/**
 * The objectives from the scored quiz's attempt on screen once every question of it is checked.
 * An attempt whose answers were shown has no score: then nothing is reported (an empty list), and
 * the LMS keeps what it last heard.
 */
export function objectivesOf(content: LmsContent, progress: Progress, masteryScore: number): ObjectiveReport[] {
  const quiz = content.quizzes.find((candidate) => candidate.id === content.scoredQuiz);
  const attempt = quiz ? attemptOf(progress, quiz) : null;
  if (attempt?.revealed) return [];
  const finished = quiz && attempt && quiz.questions.every((question) => attempt.checked.includes(question.id));
  const scores = finished ? scoreQuiz(quiz, attempt.responses).objectives : [];
  return content.objectives.map((id) => {
    const found = scores.find((objective) => objective.objective === id);
    if (!found || found.max === 0) return { id, score: null, status: 'not attempted' };
    const score = Math.round((found.score / found.max) * 100);
    return { id, score, status: score >= masteryScore ? 'passed' : 'failed' };
  });
}
