/**
 * The pure core of "Guide me": a scenario's script as states (`scriptSteps`), and how far a learner
 * has come with one step (`stepStatus`): which of its actions the engine state already shows, and
 * which of the learner's own actions since the step began differ from what the step asks.
 *
 * One table, `PROJECTIONS` (`guide-projections.ts`), says per action type which setting the
 * action sets (its key), that setting's value in a state (as text: equal text, equal values). The words
 * of a learner's change are its timeline entry's (what it did); the step's are its instructions,
 * made at build time (`src/components/task/task-data.ts`). An action counts as done when the learner's state has the value
 * the script has after that action. Settings that only move forward (the clock, the wizard's page,
 * the device actions run) count as done once they have got there, so pressing "Advance 1 hour"
 * twice for a two-hour step, or going past a wizard page, is not a value that differs.
 *
 * The script, not the learner's start, is the yardstick: a learner who did an earlier step
 * differently is compared with where the script would be.
 */
import { measure, projection, type Reached } from './guide-projections';
import { followScript, followStep as followActions, type ScriptStep } from './run-scenario';
import type { Action, Scenario, SimState } from './types';

// ---------------------------------------------------------------------------------------------
// The script as states

export type { ScriptStep };

/** Throws, naming the step and the action, when the engine refused an action of the step. */
function applied(step: ScriptStep, scenarioId: string): ScriptStep {
  if (step.refused) {
    const { action, reason } = step.refused;
    throw new Error(
      `${scenarioId}: step ${step.index + 1}, action ${action + 1} (${step.actions[action]!.type}) is refused: ${reason}`,
    );
  }
  return step;
}

/**
 * Follows a scenario's script from its start and returns every step with its states. Throws,
 * naming the step and the action, if the engine refuses an action of the script (the content tests
 * make sure no scenario file does).
 */
export function scriptSteps(scenario: Scenario): ScriptStep[] {
  return followScript(scenario).map((step) => applied(step, scenario.id));
}

/** One step's states from a given start (`scriptSteps` chains them). Throws if the engine refuses an action. */
export function followStep(
  start: SimState,
  actions: readonly Action[],
  index = 0,
  scenarioId = 'the script',
): ScriptStep {
  return applied(followActions(start, actions, index), scenarioId);
}

// ---------------------------------------------------------------------------------------------
// Status of one step

/** One action of the step, and whether the learner's state already has what it sets. */
export interface GuideItem {
  action: Action;
  done: boolean;
  /**
   * What is left to do for it from the learner's state: the action itself, or for `advance-time`
   * only the minutes still to go to the step's time (the guide's instruction should name those).
   */
  remaining: Action;
}

/**
 * A learner's action since the step began that differs from the step. The console says it in the
 * words of its timeline entry (what the action did), with the step's instruction for `asked`.
 */
export interface Deviation {
  /** The learner's action (the last one on that setting): Undo takes it back. */
  action: Action;
  /** Its index in the learner's actions since the step began. */
  index: number;
  /** The step's action that sets the same setting to another value; -1: the step does not ask for that setting. */
  asked: number;
}

/** How far a learner has come with one step. */
export interface StepStatus {
  /** One per action of the step, in order. */
  items: GuideItem[];
  /** The learner's actions that set something the step does not ask for, or set a value the step sets to another value. */
  deviations: Deviation[];
  /** Every item is done (true for a step without actions: the UI decides whether its view has been seen). */
  done: boolean;
  /** The index of the first item not done; -1 when all are done. */
  next: number;
}

/**
 * What one scripted action sets, worked out from the script when the site is built
 * (`stepTargets`): the browser compares the learner's state with these, and follows no script.
 */
export interface ItemTarget {
  action: Action;
  /** The setting it sets (actions with the same key set the same setting). */
  key: string;
  /** The setting's value (its progress, for settings that only move forward) just after the action. */
  want?: string | number | undefined;
  /** The same after the whole step. */
  after?: string | number | undefined;
}

/** The targets of one step of the script (build time). */
export function stepTargets(step: ScriptStep): ItemTarget[] {
  const after: Reached = { state: step.after, actions: step.actions };
  return step.actions.map((action, k) => {
    const p = projection(action);
    const target: Reached = { state: step.afterEach[k]!, actions: step.actions.slice(0, k + 1) };
    return { action, key: p.key(action), want: measure(p, action, target), after: measure(p, action, after) };
  });
}

/**
 * How far the learner has come with a step, from its targets.
 *
 * @param start the learner's state when the step began: a setting they had already changed then
 *   is not a change of this step.
 * @param state the learner's state now.
 * @param learnerActions the actions the learner took since the step began (the timeline entries
 *   after the step's start cursor), oldest first.
 */
export function statusOf(
  targets: readonly ItemTarget[],
  start: SimState,
  state: SimState,
  learnerActions: readonly Action[],
): StepStatus {
  const learner: Reached = { state, actions: learnerActions };
  const begun: Reached = { state: start, actions: [] };

  const items = targets.map(({ action, want }): GuideItem => {
    const p = projection(action);
    const now = measure(p, action, learner);
    const done = p.progress ? (now as number) >= (want as number) : now === undefined || now === want;
    const remaining: Action =
      action.type === 'advance-time' && !done
        ? { type: 'advance-time', minutes: (want as number) - state.clock }
        : action;
    return { action, done, remaining };
  });

  // The last learner action per setting, in the order of those last actions.
  const last = new Map<string, number>();
  learnerActions.forEach((action, index) => {
    const key = projection(action).key(action);
    last.delete(key);
    last.set(key, index);
  });
  const deviations: Deviation[] = [];
  for (const [key, index] of last) {
    const action = learnerActions[index]!;
    let asked = -1;
    targets.forEach((target, k) => {
      if (target.key === key) asked = k;
    });
    // Not asked: the learner moved a setting the step leaves alone. Asked: they set it otherwise
    // than the step does (neither the step's value nor where they began), or went past it.
    const { action: measured, after } = asked < 0 ? { action, after: undefined } : targets[asked]!;
    const p = projection(measured);
    const mine = measure(p, measured, learner);
    const before = measure(p, measured, begun);
    const differs = p.progress
      ? (mine as number) > ((asked < 0 ? before : after) as number)
      : mine !== undefined && mine !== before && (asked < 0 || (after !== undefined && mine !== after));
    if (differs) deviations.push({ action, index, asked });
  }

  const next = items.findIndex((item) => !item.done);
  return { items, deviations, done: next < 0, next };
}

/** `statusOf` for a step of the script followed here, with the learner beginning where the script does (tests, build). */
export function stepStatus(step: ScriptStep, state: SimState, learnerActions: readonly Action[]): StepStatus {
  return statusOf(stepTargets(step), step.start, state, learnerActions);
}
