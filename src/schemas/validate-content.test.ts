import { describe, expect, it } from 'vitest';
import { matchingQuestion, sampleQuiz, singleChoiceQuestion } from '../quiz/test-fixtures';
import type { TrainersData } from './trainers';
import type { Question } from '../quiz/types';
import {
  assertValidContent,
  editDistance,
  nearest,
  relativeContentPath,
  validateContent,
  type ContentInput,
  type ContentProblem,
} from './validate-content';

const MODULE = 'content/module.yaml';
const GLOSSARY = 'content/glossary.yaml';
const lessonFile = (folder: string) => `content/lessons/${folder}/index.mdx`;

/** A small, complete and valid module: five units, four objectives, a glossary of four terms. */
function validInput(): ContentInput {
  const lesson = (folder: string, objectives: ContentInput['lessons'][number]['data']['objectives'], body = '') => ({
    folder,
    filePath: lessonFile(folder),
    data: { title: `Unit ${folder}`, summary: 'A unit.', durationMinutes: 5, objectives },
    body,
  });
  return {
    module: {
      filePath: MODULE,
      data: {
        title: 'Co-management Lab',
        summary: 'Bring devices under cloud management.',
        audience: 'Configuration Manager admins.',
        objectives: [
          { id: 'benefits', title: 'Learn about the benefits', unit: 'understand-co-management' },
          { id: 'prerequisites', title: 'Understand the prerequisites', unit: 'prerequisites' },
          { id: 'connector-status', title: 'Confirm the connector status', unit: 'connector-status' },
          { id: 'paths', title: 'Learn about paths', unit: 'paths' },
        ],
      },
    },
    lessons: [
      lesson(
        '01-introduction',
        ['benefits', 'prerequisites', 'connector-status', 'paths'],
        [
          'Welcome. <Term id="mdm">MDM</Term> and <Term id=\'cloud-attach\'>cloud attach</Term>.',
          '<Term class="x" id="co-management" title="t">co-management</Term>',
          '<Term id="mdm" />',
          '<Term',
          '  id="intune">Intune</Term>',
          '<Term id={"mdm"}>MDM</Term>',
          '',
          'Write `<Term id="not-a-term">` in a lesson to link a word.',
          '',
          '```mdx',
          '<Term id="also-not-a-term">example</Term>',
          '```',
          '',
          '{/* <Term id="commented-out" /> */}',
          '<Terminology>is another component</Terminology>',
        ].join('\n'),
      ),
      lesson('02-understand-co-management', ['benefits'], '<SimulatorSlot scenario="pilot-enrollment" />'),
      lesson('03-prerequisites', ['prerequisites']),
      lesson('04-connector-status', ['connector-status']),
      lesson('05-paths', ['paths']),
    ],
    glossary: {
      filePath: GLOSSARY,
      data: {
        terms: [
          { id: 'cloud-attach', term: 'Cloud attach', definition: 'd', seeAlso: ['co-management'] },
          { id: 'co-management', term: 'Co-management', definition: 'd', seeAlso: ['mdm', 'intune'] },
          { id: 'intune', term: 'Microsoft Intune', definition: 'd' },
          { id: 'mdm', term: 'Mobile device management (MDM)', definition: 'd' },
        ],
      },
    },
    knownScenarios: ['pilot-enrollment', 'tenant-attach'],
  };
}

/** The lesson with this folder in `input` (the fixture's lessons are mutated in place). */
function lesson(input: ContentInput, folder: string) {
  const found = input.lessons.find((candidate) => candidate.folder === folder);
  if (!found) throw new Error(`fixture has no lesson ${folder}`);
  return found;
}

/** Asserts exactly one problem and that assertValidContent's message names its file and field. */
function expectOneProblem(input: ContentInput, expected: ContentProblem): void {
  expect(validateContent(input)).toEqual([expected]);
  expect(() => assertValidContent(input)).toThrow(
    new Error(
      `Content is invalid (1 problem); fix each line below and build again:\n` +
        `${expected.file}: ${expected.field}: ${expected.message}`,
    ),
  );
}

