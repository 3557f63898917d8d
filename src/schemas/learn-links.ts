import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';

/**
 * `content/learn-links.yaml`: every external address a page of the site may link to, with the
 * page's title. Lessons link to Microsoft Learn for the facts they rest on ("Learn more" at the end
 * of units 1-5, and the summary); the crawl of the built site (`src/scripts/site-crawl.test.ts`)
 * fails on any http(s) link that is not on this list, character for character.
 *
 * An address is written once, in its one form: https on learn.microsoft.com, no locale segment
 * (`/en-us/`: Learn picks the reader's language), no trailing slash, no query and no fragment.
 */

/** A locale segment such as `/en-us/` or `/de-de/` right after the host. */
const LOCALE = /^\/[a-z]{2}-[a-z]{2,4}(?:\/|$)/i;

export const LearnLinkUrlSchema = z
  .string()
  .url()
  .superRefine((value, context) => {
    // .url() has already said so when the text is no URL at all.
    if (!URL.canParse(value)) return;
    const url = new URL(value);
    const problems = [
      url.protocol !== 'https:' && 'must use https',
      url.host !== 'learn.microsoft.com' && 'must be on learn.microsoft.com',
      LOCALE.test(url.pathname) && "must not name a locale (such as /en-us/): Learn picks the reader's language",
      value.endsWith('/') && 'must not end with a slash',
      (url.search !== '' || value.includes('?')) && 'must not have a query',
      (url.hash !== '' || value.includes('#')) && 'must not have a fragment',
      url.href !== value && `must be written as ${url.href}`,
    ].filter((problem): problem is string => typeof problem === 'string');
    for (const message of problems) context.addIssue({ code: z.ZodIssueCode.custom, message });
  });

export const LearnLinkSchema = z
  .object({
    /** The full address, e.g. https://learn.microsoft.com/intune/configmgr/comanage/overview. */
    url: LearnLinkUrlSchema,
    /** The page's title, e.g. "What is co-management?". */
    title: z.string().trim().min(1),
    /** What in the page the module relies on, when the title does not say it. */
    covers: z.string().trim().min(1).optional(),
  })
  .strict();

export const LearnLinksSchema = z
  .object({ links: z.array(LearnLinkSchema).min(1) })
  .strict()
  .superRefine(({ links }, context) => {
    const seen = new Set<string>();
    links.forEach(({ url }, index) => {
      if (seen.has(url))
        context.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['links', index, 'url'],
          message: `${url} is listed twice`,
        });
      seen.add(url);
    });
  });

export type LearnLinks = z.infer<typeof LearnLinksSchema>;

/** The list's path from the project root. */
export const LEARN_LINKS_FILE = 'content/learn-links.yaml';

/**
 * Reads and checks `content/learn-links.yaml` under `root` (the project folder); throws naming
 * the file and each field that is wrong.
 */
export function loadLearnLinks(root: string): LearnLinks {
  const result = LearnLinksSchema.safeParse(parse(readFileSync(join(root, LEARN_LINKS_FILE), 'utf8')));
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `${LEARN_LINKS_FILE}: ${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    throw new Error(lines.join('\n'));
  }
  return result.data;
}
