/**
 * Matching, at authoring time: ids unique across pairs and distractors, each explained, no answer
 * that leans on the others.
 */
import type { MatchingQuestion } from '../../types';
import type { LintContext } from '../lint';

export function lint(question: MatchingQuestion, context: LintContext): void {
  const { fail, standsAlone } = context;
  context.uniqueIds([
    ...question.pairs.map((pair, j) => ({ id: pair.id, field: `pairs[${j}].id` })),
    ...question.distractors.map((distractor, j) => ({ id: distractor.id, field: `distractors[${j}].id` })),
  ]);
  question.pairs.forEach((pair, j) => {
    if (pair.explanation.trim() === '') {
      fail(
        `pairs[${j}].explanation`,
        `pair "${pair.id}" has no explanation; expected a sentence on why "${pair.prompt}" goes with its match`,
      );
    }
    standsAlone(pair.match, `pairs[${j}].match`, `pair "${pair.id}"`);
  });
  question.distractors.forEach((distractor, j) => {
    if (distractor.explanation.trim() === '') {
      fail(
        `distractors[${j}].explanation`,
        `distractor "${distractor.id}" has no explanation; expected a sentence on why it matches none of the prompts`,
      );
    }
    standsAlone(distractor.text, `distractors[${j}].text`, `distractor "${distractor.id}"`);
  });
}
