/**
 * Saved lab work. The actions are checked again when the lab replays them (a refused one stops the
 * replay); here only their shape, at most `MAX_LAB_ACTIONS` of them (the bound saved progress
 * shares with the labs' records). The verdict needs one entry per check of the goal. A `revision`
 * (the lab's rules revision the work was made under) is read by the lab, which treats anything but
 * a whole number from 1 as work saved before revisions were recorded.
 */
import { MAX_LAB_ACTIONS, isRecord } from '../../../progress/progress';
import type { LabTaskQuestion } from '../../types';

export function isResponse(_question: LabTaskQuestion, response: Readonly<Record<string, unknown>>): boolean {
  const { actions, passed } = response;
  return (
    Array.isArray(actions) &&
    actions.length <= MAX_LAB_ACTIONS &&
    actions.every((action) => isRecord(action) && typeof action.type === 'string') &&
    Array.isArray(passed) &&
    passed.length > 0 &&
    passed.every((ok) => typeof ok === 'boolean')
  );
}
