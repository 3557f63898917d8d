/**
 * Cross-file content checks: the rules a single zod schema cannot see because they span files
 * (lesson folders, `content/module.yaml`, `content/glossary.yaml`, the MDX bodies that refer to
 * them, and the quizzes in `content/quizzes/` with their anchors into the units). Pure: plain data
 * in, a list of problems out, so vitest runs it without Astro.
 *
 * `src/components/site/site-content.ts` calls `assertValidContent()` once per build; any problem fails the
 * build with one line per problem, `<file>: <field>: <message>`, each saying what was received
 * and what was expected (style principle 7).
 */
import type { ModuleData } from './module';
import type { LessonData } from './lesson';
import type { GlossaryData } from './glossary';
import type { QuizData } from './quiz';
import type { TrainersData } from './trainers';
import { parseUnitFolder, type UnitRef } from '../progress/navigation';
import { MdxBodyError, tryReadMdxBody, type MdxBody } from './mdx-body';
import { lintQuestion } from '../quiz/lints';

/** Everything `validateContent()` looks at, as the content collections deliver it. */
export interface ContentInput {
  /** `content/module.yaml`. */
  module: { filePath: string; data: ModuleData };
  /** One entry per unit folder, in any order. */
  lessons: {
    /** The numbered folder name, e.g. `02-understand-co-management`. */
    folder: string;
    /** e.g. `content/lessons/02-understand-co-management/index.mdx`. */
    filePath: string;
    /** The frontmatter, already checked by `LessonSchema`. */
    data: LessonData;
    /** The raw MDX body (frontmatter excluded). */
    body: string;
  }[];
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
  quizzes?: { filePath: string; data: QuizData }[] | undefined;
  /**
   * `content/trainers.yaml`, already checked by `TrainersSchema`, with each scenario's
   * `durationMinutes` by id (the scenarios that exist). When absent, the running order is not checked.
   */
  trainers?: { filePath: string; data: TrainersData; scenarioMinutes: Readonly<Record<string, number>> } | undefined;
}

/** One thing wrong with the content. */
export interface ContentProblem {
  /** The file to fix, relative to the project root, e.g. `content/lessons/09-broken/index.mdx`. */
  file: string;
  /** Where in the file: a frontmatter/YAML path (`objectives[2].unit`) or a tag (`<Term id="x">`). */
  field: string;
  /** What was received and what was expected. */
  message: string;
}

