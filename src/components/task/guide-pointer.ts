/**
 * Where the task panel's guide points (TaskPanel.tsx): the next control on the way to what a step
 * asks, found in the lab's DOM by role and name along the route the build wrote (`task-data.ts`).
 */
import { windowOf, type ViewLocation, type WindowId } from '../../sim/views';
import type { Action } from '../../sim/types';
import { findControl, showsValue } from './find-control';
import type { Hop, TaskItem, TaskStep } from './types';

/** Where each window is (a dialog's view while it is open). */
type Places = Readonly<Record<WindowId, ViewLocation>>;

/** Where the guide points next: the element (when it is on screen) and what to do with it. */
export interface Pointer {
  element: HTMLElement | null;
  text: string;
}

/**
 * Where the guide points for an item: on the path to its control; while a modal dialog is open and
 * the path leads out of it, at the button that closes it.
 */
export function pointFor(
  root: HTMLElement,
  idPrefix: string,
  item: TaskItem,
  places: Places,
  remaining?: Action,
): Pointer {
  const pointer = pointOnPath(root, idPrefix, item, places, remaining);
  const dialog = root.querySelector<HTMLElement>('dialog[open]');
  if (!dialog || (pointer.element && dialog.contains(pointer.element))) return pointer;
  for (const name of ['OK', 'Close', 'Cancel']) {
    const button = findControl(dialog, 'button', name);
    if (button) return { element: button, text: `${name}, to close the dialog` };
  }
  return pointer;
}

/**
 * The next control on the way to an item's control: the deepest hop of its route the lab shows
 * (see `Hop`), the time button for the time still to go, or the button that sends a change once
 * the control shows its value.
 */
function pointOnPath(root: HTMLElement, idPrefix: string, item: TaskItem, places: Places, remaining?: Action): Pointer {
  const window = item.view === 'lab-bar' ? null : windowOf(item.view);
  const inWindow =
    window === 'lab'
      ? root.querySelector(`#${CSS.escape(idPrefix)}-side-body`)
      : root.querySelector(`[data-window="${window}"]`);
  const scopes = {
    bar: root.querySelector('[role="toolbar"]'),
    window: inWindow,
    workspaces: inWindow?.querySelector('nav[aria-label="Workspaces"]'),
    dialog: root.querySelector('dialog[open]'),
  };
  const find = (hop: Hop) => {
    const scope = hop.in ? scopes[hop.in] : root;
    if (!scope || (hop.at && places[windowOf(hop.at)].view !== hop.at)) return null;
    if (
      hop.under &&
      scopes.workspaces &&
      findControl(scopes.workspaces, 'button', hop.under)?.getAttribute('aria-current') !== 'true'
    )
      return null;
    for (const role of hop.role === 'nav' ? (['treeitem', 'link', 'tab', 'button'] as const) : [hop.role]) {
      const element = findControl(scope, role, hop.name, hop.group);
      if (element) return element;
    }
    return null;
  };
  const { route } = item;
  for (let k = route.length - 1; k >= 0; k--) {
    const hop = route[k]!;
    if (hop.send) {
      const control = find(route[k - 1]!);
      if (!control || !showsValue(control, item.control)) continue;
    }
    // Time counts down as the learner presses: the largest step that does not go past the step's time.
    const name = remaining?.type === 'advance-time' ? timeButton(remaining.minutes) : hop.name;
    const element = find({ ...hop, name });
    if (element) return { element, text: name === hop.name ? hop.text : `${name} in the lab bar` };
  }
  return { element: null, text: item.path.join(' > ') };
}

/** The lab bar's time button for the time still to go (the lab bar has 15 minutes, 1 hour and 1 day). */
function timeButton(minutes: number): string {
  return minutes >= 1440 ? 'Advance 1 day' : minutes >= 60 ? 'Advance 1 hour' : 'Advance 15 minutes';
}

/** True when the view a step without actions is about is on screen (a device's page: that device's). */
export function viewShown({ view }: TaskStep, places: Places): boolean {
  const here = view && places[windowOf(view.view)];
  return !here || (here.view === view.view && (!view.device || here.device === view.device));
}