describe('validateContent', () => {
  it('returns no problems for valid content', () => {
    expect(validateContent(validInput())).toEqual([]);
    expect(() => assertValidContent(validInput())).not.toThrow();
  });

  it('rejects a lesson folder that is not NN-slug', () => {
    const input = validInput();
    input.lessons.push({ ...lesson(input, '03-prerequisites'), folder: '9-broken', filePath: lessonFile('9-broken') });
    expectOneProblem(input, {
      file: 'content/lessons/9-broken/index.mdx',
      field: 'folder',
      message:
        'received folder name "9-broken"; expected two digits, a hyphen and a kebab-case slug, ' +
        'e.g. "02-understand-co-management"',
    });
  });

  it('rejects two lessons with the same NN, reporting the alphabetically later folder', () => {
    const input = validInput();
    input.lessons.push({ ...lesson(input, '03-prerequisites'), folder: '03-extra', filePath: lessonFile('03-extra') });
    expectOneProblem(input, {
      file: 'content/lessons/03-prerequisites/index.mdx',
      field: 'folder',
      message:
        'number 03 is also used by content/lessons/03-extra/index.mdx; ' +
        'expected every unit to have its own NN, which sets the unit order',
    });
  });

  it('rejects two lessons with the same slug', () => {
    const input = validInput();
    input.lessons.push({ ...lesson(input, '05-paths'), folder: '06-paths', filePath: lessonFile('06-paths') });
    expectOneProblem(input, {
      file: 'content/lessons/06-paths/index.mdx',
      field: 'folder',
      message:
        'slug "paths" is also used by content/lessons/05-paths/index.mdx; ' +
        'expected every unit to have its own slug, which is its URL /units/paths/',
    });
  });

  it('rejects a module objective id used twice', () => {
    const input = validInput();
    input.module.data.objectives[3] = { id: 'benefits', title: 'Again', unit: 'understand-co-management' };
    const problems = validateContent(input);
    expect(problems).toContainEqual({
      file: MODULE,
      field: 'objectives[3].id',
      message: 'id "benefits" is already used by objectives[0]; expected each objective exactly once',
    });
    expect(() => assertValidContent(input)).toThrow(/\ncontent\/module\.yaml: objectives\[3\]\.id: /);
  });

  it('rejects a module objective whose unit names no lesson slug', () => {
    const input = validInput();
    input.module.data.objectives[3]!.unit = 'pathz';
    expectOneProblem(input, {
      file: MODULE,
      field: 'objectives[3].unit',
      message:
        'received "pathz", but no unit has this slug; expected a lesson folder name without its NN- prefix; ' +
        'known slugs include "paths", "introduction", "prerequisites", ...',
    });
  });

  it('rejects a unit that does not list the objective module.yaml assigns to it', () => {
    const input = validInput();
    lesson(input, '03-prerequisites').data.objectives = ['paths'];
    expectOneProblem(input, {
      file: 'content/lessons/03-prerequisites/index.mdx',
      field: 'objectives',
      message:
        'received ["paths"]; expected it to include "prerequisites", because content/module.yaml names ' +
        'this unit for that objective (objectives[1].unit)',
    });
  });

  it('rejects a lesson objective that module.yaml does not declare', () => {
    const input = validInput();
    // The schema's enum allows the four fixed ids; this module file declares only three of them.
    input.module.data.objectives = input.module.data.objectives.filter((objective) => objective.id !== 'paths');
    expect(validateContent(input)).toEqual([
      {
        file: 'content/lessons/01-introduction/index.mdx',
        field: 'objectives[3]',
        message:
          'received "paths", which content/module.yaml does not declare; ' +
          'expected one of ["benefits", "prerequisites", "connector-status"]',
      },
      {
        file: 'content/lessons/05-paths/index.mdx',
        field: 'objectives[0]',
        message:
          'received "paths", which content/module.yaml does not declare; ' +
          'expected one of ["benefits", "prerequisites", "connector-status"]',
      },
    ]);
    expect(() => assertValidContent(input)).toThrow(
      /\ncontent\/lessons\/05-paths\/index\.mdx: objectives\[0\]: received "paths"/,
    );
  });

  it('rejects a glossary id used twice', () => {
    const input = validInput();
    input.glossary.data.terms.push({ id: 'mdm', term: 'MDM again', definition: 'd' });
    expectOneProblem(input, {
      file: GLOSSARY,
      field: 'terms[4].id',
      message: 'id "mdm" is already used by terms[3]; expected every term id to be unique',
    });
  });

  it('rejects a seeAlso that names an unknown term', () => {
    const input = validInput();
    input.glossary.data.terms[2]!.seeAlso = ['mdmm'];
    expectOneProblem(input, {
      file: GLOSSARY,
      field: 'terms[2].seeAlso',
      message:
        'received "mdmm", but no glossary term has this id; known ids include "mdm", "intune", "cloud-attach", ...',
    });
  });

  it('rejects a seeAlso that names the term itself', () => {
    const input = validInput();
    input.glossary.data.terms[3]!.seeAlso = ['mdm'];
    expectOneProblem(input, {
      file: GLOSSARY,
      field: 'terms[3].seeAlso',
      message: '"mdm" is the term itself; expected ids of other, related terms',
    });
  });

  it('rejects a <Term> whose id is not in the glossary, with the nearest known ids', () => {
    const input = validInput();
    lesson(input, '04-connector-status').body = 'Intro.\n\nDevices enroll through <Term id="mdmm">MDM</Term>.';
    expectOneProblem(input, {
      file: 'content/lessons/04-connector-status/index.mdx',
      field: '<Term id="mdmm">',
      message:
        'no glossary term has this id (body line 3); expected an id from content/glossary.yaml; ' +
        'known ids include "mdm", "intune", "cloud-attach", ...',
    });
  });

  it('finds unknown ids in single-quoted, self-closing and multi-attribute <Term> tags', () => {
    const input = validInput();
    lesson(input, '04-connector-status').body = [
      "<Term id='one'>x</Term>",
      '<Term id="two" />',
      '<Term class="k" id="three" data-x="1">x</Term>',
    ].join('\n');
    expect(validateContent(input).map((problem) => [problem.file, problem.field])).toEqual([
      ['content/lessons/04-connector-status/index.mdx', '<Term id="one">'],
      ['content/lessons/04-connector-status/index.mdx', '<Term id="two">'],
      ['content/lessons/04-connector-status/index.mdx', '<Term id="three">'],
    ]);
  });

  it('rejects a <Term> without an id', () => {
    const input = validInput();
    lesson(input, '05-paths').body = 'See <Term>co-management</Term>.';
    expectOneProblem(input, {
      file: 'content/lessons/05-paths/index.mdx',
      field: '<Term>',
      message:
        'has no id (body line 1); expected <Term id="glossary-id">text</Term> with an id from content/glossary.yaml',
    });
  });

  it('ignores <Term> text in fenced code blocks and inline code', () => {
    const input = validInput();
    lesson(input, '05-paths').body = [
      'Use `<Term id="nope">` or ``<Term id="nope2">``.',
      '',
      '```',
      '<Term id="nope3">x</Term>',
      '```',
      '',
      '~~~~mdx',
      '<Term>',
      '```',
      '~~~~',
    ].join('\n');
    expect(validateContent(input)).toEqual([]);
  });

  it('rejects a <SimulatorSlot> whose scenario is not known', () => {
    const input = validInput();
    lesson(input, '02-understand-co-management').body = '<SimulatorSlot scenario="pilot-enrolment" />';
    expectOneProblem(input, {
      file: 'content/lessons/02-understand-co-management/index.mdx',
      field: '<SimulatorSlot scenario="pilot-enrolment">',
      message:
        'no scenario has this id (body line 1); expected the id of a file in content/scenarios/; ' +
        'known scenarios include "pilot-enrollment", "tenant-attach"',
    });
  });

  it('skips <SimulatorSlot> checks when no scenario list is given', () => {
    const input = validInput();
    delete input.knownScenarios;
    lesson(input, '02-understand-co-management').body = '<SimulatorSlot scenario="anything" />';
    expect(validateContent(input)).toEqual([]);
  });

  it('rejects a scenario file whose id is not its file name, and accepts one whose id is', () => {
    const input = validInput();
    input.scenarioFiles = [
      { filePath: '/tmp/build-x/content/scenarios/pilot-enrollment.yaml', id: 'pilot-enrollment' },
      { filePath: 'content/scenarios/tenant-attach.yaml', id: 'pilot-enrollment' },
    ];
    expectOneProblem(input, {
      file: 'content/scenarios/tenant-attach.yaml',
      field: 'id',
      message:
        'received "pilot-enrollment"; expected "tenant-attach", the file\'s name (pages are made per file, links are built from the id)',
    });
  });

  it('reports absolute content paths relative to the project root', () => {
    const input = validInput();
    const broken = lesson(input, '05-paths');
    broken.filePath = '/tmp/build-x/content/lessons/05-paths/index.mdx';
    broken.body = '<Term id="nope">x</Term>';
    expect(validateContent(input)[0]?.file).toBe('content/lessons/05-paths/index.mdx');
  });

  it('lists every problem, each on its own line', () => {
    const input = validInput();
    input.glossary.data.terms[3]!.seeAlso = ['mdm'];
    lesson(input, '05-paths').body = '<Term id="nope">x</Term>';
    expect(() => assertValidContent(input)).toThrow(
      new Error(
        [
          'Content is invalid (2 problems); fix each line below and build again:',
          'content/glossary.yaml: terms[3].seeAlso: "mdm" is the term itself; expected ids of other, related terms',
          'content/lessons/05-paths/index.mdx: <Term id="nope">: no glossary term has this id (body line 1); ' +
            'expected an id from content/glossary.yaml; known ids include "intune", "mdm", "cloud-attach", ...',
        ].join('\n'),
      ),
    );
  });
});

