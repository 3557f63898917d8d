/**
 * Cross-file content checks: the rules a single zod schema cannot see because they span files
 * (lesson folders, `content/module.yaml`, `content/glossary.yaml`, the MDX bodies that refer to
 * them, and the quizzes in `content/quizzes/` with their anchors into the units). Pure: plain data
 * in, a list of problems out, so vitest runs it without Astro.
 *
 * The rules live in `./rules/`, one module per kind of content; `validateContent()` runs them in a
 * fixed order, handing each the facts the earlier ones found (the units, the declared objectives,
 * the glossary's term ids), so the problems always come out in the same order.
 *
 * `src/components/site/site-content.ts` calls `assertValidContent()` once per build; any problem fails the
 * build with one line per problem, `<file>: <field>: <message>`, each saying what was received
 * and what was expected (style principle 7).
 */
import type { ModuleData } from './module';
import type { GlossaryData } from './glossary';
import { checkGlossary } from './rules/glossary';
import { checkLessonBodies } from './rules/lesson-bodies';
import { checkLessonObjectives, checkModuleObjectives } from './rules/objectives';
import { compareStrings, relativeContentPath, type ContentProblem, type Report } from './rules/problems';
import { checkQuizFiles, type QuizEntry } from './rules/quizzes';
import { checkScenarioFileIds } from './rules/scenarios';
import { checkRunningOrder, type TrainersEntry } from './rules/trainers';
import { checkChecklistIds, checkUnitFolders, unitSlugs, type LessonEntry } from './rules/units';

export type { ContentProblem } from './rules/problems';
export { editDistance, nearest, relativeContentPath } from './rules/problems';
export { headingIds } from './rules/lesson-bodies';

/** Everything `validateContent()` looks at, as the content collections deliver it. */
export interface ContentInput {
  /** `content/module.yaml`. */
  module: { filePath: string; data: ModuleData };
  /** One entry per unit folder, in any order. */
  lessons: LessonEntry[];
  /** `content/glossary.yaml`. */
  glossary: { filePath: string; data: GlossaryData };
  /**
   * Ids of the simulator scenarios that exist. When given, every `<SimulatorSlot scenario="...">`
   * must name one of them; when absent, simulator slots are not checked.
   */
  knownScenarios?: readonly string[] | undefined;
  /**
   * `content/scenarios/*.yaml`: each file's path and the `id` written in it. When given, every id
   * must equal its file name (without `.yaml`); when absent, scenario ids are not checked.
   */
  scenarioFiles?: readonly { filePath: string; id: string }[] | undefined;
  /**
   * Each scenario's goal ids, by scenario id, for lab tasks. When absent, a lab task's goal is not
   * checked (its scenario still is, against `knownScenarios`).
   */
  scenarioGoals?: Readonly<Record<string, readonly string[]>> | undefined;
  /**
   * `content/quizzes/*.yaml`, one entry per file, already checked by `QuizSchema`. When absent, no
   * quiz rules run (callers from before the quiz engine keep compiling and passing).
   */
  quizzes?: QuizEntry[] | undefined;
  /**
   * `content/trainers.yaml`, already checked by `TrainersSchema`, with each scenario's
   * `durationMinutes` by id (the scenarios that exist). When absent, the running order is not checked.
   */
  trainers?: TrainersEntry | undefined;
}

/** Runs every cross-file check and returns the problems found; `[]` means the content is valid. */
export function validateContent(input: ContentInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report: Report = (file, field, message) => {
    problems.push({ file: relativeContentPath(file), field, message });
  };
  const { knownScenarios } = input;

  // Sorting by folder makes "the first one" of a duplicate pair stable whatever order the loader used.
  const lessons = [...input.lessons].sort((a, b) => compareStrings(a.folder, b.folder));
  const units = checkUnitFolders(lessons, report);
  const declaredIds = checkModuleObjectives(input.module, units, report);
  checkLessonObjectives(lessons, input.module.filePath, declaredIds, report);
  const termIds = checkGlossary(input.glossary, report);
  checkLessonBodies(lessons, { glossaryFile: input.glossary.filePath, termIds, knownScenarios }, report);
  const checklistIds = checkChecklistIds(lessons, report);
  checkScenarioFileIds(input.scenarioFiles ?? [], report);
  if (input.trainers !== undefined) checkRunningOrder(input.trainers, new Set(unitSlugs(units)), checklistIds, report);
  if (input.quizzes !== undefined) {
    const { scenarioGoals } = input;
    checkQuizFiles(
      input.quizzes,
      { units, declaredIds, moduleFile: input.module.filePath, knownScenarios, scenarioGoals },
      report,
    );
  }
  return problems;
}

/**
 * Throws one Error listing every problem, one per line as `<file>: <field>: <message>`, so a broken
 * build shows all of them at once instead of one per run. Does nothing when the content is valid.
 */
export function assertValidContent(input: ContentInput): void {
  const problems = validateContent(input);
  if (problems.length === 0) return;
  throw new Error(formatProblems(problems));
}

/** The text `assertValidContent()` throws: a heading, then one line per problem. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return [
    `Content is invalid (${count}); fix each line below and build again:`,
    ...problems.map((problem) => `${problem.file}: ${problem.field}: ${problem.message}`),
  ].join('\n');
}
