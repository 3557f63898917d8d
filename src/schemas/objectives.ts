/**
 * The four learning objectives. Their ids are stable: saved progress and quiz questions refer to
 * them, so an id is never renamed, only added.
 */
export const OBJECTIVE_IDS = ['benefits', 'prerequisites', 'connector-status', 'paths'] as const;

export type ObjectiveId = (typeof OBJECTIVE_IDS)[number];
