/**
 * What a lab's task panel shows, computed at build time from the scenario (`task-data.ts`) and
 * handed to the lab console island as a prop: the words and the controls of every step, so the
 * browser carries no table of menu paths and control names, only the checks that need the live
 * state (`src/sim/guide.ts`, `src/sim/goals.ts`).
 */
import type { ControlRef } from '../console/action-homes';
import type { ViewId, ViewLocation } from '../../sim/views';

/** One instruction of a step: one scripted action, said as a learner does it. */
export interface TaskItem {
  /** "Administration > Cloud Services > Cloud Attach > Properties > Workloads: move ..." */
  text: string;
  /** The view that holds the control, or the lab bar. */
  view: ViewId | 'lab-bar';
  /** The view's menu path (its navigation nodes, then the dialog and its tab). */
  path: string[];
  control: ControlRef;
  /** The button that sends a pending change (Apply, Save, OK). */
  send?: ControlRef | undefined;
  /** The command that opens the dialog holding the control, when `view` is a dialog. */
  opener?: ControlRef | undefined;
}

export interface TaskStep {
  title: string;
  narration: string;
  /** Where a step without actions is seen (it counts as done when this view is open); null: anywhere. */
  view: ViewLocation | null;
  /** The way to the step's view (its menu path, and the command that opens it when it is a dialog); null with `view`. */
  viewItem: TaskItem | null;
  items: TaskItem[];
}

export interface TaskData {
  steps: TaskStep[];
}