/** Runs every cross-file check and returns the problems found; `[]` means the content is valid. */
export function validateContent(input: ContentInput): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (file: string, field: string, message: string) =>
    problems.push({ file: relativeContentPath(file), field, message });

  const moduleFile = input.module.filePath;
  const glossaryFile = input.glossary.filePath;
  const moduleShown = relativeContentPath(moduleFile);
  const glossaryShown = relativeContentPath(glossaryFile);

  // Sorting by folder makes "the first one" of a duplicate pair stable whatever order the loader used.
  const lessons = [...input.lessons].sort((a, b) => compareStrings(a.folder, b.folder));

  // Lesson folders: NN-slug, unique NN, unique slug.
  const units: { ref: UnitRef; lesson: (typeof lessons)[number] }[] = [];
  const byNumber = new Map<number, string>();
  const bySlug = new Map<string, string>();
  for (const lesson of lessons) {
    const ref = parseUnitFolder(lesson.folder);
    if (!ref) {
      report(
        lesson.filePath,
        'folder',
        `received folder name "${lesson.folder}"; expected two digits, a hyphen and a kebab-case slug, ` +
          `e.g. "02-understand-co-management"`,
      );
      continue;
    }
    units.push({ ref, lesson });
    const nn = lesson.folder.slice(0, 2);
    const sameNumber = byNumber.get(ref.order);
    if (sameNumber !== undefined) {
      report(
        lesson.filePath,
        'folder',
        `number ${nn} is also used by ${relativeContentPath(sameNumber)}; ` +
          `expected every unit to have its own NN, which sets the unit order`,
      );
    } else {
      byNumber.set(ref.order, lesson.filePath);
    }
    const sameSlug = bySlug.get(ref.slug);
    if (sameSlug !== undefined) {
      report(
        lesson.filePath,
        'folder',
        `slug "${ref.slug}" is also used by ${relativeContentPath(sameSlug)}; ` +
          `expected every unit to have its own slug, which is its URL /units/${ref.slug}/`,
      );
    } else {
      bySlug.set(ref.slug, lesson.filePath);
    }
  }
  const knownSlugs = [...bySlug.keys()];

  // module.yaml objectives: unique ids, each naming an existing unit that lists it.
  const declared = new Map<string, number>();
  input.module.data.objectives.forEach((objective, i) => {
    const first = declared.get(objective.id);
    if (first !== undefined) {
      report(
        moduleFile,
        `objectives[${i}].id`,
        `id "${objective.id}" is already used by objectives[${first}]; expected each objective exactly once`,
      );
    } else {
      declared.set(objective.id, i);
    }

    const taught = units.filter((unit) => unit.ref.slug === objective.unit);
    if (taught.length === 0) {
      report(
        moduleFile,
        `objectives[${i}].unit`,
        `received "${objective.unit}", but no unit has this slug; expected a lesson folder name without ` +
          `its NN- prefix${knownList('known slugs include', objective.unit, knownSlugs)}`,
      );
      return;
    }
    for (const { lesson } of taught) {
      if (!lesson.data.objectives.includes(objective.id)) {
        report(
          lesson.filePath,
          'objectives',
          `received ${quoteList(lesson.data.objectives)}; expected it to include "${objective.id}", because ` +
            `${moduleShown} names this unit for that objective (objectives[${i}].unit)`,
        );
      }
    }
  });

  // Lesson frontmatter: every objective id declared in module.yaml.
  const declaredIds = [...declared.keys()];
  for (const lesson of lessons) {
    lesson.data.objectives.forEach((id, i) => {
      if (!declared.has(id)) {
        report(
          lesson.filePath,
          `objectives[${i}]`,
          `received "${id}", which ${moduleShown} does not declare; ` +
            `expected one of ${declaredIds.length > 0 ? quoteList(declaredIds) : '(none: module.yaml declares no objectives)'}`,
        );
      }
    });
  }

  // Glossary: unique ids; seeAlso names other, existing terms.
  const terms = input.glossary.data.terms;
  const termIndex = new Map<string, number>();
  terms.forEach((term, i) => {
    const first = termIndex.get(term.id);
    if (first !== undefined) {
      report(
        glossaryFile,
        `terms[${i}].id`,
        `id "${term.id}" is already used by terms[${first}]; expected every term id to be unique`,
      );
    } else {
      termIndex.set(term.id, i);
    }
  });
  const termIds = [...termIndex.keys()];
  terms.forEach((term, i) => {
    for (const other of term.seeAlso ?? []) {
      if (other === term.id) {
        report(
          glossaryFile,
          `terms[${i}].seeAlso`,
          `"${other}" is the term itself; expected ids of other, related terms`,
        );
      } else if (!termIndex.has(other)) {
        report(
          glossaryFile,
          `terms[${i}].seeAlso`,
          `received "${other}", but no glossary term has this id` +
            knownList('known ids include', other, termIds),
        );
      }
    }
  });

  // Lesson bodies: <Term id> and <SimulatorSlot scenario> refer to things that exist.
  for (const lesson of lessons) {
    const body = tryReadMdxBody(lesson.body);
    if (body instanceof MdxBodyError) {
      // Astro's MDX compile stops a build on such a body first, with its own line and column.
      report(lesson.filePath, 'body', `is not valid MDX: ${body.message}`);
      continue;
    }
    for (const tag of body.tags('Term')) {
      const id = tag.attributes.get('id');
      if (id === undefined) {
        report(
          lesson.filePath,
          '<Term>',
          `has no id (body line ${tag.line}); expected <Term id="glossary-id">text</Term> ` +
            `with an id from ${glossaryShown}`,
        );
      } else if (id.kind === 'expression') {
        report(
          lesson.filePath,
          `<Term id={${id.value}}>`,
          `received an expression (body line ${tag.line}); expected a quoted glossary id, e.g. <Term id="mdm">`,
        );
      } else if (!termIndex.has(id.value)) {
        report(
          lesson.filePath,
          `<Term id="${id.value}">`,
          `no glossary term has this id (body line ${tag.line}); expected an id from ${glossaryShown}` +
            knownList('known ids include', id.value, termIds),
        );
      }
    }

    checkChecklistTags(lesson, body, report);

    const scenarios = input.knownScenarios;
    if (scenarios === undefined) continue;
    for (const tag of body.tags('SimulatorSlot')) {
      const scenario = tag.attributes.get('scenario');
      if (scenario === undefined) {
        report(
          lesson.filePath,
          '<SimulatorSlot>',
          `has no scenario (body line ${tag.line}); expected <SimulatorSlot scenario="scenario-id" />`,
        );
      } else if (scenario.kind === 'expression') {
        report(
          lesson.filePath,
          `<SimulatorSlot scenario={${scenario.value}}>`,
          `received an expression (body line ${tag.line}); expected a quoted scenario id`,
        );
      } else if (!scenarios.includes(scenario.value)) {
        report(
          lesson.filePath,
          `<SimulatorSlot scenario="${scenario.value}">`,
          `no scenario has this id (body line ${tag.line}); expected the id of a file in content/scenarios/` +
            knownList('known scenarios include', scenario.value, scenarios),
        );
      }
    }
  }

  // Checklist ids are saved in progress, so they must be unique across units.
  const checklistOwners = new Map<string, string>();
  for (const lesson of lessons) {
    const id = lesson.data.checklist?.id;
    if (id === undefined) continue;
    const owner = checklistOwners.get(id);
    if (owner === undefined) checklistOwners.set(id, lesson.filePath);
    else {
      report(
        lesson.filePath,
        'checklist.id',
        `received "${id}", which ${relativeContentPath(owner)} already uses; expected an id unique across units`,
      );
    }
  }

  // Scenario files: the id inside is the file name. Pages, lessons and quizzes find a scenario by
  // its file name; share links, presenter notes and simulator element ids are built from its id,
  // so a copied file that keeps the old id would link to the scenario it was copied from.
  for (const { filePath, id } of input.scenarioFiles ?? []) {
    const name = fileStem(filePath);
    if (id !== name) {
      report(filePath, 'id', `received "${id}"; expected "${name}", the file's name (pages are made per file, links are built from the id)`);
    }
  }

  if (input.trainers !== undefined) checkRunningOrder(input.trainers, new Set(units.map(({ ref }) => ref.slug)), [...checklistOwners.keys()], report);

  // Quizzes: ids, answer keys, explanations, objectives, anchors into the units, wording, and
  // where each is placed.
  if (input.quizzes !== undefined) {
    const unitBodies = new Map(units.map(({ ref, lesson }) => [ref.slug, lesson] as const));
    checkQuizzes(input.quizzes, { unitBodies, declaredIds, moduleShown, knownScenarios: input.knownScenarios, scenarioGoals: input.scenarioGoals }, report);
    checkQuizTags(input.quizzes, units, report);
  }

  return problems;
}

