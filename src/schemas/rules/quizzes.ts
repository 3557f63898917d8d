/**
 * `content/quizzes/*.yaml` and the `<Quiz>` tags that place them: quiz and question ids unique,
 * each quiz's unit exists, each question's objective is declared, its `teaches` anchor is a heading
 * of a unit, its `shows` a scenario; stems worded positively; then each question kind's own lint
 * (`../../quiz/lints.ts`); finally every unit quiz placed exactly once, in its own unit.
 */
import type { QuizData } from '../quiz';
import type { Question } from '../../quiz/types';
import { lintQuestion } from '../../quiz/lints';
import { declaredList } from './objectives';
import { headingIds, mdxBodyOrNull } from './lesson-bodies';
import { compareStrings, knownList, quoteList, relativeContentPath, type Fail, type Report } from './problems';
import { checkAboveText, checkPositiveStem, checkUniqueIds } from './question-wording';
import type { LessonEntry, Unit } from './units';

/** One quiz file, already checked by `QuizSchema`. */
export interface QuizEntry {
  filePath: string;
  data: QuizData;
}

/** What the quiz rules need to know about the rest of the content. */
export interface QuizContext {
  /** The units whose folder names parse (for `unit`, `teaches` and where `<Quiz>` tags sit). */
  units: readonly Unit[];
  /** Objective ids `content/module.yaml` declares. */
  declaredIds: readonly string[];
  /** `content/module.yaml`. */
  moduleFile: string;
  /** Scenario ids that exist, for authority questions and lab tasks; undefined when not given. */
  knownScenarios?: readonly string[] | undefined;
  /** Goal ids by scenario id, for lab tasks; undefined when not given. */
  scenarioGoals?: Readonly<Record<string, readonly string[]>> | undefined;
}

/** What every question's checks share, across all quiz files. */
interface QuestionFacts {
  context: QuizContext;
  /** Unit slug -> its lesson (for `unit` and the heading ids `teaches` may point at). */
  unitBodies: ReadonlyMap<string, LessonEntry>;
  /** The units' slugs, each once, for "known slugs include" hints. */
  knownSlugs: readonly string[];
  /** A unit's heading ids, read once per unit. */
  headingsOf: (slug: string) => string[];
}

