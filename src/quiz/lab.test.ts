/**
 * Lab tasks against the engine: every lab task in content/quizzes fails at its scenario's start,
 * passes after the scenario's own steps, and fails again with the difference named when one
 * slider the goal checks is set elsewhere. Grading reads the verdict `labResponse` takes from the
 * engine's end state.
 */
import { describe, expect, it } from 'vitest';
import { createScenarioState } from '../sim/scenario';
import type { Action } from '../sim/types';
import { grade } from './kinds/lab-task';
import { findLab, gradeLab, labResponse, labSolution, labSteps, runLab, type LabSetup } from './lab';
import { gradeQuestion } from './registry';
import { quizFiles, scenarioFiles } from './test-content';
import type { LabTaskQuestion } from './types';

const scenarios = scenarioFiles();
const labTasks = quizFiles().flatMap(({ file, quiz }) =>
  quiz.questions
    .filter((question): question is LabTaskQuestion => question.type === 'lab-task')
    .map((question) => ({ file, quiz, question })),
);

/** The response the learner's `actions` leave, as the lab writes it. */
function workOf(setup: LabSetup, actions: readonly Action[]) {
  const run = runLab(setup, actions);
  if (!run.ok) throw new Error(`action ${run.index + 1} was refused: ${run.reason}`);
  return labResponse(setup.goal, actions, run.state);
}

describe('lab tasks in content/quizzes', () => {
  it('number at least six, open in both consoles and the lab views, and two or more sit in the unit 6 knowledge check', () => {
    expect(labTasks.length).toBeGreaterThanOrEqual(6);
    const windows = new Set(
      labTasks.flatMap(({ question }) => {
        const opensAt = findLab(question, scenarios)?.scenario.opensAt;
        return opensAt ? [opensAt.slice(0, opensAt.indexOf('.'))] : [];
      }),
    );
    expect(windows.size).toBeGreaterThanOrEqual(2);
    expect(labTasks.filter(({ quiz }) => quiz.id === 'knowledge-check').length).toBeGreaterThanOrEqual(2);
  });

  for (const { file, question } of labTasks) {
    describe(`${file}: ${question.id}`, () => {
      const setup = findLab(question, scenarios);

      it('names a scenario and one of its goals', () => {
        expect(setup, `${question.scenario} / ${question.goal}`).not.toBeNull();
      });
      if (!setup) return;

      it('fails at the scenario start, naming what differs', () => {
        const start = workOf(setup, []);
        expect(gradeQuestion(question, start)).toMatchObject({ score: 0, correct: false });
        const { result } = gradeLab(setup, []);
        const failing = result.checks.filter((check) => !check.passed);
        expect(failing.length).toBeGreaterThan(0);
        for (const check of failing) expect(check.difference).toMatch(/the goal wants|There is no|has no members/);
      });

      it("passes after the scenario's own steps", () => {
        const solution = labSolution(setup);
        const graded = gradeQuestion(question, workOf(setup, solution));
        expect(graded).toMatchObject({ score: 1, correct: true });
        expect(graded.perOption).toHaveLength(setup.goal.checks.length);
        expect(gradeLab(setup, solution).result.passed).toBe(true);
      });

      const slider = setup.goal.checks.find((check) => check.type === 'slider-position');
      if (slider?.type === 'slider-position') {
        it('fails when the slider the goal checks is set elsewhere, and says so', () => {
          // Intune (or, where the goal wants Intune, Configuration Manager): Pilot Intune would first need a workload pilot collection.
          const other = slider.position === 'intune' ? 'configmgr' : 'intune';
          const actions: Action[] = [
            ...labSolution(setup),
            { type: 'set-workload', workload: slider.workload, position: other },
          ];
          const run = runLab(setup, actions);
          // A slider the site version keeps still (Resource access from 2211) cannot be a goal's slider.
          expect(run.ok).toBe(true);
          expect(gradeQuestion(question, workOf(setup, actions)).correct).toBe(false);
          const differences = gradeLab(setup, actions).result.checks.flatMap((check) =>
            check.difference ? [check.difference] : [],
          );
          expect(differences.some((text) => text.includes('; the goal wants'))).toBe(true);
        });
      }
    });
  }
});

describe('grading a lab task', () => {
  const lab = labTasks.find(({ question }) => question.id === 'kc-lab-pilot-compliance-finance')!;
  const setup = findLab(lab.question, scenarios)!;

  it('grades no work, and a verdict with any failed check, as 0', () => {
    expect(grade(lab.question, null)).toEqual({ type: 'lab-task', score: 0, correct: false, perOption: [] });
    expect(grade(lab.question, { type: 'lab-task', actions: [], passed: [true, false, true] })).toMatchObject({
      score: 0,
      correct: false,
      perOption: [
        { check: 0, passed: true },
        { check: 1, passed: false },
        { check: 2, passed: true },
      ],
    });
  });

  it('names the slider difference in console words', () => {
    const actions: Action[] = [
      { type: 'set-pilot-collection', workload: 'compliance-policies', collection: 'pilot-finance' },
      { type: 'set-workload', workload: 'compliance-policies', position: 'intune' },
    ];
    const { result } = gradeLab(setup, actions);
    expect(result.passed).toBe(false);
    expect(result.checks[0]!.difference).toBe('Compliance policies is at Intune; the goal wants Pilot Intune');
    expect(result.checks[3]!.difference).toBe(
      'CON-0031 gets Compliance policies from Intune; the goal wants Configuration Manager',
    );
  });

  it('replays work up to an action the engine refuses, and says which', () => {
    const actions: Action[] = [
      { type: 'set-pilot-collection', workload: 'compliance-policies', collection: 'pilot-finance' },
      { type: 'set-workload', workload: 'compliance-policies', position: 'pilot-intune' },
      { type: 'wizard-next' },
    ];
    const run = runLab(setup, actions);
    expect(run.ok).toBe(false);
    if (!run.ok) {
      expect(run.index).toBe(2);
      expect(run.reason.length).toBeGreaterThan(0);
      expect(run.state.settings.coManagement.workloads[0]!.position).toBe('pilot-intune');
    }
  });

  it("offers as one way to the goal only the scenario's steps up to the one that reaches it", () => {
    const coupling = labTasks.find(({ question }) => question.id === 'sa-lab-device-configuration-coupling')!;
    const couplingSetup = findLab(coupling.question, scenarios)!;
    expect(couplingSetup.scenario.steps.length).toBe(4);
    expect(labSteps(couplingSetup).map((step) => step.title)).toEqual([
      'Both workloads at Configuration Manager',
      'Move Device configuration to Pilot Intune',
    ]);
    expect(labSolution(couplingSetup).map((action) => action.type)).toEqual(['set-pilot-collection', 'set-workload']);
  });

  it('leaves the scenario start untouched', () => {
    const before = JSON.stringify(createScenarioState(setup.scenario).settings);
    gradeLab(setup, labSolution(setup));
    expect(JSON.stringify(createScenarioState(setup.scenario).settings)).toBe(before);
  });
});
