/**
 * The lab's rules revision: which version of the simulator's rules a share link or a learner's
 * saved lab work was made under. Links and saved work replay their actions under the rules of the
 * site that opens them; when those are not the rules they were made under, the state can differ
 * from what their author saw, and the lab says so (`revisionNotice`).
 *
 * Raise `LAB_RULES_REVISION` by one whenever a change to the engine changes what replaying some
 * action list produces: a different state or events, an action refused that was accepted before,
 * or the reverse. Wording alone (labels, narration) does not raise it, and neither does a new
 * action type (no existing link or saved work holds it). Every action type and share-link tag
 * ever shipped stays decodable whatever the revision.
 *
 * Revisions: 1, every link and saved work made before revisions were recorded (they carry none);
 * 2, issue 15's content-truth rules (unlicensed admins, automatic enrollment configured, Windows
 * 10 before 1709, resource access by version, device actions refused in the admin center,
 * Windows 11 Autopilot authority).
 */
export const LAB_RULES_REVISION = 2;

/** The revision of a link or saved work that carries none: made before revisions were recorded. */
export const UNRECORDED_REVISION = 1;

/**
 * The sentence the lab shows when a link (`link`) or saved lab work (`!link`) was made under
 * another rules revision than this site's; null when it was made under this one.
 */
export function revisionNotice(revision: number, link: boolean): string | null {
  if (revision === LAB_RULES_REVISION) return null;
  const older = revision < LAB_RULES_REVISION;
  return `This ${link ? 'link was made' : 'work was saved'} with ${older ? 'an earlier' : 'a newer'} version of the lab; what you see follows ${older ? 'the current rules' : "this version's rules"}.`;
}

/** The revision saved lab work was made under: its `revision`, or 1 when it carries none. */
export function workRevision(work: object): number {
  const { revision } = work as { revision?: unknown };
  return typeof revision === 'number' ? revision : UNRECORDED_REVISION;
}
