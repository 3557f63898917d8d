/**
 * Small worlds for the engine's tests (not shipped): a 12-device fleet by default, named PC-0001 to
 * PC-0012, every device a hybrid Entra joined Windows 11 client unless a test says otherwise.
 */
import { deviceIndex } from './derive';
import { step } from './step';
import type { Action, CollectionSpec, FleetSegment, InitialSettings, SimEvent, SimState } from './types';
import { createState } from './world';

export interface WorldOptions {
  version?: number;
  seed?: number;
  segments?: FleetSegment[];
  collections?: CollectionSpec[];
  initial?: InitialSettings;
}

export const BASE_SEGMENT: FleetSegment = {
  count: 12,
  os: 'windows-11-23h2',
  join: 'hybrid-entra-joined',
  department: 'IT',
};

/** A world; defaults: site 2207, seed 7, 12 identical devices, nothing configured. */
export function world(options: WorldOptions = {}): SimState {
  return createState({
    siteVersion: options.version ?? 2207,
    seed: options.seed ?? 7,
    fleet: { prefix: 'PC', segments: options.segments ?? [BASE_SEGMENT] },
    collections: options.collections ?? [],
    initial: options.initial ?? {},
  });
}

/** Settings of a co-managed world: upload all, Automatic enrollment = All, settled. */
export function coManagedInitial(extra: InitialSettings = {}): InitialSettings {
  return {
    cloudAttach: { upload: 'all', endpointAnalytics: true },
    coManagement: { autoEnrollment: 'all' },
    settled: true,
    ...extra,
  };
}

/** Applies actions that must all succeed; throws with the refusal otherwise. */
export function run(state: SimState, ...actions: Action[]): SimState {
  return runWithEvents(state, ...actions).state;
}

export function runWithEvents(state: SimState, ...actions: Action[]): { state: SimState; events: SimEvent[] } {
  let current = state;
  const events: SimEvent[] = [];
  for (const action of actions) {
    const r = step(current, action);
    if (!r.ok) throw new Error(`${action.type} refused: ${r.reason}`);
    current = r.state;
    events.push(...r.events);
  }
  return { state: current, events };
}

/** Index of a device by name; throws when missing. */
export function idx(state: SimState, name: string): number {
  const i = deviceIndex(state, name);
  if (i < 0) throw new Error(`no device ${name}`);
  return i;
}

/** Freezes a value and everything in it (tests use it to prove `step` never mutates). */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

/** The wizard, run with default settings (2111+): upload all, Endpoint analytics, Automatic enrollment = All. */
export const DEFAULT_WIZARD: Action[] = [
  { type: 'open-wizard' },
  { type: 'wizard-sign-in', environment: 'public' },
  { type: 'wizard-next' },
  { type: 'wizard-finish' },
];
