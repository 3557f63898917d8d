/**
 * The malformed-content corpus: each file in this folder is a small piece of content with one
 * author's mistake on top of otherwise valid content, said in its first comment. This manifest
 * says, per file, where it is planted among the real content and what must refuse it.
 *
 * `src/schemas/malformed-corpus.test.ts` plants every file and runs the content through the steps
 * the build runs, in the build's order: the collection's zod schema (content sync), the MDX
 * compiler (lessons), then `validateContent()` (the first page's prerender). The first step that
 * refuses the content must be `rejectedBy`, and the problems it reports about the planted file must
 * be exactly the one described here. `src/schemas/build-failures.test.ts` runs some of these files
 * through a real `astro build`.
 *
 * This folder is outside `content/`, so the site never loads these files.
 */

/** How the build refuses a file, and what its message must name besides the file. */
export type Rejection =
  | {
      /** Refused by the collection's zod schema while Astro syncs content. */
      rejectedBy: 'schema';
      /** The path as Astro prints it, dot-separated: `questions.0.answer`, `terms.1.definition`. */
      field: string;
      /** A further word the message must contain, e.g. the name of an unknown key. */
      detail?: string;
    }
  | {
      /** Refused by `validateContent()`, whose problems read `<file>: <field>: <message>`. */
      rejectedBy: 'validateContent';
      /** The problem's field: a YAML path (`questions[0].answer`) or a tag (`<Term id="x">`). */
      field: string;
      /** For a quiz question: its id, which the message names as `question "<id>"`. */
      question?: string;
    }
  | {
      /** Refused by the MDX compiler while Vite builds the pages. */
      rejectedBy: 'mdx';
      /** Where the compiler reports it, counted in the whole file (frontmatter lines included). */
      line: number;
      column: number;
      /** Part of the compiler's reason, e.g. "Expected a closing tag for `<Term>`". */
      reason: string;
    };

export type MalformedFile = Rejection & {
  /**
   * Where the file goes in the project, relative to its root. A path that exists in `content/`
   * is replaced (a quiz or the glossary); any other is added (a new unit or scenario).
   */
  plantAs: string;
};

/** A new unit 8 (units 1 to 7 exist). */
const NEW_UNIT = (slug: string) => `content/lessons/08-${slug}/index.mdx`;
/** Replaces the whole glossary with the file's few terms. */
const GLOSSARY = 'content/glossary.yaml';
/** A new scenario; its `id` must be this file name. */
const NEW_SCENARIO = 'content/scenarios/pilot-enrollment-for-finance.yaml';
/** Replaces unit 5's quick check, which `<Quiz id="paths-quick-check" />` in unit 5 places. */
const PATHS_QUIZ = 'content/quizzes/paths.yaml';

