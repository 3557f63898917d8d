/**
 * The malformed-content corpus (`src/schemas/malformed/`): every file, planted among the real
 * content, is refused by the step of the build that should refuse it, with a message naming the
 * planted file and the field (or the question id), as `malformed/expected.ts` declares.
 *
 * The steps are the build's, in its order: the content collections' zod schemas (`astro build`
 * stops at content sync), the MDX compiler (`@astrojs/mdx` compiles each unit while Vite builds the
 * pages), then `validateContent()` with its input made as `src/components/site/site-content.ts` makes it.
 * A few corpus files also go through a real build in `build-failures.test.ts`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { GlossarySchema } from './glossary';
import { LessonSchema } from './lesson';
import { ModuleSchema } from './module';
import { QuizSchema } from './quiz';
import { ScenarioSchema } from './scenario';
import { TrainersSchema } from './trainers';
import { formatProblems, validateContent, type ContentInput, type ContentProblem } from './validate-content';
import { MALFORMED, type MalformedFile } from './malformed/expected';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CORPUS = join(ROOT, 'src', 'schemas', 'malformed');
/** Corpus files are content files; the folder's `expected.ts` is not one. */
const CORPUS_FILE = /\.(?:mdx|yaml)$/;

/** Content files by path relative to the project root, e.g. `content/quizzes/paths.yaml`. */
type ContentFiles = ReadonlyMap<string, string>;

/** Every file the content collections of `src/content.config.ts` load, read from `content/`. */
function realContentFiles(): ContentFiles {
  const files = new Map<string, string>();
  const add = (path: string) => files.set(path, readFileSync(join(ROOT, path), 'utf8'));
  for (const name of ['module.yaml', 'glossary.yaml', 'trainers.yaml']) add(`content/${name}`);
  for (const folder of ['scenarios', 'quizzes']) {
    for (const name of readdirSync(join(ROOT, 'content', folder)).filter((file) => file.endsWith('.yaml')))
      add(`content/${folder}/${name}`);
  }
  for (const unit of readdirSync(join(ROOT, 'content', 'lessons'))) {
    if (existsSync(join(ROOT, 'content', 'lessons', unit, 'index.mdx'))) add(`content/lessons/${unit}/index.mdx`);
  }
  return files;
}

/** The real content with `text` written at `path`, replacing a file there or adding one. */
function planted(files: ContentFiles, path: string, text: string): ContentFiles {
  return new Map(files).set(path, text);
}

/** What the build does with the content: the first step that refuses it, or acceptance. */
type Outcome =
  | { step: 'accepted' }
  | { step: 'schema'; issues: { file: string; field: string; message: string }[] }
  | { step: 'mdx'; file: string; line: number; column: number; reason: string }
  | { step: 'validateContent'; problems: ContentProblem[] };

/** The frontmatter of an MDX file, and its source with the frontmatter blanked as `@astrojs/mdx` does (lines kept). */
function splitMdx(source: string, file: string): { frontmatter: unknown; blanked: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?=\r?\n|$)/.exec(source);
  if (!match) throw new Error(`${file}: expected YAML frontmatter between --- lines`);
  return {
    frontmatter: parseYaml(match[1]!),
    blanked: match[0].replace(/[^\r\n]/g, ' ') + source.slice(match[0].length),
  };
}

interface MdxFailure {
  line: number;
  column: number;
  reason: string;
}

/**
 * The MDX compiler `@astrojs/mdx` builds units with, resolved from that package (the project's
 * dependency) rather than named in package.json. Syntax errors come from its parser, which Astro's
 * remark and rehype plugins do not change.
 */
type Compile = (file: { value: string; path: string }) => Promise<unknown>;
let compileMdx: Compile;
const compiled = new Map<string, Promise<MdxFailure | null>>();

/** Compiles an MDX source; null when it compiles. The same source always compiles the same way, so each is compiled once. */
function mdxFailure(source: string, file: string): Promise<MdxFailure | null> {
  let result = compiled.get(source);
  if (result === undefined) {
    result = compileMdx({ value: source, path: file }).then(
      () => null,
      (error: { line?: number; column?: number; reason?: string; message: string }) => ({
        line: error.line ?? 0,
        column: error.column ?? 0,
        reason: error.reason ?? error.message,
      }),
    );
    compiled.set(source, result);
  }
  return result;
}

