/**
 * A self-assessment attempt drawn from a bank: the same number of questions from every objective,
 * in a seeded order. The attempt saves only its seed; `drawAttempt(bank, objectives, seed)` draws
 * the same questions in the same order again. Pure.
 */
import { deriveSeed, shuffle } from './shuffle';
import type { Question, Quiz } from './types';

/** Questions per objective in one self-assessment attempt (architecture.md: 12 in all, 3 each). */
export const PER_OBJECTIVE = 3;

/**
 * Draws `perObjective` questions of each objective in `objectives` (each objective's pick is its
 * own seeded shuffle), then shuffles the whole draw so objectives interleave. An objective with
 * fewer questions gives all it has: the page that draws (`Quiz.astro`) refuses to build with such
 * a bank, so the browser carries no check of its own.
 */
export function drawAttempt(
  bank: readonly Question[],
  objectives: readonly string[],
  seed: number,
  perObjective = PER_OBJECTIVE,
): Question[] {
  const picked = objectives.flatMap((objective) =>
    shuffle(
      bank.filter((question) => question.objective === objective),
      deriveSeed(seed, `draw:${objective}`),
    ).slice(0, perObjective),
  );
  return shuffle(picked, deriveSeed(seed, 'draw:order'));
}

/** The quiz one self-assessment attempt shows: the bank with only the questions drawn for `seed`. */
export function drawQuiz(bank: Quiz, objectives: readonly string[], seed: number): Quiz {
  return { ...bank, questions: drawAttempt(bank.questions, objectives, seed) };
}
