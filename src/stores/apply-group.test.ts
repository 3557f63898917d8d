import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { createSimulatorStore, groupEnd, groupStart } from './simulator';
import { ScenarioSchema } from '../schemas/scenario';
import type { Action, Scenario } from '../sim/types';

const scenario = ScenarioSchema.parse(
  parse(readFileSync('content/scenarios/compliance-policies-first.yaml', 'utf8')),
) as Scenario;
const pilot: Action = { type: 'set-pilot-collection', workload: 'compliance-policies', collection: 'pilot-finance' };
const toPilotIntune: Action = { type: 'set-workload', workload: 'compliance-policies', position: 'pilot-intune' };
const later: Action = { type: 'advance-time', minutes: 15 };

describe('one Apply is one change for Undo and Redo', () => {
  it('Undo takes a whole Apply back and Redo brings it forward, while single actions step one at a time', async () => {
    const store = createSimulatorStore(scenario);
    const start = store.$state.get();
    expect(await store.dispatch(later)).toEqual({ ok: true });
    const afterTime = store.$state.get();
    expect(await store.dispatchApply([pilot, toPilotIntune])).toEqual({ ok: true });
    const afterApply = store.$state.get();
    expect(store.$timeline.get().entries.map((entry) => entry.joined ?? false)).toEqual([false, false, true]);

    store.back();
    await store.narrated();
    expect(store.$state.get()).toBe(afterTime);
    store.back();
    await store.narrated();
    expect(store.$state.get()).toBe(start);
    store.forward();
    await store.narrated();
    expect(store.$state.get()).toBe(afterTime);
    store.forward();
    await store.narrated();
    expect(store.$state.get()).toBe(afterApply);
  });

  it('an Apply the engine refuses in part keeps nothing of it', async () => {
    const store = createSimulatorStore(scenario);
    const start = store.$state.get();
    // Pilot Intune before the workload pilot collection is set: the engine refuses the second action.
    const refused = await store.dispatchApply([
      { type: 'set-pilot-collection', workload: 'windows-update-policies', collection: 'pilot-finance' },
      { ...toPilotIntune, workload: 'office-click-to-run-apps' },
    ]);
    expect(refused.ok).toBe(false);
    expect(store.$state.get()).toBe(start);
    expect(store.$timeline.get().entries).toEqual([]);
    expect(store.$notice.get()?.kind).toBe('refused');
  });

  it('groupStart and groupEnd find the edges of the change around the cursor', () => {
    const entry = (joined: boolean) => ({ action: later, events: [], summary: '', ...(joined ? { joined } : {}) });
    const timeline = {
      states: [],
      entries: [entry(false), entry(false), entry(true), entry(true), entry(false)],
      cursor: 4,
    };
    expect(groupStart(timeline)).toBe(1);
    expect(groupEnd({ ...timeline, cursor: 1 })).toBe(4);
    expect(groupEnd({ ...timeline, cursor: 4 })).toBe(5);
    expect(groupStart({ ...timeline, cursor: 1 })).toBe(0);
  });
});
