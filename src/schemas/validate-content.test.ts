import { describe, expect, it } from 'vitest';
import {
  assertValidContent,
  blankOutCode,
  editDistance,
  findTags,
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

describe('findTags and blankOutCode', () => {
  it('reads string, braced-string and expression attributes, with line numbers', () => {
    const tags = findTags('a\n<Term id={"x"} />\n<Term id={name}>y</Term>', 'Term');
    expect(tags.map((tag) => [tag.line, tag.attributes.get('id')])).toEqual([
      [2, { kind: 'string', value: 'x' }],
      [3, { kind: 'expression', value: 'name' }],
    ]);
  });

  it('keeps line breaks so line numbers survive', () => {
    expect(blankOutCode('a\n```\nb\n```\n`c` d')).toBe('a\n   \n \n   \n    d');
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

  it('rejects a <Checklist> id that is not the unit\'s checklist', () => {
    expect(validateContent(withChecklist('<Checklist id="prereqs" />'))).toEqual([
      { file, field: '<Checklist id="prereqs">', message: expect.stringContaining('expected this unit\'s checklist id "prerequisites"') },
    ]);
  });

  it('rejects a <Checklist> in a unit that declares none', () => {
    const input = validInput();
    input.lessons[3]!.body = '<Checklist id="prerequisites" />';
    expect(validateContent(input)).toEqual([
      { file: 'content/lessons/04-connector-status/index.mdx', field: '<Checklist id="prerequisites">', message: expect.stringContaining('declares no checklist') },
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
      { file: 'content/lessons/05-paths/index.mdx', field: 'checklist.id', message: expect.stringContaining('content/lessons/03-prerequisites/index.mdx already uses') },
    ]);
    expect(() => assertValidContent(input)).toThrow(/05-paths\/index\.mdx: checklist\.id: /);
  });
});
