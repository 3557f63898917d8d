/**
 * Cross-file content checks: the rules a single zod schema cannot see because they span files
 * (lesson folders, `content/module.yaml`, `content/glossary.yaml` and the MDX bodies that refer to
 * them). Pure: plain data in, a list of problems out, so vitest runs it without Astro.
 *
 * `src/layouts/site-content.ts` calls `assertValidContent()` once per build; any problem fails the
 * build with one line per problem, `<file>: <field>: <message>`, each saying what was received
 * and what was expected (style principle 7).
 */
import type { ModuleData } from './module';
import type { LessonData } from './lesson';
import type { GlossaryData } from './glossary';
import { parseUnitFolder, type UnitRef } from '../progress/navigation';

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
    const body = blankOutCode(lesson.body);
    for (const tag of findTags(body, 'Term')) {
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
    for (const tag of findTags(body, 'SimulatorSlot')) {
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

  return problems;
}

type Report = (file: string, field: string, message: string) => void;

/**
 * A unit's checklist: item ids unique (ticks are saved by them); placed exactly where the body
 * says `<Checklist id="...">` with the unit's own checklist id; never declared and left unplaced.
 */
function checkChecklistTags(lesson: ContentInput['lessons'][number], body: string, report: Report): void {
  const checklist = lesson.data.checklist;
  const seen = new Set<string>();
  checklist?.items.forEach((item, index) => {
    if (seen.has(item.id)) {
      report(lesson.filePath, `checklist.items[${index}].id`, `received "${item.id}" a second time; expected ids unique within the checklist`);
    }
    seen.add(item.id);
  });
  const tags = findTags(body, 'Checklist');
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

/**
 * Replaces fenced code blocks, inline code and JSX comments with spaces (keeping newlines, so line
 * numbers stay right): tag-like text there is an example, not a component.
 */
export function blankOutCode(body: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  const lines = body.split('\n');
  let fence: { char: string; length: number } | null = null;
  const out = lines.map((line) => {
    const opener = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence === null) {
      if (opener) {
        fence = { char: opener[1]![0]!, length: opener[1]!.length };
        return blank(line);
      }
      return line;
    }
    const closer = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
    if (closer && closer[1]![0] === fence.char && closer[1]!.length >= fence.length) fence = null;
    return blank(line);
  });
  return (
    out
      .join('\n')
      // Inline code: a run of backticks up to the same run (CommonMark code spans), never across a
      // blank line, so a stray backtick cannot hide the rest of the lesson.
      .replace(/(`+)(?!`)(?:(?!\n[ \t]*\n)[\s\S])*?(?<!`)\1(?!`)/g, blank)
      // JSX comments: {/* ... */}
      .replace(/\{\/\*[\s\S]*?\*\/\}/g, blank)
  );
}

interface AttributeValue {
  /** `string` for id="x" / id='x' / id={"x"}; `expression` for anything else inside braces. */
  kind: 'string' | 'expression';
  value: string;
}

interface FoundTag {
  /** 1-based line within the body. */
  line: number;
  attributes: Map<string, AttributeValue>;
}

/** Every opening (or self-closing) `<Name ...>` tag in `text`, with its attributes. */
export function findTags(text: string, name: string): FoundTag[] {
  const tags: FoundTag[] = [];
  const opening = new RegExp(`<${name}(?=[\\s/>])`, 'g');
  for (let match = opening.exec(text); match !== null; match = opening.exec(text)) {
    const start = match.index + match[0].length;
    const end = tagEnd(text, start);
    const line = text.slice(0, match.index).split('\n').length;
    tags.push({ line, attributes: parseAttributes(text.slice(start, end)) });
    opening.lastIndex = end;
  }
  return tags;
}

/** The index of the `>` that closes a tag, skipping quoted strings and `{...}` expressions. */
function tagEnd(text: string, from: number): number {
  let quote: string | null = null;
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const char = text[i]!;
    if (quote !== null) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === '{') {
      depth++;
    } else if (char === '}') {
      depth = Math.max(0, depth - 1);
    } else if (char === '>' && depth === 0) {
      return i;
    }
  }
  return text.length;
}

function parseAttributes(source: string): Map<string, AttributeValue> {
  const attributes = new Map<string, AttributeValue>();
  const pattern = /([A-Za-z_:][\w:.-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^{}]*)\}))?/g;
  for (let match = pattern.exec(source); match !== null; match = pattern.exec(source)) {
    const [, key, double, single, expression] = match;
    if (key === undefined) continue;
    if (double !== undefined || single !== undefined) {
      attributes.set(key, { kind: 'string', value: (double ?? single)! });
    } else if (expression !== undefined) {
      const literal = /^\s*(?:"([^"]*)"|'([^']*)'|`([^`$]*)`)\s*$/.exec(expression);
      attributes.set(
        key,
        literal
          ? { kind: 'string', value: (literal[1] ?? literal[2] ?? literal[3])! }
          : { kind: 'expression', value: expression.trim() },
      );
    } else {
      attributes.set(key, { kind: 'expression', value: 'true' });
    }
  }
  return attributes;
}
