/**
 * The self-assessment bank, `content/quizzes/self-assessment.yaml`: it parses with the quiz schema,
 * passes every cross-file quiz rule of `validateContent()` against the real units (answer keys,
 * explanations, objectives, `teaches` anchors computed from the units' headings, wording), and
 * covers each of the four objectives with at least 12 questions in every question kind, lab tasks included.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { QuizSchema, type QuizData } from './quiz';
import { LessonSchema } from './lesson';
import { ModuleSchema } from './module';
import { GlossarySchema, KEBAB_ID } from './glossary';
import { OBJECTIVE_IDS } from './objectives';
import { validateContent, type ContentInput } from './validate-content';
import type { QuestionType } from '../quiz/types';
import { drawAttempt } from '../quiz/draw';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const CONTENT = join(ROOT, 'content');
const BANK_FILE = 'content/quizzes/self-assessment.yaml';
const KINDS: readonly QuestionType[] = ['single-choice', 'multiple-response', 'ordering', 'matching', 'lab-task'];

const read = (relative: string) => readFileSync(join(ROOT, relative), 'utf8');

/** Parses with a zod schema and fails with every issue's path, so a broken file says where. */
function parseWith<T>(
  schema: {
    safeParse: (
      data: unknown,
    ) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  data: unknown,
  file: string,
): T {
  const result = schema.safeParse(data);
  if (!result.success) {
    const issues = result.error.issues.map(
      (issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`,
    );
    throw new Error(`${file}: ${issues.join('; ')}`);
  }
  return result.data;
}

/** The bank as QuizSchema reads it (it has no `unit`: /self-assessment/ shows it, no unit places it). */
function loadBank(): QuizData {
  const raw: unknown = parse(read(BANK_FILE));
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    throw new Error(`${BANK_FILE}: expected a mapping at the top level`);
  return parseWith(QuizSchema, raw, BANK_FILE);
}

/** `---` frontmatter and body of an MDX unit. */
function splitFrontmatter(source: string, file: string): { frontmatter: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${file}: expected YAML frontmatter between --- lines`);
  return { frontmatter: parse(match[1]!), body: match[2]! };
}

/** The real module, units and glossary, as the content collections would deliver them. */
function realContent(): Omit<ContentInput, 'quizzes'> {
  const lessonsDir = join(CONTENT, 'lessons');
  const lessons = readdirSync(lessonsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(lessonsDir, entry.name, 'index.mdx')))
    .map((entry) => entry.name)
    .sort()
    .map((folder) => {
      const filePath = `content/lessons/${folder}/index.mdx`;
      const { frontmatter, body } = splitFrontmatter(read(filePath), filePath);
      return { folder, filePath, data: parseWith(LessonSchema, frontmatter, filePath), body };
    });
  return {
    module: {
      filePath: 'content/module.yaml',
      data: parseWith(ModuleSchema, parse(read('content/module.yaml')), 'content/module.yaml'),
    },
    lessons,
    glossary: {
      filePath: 'content/glossary.yaml',
      data: parseWith(GlossarySchema, parse(read('content/glossary.yaml')), 'content/glossary.yaml'),
    },
  };
}

describe('self-assessment bank', () => {
  const bank = loadBank();

  it('is the self-assessment quiz with a pass mark of 0.8', () => {
    expect(bank.id).toBe('self-assessment');
    expect(bank.title).toBe('This attempt');
    expect(bank.passMark).toBe(0.8);
  });

  it('passes every quiz rule of validateContent against the real units', () => {
    const problems = validateContent({ ...realContent(), quizzes: [{ filePath: BANK_FILE, data: bank }] }).filter(
      // Only the bank's own problems: the units' <Quiz> tags name the unit quizzes, not given here.
      (problem) => problem.file === BANK_FILE,
    );
    // One line per problem; each quiz problem names the question id, e.g. `question "sa-...": ...`.
    expect(problems.map((problem) => `${problem.file}: ${problem.field}: ${problem.message}`)).toEqual([]);
  });

  it('uses kebab-case question ids that start with sa-', () => {
    const wrong = bank.questions
      .map((question) => question.id)
      .filter((id) => !id.startsWith('sa-') || !KEBAB_ID.test(id));
    expect(wrong).toEqual([]);
  });

  it('shares no question id with the other quizzes in content/quizzes', () => {
    const ours = new Set(bank.questions.map((question) => question.id));
    const clashes: string[] = [];
    for (const file of readdirSync(join(CONTENT, 'quizzes')).filter(
      (name) => name.endsWith('.yaml') && name !== 'self-assessment.yaml',
    )) {
      const data: unknown = parse(readFileSync(join(CONTENT, 'quizzes', file), 'utf8'));
      const questions = (data as { questions?: unknown } | null)?.questions;
      if (!Array.isArray(questions)) continue;
      for (const question of questions) {
        const id = (question as { id?: unknown } | null)?.id;
        if (typeof id === 'string' && ours.has(id)) clashes.push(`${id} (content/quizzes/${file})`);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('asks at least 12 questions per objective, in at least three kinds each', () => {
    for (const objective of OBJECTIVE_IDS) {
      const questions = bank.questions.filter((question) => question.objective === objective);
      expect(questions.length, objective).toBeGreaterThanOrEqual(12);
      expect(new Set(questions.map((question) => question.type)).size, objective).toBeGreaterThanOrEqual(3);
    }
  });

  it('uses every question kind, lab tasks included', () => {
    expect(new Set(bank.questions.map((question) => question.type))).toEqual(new Set(KINDS));
  });

  it('states how every multiple-response question scores and gives it at least one wrong option', () => {
    for (const question of bank.questions) {
      if (question.type !== 'multiple-response') continue;
      expect(['all-or-nothing', 'partial'], question.id).toContain(question.scoring);
      expect(question.options.length, question.id).toBeGreaterThan(question.answers.length);
    }
  });

  it('gives every seed a draw of three questions per objective from the bank', () => {
    for (const seed of [0, 7, 99, 123_456, 4_294_967_295]) {
      const drawn = drawAttempt(bank.questions, OBJECTIVE_IDS, seed);
      expect(drawn).toHaveLength(12);
      for (const objective of OBJECTIVE_IDS)
        expect(
          drawn.filter((question) => question.objective === objective),
          objective,
        ).toHaveLength(3);
    }
  });
});