type Report = (file: string, field: string, message: string) => void;

/**
 * The trainers' running order: scenarios and units exist, no scenario twice, the minutes add up;
 * each swap-in replaces a scenario of the running order; the printed checklist is a unit's.
 */
function checkRunningOrder(
  trainers: NonNullable<ContentInput['trainers']>,
  unitSlugs: ReadonlySet<string>,
  checklistIds: readonly string[],
  report: Report,
): void {
  const { filePath, data, scenarioMinutes } = trainers;
  const known = Object.keys(scenarioMinutes);
  const seen = new Map<string, string>();
  let total = 0;
  const checkScenario = (id: string, field: string) => {
    const minutes = scenarioMinutes[id];
    if (minutes === undefined) {
      report(filePath, field, `received "${id}", but no scenario has this id; expected the id of a file in content/scenarios/` + knownList('known scenarios include', id, known));
      return 0;
    }
    const first = seen.get(id);
    if (first !== undefined) report(filePath, field, `received "${id}", which ${first} already names; expected each scenario once`);
    else seen.set(id, field);
    return minutes;
  };
  data.runningOrder.forEach((item, index) => {
    if ('scenario' in item) {
      total += checkScenario(item.scenario, `runningOrder[${index}].scenario`);
      return;
    }
    total += item.minutes;
    item.units.forEach((slug, k) => {
      if (!unitSlugs.has(slug)) {
        report(filePath, `runningOrder[${index}].units[${k}]`, `received "${slug}", but no unit has this slug; expected one of ${[...unitSlugs].join(', ')}`);
      }
    });
  });
  const ordered = data.runningOrder.flatMap((item) => ('scenario' in item ? [item.scenario] : []));
  data.alternatives.forEach((item, index) => {
    checkScenario(item.scenario, `alternatives[${index}].scenario`);
    if (ordered.includes(item.replaces)) return;
    const field = `alternatives[${index}].replaces`;
    if (scenarioMinutes[item.replaces] === undefined) {
      report(filePath, field, `received "${item.replaces}", but no scenario has this id; expected a scenario of the running order` + knownList('its scenarios include', item.replaces, ordered));
    } else {
      report(filePath, field, `received "${item.replaces}", which is not in the running order; expected one of its scenarios: ${ordered.join(', ')}`);
    }
  });
  if (!checklistIds.includes(data.checklist)) {
    report(
      filePath,
      'checklist',
      `received "${data.checklist}", but no unit declares this checklist; expected the checklist.id of a unit` + knownList('units declare', data.checklist, checklistIds),
    );
  }
  if (total !== data.classMinutes) {
    report(
      filePath,
      'runningOrder',
      `the items add up to ${total} minutes (a scenario counts its durationMinutes); expected classMinutes, ${data.classMinutes}`,
    );
  }
}

