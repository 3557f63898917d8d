import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { NO_SHARE_LINKS, createSimulatorStore } from './simulator';
import { ScenarioSchema } from '../schemas/scenario';
import { authorityOf } from '../sim/derive';
import { runScenario } from '../sim/run-scenario';
import { scenarioActions } from '../sim/scenario';
import type { Action, Scenario } from '../sim/types';

/** A lab on its own page: it makes and opens share links. */
const LINKS = { shareLinks: () => import('../sim/share-link-encode'), openLinks: () => import('../sim/share-link') };

const scenario = ScenarioSchema.parse(
  parse(readFileSync('content/scenarios/compliance-policies-first.yaml', 'utf8')),
) as Scenario;
const pilot: Action = { type: 'set-pilot-collection', workload: 'compliance-policies', collection: 'pilot-finance' };
const toPilotIntune: Action = { type: 'set-workload', workload: 'compliance-policies', position: 'pilot-intune' };

describe('createSimulatorStore', () => {
  it('applies actions taken before the engine has loaded once it loads, in order, with timeline moves between them', async () => {
    // A fresh copy of the store module: its engine's step code has not loaded yet.
    vi.resetModules();
    const fresh = await import('./simulator');
    const store = fresh.createSimulatorStore(scenario);
    const start = store.$state.get();
    const refused: Action = {
      type: 'set-pilot-collection',
      workload: 'compliance-policies',
      collection: 'no-such-collection',
    };
    const first = store.dispatch(pilot);
    const second = store.dispatchAll([toPilotIntune]);
    store.back();
    const third = store.dispatch(refused);
    // Nothing is applied before the engine is there, and nothing is lost.
    expect(store.$state.get()).toBe(start);
    expect(store.$timeline.get().entries).toEqual([]);
    expect(await first).toEqual({ ok: true });
    expect(await second).toEqual({ ok: true });
    expect(await third).toEqual({ ok: false, reason: expect.any(String) });
    const { entries, cursor } = store.$timeline.get();
    expect(entries.map((entry) => entry.action)).toEqual([pilot, toPilotIntune]);
    // back() ran after the second action and before the refused third, which kept that state.
    expect(cursor).toBe(1);
    expect(store.$notice.get()?.kind).toBe('refused');
    const expected = runScenario({ ...scenario, steps: [{ ...scenario.steps[0]!, actions: [pilot] }] }, 1);
    if (!expected.ok) throw new Error(expected.reason);
    expect(store.$state.get()).toEqual(expected.state);
    // Once loaded, an action changes the state before dispatch returns, as before the engine was split off.
    void store.dispatch(toPilotIntune);
    expect(store.$timeline.get().entries.map((entry) => entry.action)).toEqual([pilot, toPilotIntune]);
    expect(store.$timeline.get().cursor).toBe(2);
  });

  it('says what the first action did once the sentences have loaded, and drops a sentence overtaken by a later one', async () => {
    const store = createSimulatorStore(scenario);
    store.dispatch(pilot);
    store.dispatch(toPilotIntune);
    store.back();
    await store.narrated();
    expect(store.$announcement.get()).toMatch(/^Showing step 1 of 2: /);
    expect(store.$timeline.get().entries.map((entry) => entry.summary)).not.toContain('');
  });

  it('applies actions, announces what changed and keeps every state for the timeline', async () => {
    const store = createSimulatorStore(scenario);
    const start = store.$state.get();
    expect(await store.dispatch(pilot)).toEqual({ ok: true });
    expect(await store.dispatch(toPilotIntune)).toEqual({ ok: true });
    expect(store.$timeline.get().entries.map((entry) => entry.action)).toEqual([pilot, toPilotIntune]);
    await store.narrated();
    expect(store.$announcement.get()).toMatch(/^30 devices now get Compliance policies from Intune/);
    expect(store.$timeline.get().entries.every((entry) => entry.summary.length > 0)).toBe(true);
    expect(store.$previous.get()).toBe(store.$timeline.get().states[1]);
    store.back();
    expect(store.$state.get()).toBe(store.$timeline.get().states[1]);
    store.goTo(0);
    expect(store.$state.get()).toBe(start);
    expect(store.$announcement.get()).toBe('Showing the start of the scenario, before step 1 of 2.');
    store.forward();
    store.forward();
    store.forward();
    expect(store.$timeline.get().cursor).toBe(2);
  });

  it('a new action after stepping back drops the steps that were ahead', async () => {
    const store = createSimulatorStore(scenario);
    await store.dispatchAll([pilot, toPilotIntune]);
    store.back();
    await store.dispatch({ type: 'set-workload', workload: 'compliance-policies', position: 'intune' });
    const { entries, cursor, states } = store.$timeline.get();
    expect(entries.map((entry) => entry.action.type)).toEqual(['set-pilot-collection', 'set-workload']);
    expect(cursor).toBe(2);
    expect(states).toHaveLength(3);
  });

  it('keeps the state and sets a notice when the engine refuses an action', async () => {
    const store = createSimulatorStore(scenario);
    const before = store.$timeline.get();
    const result = await store.dispatch({
      type: 'set-pilot-collection',
      workload: 'compliance-policies',
      collection: 'no-such-collection',
    });
    expect(result.ok).toBe(false);
    expect(store.$timeline.get()).toBe(before);
    expect(store.$notice.get()).toEqual({ kind: 'refused', text: expect.any(String) });
    expect(store.$announcement.get()).toMatch(/^Not done: /);
  });

  it('a share code reopens the exact session, and reset returns to the start', async () => {
    const store = createSimulatorStore(scenario, LINKS);
    await store.dispatchAll([pilot, toPilotIntune]);
    const code = await store.shareCode();
    expect(code.ok).toBe(true);
    const other = createSimulatorStore(scenario, LINKS);
    expect(await other.openLink(code.ok ? code.code : '')).toEqual({ ok: true, location: { view: scenario.opensAt } });
    await Promise.all([store.narrated(), other.narrated()]);
    expect(other.$state.get()).toEqual(store.$state.get());
    expect(other.$timeline.get().entries.map((entry) => entry.summary)).toEqual(
      store.$timeline.get().entries.map((entry) => entry.summary),
    );
    other.reset();
    expect(other.$timeline.get().entries).toEqual([]);
    expect(authorityOf(other.$state.get(), 0, 'compliance-policies')).toBe('configmgr');
  });

  it('a share path carries the open view, and opening it gives that view back', async () => {
    const store = createSimulatorStore(scenario, LINKS);
    await store.dispatchAll([pilot, toPilotIntune]);
    const codeIn = (shared: { ok: true; path: string } | { ok: false; reason: string }) =>
      shared.ok ? shared.path.split('#s=')[1]! : '';
    const shared = await store.sharePath({ view: 'intune.device', device: 'CON-0001' });
    expect(shared.ok && shared.path).toMatch(
      /^\/scenarios\/compliance-policies-first\/#s=2r\d+\..*\.intune_device,CON-0001\./,
    );
    const reopened = createSimulatorStore(scenario, LINKS);
    expect(await reopened.openLink(codeIn(shared))).toEqual({
      ok: true,
      location: { view: 'intune.device', device: 'CON-0001' },
    });
    expect(reopened.$state.get()).toEqual(store.$state.get());
    // A device the scenario does not have: the view without it.
    const missing = await store.sharePath({ view: 'intune.device', device: 'NOPE-0001' });
    expect(await createSimulatorStore(scenario, LINKS).openLink(codeIn(missing))).toEqual({
      ok: true,
      location: { view: 'intune.device' },
    });
    const view = await store.sharePath({ view: 'cm.properties.workloads' });
    expect(await createSimulatorStore(scenario, LINKS).openLink(codeIn(view))).toEqual({
      ok: true,
      location: { view: 'cm.properties.workloads' },
    });
  });

  it("a link made on another lab leaves this one as it is and names that lab, with the link's path on its page", async () => {
    const other = ScenarioSchema.parse(
      parse(readFileSync('content/scenarios/pilot-enrollment-for-it.yaml', 'utf8')),
    ) as Scenario;
    const made = createSimulatorStore(other, LINKS);
    await made.dispatch({ type: 'advance-time', minutes: 15 });
    const code = await made.shareCode({ view: 'cm.dashboard' });
    const store = createSimulatorStore(scenario, LINKS);
    await store.dispatch(pilot);
    const before = store.$timeline.get();
    expect(await store.openLink(code.ok ? code.code : '')).toEqual({
      ok: false,
      otherScenario: 'pilot-enrollment-for-it',
    });
    expect(store.$timeline.get()).toBe(before);
    expect(store.$notice.get()).toEqual({
      kind: 'other-scenario',
      text: 'This link is for another lab ("pilot-enrollment-for-it"), not this one: open it on that lab\'s page.',
      scenarioId: 'pilot-enrollment-for-it',
      path: `/scenarios/pilot-enrollment-for-it/#s=${code.ok ? code.code : ''}`,
    });
    // A scenario id the site never writes is not named as a lab: the link is refused.
    const { encodeShareLink } = await import('../sim/share-link');
    const odd = encodeShareLink({ scenarioId: '<img src=x>', seed: 1, actions: [] });
    expect(await store.openLink(odd.ok ? odd.code : '')).toEqual({ ok: false });
    expect(store.$notice.get()?.kind).toBe('link-rejected');
    expect(store.$notice.get()?.text).toContain('The link is for a scenario this site does not have ("<img src=x>").');
  });

  it('shares only the steps up to the cursor', async () => {
    const store = createSimulatorStore(scenario, LINKS);
    await store.dispatchAll([pilot, toPilotIntune]);
    store.back();
    const reopened = createSimulatorStore(scenario, LINKS);
    const code = await store.shareCode();
    await reopened.openLink(code.ok ? code.code : '');
    expect(reopened.$timeline.get().entries.map((entry) => entry.action)).toEqual([pilot]);
  });

  it('a truncated or tampered link opens the start with a notice that says why', async () => {
    const store = createSimulatorStore(scenario, LINKS);
    await store.dispatchAll([pilot, toPilotIntune]);
    const code = await store.shareCode();
    const valid = code.ok ? code.code : '';
    for (const bad of [
      valid.slice(0, -3),
      valid.replace(/.$/, (last) => (last === 'a' ? 'b' : 'a')),
      '<script>alert(1)</script>',
    ]) {
      const reopened = createSimulatorStore(scenario, LINKS);
      reopened.dispatch(pilot);
      expect(await reopened.openLink(bad)).toEqual({ ok: false });
      expect(reopened.$timeline.get().entries).toEqual([]);
      expect(reopened.$notice.get()?.kind).toBe('link-rejected');
      expect(reopened.$notice.get()?.text).toMatch(
        /^This link could not be opened, so the lab starts at the beginning of the scenario\./,
      );
    }
  });

  it("a session made without the codec (a lab task's, a presenter's) makes no link and opens none, keeping its work", async () => {
    const made = createSimulatorStore(scenario, LINKS);
    await made.dispatch(pilot);
    const code = await made.shareCode();
    const store = createSimulatorStore(scenario);
    expect(store.canShare).toBe(false);
    expect(made.canShare).toBe(true);
    await store.dispatch(pilot);
    expect(await store.shareCode()).toEqual({ ok: false, reason: NO_SHARE_LINKS });
    expect(await store.sharePath()).toEqual({ ok: false, reason: NO_SHARE_LINKS });
    expect(await store.openLink(code.ok ? code.code : '')).toEqual({ ok: false });
    expect(store.$timeline.get().entries.map((entry) => entry.action)).toEqual([pilot]);
  });

  it("a unit's lab (it makes links, and opens none: links open on the scenario's own page) shares, and leaves its work alone when asked to open a link", async () => {
    const unitLab = createSimulatorStore(scenario, { shareLinks: LINKS.shareLinks });
    await unitLab.dispatch(pilot);
    const path = await unitLab.sharePath();
    expect(path.ok && path.path.startsWith(`/scenarios/${scenario.id}/#s=`)).toBe(true);
    const code = await unitLab.shareCode();
    const page = createSimulatorStore(scenario, LINKS);
    expect(await page.openLink(code.ok ? code.code : '')).toEqual({ ok: true, location: { view: scenario.opensAt } });
    expect(page.$timeline.get().entries.map((entry) => entry.action)).toEqual([pilot]);
    const other = createSimulatorStore(scenario, { shareLinks: LINKS.shareLinks });
    expect(await other.openLink(code.ok ? code.code : '')).toEqual({ ok: false });
    expect(other.$timeline.get().entries).toEqual([]);
  });

  describe('follow (a presenter stepping through the scenario script)', () => {
    it('lands on the engine state of exactly those actions, from any detour', async () => {
      const store = createSimulatorStore(scenario);
      await store.dispatch({ type: 'set-workload', workload: 'compliance-policies', position: 'intune' });
      expect(await store.follow(scenarioActions(scenario, 3))).toEqual({ ok: true });
      const expected = runScenario(scenario, 3);
      if (!expected.ok) throw new Error(expected.reason);
      expect(store.$timeline.get().entries.map((entry) => entry.action)).toEqual(scenarioActions(scenario, 3));
      expect(store.$state.get()).toEqual(expected.state);
    });

    it('stepping back reuses the state it already has instead of replaying', async () => {
      const store = createSimulatorStore(scenario);
      await store.follow(scenarioActions(scenario, 3));
      const statesThroughThree = store.$timeline.get().states;
      const twoSteps = scenarioActions(scenario, 2);
      await store.follow(twoSteps);
      expect(store.$state.get()).toBe(statesThroughThree[twoSteps.length]);
      expect(store.$timeline.get().entries).toHaveLength(twoSteps.length);
      await store.follow([]);
      expect(store.$state.get()).toBe(statesThroughThree[0]);
      expect(store.$timeline.get().entries).toEqual([]);
    });

    it('keeps the states of the common prefix when the script goes forward', async () => {
      const store = createSimulatorStore(scenario);
      await store.follow(scenarioActions(scenario, 2));
      const before = store.$timeline.get().states;
      await store.follow(scenarioActions(scenario, 3));
      const after = store.$timeline.get().states;
      before.forEach((state, index) => expect(after[index]).toBe(state));
    });

    it('stops before a refused action and says why', async () => {
      const store = createSimulatorStore(scenario);
      const result = await store.follow([
        pilot,
        { type: 'set-pilot-collection', workload: 'compliance-policies', collection: 'no-such-collection' },
      ]);
      expect(result.ok).toBe(false);
      expect(store.$timeline.get().entries.map((entry) => entry.action)).toEqual([pilot]);
      expect(store.$notice.get()?.kind).toBe('refused');
    });
  });
});
