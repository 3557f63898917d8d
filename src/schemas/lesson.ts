import { z } from 'astro/zod';
import { OBJECTIVE_IDS } from './objectives';

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
  })
  .strict();

export type LessonData = z.infer<typeof LessonSchema>;