/** What the quiz rules need to know about the rest of the content. */
interface QuizContext {
  /** Unit slug -> its lesson (for `unit` and the heading ids `teaches` may point at). */
  unitBodies: ReadonlyMap<string, ContentInput['lessons'][number]>;
  /** Objective ids `content/module.yaml` declares. */
  declaredIds: readonly string[];
  /** `content/module.yaml` as shown in messages. */
  moduleShown: string;
  /** Scenario ids that exist, for authority questions and lab tasks; undefined when not given. */
  knownScenarios?: readonly string[] | undefined;
  /** Goal ids by scenario id, for lab tasks; undefined when not given. */
  scenarioGoals?: Readonly<Record<string, readonly string[]>> | undefined;
}

/** `teaches: "<unit-slug>#<heading-id>"`. */
const TEACHES = /^([^#\s]+)#([^#\s]+)$/;

/** An option that leans on the others ("all of the above", "none of the above"). */
const ABOVE_OPTION = /\b(?:all|none)\s+of\s+the\s+above\b/i;

/**
 * Negative stems, first match wins: NOT in capitals, "except" in any case, and "which (one / of
 * the following / of these) is (are, does, ...) not" or "isn't". A lower-case "not" elsewhere in a
 * stem ("why can a device not enroll?") is allowed.
 */
const NEGATIVE_STEMS: readonly RegExp[] = [
  /\bNOT\b/,
  /\bEXCEPT\b/i,
  /\bwhich\s+(?:one\s+|of\s+(?:the\s+following|these|them|those)\s+)?(?:is|are|does|do|would|will|should|can)\s*(?:not\b|n't\b)/i,
];

/**
 * The quiz rules. Every question problem names the file, the YAML path of the field and, at the
 * start of the message, the question id; quiz-level problems name the quiz id.
 */
function checkQuizzes(quizzes: NonNullable<ContentInput['quizzes']>, context: QuizContext, report: Report): void {
  const { unitBodies, declaredIds, moduleShown, knownScenarios, scenarioGoals } = context;
  const knownSlugs = [...unitBodies.keys()];
  const headingsBySlug = new Map<string, string[]>();
  const headingsOf = (slug: string): string[] => {
    let ids = headingsBySlug.get(slug);
    if (ids === undefined) {
      ids = headingIds(unitBodies.get(slug)?.body ?? '');
      headingsBySlug.set(slug, ids);
    }
    return ids;
  };
  const quizOwners = new Map<string, string>();
  const questionOwners = new Map<string, string>();

  // Sorted by file so "the second one" of a duplicate pair is stable whatever order the loader used.
  const sorted = [...quizzes].sort((a, b) => compareStrings(relativeContentPath(a.filePath), relativeContentPath(b.filePath)));
  for (const { filePath, data: quiz } of sorted) {
    const shown = relativeContentPath(filePath);

    const quizOwner = quizOwners.get(quiz.id);
    if (quizOwner !== undefined) {
      report(filePath, 'id', `quiz "${quiz.id}": this id is also used by ${quizOwner}; expected every quiz id to be unique (saved attempts refer to it)`);
    } else {
      quizOwners.set(quiz.id, shown);
    }
    if (quiz.unit === undefined) {
      if (quiz.completesUnit) report(filePath, 'completesUnit', `quiz "${quiz.id}": completes no unit without a unit; expected a unit, or completesUnit false`);
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
      const fail = (field: string, message: string) =>
        report(filePath, field === '' ? at : `${at}.${field}`, `question "${question.id}": ${message}`);

      const owner = questionOwners.get(question.id);
      if (owner !== undefined) {
        fail('id', `this id is also used by ${owner}; expected every question id to be unique across all quizzes (saved attempts refer to it)`);
      } else {
        questionOwners.set(question.id, `${at} of ${shown}`);
      }

      if (!declaredIds.includes(question.objective)) {
        fail(
          'objective',
          `received "${question.objective}", which ${moduleShown} does not declare; expected one of ` +
            (declaredIds.length > 0 ? quoteList(declaredIds) : '(none: module.yaml declares no objectives)'),
        );
      }

      checkTeaches(question.teaches, knownSlugs, unitBodies, headingsOf, fail);

      if (question.shows !== undefined && knownScenarios !== undefined && !knownScenarios.includes(question.shows)) {
        fail(
          'shows',
          `received "${question.shows}", but no scenario has this id; expected the id of a file in content/scenarios/` +
            knownList('known scenarios include', question.shows, knownScenarios),
        );
      }

      const negative = NEGATIVE_STEMS.map((pattern) => pattern.exec(question.stem)).find((match) => match !== null);
      if (negative) {
        fail(
          'stem',
          `received a stem built on "${negative[0]}"; expected a positively worded question (ask which statement ` +
            `is true, not which is false: a negative is easy to misread and tests reading, not knowledge)`,
        );
      }

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
    });
  }
}

type Fail = (field: string, message: string) => void;

/**
 * `<Quiz id="...">` tags: each names a quiz of `content/quizzes/` that belongs to the unit it is
 * placed in (its `unit`), and every quiz is placed exactly once, in its own unit.
 */
function checkQuizTags(
  quizzes: NonNullable<ContentInput['quizzes']>,
  units: readonly { ref: UnitRef; lesson: ContentInput['lessons'][number] }[],
  report: Report,
): void {
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
          `no quiz has this id (body line ${tag.line}); expected the id of a quiz in content/quizzes/${knownList('known quizzes include', id.value, ids)}`,
        );
        continue;
      }
      placed.set(id.value, (placed.get(id.value) ?? 0) + 1);
      if (quiz.data.unit === undefined) {
        report(
          lesson.filePath,
          `<Quiz id="${id.value}">`,
          `this quiz has no unit (body line ${tag.line}): it is the self-assessment bank, shown on /self-assessment/; expected a unit's own quiz`,
        );
        continue;
      }
      // A quiz whose unit does not exist is reported by checkQuizzes already.
      if (quiz.data.unit !== ref.slug && units.some((unit) => unit.ref.slug === quiz.data.unit)) {
        report(
          lesson.filePath,
          `<Quiz id="${id.value}">`,
          `this quiz belongs to unit "${quiz.data.unit}" (body line ${tag.line}); expected it placed in that unit, or its unit changed to "${ref.slug}"`,
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
        `quiz "${data.id}": placed ${count === 0 ? 'nowhere' : `${count} times`}; expected <Quiz id="${data.id}" /> exactly once in the body of unit "${data.unit}"`,
      );
    }
  }
}

