/**
 * Scores a whole quiz: per question, per objective and in total, and pass or fail against the
 * quiz's pass mark. Every question is worth 1; a partly right answer earns its fraction of it.
 */
import { gradeQuestion } from './registry';
import type { Question, QuestionGrade, QuestionResponse, QuestionType, Quiz } from './types';

/** Rounding slack when comparing a sum of fractions (thirds, say) with the pass mark. */
const EPSILON = 1e-9;

/** One question's result. */
export interface QuestionScore {
  /** The question's id. */
  id: string;
  type: QuestionType;
  /** The objective the question assesses. */
  objective: string;
  /** 0 to 1. */
  score: number;
  /** What the question is worth: always 1. */
  max: number;
  /** True when the answer is fully right. */
  correct: boolean;
  /** The kind's full grade, with the feedback per option. */
  grade: QuestionGrade;
}

/** The questions of one objective, added up. */
export interface ObjectiveScore {
  objective: string;
  /** Sum of the objective's question scores. */
  score: number;
  /** Number of questions assessing the objective. */
  max: number;
}

/** A whole attempt's result. */
export interface QuizScore {
  /** The quiz's id. */
  quiz: string;
  /** One entry per question, in quiz order. */
  questions: QuestionScore[];
  /** One entry per objective, in the order the objectives first appear in the quiz. */
  objectives: ObjectiveScore[];
  /** Sum of all question scores. */
  score: number;
  /** Number of questions. */
  max: number;
  /** `score / max`, 0 to 1 (0 for a quiz without questions). */
  fraction: number;
  /** The quiz's pass mark (0 to 1), repeated for the view. */
  passMark: number;
  /** True when `fraction` reaches the pass mark. */
  passed: boolean;
}

/** The responses of an attempt, by question id; a missing one counts as not answered. */
export type QuizResponses = Readonly<Record<string, QuestionResponse | null | undefined>>;

/** Grades one question and wraps the result as a {@link QuestionScore}. */
export function scoreQuestion(question: Question, response: QuestionResponse | null | undefined): QuestionScore {
  const grade = gradeQuestion(question, response);
  return {
    id: question.id,
    type: question.type,
    objective: question.objective,
    score: grade.score,
    max: 1,
    correct: grade.correct,
    grade,
  };
}

/** Scores every question of `quiz` against `responses` and adds the results up. */
export function scoreQuiz(quiz: Quiz, responses: QuizResponses): QuizScore {
  const questions = quiz.questions.map((question) =>
    scoreQuestion(question, Object.hasOwn(responses, question.id) ? responses[question.id] : undefined),
  );
  const byObjective = new Map<string, ObjectiveScore>();
  for (const question of questions) {
    const entry = byObjective.get(question.objective) ?? { objective: question.objective, score: 0, max: 0 };
    entry.score += question.score;
    entry.max += question.max;
    byObjective.set(question.objective, entry);
  }
  const score = questions.reduce((sum, question) => sum + question.score, 0);
  const max = questions.length;
  const fraction = max === 0 ? 0 : score / max;
  return {
    quiz: quiz.id,
    questions,
    objectives: [...byObjective.values()],
    score,
    max,
    fraction,
    passMark: quiz.passMark,
    passed: max > 0 && fraction + EPSILON >= quiz.passMark,
  };
}
