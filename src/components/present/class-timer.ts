/**
 * The class timer of the speaker view: how long the class has run since the first step key, and
 * how long the scenario on screen has run since its own first step key. Every presenter and notes
 * window holds a copy; `class-timer-sync.ts` passes copies between windows and keeps one in
 * localStorage. Pure: times come in as arguments (milliseconds since the epoch), so vitest drives
 * it with a fake clock.
 *
 * Two windows can start the timer without hearing each other first (a reloaded window whose
 * storage is blocked presses a key before another window answers). Merging two copies therefore
 * keeps what both agree on instead of letting the latest writer win: the earliest class start,
 * and a later Reset over anything before it.
 */

export interface ClassTimer {
  /** When the timer was last reset; 0 when it never was. A copy from a later reset wins any merge. */
  resetAt: number;
  /** The first step key after the last reset; null until then. */
  startedAt: number | null;
  /** The scenario of the latest step key, and its own first step key (since the class started). */
  scenario: { id: string; startedAt: number } | null;
}

/** A timer that has not started: what a window holds before it hears of any other. */
export const IDLE_TIMER: ClassTimer = { resetAt: 0, startedAt: null, scenario: null };

const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** Reads a timer from storage or another window; anything malformed is null (the caller keeps its own). */
export function decodeClassTimer(data: unknown): ClassTimer | null {
  if (typeof data !== 'object' || data === null) return null;
  const { resetAt, startedAt, scenario } = data as Record<string, unknown>;
  if (!isTime(resetAt) || !(startedAt === null || isTime(startedAt))) return null;
  if (scenario === null)
    return startedAt === null || startedAt >= resetAt ? { resetAt, startedAt, scenario: null } : null;
  if (typeof scenario !== 'object' || startedAt === null || startedAt < resetAt) return null;
  const { id, startedAt: scenarioStart } = scenario as Record<string, unknown>;
  if (typeof id !== 'string' || id.length === 0 || !isTime(scenarioStart) || scenarioStart < startedAt) return null;
  return { resetAt, startedAt, scenario: { id, startedAt: scenarioStart } };
}

/**
 * A step key in `scenarioId` at `now`: starts the class timer if it is idle, and the scenario's
 * own time if the last step key was in another scenario. Returns the same object when nothing
 * changes, so callers can skip telling the other windows.
 */
export function markStep(timer: ClassTimer, scenarioId: string, now: number): ClassTimer {
  if (timer.startedAt !== null && timer.scenario?.id === scenarioId) return timer;
  const startedAt = timer.startedAt ?? now;
  const scenario =
    timer.scenario?.id === scenarioId ? timer.scenario : { id: scenarioId, startedAt: Math.max(now, startedAt) };
  return { resetAt: timer.resetAt, startedAt, scenario };
}

/** Reset: the timer waits for the next step key, and this reset wins over every copy from before it. */
export function resetTimer(timer: ClassTimer, now: number): ClassTimer {
  // Two resets in the same millisecond still have to count as a newer one.
  return { resetAt: Math.max(now, timer.resetAt + 1), startedAt: null, scenario: null };
}

/**
 * One timer from two windows' copies. The later reset wins; after the same reset, the class
 * started at the earlier start, and the scenario is the one switched to last (for the same
 * scenario, its earlier start). Symmetric, and merging a copy with a merge of it changes nothing,
 * so windows that pass their merges on settle on the same timer.
 */
export function mergeTimers(a: ClassTimer, b: ClassTimer): ClassTimer {
  if (a.resetAt !== b.resetAt) return a.resetAt > b.resetAt ? a : b;
  const startedAt =
    a.startedAt === null ? b.startedAt : b.startedAt === null ? a.startedAt : Math.min(a.startedAt, b.startedAt);
  let scenario = a.scenario ?? b.scenario;
  if (a.scenario && b.scenario) {
    const [earlier, later] =
      a.scenario.startedAt <= b.scenario.startedAt ? [a.scenario, b.scenario] : [b.scenario, a.scenario];
    scenario = a.scenario.id === b.scenario.id ? earlier : later;
    // Two scenarios started in the same millisecond: pick by id, so both windows pick the same.
    if (a.scenario.id !== b.scenario.id && a.scenario.startedAt === b.scenario.startedAt)
      scenario = a.scenario.id < b.scenario.id ? a.scenario : b.scenario;
  }
  return { resetAt: a.resetAt, startedAt, scenario };
}

export function sameTimer(a: ClassTimer, b: ClassTimer): boolean {
  return (
    a.resetAt === b.resetAt &&
    a.startedAt === b.startedAt &&
    a.scenario?.id === b.scenario?.id &&
    a.scenario?.startedAt === b.scenario?.startedAt
  );
}

/** Milliseconds since the class started; null before the first step key. */
export function classElapsed(timer: ClassTimer, now: number): number | null {
  return timer.startedAt === null ? null : Math.max(0, now - timer.startedAt);
}

/** Milliseconds since the first step key in this scenario; null when the latest step key was elsewhere (or none came). */
export function scenarioElapsed(timer: ClassTimer, scenarioId: string, now: number): number | null {
  return timer.scenario?.id === scenarioId ? Math.max(0, now - timer.scenario.startedAt) : null;
}

/** Where the trainer stands against the scenario's plan. */
export interface Pace {
  /** Whole minutes behind the plan (negative: ahead of it); 0 is on time. */
  minutes: number;
  /** "on time", "+2 min" (behind) or "−1 min" (ahead). */
  label: string;
}

/**
 * The pace at step `step` of `steps`: the plan has the scenario's `durationMinutes` spread evenly
 * over its steps, so step k is due `durationMinutes × k / steps` minutes in. Rounded to the minute,
 * so half a minute either way is on time.
 */
export function paceOf(elapsedMs: number, durationMinutes: number, step: number, steps: number): Pace {
  const plannedMs = steps > 0 ? (durationMinutes * 60_000 * step) / steps : 0;
  const minutes = Math.round((elapsedMs - plannedMs) / 60_000) || 0;
  if (minutes === 0) return { minutes: 0, label: 'on time' };
  return { minutes, label: `${minutes > 0 ? '+' : '\u2212'}${Math.abs(minutes)} min` };
}

const two = (value: number) => String(value).padStart(2, '0');

/** A stopwatch reading: "4:05", or "1:02:09" from an hour. */
export function formatElapsed(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${minutes}:${two(seconds)}`;
}

/** The ISO 8601 duration of a `<time datetime>`: "PT4M5S", "PT1H2M9S", "PT0S". Whole seconds. */
export function isoDuration(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const parts = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds ? `${seconds}S` : ''}`;
  return `PT${parts || '0S'}`;
}

/** A wall-clock reading as a `<time datetime>` takes it: local "HH:MM". */
export function isoClockTime(date: Date): string {
  return `${two(date.getHours())}:${two(date.getMinutes())}`;
}
