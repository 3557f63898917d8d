/**
 * Lab tasks and the engine: where a lab starts, what a learner's work leaves, and how its end
 * state measures up to the goal. Pure (the simulator engine is pure too); loaded with the lab,
 * never by a page that only grades a quiz (see `kinds/lab-task/index.ts`).
 */
import { gradeGoal } from '../sim/goals';
import { createScenarioState } from '../sim/scenario';
import { applyActions } from '../sim/step';
import type { Action, Goal, GoalResult, Scenario, SimState } from '../sim/types';
import type { LabTaskQuestion, LabTaskResponse } from './types';

/** What a lab task needs from its scenario file: the scenario (its start and steps) and the goal. */
export interface LabSetup {
  scenario: Scenario;
  goal: Goal;
}

/** The scenario and goal a lab task names, or null when either is missing (validateContent reports that first). */
export function findLab(
  question: Pick<LabTaskQuestion, 'scenario' | 'goal'>,
  scenarios: readonly Scenario[],
): LabSetup | null {
  const scenario = scenarios.find((candidate) => candidate.id === question.scenario);
  const goal = scenario?.goals.find((candidate) => candidate.id === question.goal);
  return scenario && goal ? { scenario, goal } : null;
}

/** The response a learner's work leaves: the actions, and the goal's verdict on `state`, the state they reached. */
export function labResponse(goal: Goal, actions: readonly Action[], state: SimState): LabTaskResponse {
  return {
    type: 'lab-task',
    actions: [...actions],
    passed: gradeGoal(state, goal).checks.map((check) => check.passed),
  };
}

/** The work replayed from the scenario's start: the end state, or where and why the engine refused. */
export type LabRun = { ok: true; state: SimState } | { ok: false; state: SimState; index: number; reason: string };

export function runLab(setup: LabSetup, actions: readonly Action[]): LabRun {
  const run = applyActions(createScenarioState(setup.scenario), actions);
  return run.ok
    ? { ok: true, state: run.state }
    : { ok: false, state: run.state, index: run.index, reason: run.reason };
}

/**
 * The goal graded, check by check with what differs ("Compliance policies is at Intune; the goal
 * wants Pilot Intune"), on the state `actions` reach from the start (up to a refused action).
 */
export function gradeLab(setup: LabSetup, actions: readonly Action[]): { run: LabRun; result: GoalResult } {
  const run = runLab(setup, actions);
  return { run, result: gradeGoal(run.state, setup.goal) };
}

/**
 * One way to reach the goal: the scenario's own steps, up to the first one after which the goal is
 * met (the steps after it show other things). All of them when none does; a test checks that
 * every lab task's steps reach its goal.
 */
export function labSteps(setup: LabSetup): Scenario['steps'] {
  const { steps } = setup.scenario;
  let state = createScenarioState(setup.scenario);
  for (let k = 0; k < steps.length; k++) {
    const run = applyActions(state, steps[k]!.actions);
    if (!run.ok) break;
    state = run.state;
    if (gradeGoal(state, setup.goal).passed) return steps.slice(0, k + 1);
  }
  return steps;
}

/** The actions of `labSteps`: one way to reach the goal from the scenario's start. */
export function labSolution(setup: LabSetup): Action[] {
  return labSteps(setup).flatMap((step) => step.actions);
}
