import { z } from 'astro/zod';
import { OBJECTIVE_IDS } from './objectives';

/** One learning objective of the module, as `content/module.yaml` lists it. */
export const ObjectiveSchema = z
  .object({
    /** Stable id, one of the ids fixed in the architecture (`benefits`, `prerequisites`, ...). */
    id: z.enum(OBJECTIVE_IDS),
    /** The objective as a learner reads it, e.g. "Understand the co-management prerequisites". */
    title: z.string().min(1),
    /** The slug of the unit that teaches this objective; must name an existing unit. */
    unit: z.string().min(1),
  })
  .strict();

/** `content/module.yaml`: the module's own title, summary and objectives. */
export const ModuleSchema = z
  .object({
    /** The module title shown on the home page and in every page title. */
    title: z.string().min(1),
    /** One or two sentences on what the module teaches; the home page's lead and meta description. */
    summary: z.string().min(1),
    /** Who the module is for, shown on the home page. */
    audience: z.string().min(1),
    /** The four learning objectives, each exactly once. */
    objectives: z.array(ObjectiveSchema).length(OBJECTIVE_IDS.length),
  })
  .strict();

export type ModuleData = z.infer<typeof ModuleSchema>;
export type Objective = z.infer<typeof ObjectiveSchema>;
