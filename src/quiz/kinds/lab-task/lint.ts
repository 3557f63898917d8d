/**
 * Lab task, at authoring time: its scenario exists and has the goal, no other lab task of the quiz
 * uses the scenario (a page shows each lab's simulator with ids made from its scenario), and it
 * explains why the goal's end state is right.
 */
import type { LabTaskQuestion } from '../../types';
import type { LintContext } from '../lint';

export function lint(question: LabTaskQuestion, context: LintContext): void {
  const { fail, knownScenarios, scenarioGoals, labScenarios } = context;
  const { scenario, goal } = question;
  if (knownScenarios !== undefined && !knownScenarios.includes(scenario)) {
    fail(
      'scenario',
      `received "${scenario}", but no scenario has this id; expected the id of a file in content/scenarios/` +
        context.knownList('known scenarios include', scenario, knownScenarios),
    );
  } else {
    const goals = scenarioGoals?.[scenario];
    if (goals !== undefined && !goals.includes(goal)) {
      fail(
        'goal',
        `received "${goal}", but content/scenarios/${scenario}.yaml has no goal with this id; expected one of ` +
          (goals.length > 0 ? context.quoteList(goals) : '(none: the scenario declares no goals)'),
      );
    }
  }
  const sharing = labScenarios.get(scenario);
  if (sharing !== undefined) {
    fail(
      'scenario',
      `the lab task "${sharing}" of this quiz already uses the scenario "${scenario}"; expected one lab task per scenario in a quiz`,
    );
  } else {
    labScenarios.set(scenario, question.id);
  }
  if (question.explanation.trim() === '') {
    fail(
      'explanation',
      `has no explanation; expected one to three sentences on why the goal's end state is the right one`,
    );
  }
}