/** `teaches` is `<unit-slug>#<heading-id>`, the unit exists and one of its headings has that id. */
function checkTeaches(
  teaches: string,
  knownSlugs: readonly string[],
  unitBodies: QuizContext['unitBodies'],
  headingsOf: (slug: string) => string[],
  fail: Fail,
): void {
  const match = TEACHES.exec(teaches);
  if (!match) {
    fail('teaches', `received "${teaches}"; expected "<unit-slug>#<heading-id>", e.g. "paths#path-1-existing-configuration-manager-clients"`);
    return;
  }
  const slug = match[1]!;
  const heading = match[2]!;
  const lesson = unitBodies.get(slug);
  if (lesson === undefined) {
    fail('teaches', `received "${teaches}", but no unit has the slug "${slug}"; expected a lesson folder name without its NN- prefix${knownList('known slugs include', slug, knownSlugs)}`);
    return;
  }
  const ids = headingsOf(slug);
  if (!ids.includes(heading)) {
    fail(
      'teaches',
      `received "${teaches}", but ${relativeContentPath(lesson.filePath)} has no heading with the id "${heading}"; ` +
        `expected the id of one of its headings${knownList('known ids include', heading, ids)}`,
    );
  }
}

function checkUniqueIds(entries: readonly { id: string; field: string }[], fail: Fail): void {
  const seen = new Set<string>();
  for (const { id, field } of entries) {
    if (seen.has(id)) fail(field, `received "${id}" a second time; expected ids unique within the question (responses refer to them)`);
    seen.add(id);
  }
}