describe('relativeContentPath', () => {
  it('keeps relative paths and cuts absolute ones at the last /content/', () => {
    expect(relativeContentPath('content/module.yaml')).toBe('content/module.yaml');
    expect(relativeContentPath('/home/content/site/content/glossary.yaml')).toBe('content/glossary.yaml');
    expect(relativeContentPath('C:\\site\\content\\module.yaml')).toBe('content/module.yaml');
    expect(relativeContentPath('/elsewhere/module.yaml')).toBe('/elsewhere/module.yaml');
  });
});

describe('editDistance and nearest', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('mdm', 'mdmm')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('returns the closest values first, ties alphabetical', () => {
    expect(nearest('mdmm', ['intune', 'mdm', 'mam', 'cloud-attach'], 2)).toEqual(['mdm', 'mam']);
  });
});

describe('checklists', () => {
  const checklist = {
    id: 'prerequisites',
    title: 'Readiness',
    items: [
      { id: 'entra-id-p1', group: 'Licensing', label: 'Entra ID P1', detail: 'Needed for automatic enrollment.' },
      { id: 'intune-licence', group: 'Licensing', label: 'Intune licence', detail: 'For the admin.' },
    ],
  };
  /** The valid input with unit 3 declaring the checklist and placing it with `body`. */
  function withChecklist(body = '<Checklist id="prerequisites" />', data = checklist): ContentInput {
    const input = validInput();
    const unit = input.lessons[2]!;
    unit.data = { ...unit.data, checklist: data };
    unit.body = body;
    return input;
  }
  const file = 'content/lessons/03-prerequisites/index.mdx';

  it('accepts a checklist placed by its own id', () => {
    expect(validateContent(withChecklist())).toEqual([]);
  });

  it("rejects a <Checklist> id that is not the unit's checklist", () => {
    expect(validateContent(withChecklist('<Checklist id="prereqs" />'))).toEqual([
      {
        file,
        field: '<Checklist id="prereqs">',
        message: expect.stringContaining('expected this unit\'s checklist id "prerequisites"'),
      },
    ]);
  });

  it('rejects a <Checklist> in a unit that declares none', () => {
    const input = validInput();
    input.lessons[3]!.body = '<Checklist id="prerequisites" />';
    expect(validateContent(input)).toEqual([
      {
        file: 'content/lessons/04-connector-status/index.mdx',
        field: '<Checklist id="prerequisites">',
        message: expect.stringContaining('declares no checklist'),
      },
    ]);
  });

  it('rejects a checklist declared but never placed', () => {
    expect(validateContent(withChecklist(''))).toEqual([
      { file, field: 'checklist', message: expect.stringContaining('never placed') },
    ]);
  });

  it('rejects duplicate item ids, naming the second', () => {
    const duplicate = { ...checklist, items: [checklist.items[0]!, { ...checklist.items[1]!, id: 'entra-id-p1' }] };
    expect(validateContent(withChecklist(undefined, duplicate))).toEqual([
      { file, field: 'checklist.items[1].id', message: expect.stringContaining('"entra-id-p1" a second time') },
    ]);
  });

  it('rejects the same checklist id in two units', () => {
    const input = withChecklist();
    const other = input.lessons[4]!;
    other.data = { ...other.data, checklist };
    other.body = '<Checklist id="prerequisites" />';
    const problems = validateContent(input);
    expect(problems).toEqual([
      {
        file: 'content/lessons/05-paths/index.mdx',
        field: 'checklist.id',
        message: expect.stringContaining('content/lessons/03-prerequisites/index.mdx already uses'),
      },
    ]);
    expect(() => assertValidContent(input)).toThrow(/05-paths\/index\.mdx: checklist\.id: /);
  });
});

