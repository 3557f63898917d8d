/**
 * Made with the code before the lab recorded its rules revision (revision 1), and kept as they were
 * so the tests can show that such links and saved work still open (not shipped). Never regenerate
 * them: their point is that today's code did not write them.
 */
import type { Action } from './types';

/** The `broken-prerequisite` scenario's step actions, as its walkthrough applied them then. */
export const BROKEN_PREREQUISITE_ACTIONS: Action[] = [
  { type: 'set-auto-enrollment', autoEnrollment: 'all', collection: null },
  { type: 'advance-time', minutes: 120 },
  { type: 'set-mdm-user-scope', scope: 'all' },
  { type: 'advance-time', minutes: 120 },
];

/** "Copy link to this state" on `broken-prerequisite` after those actions. */
export const BROKEN_PREREQUISITE_LINK =
  '/scenarios/broken-prerequisite/#s=1.17.1dhk4wwt0h3.broken-prerequisite.668.e,2,_.t,3c.m,2.t,3c';
/** The link's code, the part after `#s=`. */
export const BROKEN_PREREQUISITE_CODE = BROKEN_PREREQUISITE_LINK.slice(BROKEN_PREREQUISITE_LINK.indexOf('#s=') + 3);

/** The self-assessment lab task `sa-lab-fix-mdm-user-scope` worked through the same actions, as the lab saved it then. */
export const OLD_LAB_WORK =
  '{"type":"lab-task","actions":[{"type":"set-auto-enrollment","autoEnrollment":"all","collection":null},{"type":"advance-time","minutes":120},{"type":"set-mdm-user-scope","scope":"all"},{"type":"advance-time","minutes":120}],"passed":[true,true]}';

/** Saved progress (format 2) holding that lab work in an unfinished self-assessment attempt. */
export const OLD_SAVED_PROGRESS = `{"version":2,"completedUnits":[],"lastVisitedUnit":null,"checkedItems":[],"quizzes":{"self-assessment":{"attempts":[],"best":null,"current":{"seed":1,"responses":{"sa-lab-fix-mdm-user-scope":${OLD_LAB_WORK}},"checked":[],"revealed":false}}}}`;
