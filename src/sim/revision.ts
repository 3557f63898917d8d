/**
 * The lab's rules revision: which version of the simulator's rules a share link or a learner's
 * saved lab work was made under. Links and saved work replay their actions under the rules of the
 * site that opens them; when those are not the rules they were made under, the state can differ
 * from what their author saw, and the lab says so (`revisionNotice` in `revision-notice.ts`).
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
 *
 * This module ships with the engine on every simulator page (astro.config.mjs bundles src/sim in
 * one chunk), so it holds only the numbers; the code that reads revisions and words the notice
 * (`share-link.ts`, `revision-notice.ts`) loads on first use.
 */
export const LAB_RULES_REVISION = 2;

/** The revision of a link or saved work that carries none: made before revisions were recorded. */
export const UNRECORDED_REVISION = 1;
