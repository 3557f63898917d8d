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
import type { ActionHandler } from './actions/contract';
import { HANDLERS } from './actions/handlers';
import type { Action, ActionType, SimEvent, SimState, StepResult } from './types';

/**
 * Applies one action: its handler (`src/sim/actions/handlers.ts`), then what follows every
 * action: enrollment reconciled with the new settings, the authority and connector changes as
 * events, the PRNG's new state, and the events in time order.
 */
export function step(state: SimState, action: Action): StepResult {
  // Only an untyped caller can pass a type outside the union (even one named like an object property).
  if (!Object.hasOwn(HANDLERS, action.type))
    return { ok: false, reason: `Unknown action "${String(action.type)}".`, state };
  // The handler of the action's own type, seen as taking any action. TypeScript cannot relate an
  // action union to a handler union by their shared `type` (microsoft/TypeScript#30581), so this
  // one cast stands in for a switch; the `satisfies` in handlers.ts has checked every handler.
  const handler = HANDLERS[action.type] as ActionHandler<ActionType>;
  const rng = new RngCursor(state.rng);
  const result = handler(state, action, rng);
  if (!result.ok) return { ...result, state };
  let next = result.state;
  const events = result.events;

  // Automatic enrollment targets whoever the new settings target (rules 4, 17).
  const reconciled = reconcileEnrollment(next, rng);
  if (reconciled.devices !== next.devices) next = { ...next, devices: reconciled.devices };
  events.push(...reconciled.events);

  if (!UI_ONLY.has(action.type)) events.push(...authorityEvents(state, next, action));
  const before = connectorView(state).status;
  const after = connectorView(next).status;
  if (before !== after)
    events.push({ type: 'connector-status', at: next.upload.lastSyncAt ?? next.clock, from: before, to: after });

  next = { ...next, rng: rng.state };
  // One timeline: events in order of their simulated minute (Array#sort is stable, so same-minute
  // events keep their causal order).
  return { ok: true, state: next, events: events.sort((x, y) => x.at - y.at) };
}

/**
 * Actions that cannot change any device's authority: `step()` skips comparing the authority tables
 * for them, which would find no change. An action missing here costs that time, never a wrong event.
 */
const UI_ONLY = new Set<Action['type']>([
  'open-wizard',
  'wizard-sign-in',
  'wizard-set-mode',
  'wizard-set-upload',
  'wizard-set-enablement',
  'wizard-set-workload',
  'wizard-next',
  'wizard-cancel',
  'device-action',
  'set-admin-permission',
  'set-collection-rights',
  'set-service-connection-point',
  'set-administration-service',
  'set-unlicensed-admins',
]);

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
    return e.stage === 'enrolled' && e.at > before.clock
      ? Math.min(after.clock, Math.ceil(e.at / UPLOAD_CYCLE_MINUTES) * UPLOAD_CYCLE_MINUTES)
      : after.clock;
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
      if (!g)
        groups.set(
          t,
          (g = {
            toIntune: new Array<number>(WORKLOAD_COUNT).fill(0),
            toConfigMgr: new Array<number>(WORKLOAD_COUNT).fill(0),
          }),
        );
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
        events.push({
          type: 'authority-changed',
          at,
          workload: WORKLOAD_IDS[w]!,
          toIntune: g.toIntune[w]!,
          toConfigMgr: g.toConfigMgr[w]!,
        });
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
