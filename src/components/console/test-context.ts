/**
 * A lab console context for rendering one view or frame in a unit test (with
 * preact-render-to-string): the engine state (or a whole timeline) on screen, a store whose atoms
 * hold that timeline, and callbacks that do nothing. The views read the state; the tests check
 * what they render and which engine actions their pure helpers build.
 */
import { atom } from 'nanostores';
import type { SimState } from '../../sim/types';
import type { ViewLocation } from '../../sim/views';
import type { SimulatorStore, Timeline } from '../../stores/simulator';
import type { ConsoleContext } from './types';

export function testContext(on: SimState | Timeline, location: ViewLocation): ConsoleContext {
  const timeline: Timeline = 'states' in on ? on : { states: [on], entries: [], cursor: 0 };
  const { states, entries, cursor } = timeline;
  const store = {
    $notice: atom(null),
    $announcement: atom(''),
    $timeline: atom(timeline),
  } as unknown as SimulatorStore;
  return {
    store,
    state: states[cursor]!,
    previous: cursor > 0 ? states[cursor - 1]! : null,
    entry: cursor > 0 ? entries[cursor - 1]! : null,
    ready: true,
    location,
    open: () => undefined,
    act: async () => true,
    apply: async () => true,
    say: () => undefined,
    level: 3,
    idPrefix: 'lab-test',
    presenting: false,
  };
}
