/**
 * The presenter view and its notes window, kept on the same scenario step over a
 * BroadcastChannel: no server, and it works between windows of one browser.
 *
 * Step 0 is the start of the scenario (before any step's actions); step k (1..n) is the state
 * after steps 1..k. Either window may step; the other follows. A notes window that opens late
 * asks ("hello") and a presenter view answers with where it is.
 */
import { atom, type ReadableAtom } from 'nanostores';

/** What travels on the channel. `v` lets a later format ignore an older one. */
export type PresenterMessage = { v: 1; type: 'go'; step: number } | { v: 1; type: 'hello' };

/** Reads a message from the channel; anything malformed or out of range is ignored (null). */
export function decodePresenterMessage(data: unknown, stepCount: number): PresenterMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const message = data as Record<string, unknown>;
  if (message.v !== 1) return null;
  if (message.type === 'hello') return { v: 1, type: 'hello' };
  if (message.type !== 'go') return null;
  const { step } = message;
  if (typeof step !== 'number' || !Number.isInteger(step) || step < 0 || step > stepCount) return null;
  return { v: 1, type: 'go', step };
}

/** The part of BroadcastChannel the sync uses (a test passes a fake). */
export interface MessagePort {
  postMessage(message: PresenterMessage): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  close(): void;
}

export interface PresenterSync {
  /** The step on screen: 0 (start) to `stepCount`. */
  $step: ReadableAtom<number>;
  stepCount: number;
  /** Goes to a step (clamped), tells the other windows, and calls every `onGo` listener. */
  go(step: number): void;
  next(): void;
  previous(): void;
  /**
   * Called on every go, local or from another window, even to the step already on screen: going to
   * the step you are on is how a presenter view drops changes made off script.
   */
  onGo(listener: (step: number) => void): () => void;
  /** Asks other windows where they are (the notes window does this when it opens). */
  hello(): void;
  close(): void;
}

export function channelName(scenarioId: string): string {
  return `co-management-lab:present:${scenarioId}`;
}

/**
 * `role` decides who answers a hello: only a presenter view, which owns the simulator, so a
 * notes window opened first does not move a presenter view that opens later.
 */
export function createPresenterSync(
  scenarioId: string,
  stepCount: number,
  role: 'presenter' | 'notes',
  open: (name: string) => MessagePort | null = openBroadcastChannel,
): PresenterSync {
  const $step = atom(0);
  const listeners = new Set<(step: number) => void>();
  const port = open(channelName(scenarioId));

  function arrive(step: number): void {
    $step.set(step);
    for (const listener of listeners) listener(step);
  }

  if (port) {
    port.onmessage = (event) => {
      const message = decodePresenterMessage(event.data, stepCount);
      if (!message) return;
      if (message.type === 'hello') {
        if (role === 'presenter') port.postMessage({ v: 1, type: 'go', step: $step.get() });
        return;
      }
      arrive(message.step);
    };
  }

  function go(step: number): void {
    const target = Math.max(0, Math.min(stepCount, Math.round(step)));
    arrive(target);
    port?.postMessage({ v: 1, type: 'go', step: target });
  }

  return {
    $step,
    stepCount,
    go,
    // At either end there is nowhere to go: nothing happens (a re-go would drop off-script changes).
    next: () => void ($step.get() < stepCount && go($step.get() + 1)),
    previous: () => void ($step.get() > 0 && go($step.get() - 1)),
    onGo(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    hello: () => port?.postMessage({ v: 1, type: 'hello' }),
    close: () => port?.close(),
  };
}

/** A BroadcastChannel, or null where the browser has none (each window then works on its own). */
function openBroadcastChannel(name: string): MessagePort | null {
  return typeof BroadcastChannel === 'function' ? (new BroadcastChannel(name) as unknown as MessagePort) : null;
}
