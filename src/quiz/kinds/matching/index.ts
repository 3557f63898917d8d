/**
 * Matching: choose, for every prompt, the answer that goes with it. The answers are the pairs'
 * matches plus any distractors, offered in one seeded order that never lines up with the prompts as
 * authored. A pair's match is identified by the pair's id, so a prompt is matched when the chosen
 * answer id equals its own id. Scores the share of prompts matched: 2 of 4 scores 0.5; `correct`
 * only when every prompt is matched.
 */
import { shuffle } from '../../shuffle';
import type {
  MatchingFeedback,
  MatchingGrade,
  MatchingQuestion,
  MatchingResponse,
  PreparedMatching,
} from '../../types';
import { shownOption } from '../choices';

/** Prompts in authored order; answers (matches and distractors) in a seeded order. */
export function prepare(question: MatchingQuestion, seed: number): PreparedMatching {
  const answers = [
    ...question.pairs.map((pair) => ({ id: pair.id, text: pair.match })),
    ...question.distractors.map(shownOption),
  ];
  return {
    type: 'matching',
    id: question.id,
    seed,
    prompts: question.pairs.map((pair) => ({ id: pair.id, text: pair.prompt })),
    // Authored answers sit beside their prompts, so that order would give the answers away.
    choices: shuffle(answers, seed, { avoidInPlace: question.pairs.length }),
  };
}

/** Feedback per prompt; a wrong choice also brings the explanation of the answer chosen. */
export function grade(question: MatchingQuestion, response: MatchingResponse | null | undefined): MatchingGrade {
  const matches = response?.matches ?? {};
  const pairs = new Map(question.pairs.map((pair) => [pair.id, pair]));
  const distractors = new Map(question.distractors.map((distractor) => [distractor.id, distractor]));
  const perOption = question.pairs.map((pair): MatchingFeedback => {
    const chosen = Object.hasOwn(matches, pair.id) ? (matches[pair.id] ?? null) : null;
    if (chosen === null) return { pair: pair.id, chosen, outcome: 'unanswered', explanation: pair.explanation };
    if (chosen === pair.id) return { pair: pair.id, chosen, outcome: 'matched', explanation: pair.explanation };
    const feedback: MatchingFeedback = { pair: pair.id, chosen, outcome: 'mismatched', explanation: pair.explanation };
    const other = pairs.get(chosen);
    const distractor = distractors.get(chosen);
    if (other) feedback.chosenExplanation = other.explanation;
    else if (distractor) {
      feedback.chosenExplanation = distractor.explanation;
      if (distractor.misconception !== undefined) feedback.misconception = distractor.misconception;
    }
    return feedback;
  });
  const matched = perOption.filter((feedback) => feedback.outcome === 'matched').length;
  const total = question.pairs.length;
  return {
    type: 'matching',
    score: total === 0 ? 0 : matched / total,
    correct: total > 0 && matched === total,
    perOption,
  };
}

/** Complete once every prompt has an answer. */
export const complete = (question: MatchingQuestion, response: MatchingResponse | null | undefined): boolean =>
  question.pairs.every((pair) => response?.matches[pair.id] != null);
