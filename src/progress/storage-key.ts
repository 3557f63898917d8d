/** The localStorage key of the learner's progress. The `v1` is the key scheme; the format version lives inside the value. */
export const PROGRESS_KEY = 'co-management-lab:v1:progress';
