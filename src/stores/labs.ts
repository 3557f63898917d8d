/**
 * The learner's lab records (done marks and unfinished work), saved with the rest of their
 * progress. Only pages with a lab import this module; the every-page site script reads the done
 * marks straight from `$progress`. While the page holds progress saved by a newer version of the
 * course, nothing is saved (`updateProgress` refuses) and the lab works in memory only.
 */
import { labReducer, readLabRecord, type LabAction, type LabRecord } from '../progress/lab-record';
import { LAB_RULES_REVISION } from '../sim/revision';
import type { Action } from '../sim/types';
import { $progress, updateProgress } from './progress';

export type { LabRecord };

function dispatch(action: LabAction): boolean {
  return updateProgress((state) => labReducer(state, action, LAB_RULES_REVISION));
}

/**
 * Saves the lab's unfinished work: the actions from the scenario's start (at most 200; more are
 * refused and nothing changes) and the ids of the goals they meet, under the current rules
 * revision. No actions is the same as `restartLab`. Returns false when nothing can be saved on this
 * page (progress from a newer version of the course).
 */
export const saveLabWork = (scenario: string, actions: readonly Action[], met: readonly string[]): boolean =>
  dispatch({ type: 'lab-work', scenario, actions, met });

/**
 * Marks the lab done (`help`: finished with "Do this step for me"; a lab once done alone stays
 * so) with the ids of the goals met, and drops its unfinished work.
 */
export const markLabDone = (scenario: string, help: boolean, met: readonly string[]): boolean =>
  dispatch({ type: 'lab-done', scenario, help, met });

/** Drops the lab's unfinished work; its done mark, if any, stays. */
export const restartLab = (scenario: string): boolean => dispatch({ type: 'lab-restart', scenario });

/**
 * The lab's saved record, checked: null when nothing is saved or the record is unreadable (the
 * lab then starts afresh, and its next save replaces the record).
 */
export function labRecord(scenario: string): LabRecord | null {
  const { labs } = $progress.get();
  return Object.hasOwn(labs, scenario) ? readLabRecord(labs[scenario]) : null;
}
