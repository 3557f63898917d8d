import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ModuleSchema } from './schemas/module';
import { LessonSchema } from './schemas/lesson';
import { GlossarySchema } from './schemas/glossary';
import { ScenarioSchema } from './schemas/scenario';
import { TrainersSchema } from './schemas/trainers';
import { QuizSchema } from './schemas/quiz';

/** `content/module.yaml`: one entry, id `module`. */
const module = defineCollection({
  loader: glob({ pattern: 'module.yaml', base: './content' }),
  schema: ModuleSchema,
});

/**
 * `content/lessons/NN-slug/index.mdx`: one entry per unit. The id keeps the numbered folder name
 * (`02-understand-co-management`) so order and slug both derive from it and errors name the folder.
 */
const lessons = defineCollection({
  loader: glob({
    pattern: '*/index.mdx',
    base: './content/lessons',
    generateId: ({ entry }) => entry.replace(/\/index\.mdx$/, ''),
  }),
  schema: LessonSchema,
});

/** `content/glossary.yaml`: one entry, id `glossary`, holding every term. */
const glossary = defineCollection({
  loader: glob({ pattern: 'glossary.yaml', base: './content' }),
  schema: GlossarySchema,
});

/**
 * `content/scenarios/<id>.yaml`: one simulator scenario per file; the entry id is the file name,
 * which must equal the scenario's own `id` (`validateContent()` checks it on every build).
 */
const scenarios = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/scenarios' }),
  schema: ScenarioSchema,
});

/** `content/trainers.yaml`: one entry, id `trainers`, the running order of the trainers' page. */
const trainers = defineCollection({
  loader: glob({ pattern: 'trainers.yaml', base: './content' }),
  schema: TrainersSchema,
});

/**
 * `content/quizzes/<unit-slug>.yaml`: one quiz per file (a unit's quick check, or the unit 6
 * knowledge check). `validateContent()` checks ids, keys, explanations, anchors and wording.
 */
const quizzes = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/quizzes' }),
  schema: QuizSchema,
});

export const collections = { module, lessons, glossary, scenarios, trainers, quizzes };
