/** "Check my work"'s answer in the task panel (TaskPanel.tsx): every goal, met or not, with its checks. */
import type { Ref } from 'preact';
import type { GoalResult, Scenario } from '../../sim/types';

/** The results of grading `scenario`'s goals, under a heading that takes the focus. */
export function goalResults(
  results: GoalResult[],
  scenario: Scenario,
  helped: boolean,
  Sub: 'h4',
  heading: Ref<HTMLHeadingElement>,
) {
  return (
    <div class="task__results">
      <Sub class="task__results-title" tabIndex={-1} ref={heading}>
        {results.every((goal) => goal.passed)
          ? `Every goal met${helped ? ', with help' : ''}: lab done.`
          : 'Not every goal is met yet.'}
      </Sub>
      <ul>
        {results.map((goal) => {
          const title = scenario.goals.find((g) => g.id === goal.goalId)?.title ?? goal.goalId;
          return (
            <li key={goal.goalId} class={goal.passed ? 'task__goal task__goal--met' : 'task__goal task__goal--unmet'}>
              <strong>{goal.passed ? 'Met' : 'Not met'}:</strong> {title}
              <ul>
                {goal.checks.map((check, k) => (
                  <li key={k}>{check.passed ? `Met: ${check.actual}.` : `Not met: ${check.difference}.`}</li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
