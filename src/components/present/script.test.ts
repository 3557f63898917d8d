import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../../schemas/scenario';
import type { Scenario } from '../../sim/types';
import { presentedSteps } from './script';

const load = (id: string) =>
  ScenarioSchema.parse(parse(readFileSync(`content/scenarios/${id}.yaml`, 'utf8'))) as Scenario;

describe('presentedSteps', () => {
  it('gives the start at the scenario’s opensAt view, then each step’s stage and strip', () => {
    const steps = presentedSteps(load('compliance-policies-first'));
    expect(steps).toHaveLength(5);
    expect(steps[0]).toEqual({
      stage: [{ view: 'lab.authority-map' }],
      paths: [['Lab views', 'Authority map']],
      strip: '',
    });
    expect(steps[3]).toEqual({
      stage: [{ view: 'lab.authority-map' }],
      paths: [['Lab views', 'Authority map']],
      strip:
        'Workloads: Compliance policies → Pilot Intune for Pilot-Finance · 30 devices now get Compliance policies from Intune',
    });
  });

  it("gives each stage view's breadcrumb as the view's own code gives it", () => {
    const steps = presentedSteps(load('pilot-enrollment-for-it'));
    expect(steps[0]!.paths).toEqual([['Monitoring', 'Overview', 'Cloud Attach']]);
    for (const step of steps) expect(step.paths).toHaveLength(step.stage.length);
  });

  it('names the file and the step when the engine refuses an action', () => {
    const scenario = load('compliance-policies-first');
    const broken = {
      ...scenario,
      steps: [
        {
          ...scenario.steps[0]!,
          actions: [
            {
              type: 'set-workload' as const,
              workload: 'compliance-policies' as const,
              position: 'pilot-intune' as const,
            },
          ],
        },
      ],
    };
    expect(() => presentedSteps(broken)).toThrow(
      /^content\/scenarios\/compliance-policies-first\.yaml: steps\[0\] is refused by the engine: /,
    );
  });
});
