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
import type { Quiz } from './types';

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
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return { file, quiz: parsed.data };
  });
}

/** Every scenario file, parsed. */
export function scenarioFiles(): Scenario[] {
  return yamlFiles('scenarios').map(({ file, data }) => {
    const parsed = ScenarioSchema.safeParse(data);
    if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    return parsed.data as Scenario;
  });
}