/** A zod schema, as far as these checks use it. */
interface Schema<T> {
  safeParse(
    data: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
}

const stem = (path: string) => path.replace(/^.*\//, '').replace(/\.[^.]*$/, '');

/** YAML by its text: most files are the same real ones in every case, so each text is parsed once. */
const parsedYaml = new Map<string, unknown>();
function parseYaml(text: string): unknown {
  if (!parsedYaml.has(text)) parsedYaml.set(text, parse(text));
  return parsedYaml.get(text);
}

/** Runs the content through the build's steps, in the build's order. */
async function buildSteps(files: ContentFiles): Promise<Outcome> {
  const inFolder = (folder: string) => [...files.keys()].filter((path) => path.startsWith(`content/${folder}/`)).sort();
  const lessons = inFolder('lessons').map((path) => ({ path, ...splitMdx(files.get(path)!, path) }));

  // 1. Content sync: every entry of every collection against its schema. Issues name the field
  // as Astro prints it, with a dot-separated path.
  const issues: { file: string; field: string; message: string }[] = [];
  function check<T>(schema: Schema<T>, file: string, data: unknown = parseYaml(files.get(file) ?? '')): T {
    const result = schema.safeParse(data);
    if (result.success) return result.data;
    for (const issue of result.error.issues)
      issues.push({ file, field: issue.path.map(String).join('.'), message: issue.message });
    // Never used: the build stops below when there is an issue.
    return undefined as T;
  }
  const moduleData = check(ModuleSchema, 'content/module.yaml');
  const glossary = check(GlossarySchema, 'content/glossary.yaml');
  const trainers = check(TrainersSchema, 'content/trainers.yaml');
  const scenarios = inFolder('scenarios').map((path) => ({ path, data: check(ScenarioSchema, path) }));
  const quizzes = inFolder('quizzes').map((path) => ({ filePath: path, data: check(QuizSchema, path) }));
  const units = lessons.map(({ path, frontmatter, blanked }) => ({
    path,
    blanked,
    data: check(LessonSchema, path, frontmatter),
  }));
  if (issues.length > 0) return { step: 'schema', issues };

  // 2. Vite compiles every unit's MDX.
  for (const { path, blanked } of units) {
    const failure = await mdxFailure(blanked, path);
    if (failure) return { step: 'mdx', file: path, ...failure };
  }

  // 3. The cross-file rules, with the input src/components/site/site-content.ts gives them.
  const input: ContentInput = {
    module: { filePath: 'content/module.yaml', data: moduleData },
    lessons: units.map(({ path, blanked, data }) => ({
      folder: path.split('/')[2]!,
      filePath: path,
      data,
      // As @astrojs/mdx gives the collection its body: the source with blanked frontmatter, trimmed.
      body: blanked.trim(),
    })),
    glossary: { filePath: 'content/glossary.yaml', data: glossary },
    knownScenarios: scenarios.map(({ path }) => stem(path)),
    scenarioFiles: scenarios.map(({ path, data }) => ({ filePath: path, id: data.id })),
    scenarioGoals: Object.fromEntries(
      scenarios.map(({ path, data }) => [stem(path), data.goals.map((goal) => goal.id)]),
    ),
    trainers: {
      filePath: 'content/trainers.yaml',
      data: trainers,
      scenarioMinutes: Object.fromEntries(scenarios.map(({ path, data }) => [stem(path), data.durationMinutes])),
    },
    quizzes,
  };
  const problems = validateContent(input);
  return problems.length > 0 ? { step: 'validateContent', problems } : { step: 'accepted' };
}

const corpusFiles = readdirSync(CORPUS)
  .filter((name) => CORPUS_FILE.test(name))
  .sort();
const real = realContentFiles();

/** The kind of content a corpus file is, from where it is planted. */
function kindOf(expected: MalformedFile): string {
  return /^content\/(lessons|scenarios|quizzes)\//.exec(expected.plantAs)?.[1] ?? stem(expected.plantAs);
}

beforeAll(async () => {
  const require = createRequire(import.meta.url);
  const mdxCompiler = createRequire(require.resolve('@astrojs/mdx')).resolve('@mdx-js/mdx');
  ({ compile: compileMdx } = (await import(pathToFileURL(mdxCompiler).href)) as { compile: Compile });
});

describe('the malformed-content corpus', () => {
  it("holds at least 20 files, among them lessons, glossaries, scenarios, quizzes and the trainers' page", () => {
    expect(corpusFiles.length).toBeGreaterThanOrEqual(20);
    const kinds = new Set(
      corpusFiles
        .map((name) => MALFORMED[name])
        .filter((entry) => entry !== undefined)
        .map(kindOf),
    );
    expect([...kinds].sort()).toEqual(['glossary', 'lessons', 'quizzes', 'scenarios', 'trainers']);
  });

  it('has an expectation for every file, and a file for every expectation', () => {
    expect(corpusFiles.filter((name) => MALFORMED[name] === undefined)).toEqual([]);
    expect(Object.keys(MALFORMED).filter((name) => !corpusFiles.includes(name))).toEqual([]);
  });

  it('says at the top of every file what is wrong with it', () => {
    for (const name of corpusFiles) {
      const lines = readFileSync(join(CORPUS, name), 'utf8').split('\n');
      // An MDX file starts with its frontmatter, so the comment is the frontmatter's first line.
      const first = name.endsWith('.mdx') ? lines[1] : lines[0];
      expect(first, name).toMatch(/^# MALFORMED\b.{20,}/);
    }
  });

  it('starts from real content that every step accepts', async () => {
    expect(await buildSteps(real)).toEqual({ step: 'accepted' });
  });

  for (const name of corpusFiles) {
    const expected = MALFORMED[name];
    if (expected === undefined) continue;
    const naming = expected.rejectedBy === 'mdx' ? `line ${expected.line}` : expected.field;

    it(`${name}: ${expected.plantAs} is refused by ${expected.rejectedBy}, naming ${naming}`, async () => {
      const text = readFileSync(join(CORPUS, name), 'utf8');
      const outcome = await buildSteps(planted(real, expected.plantAs, text));
      const shown = JSON.stringify(outcome, null, 2);
      expect(outcome.step, shown).toBe(expected.rejectedBy);

      // (Each condition repeats the step asserted above so that TypeScript narrows both sides.)
      if (outcome.step === 'schema' && expected.rejectedBy === 'schema') {
        // Only the planted file is refused, and only for the one mistake its comment names.
        expect(outcome.issues.map((issue) => `${issue.file}: ${issue.field}`)).toEqual([
          `${expected.plantAs}: ${expected.field}`,
        ]);
        if (expected.detail !== undefined) expect(outcome.issues[0]!.message).toContain(expected.detail);
      }
      if (outcome.step === 'mdx' && expected.rejectedBy === 'mdx') {
        // The build prints this as `<file>:<line>:<column>` after the compiler's reason.
        expect({ file: outcome.file, line: outcome.line, column: outcome.column }).toEqual({
          file: expected.plantAs,
          line: expected.line,
          column: expected.column,
        });
        expect(outcome.reason).toContain(expected.reason);
      }
      if (outcome.step === 'validateContent' && expected.rejectedBy === 'validateContent') {
        const own = outcome.problems.filter((problem) => problem.file === expected.plantAs);
        expect(
          own.map((problem) => problem.field),
          shown,
        ).toEqual([expected.field]);
        // The line the build prints names the file, the field and the question.
        const printed = formatProblems(own);
        expect(printed).toContain(`\n${expected.plantAs}: ${expected.field}: `);
        if (expected.question !== undefined)
          expect(printed).toContain(`${expected.field}: question "${expected.question}": `);
        // A planted glossary replaces all the real terms with its few, so the units' <Term> links
        // to the others break too; apart from those, no other file may have a problem.
        const unexpected = outcome.problems.filter(
          (problem) =>
            problem.file !== expected.plantAs &&
            !(expected.plantAs === 'content/glossary.yaml' && problem.field.startsWith('<Term id=')),
        );
        expect(unexpected).toEqual([]);
      }
    });
  }
});
