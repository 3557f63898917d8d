/**
 * "Every scenario's goals check the effect of each step that changes state" (issue 17), over every
 * file in content/scenarios: following the script from the start, each step whose actions change
 * the state turns at least one check of the scenario's goals from not met to met, and every goal
 * is met when the script ends. Check my work can then tell a learner which step's effect is missing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../schemas/scenario';
import { gradeCheck, gradeGoal } from './goals';
import { scriptSteps } from './guide';
import type { Scenario } from './types';

const DIR = join(process.cwd(), 'content', 'scenarios');
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

/**
 * The verbs goal titles start with: the task panel shows each title as the task in plain words. A
 * new goal may need a verb added here; a noun phrase ("Compliance pilot") may not.
 */
const INSTRUCTION_VERBS = [
  'Add',
  'Assign',
  'Attach',
  'Bring',
  'Choose',
  'Enroll',
  'Fix',
  'Give',
  'Grant',
  'Install',
  'Let',
  'Move',
  'Open',
  'Remove',
  'Run',
  'Set',
  'Turn',
  'Upload',
];

const load = (file: string): Scenario => ScenarioSchema.parse(parse(readFileSync(join(DIR, file), 'utf8')));

describe('the goals cover every step', () => {
  it('reads all nine scenarios', () => {
    expect(files).toHaveLength(9);
  });

  for (const file of files) {
    const scenario = load(file);
    describe(scenario.id, () => {
      const steps = scriptSteps(scenario);
      const checks = scenario.goals.flatMap((goal) => goal.checks.map((check, k) => ({ goal: goal.id, k, check })));

      for (const step of steps) {
        const changes = JSON.stringify(step.after) !== JSON.stringify(step.start);
        if (!changes) continue;
        it(`step ${step.index + 1}, "${scenario.steps[step.index]!.title}", turns a goal check from not met to met`, () => {
          const turned = checks.filter(
            ({ check }) => !gradeCheck(step.start, check).passed && gradeCheck(step.after, check).passed,
          );
          expect(turned.map(({ goal, k }) => `${goal} #${k + 1}`)).not.toEqual([]);
        });
      }

      it('meets every goal at the end of the script', () => {
        const end = steps[steps.length - 1]!.after;
        for (const goal of scenario.goals) {
          expect(
            gradeGoal(end, goal)
              .checks.filter((c) => !c.passed)
              .map((c) => c.difference),
            goal.id,
          ).toEqual([]);
        }
      });

      it('states every goal as a plain instruction: it starts with a verb and has no final full stop', () => {
        for (const goal of scenario.goals) {
          expect(INSTRUCTION_VERBS, `${goal.id}: "${goal.title}"`).toContain(goal.title.split(' ')[0]);
          expect(goal.title, goal.id).not.toMatch(/\.$/);
        }
      });
    });
  }
});
