/**
 * Every authority question in content/quizzes carries the case it describes; its key is written by
 * hand, and this test runs the case through the simulation engine to check it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { QuizSchema } from '../schemas/quiz';
import { ScenarioSchema } from '../schemas/scenario';
import { authorityOf, deviceIndex } from '../sim/derive';
import { createScenarioState } from '../sim/scenario';
import { applyActions } from '../sim/step';
import type { Scenario } from '../sim/types';
import type { SingleChoiceQuestion } from './types';

const content = (...path: string[]) => readFileSync(join(process.cwd(), 'content', ...path), 'utf8');
const authorityQuestions = readdirSync(join(process.cwd(), 'content', 'quizzes'))
  .filter((file) => file.endsWith('.yaml'))
  .flatMap((file) =>
    QuizSchema.parse(parse(content('quizzes', file))).questions.map((question) => ({ file, question })),
  )
  .filter(
    (
      entry,
    ): entry is {
      file: string;
      question: SingleChoiceQuestion & { authority: NonNullable<SingleChoiceQuestion['authority']> };
    } => entry.question.type === 'single-choice' && entry.question.authority !== undefined,
  );

describe('authority questions', () => {
  it('exist, with both answers among them', () => {
    expect(authorityQuestions.length).toBeGreaterThanOrEqual(4);
    expect(new Set(authorityQuestions.map(({ question }) => question.answer))).toEqual(
      new Set(['configmgr', 'intune']),
    );
  });

  for (const { file, question } of authorityQuestions) {
    it(`${file}: ${question.id} has the key the engine gives`, () => {
      const { scenario: id, actions, device, workload } = question.authority;
      const scenario = ScenarioSchema.parse(parse(content('scenarios', `${id}.yaml`))) as Scenario;
      const run = applyActions(createScenarioState(scenario), actions);
      if (!run.ok) throw new Error(`${question.id}: action ${run.index + 1} was refused: ${run.reason}`);
      const index = deviceIndex(run.state, device);
      expect(index, `${question.id}: no device ${device} in ${id}`).toBeGreaterThanOrEqual(0);
      expect(question.answer).toBe(authorityOf(run.state, index, workload));
    });
  }
});