/** `teaches: "<unit-slug>#<heading-id>"`. */
const TEACHES = /^([^#\s]+)#([^#\s]+)$/;

/** Runs the quiz rules over the files, then the `<Quiz>` tag rules over the unit bodies. */
export function checkQuizFiles(quizzes: readonly QuizEntry[], context: QuizContext, report: Report): void {
  const unitBodies = new Map(context.units.map(({ ref, lesson }) => [ref.slug, lesson] as const));
  const headingsBySlug = new Map<string, string[]>();
  const headingsOf = (slug: string): string[] => {
    let ids = headingsBySlug.get(slug);
    if (ids === undefined) {
      ids = headingIds(unitBodies.get(slug)?.body ?? '');
      headingsBySlug.set(slug, ids);
    }
    return ids;
  };
  checkQuizzes(quizzes, { context, unitBodies, knownSlugs: [...unitBodies.keys()], headingsOf }, report);
  checkQuizTags(quizzes, context.units, report);
}

/**
 * The quiz rules. Every question problem names the file, the YAML path of the field and, at the
 * start of the message, the question id; quiz-level problems name the quiz id.
 */
function checkQuizzes(quizzes: readonly QuizEntry[], facts: QuestionFacts, report: Report): void {
  const { unitBodies, knownSlugs } = facts;
  const quizOwners = new Map<string, string>();
  const questionOwners = new Map<string, string>();

  // Sorted by file so "the second one" of a duplicate pair is stable whatever order the loader used.
  const sorted = [...quizzes].sort((a, b) =>
    compareStrings(relativeContentPath(a.filePath), relativeContentPath(b.filePath)),
  );
  for (const { filePath, data: quiz } of sorted) {
    const shown = relativeContentPath(filePath);

    const quizOwner = quizOwners.get(quiz.id);
    if (quizOwner !== undefined) {
      report(
        filePath,
        'id',
        `quiz "${quiz.id}": this id is also used by ${quizOwner}; ` +
          `expected every quiz id to be unique (saved attempts refer to it)`,
      );
    } else {
      quizOwners.set(quiz.id, shown);
    }
    if (quiz.unit === undefined) {
      if (quiz.completesUnit) {
        report(
          filePath,
          'completesUnit',
          `quiz "${quiz.id}": completes no unit without a unit; expected a unit, or completesUnit false`,
        );
      }
    } else if (!unitBodies.has(quiz.unit)) {
      report(
        filePath,
        'unit',
        `quiz "${quiz.id}": received unit "${quiz.unit}", but no unit has this slug; expected a lesson folder name ` +
          `without its NN- prefix${knownList('known slugs include', quiz.unit, knownSlugs)}`,
      );
    }

    // A page shows each lab's simulator with ids made from its scenario: one lab per scenario per quiz
    // (the lab task's lint, src/quiz/kinds/lab-task/lint.ts, checks it).
    const labScenarios = new Map<string, string>();
    quiz.questions.forEach((question, index) => {
      const at = `questions[${index}]`;
      const fail: Fail = (field, message) =>
        report(filePath, field === '' ? at : `${at}.${field}`, `question "${question.id}": ${message}`);

      const owner = questionOwners.get(question.id);
      if (owner !== undefined) {
        fail(
          'id',
          `this id is also used by ${owner}; ` +
            `expected every question id to be unique across all quizzes (saved attempts refer to it)`,
        );
      } else {
        questionOwners.set(question.id, `${at} of ${shown}`);
      }
      checkQuestion(question, facts, labScenarios, fail);
    });
  }
}

/**
 * One question: its objective, its `teaches` anchor, the scenario it `shows`, a positive stem, then
 * its kind's lint. `labScenarios` is shared by the questions of one quiz.
 */
function checkQuestion(question: Question, facts: QuestionFacts, labScenarios: Map<string, string>, fail: Fail): void {
  const { declaredIds, moduleFile, knownScenarios, scenarioGoals } = facts.context;
  if (!declaredIds.includes(question.objective)) {
    fail(
      'objective',
      `received "${question.objective}", which ${relativeContentPath(moduleFile)} does not declare; expected one of ` +
        declaredList(declaredIds),
    );
  }

  checkTeaches(question.teaches, facts, fail);

  if (question.shows !== undefined && knownScenarios !== undefined && !knownScenarios.includes(question.shows)) {
    fail(
      'shows',
      `received "${question.shows}", but no scenario has this id; expected the id of a file in content/scenarios/` +
        knownList('known scenarios include', question.shows, knownScenarios),
    );
  }

  checkPositiveStem(question.stem, fail);

  lintQuestion(question, {
    fail,
    knownScenarios,
    scenarioGoals,
    labScenarios,
    uniqueIds: (entries) => checkUniqueIds(entries, fail),
    standsAlone: (text, field, what) => checkAboveText(text, field, what, fail),
    quoteList,
    knownList,
  });
}

/** `teaches` is `<unit-slug>#<heading-id>`, the unit exists and one of its headings has that id. */
function checkTeaches(teaches: string, facts: QuestionFacts, fail: Fail): void {
  const match = TEACHES.exec(teaches);
  if (!match) {
    fail(
      'teaches',
      `received "${teaches}"; expected "<unit-slug>#<heading-id>", ` +
        `e.g. "paths#path-1-existing-configuration-manager-clients"`,
    );
    return;
  }
  const slug = match[1]!;
  const heading = match[2]!;
  const lesson = facts.unitBodies.get(slug);
  if (lesson === undefined) {
    fail(
      'teaches',
      `received "${teaches}", but no unit has the slug "${slug}"; expected a lesson folder name ` +
        `without its NN- prefix${knownList('known slugs include', slug, facts.knownSlugs)}`,
    );
    return;
  }
  const ids = facts.headingsOf(slug);
  if (!ids.includes(heading)) {
    fail(
      'teaches',
      `received "${teaches}", but ${relativeContentPath(lesson.filePath)} has no heading with the id "${heading}"; ` +
        `expected the id of one of its headings${knownList('known ids include', heading, ids)}`,
    );
  }
}

/**
 * `<Quiz id="...">` tags: each names a quiz of `content/quizzes/` that belongs to the unit it is
 * placed in (its `unit`), and every quiz is placed exactly once, in its own unit.
 */
function checkQuizTags(quizzes: readonly QuizEntry[], units: readonly Unit[], report: Report): void {
  const placed = new Map<string, number>();
  const ids = quizzes.map((quiz) => quiz.data.id);
  for (const { ref, lesson } of units) {
    for (const tag of mdxBodyOrNull(lesson.body)?.tags('Quiz') ?? []) {
      const id = tag.attributes.get('id');
      if (id === undefined || id.kind === 'expression') {
        report(lesson.filePath, '<Quiz>', `needs a quoted id (body line ${tag.line}); expected <Quiz id="quiz-id" />`);
        continue;
      }
      const quiz = quizzes.find((candidate) => candidate.data.id === id.value);
      if (!quiz) {
        report(
          lesson.filePath,
          `<Quiz id="${id.value}">`,
          `no quiz has this id (body line ${tag.line}); expected the id of a quiz in content/quizzes/` +
            knownList('known quizzes include', id.value, ids),
        );
        continue;
      }
      placed.set(id.value, (placed.get(id.value) ?? 0) + 1);
      if (quiz.data.unit === undefined) {
        report(
          lesson.filePath,
          `<Quiz id="${id.value}">`,
          `this quiz has no unit (body line ${tag.line}): ` +
            `it is the self-assessment bank, shown on /self-assessment/; expected a unit's own quiz`,
        );
        continue;
      }
      // A quiz whose unit does not exist is reported by checkQuizzes already.
      if (quiz.data.unit !== ref.slug && units.some((unit) => unit.ref.slug === quiz.data.unit)) {
        report(
          lesson.filePath,
          `<Quiz id="${id.value}">`,
          `this quiz belongs to unit "${quiz.data.unit}" (body line ${tag.line}); ` +
            `expected it placed in that unit, or its unit changed to "${ref.slug}"`,
        );
      }
    }
  }
  for (const { filePath, data } of quizzes) {
    const count = placed.get(data.id) ?? 0;
    if (data.unit !== undefined && count !== 1 && units.some((unit) => unit.ref.slug === data.unit)) {
      report(
        filePath,
        'id',
        `quiz "${data.id}": placed ${count === 0 ? 'nowhere' : `${count} times`}; ` +
          `expected <Quiz id="${data.id}" /> exactly once in the body of unit "${data.unit}"`,
      );
    }
  }
}