describe('quizzes', () => {
  const QUIZ = 'content/quizzes/connector-status.yaml';
  const OTHER = 'content/quizzes/paths.yaml';

  /** The valid input plus the units' headings the sample quiz points at, and the sample quiz. */
  function quizInput(): ContentInput {
    const input = validInput();
    lesson(input, '02-understand-co-management').body += [
      '',
      '',
      '## Workloads: who is in charge of what',
      '',
      '## The Device configuration coupling',
    ].join('\n');
    lesson(input, '04-connector-status').body =
      '## The Cloud Attach Configuration Wizard\n\n### Cloud attach\n\n### Summary\n\n<Quiz id="sample-check" />\n';
    lesson(input, '05-paths').body = '## Two paths at a glance\n\n## Path 1: existing Configuration Manager clients\n';
    input.quizzes = [{ filePath: QUIZ, data: sampleQuiz() }];
    return input;
  }

  /** The sample quiz's question at `index`, narrowed to its kind (the fixture's order is fixed). */
  function question<T extends Question['type']>(input: ContentInput, index: number, type: T, file = QUIZ) {
    const found = input.quizzes?.find((quiz) => quiz.filePath === file)?.data.questions[index];
    if (found?.type !== type) throw new Error(`fixture has no ${type} at ${index}`);
    return found as Extract<Question, { type: T }>;
  }

  /**
   * Asserts exactly one problem, and that the line assertValidContent prints names the file and
   * the question id (style principle 7: a broken quiz names what to fix and where).
   */
  function expectOneQuizProblem(input: ContentInput, expected: ContentProblem, questionId: string): void {
    expect(validateContent(input)).toEqual([expected]);
    let thrown = '';
    try {
      assertValidContent(input);
    } catch (error) {
      thrown = (error as Error).message;
    }
    const line = thrown.split('\n')[1] ?? '';
    expect(line.startsWith(`${expected.file}: `)).toBe(true);
    expect(line).toContain(`"${questionId}"`);
  }

  it('accepts a valid quiz with one question of each kind', () => {
    expect(validateContent(quizInput())).toEqual([]);
  });

  it('accepts a missing or empty quizzes list when no unit places a quiz', () => {
    const input = quizInput();
    lesson(input, '04-connector-status').body = lesson(input, '04-connector-status').body.replace(
      '<Quiz id="sample-check" />',
      '',
    );
    input.quizzes = [];
    expect(validateContent(input)).toEqual([]);
  });

  it('rejects a question id used again in another quiz file, naming both files', () => {
    const input = quizInput();
    input.quizzes!.push({
      filePath: OTHER,
      data: {
        id: 'paths-check',
        title: 'Quick check',
        unit: 'paths',
        passMark: 0.75,
        completesUnit: false,
        questions: [{ ...singleChoiceQuestion(), teaches: 'paths#path-1-existing-configuration-manager-clients' }],
      },
    });
    lesson(input, '05-paths').body += '\n<Quiz id="paths-check" />\n';
    expectOneQuizProblem(
      input,
      {
        file: OTHER,
        field: 'questions[0].id',
        message:
          'question "wizard-node": this id is also used by questions[0] of content/quizzes/connector-status.yaml; ' +
          'expected every question id to be unique across all quizzes (saved attempts refer to it)',
      },
      'wizard-node',
    );
    // Whatever order the loader delivers the files in, the later file is the one reported.
    input.quizzes!.reverse();
    expect(validateContent(input).map((problem) => problem.file)).toEqual([OTHER]);
  });

  it('rejects a question id used twice in the same file', () => {
    const input = quizInput();
    input.quizzes![0]!.data.questions.push(matchingQuestion());
    expectOneQuizProblem(
      input,
      {
        file: QUIZ,
        field: 'questions[4].id',
        message:
          'question "workload-governs": this id is also used by questions[3] of content/quizzes/connector-status.yaml; ' +
          'expected every question id to be unique across all quizzes (saved attempts refer to it)',
      },
      'workload-governs',
    );
  });

  it('rejects a single-choice answer key outside the options', () => {
    const input = quizInput();
    question(input, 0, 'single-choice').answer = 'cloud-atach';
    expectOneQuizProblem(
      input,
      {
        file: QUIZ,
        field: 'questions[0].answer',
        message:
          'question "wizard-node": received "cloud-atach", which is not one of its option ids; ' +
          'expected one of ["cloud-attach", "co-management-node", "intune-connectors"]',
      },
      'wizard-node',
    );
  });

  it('rejects a multiple-response answer key outside the options', () => {
    const input = quizInput();
    question(input, 1, 'multiple-response').answers = ['resource-access', 'endpoint-protecion'];
    expectOneQuizProblem(
      input,
      {
        file: QUIZ,
        field: 'questions[1].answers[1]',
        message:
          'question "device-configuration-coupling": received "endpoint-protecion", which is not one of its option ids; ' +
          'expected one of ["resource-access", "endpoint-protection", "compliance-policies", "client-apps"]',
      },
      'device-configuration-coupling',
    );
  });

  it('rejects a multiple-response question without a correct option', () => {
    const input = quizInput();
    question(input, 1, 'multiple-response').answers = [];
    expectOneQuizProblem(
      input,
      {
        file: QUIZ,
        field: 'questions[1].answers',
        message:
          'question "device-configuration-coupling": received no answers; expected the id of at least one right option',
      },
      'device-configuration-coupling',
    );
  });

  it('rejects an option without an explanation', () => {
    const input = quizInput();
    question(input, 0, 'single-choice').options[2]!.explanation = '';
    expectOneQuizProblem(
      input,
      {
        file: QUIZ,
        field: 'questions[0].options[2].explanation',
        message:
          'question "wizard-node": option "intune-connectors" has no explanation; ' +
          'expected one to three sentences on why it is right or wrong',
      },
      'wizard-node',
    );
  });

  it('rejects an ordering step without an explanation (blank counts as missing)', () => {
    const input = quizInput();
    question(input, 2, 'ordering').steps[1]!.explanation = '  \n';
    expectOneQuizProblem(
      input,
      {
        file: QUIZ,
        field: 'questions[2].steps[1].explanation',
        message:
          'question "wizard-pages": step "configure-upload" has no explanation; expected a sentence on why it comes where it does',
      },
      'wizard-pages',
    );
  });

  it('rejects a matching pair without an explanation', () => {
    const input = quizInput();
    question(input, 3, 'matching').pairs[0]!.explanation = '';
    expectOneQuizProblem(
      input,
      {
        file: QUIZ,
        field: 'questions[3].pairs[0].explanation',
        message:
          'question "workload-governs": pair "compliance-policies" has no explanation; ' +
          'expected a sentence on why "Compliance policies" goes with its match',
      },
      'workload-governs',
    );
  });

  it('rejects a matching distractor without an explanation', () => {
    const input = quizInput();
    question(input, 3, 'matching').distractors[0]!.explanation = '';
    expectOneQuizProblem(
      input,
      {
        file: QUIZ,
        field: 'questions[3].distractors[0].explanation',
        message:
          'question "workload-governs": distractor "third-party-updates" has no explanation; ' +
          'expected a sentence on why it matches none of the prompts',
      },
      'workload-governs',
    );
  });

  it('rejects an objective that module.yaml does not declare', () => {
    const input = quizInput();
    question(input, 2, 'ordering').objective = 'connector';
    expectOneQuizProblem(
      input,
      {
        file: QUIZ,
        field: 'questions[2].objective',
        message:
          'question "wizard-pages": received "connector", which content/module.yaml does not declare; ' +
          'expected one of ["benefits", "prerequisites", "connector-status", "paths"]',
      },
      'wizard-pages',
    );
  });

  it('rejects a teaches anchor whose heading does not exist in the unit, suggesting the nearest ids', () => {
    const input = quizInput();
    question(input, 0, 'single-choice').teaches = 'connector-status#cloud-attach-configuration-wizard';
    expectOneQuizProblem(
      input,
      {
        file: QUIZ,
        field: 'questions[0].teaches',
        message:
          'question "wizard-node": received "connector-status#cloud-attach-configuration-wizard", but ' +
          'content/lessons/04-connector-status/index.mdx has no heading with the id "cloud-attach-configuration-wizard"; ' +
          'expected the id of one of its headings; known ids include "the-cloud-attach-configuration-wizard", "cloud-attach", "summary"',
      },
      'wizard-node',
    );
  });

  it('rejects a teaches anchor whose unit does not exist', () => {
    const input = quizInput();
    question(input, 0, 'single-choice').teaches = 'connector#summary';
    expectOneQuizProblem(
      input,
      {
        file: QUIZ,
        field: 'questions[0].teaches',
        message:
          'question "wizard-node": received "connector#summary", but no unit has the slug "connector"; expected a lesson ' +
          'folder name without its NN- prefix; known slugs include "connector-status", "paths", "introduction", ...',
      },
      'wizard-node',
    );
  });

  it('rejects a teaches value that is not <unit-slug>#<heading-id>', () => {
    const input = quizInput();
    question(input, 0, 'single-choice').teaches = 'connector-status';
    expectOneQuizProblem(
      input,
      {
        file: QUIZ,
        field: 'questions[0].teaches',
        message:
          'question "wizard-node": received "connector-status"; expected "<unit-slug>#<heading-id>", ' +
          'e.g. "paths#path-1-existing-configuration-manager-clients"',
      },
      'wizard-node',
    );
  });

  it('does not count a heading inside fenced code as an anchor', () => {
    const input = quizInput();
    lesson(input, '04-connector-status').body += '\n```md\n## Not a heading\n```\n';
    question(input, 0, 'single-choice').teaches = 'connector-status#not-a-heading';
    expect(validateContent(input).map((problem) => problem.field)).toEqual(['questions[0].teaches']);
  });

  it('rejects an ordering of fewer than three steps', () => {
    const input = quizInput();
    const ordering = question(input, 2, 'ordering');
    ordering.steps = ordering.steps.slice(0, 2);
    expectOneQuizProblem(
      input,
      {
        file: QUIZ,
        field: 'questions[2].steps',
        message: 'question "wizard-pages": received 2 steps; expected at least 3 (with two, ordering is a coin toss)',
      },
      'wizard-pages',
    );
  });

  it('rejects an option "All of the above"', () => {
    const input = quizInput();
    question(input, 1, 'multiple-response').options[3]!.text = 'All of the above.';
    expectOneQuizProblem(
      input,
      {
        file: QUIZ,
        field: 'questions[1].options[3].text',
        message:
          'question "device-configuration-coupling": option "client-apps" reads "All of the above."; expected an option ' +
          'that stands on its own ("All of the above" leans on the other options, which the learner sees shuffled, and ' +
          'rewards elimination over knowing the answer)',
      },
      'device-configuration-coupling',
    );
  });

  it('rejects "none of the above" in any case, in choice options and matching answers alike', () => {
    for (const text of ['None of the above', 'NONE OF THE ABOVE', 'none of  the above']) {
      const input = quizInput();
      question(input, 0, 'single-choice').options[1]!.text = text;
      expect(validateContent(input)).toEqual([
        {
          file: QUIZ,
          field: 'questions[0].options[1].text',
          message: expect.stringContaining(`question "wizard-node": option "co-management-node" reads "${text}"`),
        },
      ]);
    }
    const input = quizInput();
    question(input, 3, 'matching').distractors[0]!.text = 'None of the above';
    question(input, 3, 'matching').pairs[1]!.match = 'All of the above';
    expect(
      validateContent(input).map((problem) => [problem.file, problem.field, problem.message.slice(0, 27)]),
    ).toEqual([
      [QUIZ, 'questions[3].pairs[1].match', 'question "workload-governs"'],
      [QUIZ, 'questions[3].distractors[0].text', 'question "workload-governs"'],
    ]);
  });

  it('rejects a stem built on NOT', () => {
    const input = quizInput();
    question(input, 0, 'single-choice').stem = 'Which page is NOT part of the wizard?';
    expectOneQuizProblem(
      input,
      {
        file: QUIZ,
        field: 'questions[0].stem',
        message:
          'question "wizard-node": received a stem built on "NOT"; expected a positively worded question (ask which ' +
          'statement is true, not which is false: a negative is easy to misread and tests reading, not knowledge)',
      },
      'wizard-node',
    );
  });

  it('rejects a stem built on EXCEPT', () => {
    const input = quizInput();
    question(input, 1, 'multiple-response').stem = 'All of these workloads follow Device configuration EXCEPT:';
    expectOneQuizProblem(
      input,
      {
        file: QUIZ,
        field: 'questions[1].stem',
        message: expect.stringMatching(
          /^question "device-configuration-coupling": received a stem built on "EXCEPT"; /,
        ),
      },
      'device-configuration-coupling',
    );
  });

  it('finds every negative form, and allows a lower-case "not" elsewhere', () => {
    const negative = {
      'Which is not a prerequisite?': 'Which is not',
      'Which one is not a prerequisite?': 'Which one is not',
      'Which of the following is not required?': 'Which of the following is not',
      "Which of these isn't a workload?": "Which of these isn't",
      'Every page appears, except which one?': 'except',
      'Which pages does the wizard show, Except the first?': 'Except',
      'Which setting is NOT needed?': 'NOT',
    };
    for (const [stem, word] of Object.entries(negative)) {
      const input = quizInput();
      question(input, 0, 'single-choice').stem = stem;
      expect(validateContent(input)).toEqual([
        {
          file: QUIZ,
          field: 'questions[0].stem',
          message: expect.stringContaining(`received a stem built on "${word}"`),
        },
      ]);
    }
    for (const stem of [
      'Why does a device not enroll after the wizard?',
      'Which devices are not yet co-managed?',
      'Which nothing is notable?',
    ]) {
      const input = quizInput();
      question(input, 0, 'single-choice').stem = stem;
      expect(validateContent(input)).toEqual([]);
    }
  });

  it('rejects a quiz whose unit is not a unit slug, naming the quiz id', () => {
    const input = quizInput();
    input.quizzes![0]!.data.unit = 'connector';
    expectOneQuizProblem(
      input,
      {
        file: QUIZ,
        field: 'unit',
        message:
          'quiz "sample-check": received unit "connector", but no unit has this slug; expected a lesson folder name ' +
          'without its NN- prefix; known slugs include "connector-status", "paths", "introduction", ...',
      },
      'sample-check',
    );
  });

  it('rejects a quiz id used by another quiz file', () => {
    const input = quizInput();
    input.quizzes!.push({
      filePath: OTHER,
      data: {
        id: 'sample-check',
        title: 'Quick check',
        unit: 'paths',
        passMark: 1,
        completesUnit: false,
        questions: [],
      },
    });
    expectOneQuizProblem(
      input,
      {
        file: OTHER,
        field: 'id',
        message:
          'quiz "sample-check": this id is also used by content/quizzes/connector-status.yaml; ' +
          'expected every quiz id to be unique (saved attempts refer to it)',
      },
      'sample-check',
    );
  });

  it('rejects an option, step or answer id used twice within a question', () => {
    const input = quizInput();
    question(input, 3, 'matching').distractors[0]!.id = 'client-apps';
    expectOneQuizProblem(
      input,
      {
        file: QUIZ,
        field: 'questions[3].distractors[0].id',
        message:
          'question "workload-governs": received "client-apps" a second time; expected ids unique within the question (responses refer to them)',
      },
      'workload-governs',
    );
  });

  it('rejects a misconception tag on a right option', () => {
    const input = quizInput();
    question(input, 0, 'single-choice').options[0]!.misconception = 'cloud-attach-node';
    expectOneQuizProblem(
      input,
      {
        file: QUIZ,
        field: 'questions[0].options[0].misconception',
        message:
          'question "wizard-node": option "cloud-attach" is a right answer but carries the misconception ' +
          '"cloud-attach-node"; expected misconception tags on wrong options only',
      },
      'wizard-node',
    );
  });

  it('rejects a <Quiz> tag naming no quiz, suggesting known ids', () => {
    const input = quizInput();
    lesson(input, '05-paths').body += '\n<Quiz id="sample-chek" />\n';
    expect(validateContent(input)).toEqual([
      {
        file: lessonFile('05-paths'),
        field: '<Quiz id="sample-chek">',
        message:
          'no quiz has this id (body line 5); expected the id of a quiz in content/quizzes/; known quizzes include "sample-check"',
      },
    ]);
  });

  it('rejects a quiz placed in another unit than its own, and one placed twice or nowhere', () => {
    const moved = quizInput();
    lesson(moved, '04-connector-status').body = lesson(moved, '04-connector-status').body.replace(
      '<Quiz id="sample-check" />',
      '',
    );
    lesson(moved, '05-paths').body += '\n<Quiz id="sample-check" />\n';
    expect(validateContent(moved)).toEqual([
      {
        file: lessonFile('05-paths'),
        field: '<Quiz id="sample-check">',
        message:
          'this quiz belongs to unit "connector-status" (body line 5); expected it placed in that unit, or its unit changed to "paths"',
      },
    ]);

    const twice = quizInput();
    lesson(twice, '04-connector-status').body += '\n<Quiz id="sample-check" />\n';
    const nowhere = quizInput();
    lesson(nowhere, '04-connector-status').body =
      '## The Cloud Attach Configuration Wizard\n\n### Cloud attach\n\n### Summary\n';
    for (const [input, where] of [
      [twice, '2 times'],
      [nowhere, 'nowhere'],
    ] as const) {
      expect(validateContent(input)).toEqual([
        {
          file: QUIZ,
          field: 'id',
          message: `quiz "sample-check": placed ${where}; expected <Quiz id="sample-check" /> exactly once in the body of unit "connector-status"`,
        },
      ]);
    }
  });

  it('accepts a quiz without a unit (the self-assessment bank) placed nowhere, and rejects one placed in a unit', () => {
    const BANK = 'content/quizzes/self-assessment.yaml';
    const input = quizInput();
    const { unit: _unit, ...bank } = { ...sampleQuiz(), id: 'self-assessment' };
    bank.questions = bank.questions.map((q) => ({ ...q, id: `sa-${q.id}` }));
    input.quizzes!.push({ filePath: BANK, data: bank });
    expect(validateContent(input)).toEqual([]);

    lesson(input, '05-paths').body += '\n<Quiz id="self-assessment" />\n';
    expect(validateContent(input)).toEqual([
      {
        file: lessonFile('05-paths'),
        field: '<Quiz id="self-assessment">',
        message:
          "this quiz has no unit (body line 5): it is the self-assessment bank, shown on /self-assessment/; expected a unit's own quiz",
      },
    ]);
  });

  it('rejects a quiz that completes a unit but names none', () => {
    const BANK = 'content/quizzes/self-assessment.yaml';
    const input = quizInput();
    const { unit: _unit, ...bank } = { ...sampleQuiz(), id: 'self-assessment', completesUnit: true };
    bank.questions = bank.questions.map((q) => ({ ...q, id: `sa-${q.id}` }));
    input.quizzes!.push({ filePath: BANK, data: bank });
    expect(validateContent(input)).toEqual([
      {
        file: BANK,
        field: 'completesUnit',
        message: 'quiz "self-assessment": completes no unit without a unit; expected a unit, or completesUnit false',
      },
    ]);
  });

  it('rejects an authority question whose options are not the two authorities, or whose scenario does not exist', () => {
    const input = quizInput();
    const asked = question(input, 0, 'single-choice');
    asked.authority = { scenario: 'pilot-enrolment', actions: [], device: 'CON-0001', workload: 'compliance-policies' };
    expect(validateContent(input)).toEqual([
      {
        file: QUIZ,
        field: 'questions[0].options',
        message: `question "wizard-node": an authority question received options ${JSON.stringify(asked.options.map((o) => o.id)).replace(/,/g, ', ')}; expected exactly "configmgr" and "intune"`,
      },
      {
        file: QUIZ,
        field: 'questions[0].authority.scenario',
        message:
          'question "wizard-node": received "pilot-enrolment", but no scenario has this id; expected the id of a file in content/scenarios/; known scenarios include "pilot-enrollment", "tenant-attach"',
      },
    ]);
  });

  /** The sample quiz with two lab tasks added (one per scenario), valid as it stands. */
  function withLabTasks(): ContentInput {
    const input = quizInput();
    input.scenarioGoals = {
      'pilot-enrollment': ['pilot-it-enrolled'],
      'tenant-attach': ['upload-workstations', 'attach'],
    };
    const lab = (id: string, scenario: string, goal: string): Question => ({
      type: 'lab-task',
      id,
      objective: 'paths',
      teaches: 'paths#two-paths-at-a-glance',
      stem: 'Reach the goal in the simulator.',
      scenario,
      goal,
      explanation: 'Because the goal says so.',
    });
    input.quizzes![0]!.data.questions.push(
      lab('lab-one', 'pilot-enrollment', 'pilot-it-enrolled'),
      lab('lab-two', 'tenant-attach', 'attach'),
    );
    return input;
  }

  it('rejects a question whose review scenario (shows) does not exist', () => {
    const input = quizInput();
    question(input, 0, 'single-choice').shows = 'who-can-run';
    expectOneQuizProblem(
      input,
      {
        file: QUIZ,
        field: 'questions[0].shows',
        message:
          'question "wizard-node": received "who-can-run", but no scenario has this id; expected the id of a file in content/scenarios/; known scenarios include "tenant-attach", "pilot-enrollment"',
      },
      'wizard-node',
    );
  });

  it('accepts lab tasks whose scenario and goal exist', () => {
    expect(validateContent(withLabTasks())).toEqual([]);
  });

  it('rejects a lab task whose scenario does not exist, naming the nearest ids', () => {
    const input = withLabTasks();
    const count = input.quizzes![0]!.data.questions.length;
    question(input, count - 1, 'lab-task').scenario = 'tenant-atach';
    expectOneQuizProblem(
      input,
      {
        file: QUIZ,
        field: `questions[${count - 1}].scenario`,
        message:
          'question "lab-two": received "tenant-atach", but no scenario has this id; expected the id of a file in content/scenarios/; known scenarios include "tenant-attach", "pilot-enrollment"',
      },
      'lab-two',
    );
  });

  it("rejects a lab task whose goal is not one of its scenario's goals", () => {
    const input = withLabTasks();
    const count = input.quizzes![0]!.data.questions.length;
    question(input, count - 2, 'lab-task').goal = 'pilot-finance-enrolled';
    expectOneQuizProblem(
      input,
      {
        file: QUIZ,
        field: `questions[${count - 2}].goal`,
        message:
          'question "lab-one": received "pilot-finance-enrolled", but content/scenarios/pilot-enrollment.yaml has no goal with this id; expected one of ["pilot-it-enrolled"]',
      },
      'lab-one',
    );
  });

  it('rejects two lab tasks on one scenario in the same quiz, and a lab task without an explanation', () => {
    const input = withLabTasks();
    const count = input.quizzes![0]!.data.questions.length;
    const second = question(input, count - 1, 'lab-task');
    second.scenario = 'pilot-enrollment';
    second.goal = 'pilot-it-enrolled';
    second.explanation = ' ';
    expect(validateContent(input)).toEqual([
      {
        file: QUIZ,
        field: `questions[${count - 1}].scenario`,
        message:
          'question "lab-two": the lab task "lab-one" of this quiz already uses the scenario "pilot-enrollment"; expected one lab task per scenario in a quiz',
      },
      {
        file: QUIZ,
        field: `questions[${count - 1}].explanation`,
        message:
          'question "lab-two": has no explanation; expected one to three sentences on why the goal\'s end state is the right one',
      },
    ]);
  });

  it('ignores a <Quiz> tag inside code', () => {
    const input = quizInput();
    lesson(input, '05-paths').body += '\nWrite `<Quiz id="x" />` to place a quiz.\n';
    expect(validateContent(input)).toEqual([]);
  });

  it('reports absolute quiz paths relative to the project root', () => {
    const input = quizInput();
    question(input, 0, 'single-choice').answer = 'nope';
    input.quizzes![0]!.filePath = '/tmp/build-x/content/quizzes/connector-status.yaml';
    expect(validateContent(input)[0]?.file).toBe(QUIZ);
  });
});

