/**
 * Every file in content/scenarios: parses as YAML, passes the schema, builds its world, applies
 * every step without a refusal, reaches its goals at the end, and survives a share link.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../schemas/scenario';
import { gradeGoal } from './goals';
import { runScenario } from './run-scenario';
import { createScenarioState, scenarioActions } from './scenario';
import { encodeShareLink, restoreFromLink, shareLinkPath } from './share-link';
import type { Scenario } from './types';

const DIR = join(process.cwd(), 'content', 'scenarios');
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .sort();

function load(file: string): Scenario {
  const parsed = ScenarioSchema.safeParse(parse(readFileSync(join(DIR, file), 'utf8')));
  if (!parsed.success)
    throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

const scenarios = files.map(load);

describe('scenario files', () => {
  it('include at least eight scenarios, among them the four that lessons place', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
    const ids = scenarios.map((s) => s.id);
    for (const id of [
      'contoso-not-attached',
      'pilot-enrollment-for-it',
      'internet-based-no-cmg',
      'compliance-policies-first',
    ])
      expect(ids).toContain(id);
    expect(scenarios.some((s) => s.fleet.segments.reduce((n, seg) => n + seg.count, 0) === 10_000)).toBe(true);
  });

  for (const file of files) {
    describe(file, () => {
      const scenario = load(file);

      it('is named after its id and has two or more narrated steps', () => {
        expect(file).toBe(`${scenario.id}.yaml`);
        expect(scenario.steps.length).toBeGreaterThanOrEqual(2);
      });

      it('builds its world and applies every step without a refusal', () => {
        const start = createScenarioState(scenario);
        expect(start.devices.length).toBe(scenario.fleet.segments.reduce((n, s) => n + s.count, 0));
        const run = runScenario(scenario);
        if (!run.ok) throw new Error(`step ${run.step + 1}, action ${run.action + 1}: ${run.reason}`);
      });

      it('reaches every goal once its steps have run', () => {
        const run = runScenario(scenario);
        if (!run.ok) throw new Error(run.reason);
        for (const goal of scenario.goals) {
          const graded = gradeGoal(run.state, goal);
          expect(
            graded.checks.filter((c) => !c.passed).map((c) => c.difference),
            goal.id,
          ).toEqual([]);
        }
      });

      it('shares its whole walkthrough as a link that restores the same state', () => {
        const actions = scenarioActions(scenario);
        const encoded = encodeShareLink({ scenarioId: scenario.id, seed: scenario.seed, actions });
        if (!encoded.ok) throw new Error(encoded.reason);
        expect(shareLinkPath(scenario.id, encoded.code).length).toBeLessThanOrEqual(2000);
        const restored = restoreFromLink(encoded.code, scenarios);
        const run = runScenario(scenario);
        expect(restored.ok && run.ok).toBe(true);
        expect(restored.ok && run.ok && restored.state).toEqual(run.ok && run.state);
      });
    });
  }
});
