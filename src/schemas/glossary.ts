import { z } from 'astro/zod';

/** Lower-case words joined by hyphens: the form of every glossary id and URL anchor. */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One term of the glossary; the glossary page shows it at `/glossary/#<id>`. */
export const GlossaryTermSchema = z
  .object({
    /** Stable kebab-case id; `<Term id="...">` in a lesson refers to it. */
    id: z.string().regex(KEBAB_ID, 'must be kebab-case, e.g. "cloud-attach"'),
    /** The term as it is written in text, e.g. "Cloud management gateway (CMG)". */
    term: z.string().min(1),
    /** A plain-language definition of one to three sentences, in our own words. */
    definition: z.string().min(1),
    /** Ids of related terms, each of which must exist in the glossary. */
    seeAlso: z.array(z.string()).optional(),
  })
  .strict();

/**
 * `content/glossary.yaml`: one file holding every term under `terms`, so duplicate ids stay
 * visible to `validateContent()` instead of one silently replacing the other.
 */
export const GlossarySchema = z
  .object({
    /** The terms, in the order the glossary page lists them (alphabetical by `term` is usual). */
    terms: z.array(GlossaryTermSchema).min(1),
  })
  .strict();

export type GlossaryTerm = z.infer<typeof GlossaryTermSchema>;
export type GlossaryData = z.infer<typeof GlossarySchema>;