/** Every corpus file by name: a file without an entry here, or an entry without a file, fails the test. */
export const MALFORMED: Readonly<Record<string, MalformedFile>> = {
  // Lessons: frontmatter (schema), bodies (validateContent) and MDX syntax.
  'lesson-missing-summary.mdx': { plantAs: NEW_UNIT('reporting'), rejectedBy: 'schema', field: 'summary' },
  'lesson-duration-as-text.mdx': { plantAs: NEW_UNIT('reporting'), rejectedBy: 'schema', field: 'durationMinutes' },
  'lesson-unknown-objective.mdx': { plantAs: NEW_UNIT('reporting'), rejectedBy: 'schema', field: 'objectives.1' },
  'lesson-unknown-glossary-term.mdx': { plantAs: NEW_UNIT('reporting'), rejectedBy: 'validateContent', field: '<Term id="co-managment">' },
  'lesson-unknown-scenario.mdx': {
    plantAs: NEW_UNIT('watching-enrollment'),
    rejectedBy: 'validateContent',
    field: '<SimulatorSlot scenario="pilot-enrolment-for-it">',
  },
  'lesson-unknown-quiz.mdx': { plantAs: NEW_UNIT('reporting'), rejectedBy: 'validateContent', field: '<Quiz id="reporting-quick-check">' },
  'lesson-checklist-duplicate-item.mdx': { plantAs: NEW_UNIT('reporting'), rejectedBy: 'validateContent', field: 'checklist.items[2].id' },
  'lesson-unclosed-term.mdx': {
    plantAs: NEW_UNIT('watching-enrollment'),
    rejectedBy: 'mdx',
    line: 13,
    column: 1,
    reason: 'Expected a closing tag for `<Term>`',
  },
  'lesson-invalid-expression.mdx': {
    plantAs: NEW_UNIT('sizing-a-pilot'),
    rejectedBy: 'mdx',
    line: 12,
    column: 26,
    reason: 'Could not parse expression with acorn',
  },

  // The glossary.
  'glossary-missing-definition.yaml': { plantAs: GLOSSARY, rejectedBy: 'schema', field: 'terms.1.definition' },
  'glossary-see-also-not-a-list.yaml': { plantAs: GLOSSARY, rejectedBy: 'schema', field: 'terms.1.seeAlso' },
  'glossary-misspelt-key.yaml': { plantAs: GLOSSARY, rejectedBy: 'schema', field: 'terms.2', detail: 'see-also' },
  'glossary-duplicate-id.yaml': { plantAs: GLOSSARY, rejectedBy: 'validateContent', field: 'terms[2].id' },
  'glossary-see-also-unknown.yaml': { plantAs: GLOSSARY, rejectedBy: 'validateContent', field: 'terms[0].seeAlso' },

  // Scenarios.
  'scenario-missing-duration.yaml': { plantAs: NEW_SCENARIO, rejectedBy: 'schema', field: 'durationMinutes' },
  'scenario-unknown-collection.yaml': { plantAs: NEW_SCENARIO, rejectedBy: 'schema', field: 'steps.0.actions.0.collection' },
  'scenario-unknown-device.yaml': { plantAs: NEW_SCENARIO, rejectedBy: 'schema', field: 'goals.0.checks.2.device' },
  'scenario-unknown-policy.yaml': { plantAs: NEW_SCENARIO, rejectedBy: 'schema', field: 'goals.0.checks.1.policy' },
  'scenario-unknown-view.yaml': { plantAs: NEW_SCENARIO, rejectedBy: 'schema', field: 'opensAt' },
  'scenario-unknown-step-view.yaml': { plantAs: NEW_SCENARIO, rejectedBy: 'schema', field: 'steps.0.view.0.view', detail: 'cm.properties.enablement' },
  'scenario-duplicate-goal-id.yaml': { plantAs: NEW_SCENARIO, rejectedBy: 'schema', field: 'goals.1.id' },
  'scenario-id-not-file-name.yaml': { plantAs: NEW_SCENARIO, rejectedBy: 'validateContent', field: 'id' },

  // Quizzes.
  'quiz-answer-as-number.yaml': { plantAs: PATHS_QUIZ, rejectedBy: 'schema', field: 'questions.0.answer' },
  'quiz-missing-stem.yaml': { plantAs: PATHS_QUIZ, rejectedBy: 'schema', field: 'questions.1.stem' },
  'quiz-unknown-question-type.yaml': { plantAs: PATHS_QUIZ, rejectedBy: 'schema', field: 'questions.0.type' },
  'quiz-answer-outside-options.yaml': {
    plantAs: PATHS_QUIZ,
    rejectedBy: 'validateContent',
    field: 'questions[0].answer',
    question: 'path-for-hybrid-desktops',
  },
  'quiz-answers-key-outside-options.yaml': {
    plantAs: PATHS_QUIZ,
    rejectedBy: 'validateContent',
    field: 'questions[1].answers[1]',
    question: 'site-ready-for-internet-devices',
  },
  'quiz-duplicate-question-id.yaml': {
    plantAs: PATHS_QUIZ,
    rejectedBy: 'validateContent',
    field: 'questions[1].id',
    question: 'path-for-hybrid-desktops',
  },
  'quiz-dangling-teaches.yaml': {
    plantAs: PATHS_QUIZ,
    rejectedBy: 'validateContent',
    field: 'questions[1].teaches',
    question: 'site-ready-for-internet-devices',
  },
  'quiz-unknown-objective.yaml': {
    plantAs: PATHS_QUIZ,
    rejectedBy: 'validateContent',
    field: 'questions[0].objective',
    question: 'path-for-hybrid-desktops',
  },
  'quiz-missing-explanation.yaml': {
    plantAs: PATHS_QUIZ,
    rejectedBy: 'validateContent',
    field: 'questions[0].options[1].explanation',
    question: 'path-for-hybrid-desktops',
  },
  'quiz-lab-unknown-goal.yaml': { plantAs: PATHS_QUIZ, rejectedBy: 'validateContent', field: 'questions[2].goal', question: 'bring-field-laptops-in' },

  // The trainers' page: replaces content/trainers.yaml.
  'trainers-swap-in-replaces-unknown-scenario.yaml': { plantAs: 'content/trainers.yaml', rejectedBy: 'validateContent', field: 'alternatives[0].replaces' },
};