function checkAboveText(text: string, field: string, what: string, fail: Fail): void {
  const match = ABOVE_OPTION.exec(text);
  if (match) {
    fail(
      field,
      `${what} reads "${text}"; expected an option that stands on its own ("${match[0]}" leans on the other ` +
        `options, which the learner sees shuffled, and rewards elimination over knowing the answer)`,
    );
  }
}

/**
 * The ids Astro gives the headings of an MDX body, in order (`mdx-body.ts` runs Astro's own
 * heading-id step). A body that is not valid MDX has none here; its lesson reports why.
 */
export function headingIds(body: string): string[] {
  return mdxBodyOrNull(body)?.headings.map((heading) => heading.slug) ?? [];
}

function mdxBodyOrNull(body: string): MdxBody | null {
  const read = tryReadMdxBody(body);
  return read instanceof MdxBodyError ? null : read;
}

/**
 * A unit's checklist: item ids unique (ticks are saved by them); placed exactly where the body
 * says `<Checklist id="...">` with the unit's own checklist id; never declared and left unplaced.
 */
function checkChecklistTags(lesson: ContentInput['lessons'][number], body: MdxBody, report: Report): void {
  const checklist = lesson.data.checklist;
  const seen = new Set<string>();
  checklist?.items.forEach((item, index) => {
    if (seen.has(item.id)) {
      report(lesson.filePath, `checklist.items[${index}].id`, `received "${item.id}" a second time; expected ids unique within the checklist`);
    }
    seen.add(item.id);
  });
  const tags = body.tags('Checklist');
  for (const tag of tags) {
    const id = tag.attributes.get('id');
    if (id === undefined || id.kind === 'expression') {
      report(lesson.filePath, '<Checklist>', `needs a quoted id (body line ${tag.line}); expected <Checklist id="${checklist?.id ?? 'checklist-id'}" />`);
    } else if (id.value !== checklist?.id) {
      report(
        lesson.filePath,
        `<Checklist id="${id.value}">`,
        checklist
          ? `received "${id.value}" (body line ${tag.line}); expected this unit's checklist id "${checklist.id}"`
          : `this unit declares no checklist (body line ${tag.line}); expected a \`checklist:\` in its frontmatter`,
      );
    }
  }
  if (checklist && tags.length === 0) {
    report(lesson.filePath, 'checklist', `"${checklist.id}" is declared but never placed; expected <Checklist id="${checklist.id}" /> in the body`);
  }
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

/**
 * Shows an absolute path that lies inside a `content/` folder relative to the project root
 * (`/tmp/x/content/lessons/09-broken/index.mdx` -> `content/lessons/09-broken/index.mdx`); any other
 * path is returned as given, with backslashes turned into slashes.
 */
export function relativeContentPath(filePath: string): string {
  const path = filePath.replace(/\\/g, '/');
  const absolute = path.startsWith('/') || /^[A-Za-z]:\//.test(path);
  if (!absolute) return path;
  // The last match: a parent folder of the project may itself be called "content".
  const at = path.lastIndexOf('/content/');
  return at < 0 ? path : path.slice(at + 1);
}

/** A file's name without its folder and its extension: `content/scenarios/x.yaml` -> `x`. */
function fileStem(filePath: string): string {
  const name = filePath.replace(/\\/g, '/').split('/').pop() ?? '';
  return name.replace(/\.[^.]*$/, '');
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The `count` known values nearest to `received`, nearest first (ties alphabetical). */
export function nearest(received: string, known: readonly string[], count = 3): string[] {
  return [...new Set(known)]
    .map((value) => ({ value, distance: editDistance(received, value) }))
    .sort((a, b) => a.distance - b.distance || compareStrings(a.value, b.value))
    .slice(0, count)
    .map((entry) => entry.value);
}

function knownList(label: string, received: string, known: readonly string[]): string {
  if (known.length === 0) return '';
  const shown = nearest(received, known);
  const more = new Set(known).size > shown.length ? ', ...' : '';
  return `; ${label} ${shown.map((value) => `"${value}"`).join(', ')}${more}`;
}

function quoteList(values: readonly string[]): string {
  return `[${values.map((value) => `"${value}"`).join(', ')}]`;
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
