/**
 * `step(state, action)`: the only way the world changes. Returns the new state and its events, or
 * the reason the action is refused together with the very same state object. Never mutates its
 * input.
 */
import { UPLOAD_CYCLE_MINUTES, WORKLOAD_COUNT, WORKLOAD_IDS } from './constants';
import { coManagedMask, deriveAuthorityTable } from './derive';
import { reconcileEnrollment } from './enrollment';
import { RngCursor } from './rng';
// The wizard and enablement labels live in labels.ts: the first render needs them, not the engine.
import { enablementLabel, wizardName, wizardPageTitle } from './labels';
export { enablementLabel, wizardName, wizardPageTitle };
import { connectorView } from './tenant';
import { handlerFor } from './actions/handlers';
import type { Action, SimEvent, SimState, StepResult } from './types';

/**
 * Applies one action: its handler (`src/sim/actions/handlers.ts`), then what follows every
 * action: enrollment reconciled with the new settings, the authority and connector changes as
 * events, the PRNG's new state, and the events in time order.
 */
export function step(state: SimState, action: Action): StepResult {
  const handler = handlerFor(action.type);
  if (!handler) return { ok: false, reason: `Unknown action "${String(action.type)}".`, state };
  const rng = new RngCursor(state.rng);
  const result = handler.apply(state, action, rng);
  if (!result.ok) return { ...result, state };
  let next = result.state;
  const events = result.events;

  // Automatic enrollment targets whoever the new settings target (rules 4, 17).
  const reconciled = reconcileEnrollment(next, rng);
  if (reconciled.devices !== next.devices) next = { ...next, devices: reconciled.devices };
  events.push(...reconciled.events);

  if (handler.changesAuthority) events.push(...authorityEvents(state, next, action));
  const before = connectorView(state).status;
  const after = connectorView(next).status;
  if (before !== after) events.push({ type: 'connector-status', at: next.upload.lastSyncAt ?? next.clock, from: before, to: after });

  next = { ...next, rng: rng.state };
  // One timeline: events in order of their simulated minute (stable, so same-minute events keep their causal order).
  return { ok: true, state: next, events: events.map((e, k) => [e, k] as const).sort((x, y) => x[0].at - y[0].at || x[1] - y[1]).map(([e]) => e) };
}

/** Authority changes per workload, and the immediate MDM sync of a workload switch (rule 10). */
// fact sheet silent on which devices sync: the engine counts the co-managed devices whose effective
// authority changed with the slider move, and emits the sync only for slider moves (not for
// workload pilot collection or membership changes, whose timing is an open item).
function authorityEvents(before: SimState, after: SimState, action: Action): SimEvent[] {
  const a = deriveAuthorityTable(before);
  const b = deriveAuthorityTable(after);
  // While time advances, settings are fixed: a device's authority changes when it enrolls.
  const timeOf = (i: number): number => {
    if (action.type !== 'advance-time') return after.clock;
    const e = after.devices[i]!.enrollment;
    return e.stage === 'enrolled' && e.at > before.clock ? Math.min(after.clock, Math.ceil(e.at / UPLOAD_CYCLE_MINUTES) * UPLOAD_CYCLE_MINUTES) : after.clock;
  };
  const groups = new Map<number, { toIntune: number[]; toConfigMgr: number[] }>();
  let synced = 0;
  const n = after.devices.length;
  const coAfter = action.type === 'set-workload' ? coManagedMask(after) : null;
  for (let i = 0, base = 0; i < n; i++, base += WORKLOAD_COUNT) {
    let changed = false;
    for (let w = 0; w < WORKLOAD_COUNT; w++) {
      const x = a[base + w]!;
      const y = b[base + w]!;
      if (x === y) continue;
      const t = timeOf(i);
      let g = groups.get(t);
      if (!g) groups.set(t, (g = { toIntune: new Array<number>(WORKLOAD_COUNT).fill(0), toConfigMgr: new Array<number>(WORKLOAD_COUNT).fill(0) }));
      changed = true;
      if (y === 1) g.toIntune[w]!++;
      else g.toConfigMgr[w]!++;
    }
    if (changed && coAfter && coAfter[i]) synced++;
  }
  const events: SimEvent[] = [];
  for (const [at, g] of [...groups].sort((x, y) => x[0] - y[0])) {
    for (let w = 0; w < WORKLOAD_COUNT; w++) {
      if (g.toIntune[w] || g.toConfigMgr[w]) {
        events.push({ type: 'authority-changed', at, workload: WORKLOAD_IDS[w]!, toIntune: g.toIntune[w]!, toConfigMgr: g.toConfigMgr[w]! });
      }
    }
  }
  if (synced > 0) {
    events.push({
      type: 'mdm-sync',
      at: after.clock,
      devices: synced,
      text: `${synced} co-managed device${synced === 1 ? '' : 's'} synced MDM policy from Intune right away and recalculated the capabilities value`,
    });
  }
  return events;
}

/** Applies actions in order; stops at the first refusal (its index and reason). */
export function applyActions(
  state: SimState,
  actions: readonly Action[],
): { ok: true; state: SimState; events: SimEvent[] } | { ok: false; index: number; reason: string; state: SimState } {
  let current = state;
  const events: SimEvent[] = [];
  for (let k = 0; k < actions.length; k++) {
    const r = step(current, actions[k]!);
    if (!r.ok) return { ok: false, index: k, reason: r.reason, state: current };
    current = r.state;
    events.push(...r.events);
  }
  return { ok: true, state: current, events };
}
