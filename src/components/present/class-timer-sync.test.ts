import { describe, expect, it } from 'vitest';
import {
  CLASS_TIMER_CHANNEL,
  CLASS_TIMER_KEY,
  createClassTimerSync,
  decodeClassTimerMessage,
  isStepCommand,
  type TimerPort,
  type TimerStorage,
} from './class-timer-sync';
import { IDLE_TIMER, classElapsed, scenarioElapsed } from './class-timer';
import { PRESENTER_KEYS } from './keys';

/** A BroadcastChannel stand-in: a message reaches every other open port on the same name, never its sender. */
function fakeBus() {
  const ports: { name: string; port: TimerPort }[] = [];
  return (name: string): TimerPort => {
    const port: TimerPort = {
      onmessage: null,
      postMessage(message) {
        for (const other of [...ports])
          if (other.port !== port && other.name === name) other.port.onmessage?.({ data: structuredClone(message) });
      },
      close() {
        const index = ports.findIndex((entry) => entry.port === port);
        if (index >= 0) ports.splice(index, 1);
      },
    };
    ports.push({ name, port });
    return port;
  };
}

function memoryStorage(): TimerStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (key) => items.get(key) ?? null, setItem: (key, value) => void items.set(key, value) };
}

const blockedStorage: TimerStorage = {
  getItem() {
    throw new Error('SecurityError');
  },
  setItem() {
    throw new Error('SecurityError');
  },
};

/** One fake clock for every window, as Playwright's clock is one for a browser context. */
function fakeClock(start = Date.UTC(2025, 2, 4, 9, 0)) {
  let time = start;
  return { now: () => time, advance: (ms: number) => void (time += ms) };
}

describe('createClassTimerSync', () => {
  it('shows the same class time in two notes windows opened a minute apart, with storage blocked', () => {
    const bus = fakeBus();
    const clock = fakeClock();
    const options = { open: bus, storage: blockedStorage, now: clock.now };
    const presenter = createClassTimerSync(options);
    const first = createClassTimerSync(options);
    presenter.stepKey('pilot');
    clock.advance(60_000);
    const second = createClassTimerSync(options);
    expect(classElapsed(first.$timer.get(), clock.now())).toBe(60_000);
    expect(second.$timer.get()).toEqual(first.$timer.get());
  });

  it('survives a reload through storage, with no other window open', () => {
    const storage = memoryStorage();
    const clock = fakeClock();
    const before = createClassTimerSync({ open: fakeBus(), storage, now: clock.now });
    before.stepKey('pilot');
    before.close();
    clock.advance(5 * 60_000);
    const after = createClassTimerSync({ open: fakeBus(), storage, now: clock.now });
    expect(classElapsed(after.$timer.get(), clock.now())).toBe(5 * 60_000);
    expect(scenarioElapsed(after.$timer.get(), 'pilot', clock.now())).toBe(5 * 60_000);
  });

  it('carries on across scenarios: the next scenario in the same tab keeps the class time', () => {
    const storage = memoryStorage();
    const clock = fakeClock();
    createClassTimerSync({ open: fakeBus(), storage, now: clock.now }).stepKey('contoso');
    clock.advance(8 * 60_000);
    const next = createClassTimerSync({ open: fakeBus(), storage, now: clock.now });
    next.stepKey('pilot');
    clock.advance(60_000);
    expect(classElapsed(next.$timer.get(), clock.now())).toBe(9 * 60_000);
    expect(scenarioElapsed(next.$timer.get(), 'pilot', clock.now())).toBe(60_000);
  });

  it('resets in every window and in storage; the next step key starts it again', () => {
    const bus = fakeBus();
    const storage = memoryStorage();
    const clock = fakeClock();
    const presenter = createClassTimerSync({ open: bus, storage, now: clock.now });
    const notes = createClassTimerSync({ open: bus, storage, now: clock.now });
    presenter.stepKey('pilot');
    clock.advance(60_000);
    notes.reset();
    expect(presenter.$timer.get().startedAt).toBeNull();
    expect(JSON.parse(storage.items.get(CLASS_TIMER_KEY)!).startedAt).toBeNull();
    clock.advance(60_000);
    presenter.stepKey('pilot');
    expect(notes.$timer.get().startedAt).toBe(clock.now());
  });

  it('merges a window that started on its own into the class time the others hold', () => {
    const bus = fakeBus();
    const clock = fakeClock();
    const notes = createClassTimerSync({ open: bus, storage: null, now: clock.now });
    notes.stepKey('contoso');
    clock.advance(10 * 60_000);
    // A presenter view that pressed its first key before it heard the others (storage blocked):
    // its copy reaches the notes window afterwards.
    const presenter = createClassTimerSync({ open: () => null, storage: null, now: clock.now });
    presenter.stepKey('pilot');
    bus(CLASS_TIMER_CHANNEL).postMessage({ v: 1, type: 'timer', timer: presenter.$timer.get() });
    const timer = notes.$timer.get();
    expect(classElapsed(timer, clock.now())).toBe(10 * 60_000);
    expect(timer.scenario).toEqual({ id: 'pilot', startedAt: clock.now() });
  });

  it('ignores malformed messages and storage', () => {
    const storage = memoryStorage();
    storage.items.set(CLASS_TIMER_KEY, '{"resetAt":"soon"}');
    const bus = fakeBus();
    const notes = createClassTimerSync({ open: bus, storage, now: fakeClock().now });
    expect(notes.$timer.get()).toEqual(IDLE_TIMER);
    const stranger = bus(CLASS_TIMER_CHANNEL);
    stranger.postMessage({ v: 2, type: 'timer', timer: IDLE_TIMER } as never);
    stranger.postMessage({ v: 1, type: 'timer', timer: { resetAt: 0, startedAt: 5 } } as never);
    expect(notes.$timer.get()).toEqual(IDLE_TIMER);
    expect(decodeClassTimerMessage({ v: 1, type: 'hello' })).toEqual({ v: 1, type: 'hello' });
    expect(decodeClassTimerMessage({ v: 1, type: 'go', step: 2 })).toBeNull();
  });
});

describe('isStepCommand', () => {
  it('counts the keys that move the step, and no other', () => {
    expect(PRESENTER_KEYS.map((key) => key.command).filter(isStepCommand)).toEqual([
      'next',
      'previous',
      'start',
      'end',
    ]);
  });
});
