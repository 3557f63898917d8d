import { describe, expect, it } from 'vitest';
import { createPresenterSync, decodePresenterMessage, type MessagePort, type PresenterMessage } from './presenter';

/** A BroadcastChannel stand-in: a message reaches every other port on the same name, never its sender. */
function fakeBus() {
  const ports: { name: string; port: MessagePort }[] = [];
  return (name: string): MessagePort => {
    const port: MessagePort = {
      onmessage: null,
      postMessage(message: PresenterMessage) {
        for (const other of ports)
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

describe('createPresenterSync', () => {
  it('a step in either window moves the other one', () => {
    const bus = fakeBus();
    const presenter = createPresenterSync('demo', 4, 'presenter', bus);
    const notes = createPresenterSync('demo', 4, 'notes', bus);
    presenter.next();
    presenter.next();
    expect(notes.$step.get()).toBe(2);
    notes.previous();
    expect(presenter.$step.get()).toBe(1);
  });

  it('a notes window that opens late is told where the presenter is', () => {
    const bus = fakeBus();
    const presenter = createPresenterSync('demo', 4, 'presenter', bus);
    presenter.go(3);
    const notes = createPresenterSync('demo', 4, 'notes', bus);
    expect(notes.$step.get()).toBe(0);
    notes.hello();
    expect(notes.$step.get()).toBe(3);
  });

  it('a presenter that opens after the notes window is not moved by it', () => {
    const bus = fakeBus();
    const notes = createPresenterSync('demo', 4, 'notes', bus);
    notes.go(2);
    const presenter = createPresenterSync('demo', 4, 'presenter', bus);
    presenter.hello();
    expect(presenter.$step.get()).toBe(0);
  });

  it('another scenario on the same bus is not affected', () => {
    const bus = fakeBus();
    const one = createPresenterSync('one', 4, 'presenter', bus);
    const other = createPresenterSync('other', 4, 'notes', bus);
    one.go(2);
    expect(other.$step.get()).toBe(0);
  });

  it('tells listeners of every go, the step on screen included, and stays inside 0..n', () => {
    const bus = fakeBus();
    const presenter = createPresenterSync('demo', 3, 'presenter', bus);
    const notes = createPresenterSync('demo', 3, 'notes', bus);
    const heard: number[] = [];
    presenter.onGo((step) => heard.push(step));
    notes.go(0);
    presenter.previous();
    presenter.go(9);
    presenter.next();
    notes.go(-2);
    expect(heard).toEqual([0, 3, 0]);
  });

  it('works on its own where there is no channel', () => {
    const alone = createPresenterSync('demo', 2, 'presenter', () => null);
    alone.next();
    alone.hello();
    expect(alone.$step.get()).toBe(1);
  });
});

describe('decodePresenterMessage', () => {
  it('accepts the two message kinds', () => {
    expect(decodePresenterMessage({ v: 1, type: 'go', step: 2 }, 4)).toEqual({ v: 1, type: 'go', step: 2 });
    expect(decodePresenterMessage({ v: 1, type: 'hello' }, 4)).toEqual({ v: 1, type: 'hello' });
  });

  it('ignores anything malformed or out of range', () => {
    for (const data of [
      null,
      'go',
      3,
      { type: 'go', step: 1 },
      { v: 2, type: 'go', step: 1 },
      { v: 1, type: 'go', step: 5 },
      { v: 1, type: 'go', step: -1 },
      { v: 1, type: 'go', step: 1.5 },
      { v: 1, type: 'go', step: '1' },
      { v: 1, type: 'jump' },
    ]) {
      expect(decodePresenterMessage(data, 4)).toBeNull();
    }
  });
});
