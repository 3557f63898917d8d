/**
 * The task panel's data for one scenario, computed at build time (SimulatorSlot.astro): each
 * step's narration and, for each scripted action, the instruction a learner follows, made from
 * the action in the state the script reaches (the guide's words and the console's control names
 * come from `guide-words.ts` and `action-homes.ts`; none of them ships to the browser).
 */
import { homeOf, type ControlRef } from '../console/action-homes';
import { instructionFor, VIEW_PATHS } from '../console/guide-words';
import { scriptSteps, stepTargets } from '../../sim/guide';
import { WINDOW_NAMES, dialogParent, windowOf, type ViewId, type ViewLocation } from '../../sim/views';
import type { Scenario, SimState } from '../../sim/types';
import type { Hop, TaskData, TaskItem } from './types';

/** The command that opens a dialog view over its parent node. */
function openerOf(view: ViewId, state: SimState): ControlRef | undefined {
  if (!dialogParent(view)) return undefined;
  if (view === 'cm.wizard') return homeOf({ type: 'open-wizard' }, state).control;
  return { role: 'button', name: 'Properties' };
}

/** What the guide says for a control: "Included group: Pilot-IT", "Collections: Pilot-Finance". */
function controlText({ name, option, group }: ControlRef): string {
  return option ? `${name}: ${option}` : group ? `${group}: ${name}` : name;
}

/**
 * The way to an item's control, outermost first: the window's tab (and the lab views' Show
 * button), the workspace and the navigation nodes, the ribbon command that opens a dialog over
 * its node, the dialog's tab, the control, and the button that sends the change.
 */
export function routeOf(
  view: ViewId | 'lab-bar',
  path: readonly string[],
  control: ControlRef,
  send: ControlRef | undefined,
  opener: ControlRef | undefined,
): Hop[] {
  if (view === 'lab-bar')
    return [{ role: 'button', name: control.name, in: 'bar', text: `${control.name} in the lab bar` }];
  const window = windowOf(view);
  const parent = dialogParent(view);
  const hops: Hop[] = [{ role: 'tab', name: WINDOW_NAMES[window], text: `the ${WINDOW_NAMES[window]} tab` }];
  if (window === 'lab') hops.push({ role: 'button', name: 'Show lab views', text: 'Show lab views' });
  // The dialog's own parts (its name, and a tab) are not navigation nodes.
  const nodes = parent ? path.slice(0, path.length - (view === 'cm.wizard' ? 1 : 2)) : path;
  nodes.forEach((node, k) => {
    if (window === 'cm' && k === 0)
      hops.push({ role: 'button', name: node, in: 'workspaces', text: `the ${node} workspace` });
    else
      hops.push({
        role: 'nav',
        name: node,
        in: 'window',
        ...(window === 'cm' ? { under: nodes[0]! } : {}),
        text: `${node} (${nodes.join(' > ')})`,
      });
  });
  if (parent && opener) hops.push({ ...opener, in: 'window', at: parent, text: `${opener.name} in the ribbon` });
  const where = parent ? 'dialog' : 'window';
  if (parent && view !== 'cm.wizard')
    hops.push({ role: 'tab', name: path[path.length - 1]!, in: 'dialog', text: `the ${path[path.length - 1]!} tab` });
  hops.push({ ...control, in: where, at: view, text: controlText(control) });
  if (send) hops.push({ ...send, in: where, at: view, send: true, text: send.name });
  return hops;
}

/** A step's own view (`steps[].view`, the first when it names several), if it names one. */
function viewOfStep(step: Scenario['steps'][number]): ViewLocation | null {
  return step.view?.[0] ?? null;
}

export function taskDataOf(scenario: Scenario): TaskData {
  const script = scriptSteps(scenario);
  return {
    steps: scenario.steps.map((step, index) => {
      const at = script[index]!;
      const items: TaskItem[] = step.actions.map((action, k) => {
        // Each action is said in the state it is taken in: after the step's earlier actions.
        const state = k === 0 ? at.start : at.afterEach[k - 1]!;
        const instruction = instructionFor(action, state);
        const { view, path, control, send } = instruction;
        return {
          text: instruction.text,
          view,
          path,
          control,
          send,
          route: routeOf(view, path, control, send, view === 'lab-bar' ? undefined : openerOf(view, state)),
        };
      });
      const view = step.actions.length === 0 ? viewOfStep(step) : null;
      const viewPath = view ? VIEW_PATHS[view.view](at.start.site.version, view.device) : [];
      // No control to operate: the step counts once its view is open, so the way ends at the view.
      const viewRoute = view
        ? routeOf(view.view, viewPath, { role: 'button', name: '' }, undefined, openerOf(view.view, at.start)).slice(
            0,
            -1,
          )
        : [];
      return {
        title: step.title,
        narration: step.narration,
        view,
        viewItem: view
          ? {
              text: viewPath.join(' > '),
              view: view.view,
              path: viewPath,
              control: { role: 'button', name: '' },
              route: viewRoute,
            }
          : null,
        items,
        targets: stepTargets(at),
      };
    }),
  };
}
