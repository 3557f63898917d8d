/**
 * What the lab says about a rules revision (`revision.ts`) that is not this site's: for a share
 * link (`share-link.ts`) and for a lab task's saved work. Apart from the share-link codec, which
 * only a lab's own page (a unit's or a scenario's) loads, and with the code every lab loads on
 * first use; `revision.ts`, which every simulator page loads at start, holds only the numbers.
 */
import { LAB_RULES_REVISION, UNRECORDED_REVISION } from './revision';

/**
 * The sentence the lab shows when a link (`link`) or saved lab work (`!link`) was made under
 * another rules revision than this site's; null when it was made under this one.
 */
export function revisionNotice(revision: number, link: boolean): string | null {
  if (revision === LAB_RULES_REVISION) return null;
  const older = revision < LAB_RULES_REVISION;
  return `This ${link ? 'link was made' : 'work was saved'} with ${older ? 'an earlier' : 'a newer'} version of the lab; what you see follows ${older ? 'the current rules' : "this version's rules"}.`;
}

/**
 * The rules revision saved lab work (a lab task's response) was made under: its `revision` when
 * that is a whole number from 1, else 1 (work saved before revisions were recorded has none).
 */
export function workRevision(work: object): number {
  const { revision } = work as { revision?: unknown };
  return Number.isInteger(revision) && (revision as number) > 0 ? (revision as number) : UNRECORDED_REVISION;
}
