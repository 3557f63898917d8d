/**
 * The class timer shared by every presenter and notes window of one browser: the same pattern
 * as the presenter's step sync (`src/stores/presenter.ts`), on a channel of its own because the
 * timer runs across scenarios. Each window keeps a copy (`class-timer.ts`), tells the others of
 * each change, and merges what they tell it; a window that opens asks the others ("hello"). The
 * copy is also kept in localStorage when the browser allows it, so a reload, or the next scenario
 * in the same tab, carries on where it was even with no other window open.
 */
import { atom, type ReadableAtom } from 'nanostores';
import {
  IDLE_TIMER,
  decodeClassTimer,
  markStep,
  mergeTimers,
  resetTimer,
  sameTimer,
  type ClassTimer,
} from './class-timer';
import type { PresenterCommand } from './keys';

export const CLASS_TIMER_CHANNEL = 'co-management-lab:class-timer';
/** The localStorage key; `v1` is the key scheme, as for the learner's progress. */
export const CLASS_TIMER_KEY = 'co-management-lab:v1:class-timer';

/** What travels on the channel. `v` lets a later format ignore an older one. */
export type ClassTimerMessage = { v: 1; type: 'timer'; timer: ClassTimer } | { v: 1; type: 'hello' };

export function decodeClassTimerMessage(data: unknown): ClassTimerMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Record<string, unknown>;
  if (message.v !== 1) return null;
  if (message.type === 'hello') return { v: 1, type: 'hello' };
  if (message.type !== 'timer') return null;
  const timer = decodeClassTimer(message.timer);
  return timer ? { v: 1, type: 'timer', timer } : null;
}

/** The part of BroadcastChannel the sync uses (a test passes a fake). */
export interface TimerPort {
  postMessage(message: ClassTimerMessage): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  close(): void;
}

/** The part of localStorage the sync uses; any call may throw (storage blocked or full). */
export interface TimerStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface ClassTimerSyncOptions {
  open?: (name: string) => TimerPort | null;
  /** Null: nothing is kept across reloads (the other windows still share the timer). */
  storage?: TimerStorage | null;
  now?: () => number;
}

export interface ClassTimerSync {
  $timer: ReadableAtom<ClassTimer>;
  /** A step key in `scenarioId`: starts the class timer, or the scenario's time, when not yet started. */
  stepKey(scenarioId: string): void;
  /** Back to zero: the timer waits for the next step key, in every window. */
  reset(): void;
  close(): void;
}

export function createClassTimerSync({
  open = openBroadcastChannel,
  storage = browserStorage(),
  now = Date.now,
}: ClassTimerSyncOptions = {}): ClassTimerSync {
  const $timer = atom<ClassTimer>(load(storage));
  const port = open(CLASS_TIMER_CHANNEL);

  function keep(timer: ClassTimer): void {
    $timer.set(timer);
    try {
      storage?.setItem(CLASS_TIMER_KEY, JSON.stringify(timer));
    } catch {
      // Storage full or blocked: the windows that are open still share the timer.
    }
  }

  function change(timer: ClassTimer): void {
    if (timer === $timer.get()) return;
    keep(timer);
    port?.postMessage({ v: 1, type: 'timer', timer });
  }

  if (port) {
    port.onmessage = (event) => {
      const message = decodeClassTimerMessage(event.data);
      if (!message) return;
      const current = $timer.get();
      if (message.type === 'hello') {
        port.postMessage({ v: 1, type: 'timer', timer: current });
        return;
      }
      const merged = mergeTimers(current, message.timer);
      if (!sameTimer(merged, current)) keep(merged);
      // The sender lacks something this window knew: tell it (and the others) the merge.
      if (!sameTimer(merged, message.timer)) port.postMessage({ v: 1, type: 'timer', timer: merged });
    };
    port.postMessage({ v: 1, type: 'hello' });
  }

  return {
    $timer,
    stepKey: (scenarioId) => change(markStep($timer.get(), scenarioId, now())),
    reset: () => change(resetTimer($timer.get(), now())),
    close: () => port?.close(),
  };
}

function load(storage: TimerStorage | null): ClassTimer {
  try {
    const saved = storage?.getItem(CLASS_TIMER_KEY);
    return (saved && decodeClassTimer(JSON.parse(saved))) || IDLE_TIMER;
  } catch {
    return IDLE_TIMER;
  }
}

/** localStorage, or null where reading it throws (blocked by the browser's settings). */
function browserStorage(): TimerStorage | null {
  try {
    return typeof localStorage === 'object' && localStorage !== null ? localStorage : null;
  } catch {
    return null;
  }
}

function openBroadcastChannel(name: string): TimerPort | null {
  return typeof BroadcastChannel === 'function' ? (new BroadcastChannel(name) as unknown as TimerPort) : null;
}

const STEP_COMMANDS: ReadonlySet<PresenterCommand> = new Set(['next', 'previous', 'start', 'end']);

/** Whether a presenter command moves the step (and so counts as a step key for the timer). */
export function isStepCommand(command: PresenterCommand): boolean {
  return STEP_COMMANDS.has(command);
}

let presenterTimer: ClassTimerSync | null = null;

/**
 * The presenter view's one call, on every key command: a step key starts the class timer. The
 * presenter view loads this module on its first key, so the timer costs its page nothing at
 * start; the window then keeps its copy for the page's life and answers notes windows that open.
 */
export function noteStepKey(scenarioId: string, command: PresenterCommand): void {
  if (!isStepCommand(command)) return;
  presenterTimer ??= createClassTimerSync();
  presenterTimer.stepKey(scenarioId);
}
