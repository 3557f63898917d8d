/**
 * What a lab's task panel shows, computed at build time from the scenario (`task-data.ts`) and
 * handed to the lab console island as a prop: the words and the controls of every step, so the
 * browser carries no table of menu paths and control names, only the checks that need the live
 * state (`src/sim/guide.ts`, `src/sim/goals.ts`).
 */
import type { ControlRef } from '../console/action-homes';
import type { ViewId, ViewLocation } from '../../sim/views';
import type { ItemTarget } from '../../sim/guide';

/**
 * One control on the way to an instruction's control, as the guide finds it in the lab: the next
 * one to use is the deepest of the way the lab shows (a window's content, a tree's children, a
 * dialog exist only once the control before them has been used), with the conditions below.
 */
export interface Hop {
  /** 'nav': a navigation node, whatever its markup (tree item, link, tab or button). */
  role: ControlRef['role'] | 'tab' | 'nav';
  name: string;
  group?: string | undefined;
  /** Where to look: the lab bar, the view's window, its workspace buttons, the open dialog; the lab when absent. */
  in?: 'bar' | 'window' | 'workspaces' | 'dialog';
  /** Counts only while this view is open in its window (the ribbon's command over its node, the view's own controls). */
  at?: ViewId;
  /** A node of this Configuration Manager workspace: counts only while the workspace is the current one (trees repeat names). */
  under?: string;
  /** The button that sends a change: counts only once the hop before it (the control) shows its value. */
  send?: true;
  /** What the guide says it points at ("Properties in the ribbon"). */
  text: string;
}

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
  /** The way to the control, outermost first (see `Hop`). */
  route: Hop[];
}

export interface TaskStep {
  title: string;
  narration: string;
  /** Where a step without actions is seen (it counts as done when this view is open); null: anywhere. */
  view: ViewLocation | null;
  /** The way to the step's view (its menu path, and the command that opens it when it is a dialog); null with `view`. */
  viewItem: TaskItem | null;
  items: TaskItem[];
  /** What each of the step's actions sets, from the script (the guide's checks compare with these). */
  targets: ItemTarget[];
}

export interface TaskData {
  steps: TaskStep[];
}
