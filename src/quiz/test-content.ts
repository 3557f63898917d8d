/**
 * Test helper: the real files of content/quizzes and content/scenarios, parsed by their schemas
 * (Node only; the site reads them through Astro's content collections instead).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { QuizSchema } from '../schemas/quiz';
import { ScenarioSchema } from '../schemas/scenario';
import type { Scenario } from '../sim/types';
import { findLab, labResponse, labSolution, runLab } from './lab';
import type { KindTypes, Question, QuestionResponse, QuestionType, Quiz } from './types';

const CONTENT = join(process.cwd(), 'content');

function yamlFiles(folder: string): { file: string; data: unknown }[] {
  return readdirSync(join(CONTENT, folder))
    .filter((file) => file.endsWith('.yaml'))
    .sort()
    .map((file) => ({ file, data: parse(readFileSync(join(CONTENT, folder, file), 'utf8')) }));
}

/** Every quiz file, with its file name; throws naming the file when one does not parse. */
export function quizFiles(): { file: string; quiz: Quiz }[] {
  return yamlFiles('quizzes').map(({ file, data }) => {
    const parsed = QuizSchema.safeParse(data);
    if (!parsed.success)
      throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return { file, quiz: parsed.data };
  });
}

/** Every scenario file, parsed. */
export function scenarioFiles(): Scenario[] {
  return yamlFiles('scenarios').map(({ file, data }) => {
    const parsed = ScenarioSchema.safeParse(data);
    if (!parsed.success)
      throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return parsed.data as Scenario;
  });
}

/** The right answer to a question of each kind, built from its key (a lab task: its scenario's steps up to the goal, run). */
const rightResponses = {
  'single-choice': (question) => ({ type: 'single-choice', choice: question.answer }),
  'multiple-response': (question) => ({ type: 'multiple-response', choices: question.answers }),
  ordering: (question) => ({ type: 'ordering', order: question.steps.map((step) => step.id) }),
  matching: (question) => ({
    type: 'matching',
    matches: Object.fromEntries(question.pairs.map((pair) => [pair.id, pair.id])),
  }),
  'lab-task': (question, scenarios) => {
    const lab = findLab(question, scenarios);
    if (!lab) throw new Error(`${question.id}: no goal "${question.goal}" in scenario "${question.scenario}"`);
    const solution = labSolution(lab);
    return labResponse(lab.goal, solution, runLab(lab, solution).state);
  },
} satisfies {
  [K in QuestionType]: (question: KindTypes[K]['question'], scenarios: readonly Scenario[]) => KindTypes[K]['response'];
};

/** The right answer to a question, built from its key (a lab task: its scenario's steps up to the goal, run). */
export function rightResponse(question: Question, scenarios: readonly Scenario[]): QuestionResponse {
  // The one cast, as in `registry.ts`: TypeScript cannot relate the question to its kind's entry.
  return (rightResponses[question.type] as (question: Question, scenarios: readonly Scenario[]) => QuestionResponse)(
    question,
    scenarios,
  );
}
