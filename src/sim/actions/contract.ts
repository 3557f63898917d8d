/**
 * What an action's handler module (`src/sim/actions/<action>.ts`) provides: an `ActionHandler<T>`,
 * `(state, action, rng)`, that returns the changed state with its events, or a refusal. A
 * refusal is a value; `step()` hands the caller's own state back with it. Handlers never mutate
 * their input. `handlers.ts` lists one per action type, so an action without one is a compile error.
 * (The action's fields are in `<action>.fields.ts`, see `field-kinds.ts`.)
 */
import { GATES, type GateId } from '../constants';
import type { RngCursor } from '../rng';
import type { Action, ActionType, SimEvent, SimState } from '../types';

/** The variant of the `Action` union whose `type` is `T`. */
export type ActionOf<T extends ActionType> = Extract<Action, { type: T }>;

export type Refusal = { ok: false; reason: string; gate?: GateId };
export type Change = { ok: true; state: SimState; events: SimEvent[] };
export type Outcome = Change | Refusal;

/**
 * Applies the action, before the work every step shares (enrollment, authority events, clock). A
 * function type, whose parameters are checked strictly (a method's would be bivariant), so a
 * handler of one action cannot stand in for another's.
 */
export type ActionHandler<T extends ActionType> = (state: SimState, action: ActionOf<T>, rng: RngCursor) => Outcome;

export const ok = (state: SimState, events: SimEvent[] = []): Change => ({ ok: true, state, events });

export const refuse = (reason: string, gate?: GateId): Refusal =>
  gate ? { ok: false, reason, gate } : { ok: false, reason };

/** A setting's change, as the timeline lists it. */
export const settingChanged = (state: SimState, setting: string, from: string, to: string): SimEvent => ({
  type: 'setting-changed',
  at: state.clock,
  setting,
  from,
  to,
});

/** The refusal of a setting the site's version does not have yet (or no longer has). */
export const gated = (gate: GateId, version: number, what: string): Refusal =>
  refuse(`${what}: blocked by the version gate "${gate}": ${GATES[gate].title}; this site is ${version}.`, gate);