describe("the trainers' running order", () => {
  const TRAINERS = 'content/trainers.yaml';
  /** The valid input, with unit 3 declaring (and placing) the checklist the running order prints. */
  function withRunningOrder(
    runningOrder: TrainersData['runningOrder'],
    alternatives: TrainersData['alternatives'] = [],
    checklist = 'prerequisites',
  ): ContentInput {
    const input = validInput();
    const unit = input.lessons[2]!;
    unit.data = {
      ...unit.data,
      checklist: {
        id: 'prerequisites',
        title: 'Readiness',
        items: [{ id: 'entra-id-p1', group: 'Licensing', label: 'Entra ID P1', detail: 'Needed.' }],
      },
    };
    unit.body = '<Checklist id="prerequisites" />';
    return {
      ...input,
      trainers: {
        filePath: TRAINERS,
        data: { classMinutes: 30, runningOrder, alternatives, checklist },
        scenarioMinutes: { 'pilot-enrollment': 8, 'tenant-attach': 7, 'tenant-attach-only': 6 },
      },
    };
  }
  const opening = { activity: 'Welcome', minutes: 15, note: 'Say hello.', units: ['introduction'] };

  it('accepts scenarios and activities that fill the class exactly', () => {
    expect(
      validateContent(
        withRunningOrder([
          opening,
          { scenario: 'pilot-enrollment', note: 'n' },
          { scenario: 'tenant-attach', note: 'n' },
        ]),
      ),
    ).toEqual([]);
  });

  it('counts a scenario by its own durationMinutes and rejects a total that misses the class length', () => {
    expectOneProblem(withRunningOrder([opening, { scenario: 'pilot-enrollment', note: 'n' }]), {
      file: TRAINERS,
      field: 'runningOrder',
      message: 'the items add up to 23 minutes (a scenario counts its durationMinutes); expected classMinutes, 30',
    });
  });

  it('rejects an unknown scenario, naming the nearest known one', () => {
    const problems = validateContent(
      withRunningOrder(
        [opening, { scenario: 'pilot-enrolment', note: 'n' }],
        [{ scenario: 'tenant-attach', replaces: 'pilot-enrolment', note: 'n' }],
      ),
    );
    expect(problems[0]).toEqual({
      file: TRAINERS,
      field: 'runningOrder[1].scenario',
      message:
        'received "pilot-enrolment", but no scenario has this id; expected the id of a file in content/scenarios/; known scenarios include "pilot-enrollment", "tenant-attach", "tenant-attach-only"',
    });
  });

  it('rejects a scenario named twice, in the running order or among the alternatives', () => {
    const problems = validateContent(
      withRunningOrder(
        [opening, { scenario: 'pilot-enrollment', note: 'n' }, { scenario: 'tenant-attach', note: 'n' }],
        [{ scenario: 'pilot-enrollment', replaces: 'tenant-attach', note: 'n' }],
      ),
    );
    expect(problems).toEqual([
      {
        file: TRAINERS,
        field: 'alternatives[0].scenario',
        message:
          'received "pilot-enrollment", which runningOrder[1].scenario already names; expected each scenario once',
      },
    ]);
  });

  const fullClass = [opening, { scenario: 'pilot-enrollment', note: 'n' }, { scenario: 'tenant-attach', note: 'n' }];

  it('accepts a swap-in that replaces a scenario of the running order', () => {
    expect(
      validateContent(
        withRunningOrder(fullClass, [{ scenario: 'tenant-attach-only', replaces: 'tenant-attach', note: 'n' }]),
      ),
    ).toEqual([]);
  });

  it('rejects a swap-in that replaces an unknown scenario, naming the field and the nearest scenario of the running order', () => {
    expectOneProblem(
      withRunningOrder(fullClass, [{ scenario: 'tenant-attach-only', replaces: 'tenant-atach', note: 'n' }]),
      {
        file: TRAINERS,
        field: 'alternatives[0].replaces',
        message:
          'received "tenant-atach", but no scenario has this id; expected a scenario of the running order; its scenarios include "tenant-attach", "pilot-enrollment"',
      },
    );
  });

  it('rejects a swap-in that replaces a scenario outside the running order', () => {
    const input = withRunningOrder(
      [
        { ...opening, minutes: 22 },
        { scenario: 'pilot-enrollment', note: 'n' },
      ],
      [{ scenario: 'tenant-attach-only', replaces: 'tenant-attach', note: 'n' }],
    );
    expectOneProblem(input, {
      file: TRAINERS,
      field: 'alternatives[0].replaces',
      message:
        'received "tenant-attach", which is not in the running order; expected one of its scenarios: pilot-enrollment',
    });
  });

  it('rejects a printed checklist that no unit declares', () => {
    expectOneProblem(withRunningOrder(fullClass, [], 'readiness'), {
      file: TRAINERS,
      field: 'checklist',
      message:
        'received "readiness", but no unit declares this checklist; expected the checklist.id of a unit; units declare "prerequisites"',
    });
  });

  it('rejects an activity unit that does not exist', () => {
    const problems = validateContent(
      withRunningOrder([
        { ...opening, units: ['introduction', 'no-such-unit'] },
        { scenario: 'pilot-enrollment', note: 'n' },
        { scenario: 'tenant-attach', note: 'n' },
      ]),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: TRAINERS, field: 'runningOrder[0].units[1]' });
    expect(problems[0]!.message).toMatch(
      /^received "no-such-unit", but no unit has this slug; expected one of introduction, /,
    );
  });
});
