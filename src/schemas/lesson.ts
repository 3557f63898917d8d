import { z } from 'astro/zod';
import { OBJECTIVE_IDS } from './objectives';
import { KEBAB_ID } from './glossary';

/** One item of a unit's checklist: something a learner confirms is ready, with why it matters. */
export const ChecklistItemSchema = z
  .object({
    /** Stable kebab-case id, unique within the checklist; saved progress stores ticks by it. */
    id: z.string().regex(KEBAB_ID, 'must be kebab-case, e.g. "entra-id-p1"'),
    /** The group the item is listed under (e.g. "Licensing"); items of a group stay together. */
    group: z.string().min(1),
    /** What must be true, as a short statement the learner can tick. */
    label: z.string().min(1),
    /** One to three sentences: why it is needed and how to check it. Plain text. */
    detail: z.string().min(1),
  })
  .strict();

/** A checklist a unit shows with `<Checklist id="..." />`; ticks are saved with progress. */
export const ChecklistSchema = z
  .object({
    /** Stable kebab-case id, unique across units; the `<Checklist id>` in the body refers to it. */
    id: z.string().regex(KEBAB_ID, 'must be kebab-case, e.g. "prerequisites"'),
    /** The checklist's heading, e.g. "Co-management readiness checklist". */
    title: z.string().min(1),
    /** The items, in the order they are shown (grouped by `group`). */
    items: z.array(ChecklistItemSchema).min(1),
  })
  .strict();

/**
 * Frontmatter of a unit, `content/lessons/NN-slug/index.mdx`. The unit's order comes from NN and
 * its slug from the folder name without `NN-`, so neither is written here.
 */
export const LessonSchema = z
  .object({
    /** The unit title: the page's h1 and its name in the sidebar. */
    title: z.string().min(1),
    /** One sentence on what the unit covers; shown on the home page and as the meta description. */
    summary: z.string().min(1),
    /** Reading time in whole minutes, counted towards the module's total time. */
    durationMinutes: z.number().int().positive(),
    /**
     * The learning objectives this unit teaches or assesses, by id (see `content/module.yaml`).
     * The introduction, the knowledge check and the summary list all four.
     */
    objectives: z.array(z.enum(OBJECTIVE_IDS)).min(1),
    /** Optional checklist the body places with `<Checklist id="..." />`. */
    checklist: ChecklistSchema.optional(),
  })
  .strict();

export type LessonData = z.infer<typeof LessonSchema>;
export type Checklist = z.infer<typeof ChecklistSchema>;
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;
