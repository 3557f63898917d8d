import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../../schemas/scenario';
import { runScenario } from '../../sim/run-scenario';
import type { Scenario, SimState } from '../../sim/types';
import type { ViewLocation } from '../../sim/views';
import { stageMarks } from './step-marks';

const load = (id: string) =>
  ScenarioSchema.parse(parse(readFileSync(`content/scenarios/${id}.yaml`, 'utf8'))) as Scenario;

/** The states before and after step `step` (from 1) of a scenario. */
function around(id: string, step: number): [SimState, SimState] {
  const scenario = load(id);
  const before = runScenario(scenario, step - 1);
  const after = runScenario(scenario, step);
  if (!before.ok || !after.ok) throw new Error(`${id} refused a step`);
  return [before.state, after.state];
}

const marksOf = (id: string, step: number, location: ViewLocation) => stageMarks(...around(id, step), location);

describe('stageMarks', () => {
  it("marks the funnel stages a step moved, with each one's change", () => {
    const { marks, firstRow } = marksOf('pilot-enrollment-for-it', 3, { view: 'cm.dashboard' });
    expect(Object.fromEntries(marks)).toEqual({
      'funnel:enrollment-initiated': '+38',
      'funnel:enrolled': '+36',
      'funnel:failed': '+2',
    });
    expect(firstRow).toBeNull();
  });

  it('marks the rows that appear in All devices, says how many, and gives the first', () => {
    const { marks, firstRow } = marksOf('tenant-attach-only', 3, { view: 'intune.devices' });
    expect(marks.get('devices')).toBe('20 changed');
    expect([...marks.keys()].filter((key) => key.startsWith('device:'))).toHaveLength(20);
    expect(firstRow).toBe(0);
  });

  it("marks devices whose Managed by changed, from the first one's row", () => {
    const { marks, firstRow } = marksOf('internet-based-no-cmg', 4, { view: 'intune.devices' });
    expect(marks.get('devices')).toBe('20 changed');
    expect(firstRow).toBeGreaterThan(0);
  });

  it('marks the connector only when its status changed', () => {
    expect([...marksOf('contoso-not-attached', 4, { view: 'intune.connectors' }).marks.keys()]).toEqual(['connector']);
    expect([...marksOf('contoso-not-attached', 3, { view: 'intune.connectors' }).marks.keys()]).toEqual([]);
  });

  it('marks the device actions a step ran on the device on stage, and the policies whose state it changed', () => {
    expect([
      ...marksOf('who-can-run-device-actions', 4, { view: 'intune.device', device: 'CON-0011' }).marks.keys(),
    ]).toEqual(['action:3', 'action:4']);
    expect([
      ...marksOf('who-can-run-device-actions', 4, { view: 'intune.device', device: 'CON-0001' }).marks.keys(),
    ]).toEqual([]);
    expect(
      marksOf('device-configuration-moves-endpoint-protection', 3, {
        view: 'intune.device',
        device: 'CON-0001',
      }).marks.has('policy:intune-defender-av'),
    ).toBe(true);
  });

  it('marks what a step set in the co-management Properties: a pilot collection, a slider, the enablement', () => {
    expect([...marksOf('compliance-policies-first', 2, { view: 'cm.properties.staging' }).marks.keys()]).toEqual([
      'pilot:compliance-policies',
    ]);
    expect([...marksOf('compliance-policies-first', 3, { view: 'cm.properties.workloads' }).marks.keys()]).toEqual([
      'slider:compliance-policies',
    ]);
    expect([...marksOf('pilot-enrollment-for-it', 2, { view: 'cm.properties.enablement' }).marks.keys()]).toEqual([
      'enablement',
    ]);
  });

  it('marks the wizard when a step moved it, and gives the authority map the first device a step moved', () => {
    expect([...marksOf('contoso-not-attached', 2, { view: 'cm.wizard' }).marks.keys()]).toEqual(['wizard']);
    expect(marksOf('classroom-10000', 4, { view: 'lab.authority-map' }).firstRow).toBeGreaterThanOrEqual(0);
    expect(marksOf('compliance-policies-first', 3, { view: 'lab.authority-map' }).firstRow).toBe(0);
  });

  it('marks nothing for a step that changes nothing, or a view without marks', () => {
    expect(marksOf('pilot-enrollment-for-it', 4, { view: 'cm.dashboard' }).marks.size).toBe(0);
    expect(marksOf('pilot-enrollment-for-it', 3, { view: 'lab.environment' }).marks.size).toBe(0);
  });
});
