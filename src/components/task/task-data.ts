/**
 * The task panel's data for one scenario, computed at build time (SimulatorSlot.astro): each
 * step's narration and, for each scripted action, the instruction a learner follows, made from
 * the action in the state the script reaches (the guide's words and the console's control names
 * come from `guide-words.ts` and `action-homes.ts`; none of them ships to the browser).
 */
import { homeOf, type ControlRef } from '../console/action-homes';
import { instructionFor, VIEW_PATHS } from '../console/guide-words';
import { scriptSteps } from '../../sim/guide';
import { dialogParent, type ViewId, type ViewLocation } from '../../sim/views';
import type { Scenario, SimState } from '../../sim/types';
import type { TaskData, TaskItem } from './types';

/** The command that opens a dialog view over its parent node. */
function openerOf(view: ViewId, state: SimState): ControlRef | undefined {
  if (!dialogParent(view)) return undefined;
  if (view === 'cm.wizard') return homeOf({ type: 'open-wizard' }, state).control;
  return { role: 'button', name: 'Properties' };
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
        const view = instruction.view;
        return {
          text: instruction.text,
          view,
          path: instruction.path,
          control: instruction.control,
          send: instruction.send,
          opener: view === 'lab-bar' ? undefined : openerOf(view, state),
        };
      });
      const view = step.actions.length === 0 ? viewOfStep(step) : null;
      return {
        title: step.title,
        narration: step.narration,
        view,
        viewItem: view
          ? {
              text: VIEW_PATHS[view.view](at.start.site.version, view.device).join(' > '),
              view: view.view,
              path: VIEW_PATHS[view.view](at.start.site.version, view.device),
              // No control to operate: the step counts once its view is open.
              control: { role: 'button', name: '' },
              opener: openerOf(view.view, at.start),
            }
          : null,
        items,
      };
    }),
  };
}
