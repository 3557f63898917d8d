import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../../schemas/scenario';
import { VIEW_LOADERS } from '../console/registry';
import { runScenario } from '../../sim/run-scenario';
import { world } from '../../sim/test-fixtures';
import { VIEW_IDS, type ViewLocation } from '../../sim/views';
import type { Scenario, ScenarioStep, SimEvent, SimState } from '../../sim/types';
import { VIEW_PATHS, roomPreviews, viewName, type StageModule } from './room-preview';

const scenario = ScenarioSchema.parse(
  parse(readFileSync('content/scenarios/compliance-policies-first.yaml', 'utf8')),
) as Scenario;

describe('VIEW_PATHS', () => {
  // Versions on both sides of each renaming the consoles know: Configure upload (2002), Cloud Attach (2107).
  for (const version of [1910, 2103, 2107, 2403]) {
    it(`spells every view's path as its console does on ${version}`, async () => {
      const state = world({ version });
      for (const view of VIEW_IDS) {
        const definition = (await VIEW_LOADERS[view]()).default;
        for (const device of view === 'intune.device' ? ['PC-0003', undefined] : [undefined]) {
          const location: ViewLocation = { view, device };
          expect(VIEW_PATHS[view](version, device), `${view} ${device ?? ''}`).toEqual(
            definition.path(state, location),
          );
        }
      }
    });
  }
});

describe('viewName', () => {
  it("names the window, then the view's path", () => {
    expect(viewName({ view: 'cm.properties.workloads' }, 2207)).toBe(
      'Configuration Manager console: Administration > Cloud Services > Cloud Attach > CoMgmtSettingsProd > Properties > Workloads',
    );
    expect(viewName({ view: 'intune.device', device: 'PC-0042' }, 2207)).toBe(
      'Microsoft Intune admin center: Devices > All devices > PC-0042',
    );
    expect(viewName({ view: 'lab.authority-map' }, 2010)).toBe('Lab views: Authority map');
    expect(viewName({ view: 'cm.cloud-attach' }, 2010)).toBe(
      'Configuration Manager console: Administration > Cloud Services > Co-management',
    );
  });
});

describe('roomPreviews', () => {
  it("falls back to each step's title, with the stage unknown, without the stage module", () => {
    expect(roomPreviews(scenario, null)).toEqual(scenario.steps.map((step) => ({ views: null, change: step.title })));
  });

  it("gives the stage module each step's own events and the states around it, and names its views", () => {
    const calls: { step: ScenarioStep; events: SimEvent[]; before?: SimState; after?: SimState }[] = [];
    const stage: StageModule = {
      stageOf(step, events) {
        calls.push({ step, events });
        return events.length > 0 ? [{ view: 'lab.authority-map' }, { view: 'intune.devices' }] : [];
      },
      stepChangeLine(step, events, before, after) {
        calls.push({ step, events, before, after });
        return `${step.title}: ${events.length} events`;
      },
    };
    const previews = roomPreviews(scenario, stage);
    expect(previews).toHaveLength(scenario.steps.length);
    scenario.steps.forEach((step, index) => {
      const before = runScenario(scenario, index);
      const after = runScenario(scenario, index + 1);
      if (!before.ok || !after.ok) throw new Error('the scenario runs');
      const own = after.events.slice(before.events.length);
      const [stageCall, lineCall] = calls.slice(index * 2, index * 2 + 2);
      expect(stageCall).toEqual({ step, events: own });
      expect(lineCall).toEqual({ step, events: own, before: before.state, after: after.state });
      expect(previews[index]).toEqual({
        views:
          own.length > 0 ? ['Lab views: Authority map', 'Microsoft Intune admin center: Devices > All devices'] : [],
        change: `${step.title}: ${own.length} events`,
      });
    });
  });
});
