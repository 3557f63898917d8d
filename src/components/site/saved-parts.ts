/**
 * What saved progress holds, in the learner's words: the reset dialog lists what it deletes, the
 * import question what it replaces. `src/progress/progress.ts` has the same five parts.
 */
export const SAVED_PARTS = [
  'the units you marked complete',
  'the place you left off (where Continue takes you)',
  'your checklist ticks',
  'your lab work and the labs you finished',
  'your quiz history and best scores',
] as const;
