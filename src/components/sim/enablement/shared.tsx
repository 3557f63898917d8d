/**
 * What every part of the enablement simulator receives, and the one row component its
 * prerequisite lists share (met or not met, in words as well as colour).
 */
import type { ComponentChildren } from 'preact';
import type { SimulatorStore } from '../../../stores/simulator';
import type { FunnelView } from '../../../sim/derive';
import type { SimState } from '../../../sim/types';

export interface EnablementProps {
  store: SimulatorStore;
  /** The state on screen. */
  state: SimState;
  /** `funnelOf` for every device of `state`, by device index. */
  views: FunnelView[];
  /** Heading level of the simulator's sections: 3 on a scenario page, 4 inside a unit. */
  level: 3 | 4;
  /** Prefix for element ids, unique per simulator on the page. */
  id: string;
}

/** The section heading tag for a level, and the one below it. */
export const heading = (level: number) => `h${level}` as 'h3';

interface CheckProps {
  ok: boolean;
  label: string;
  /** Why, in the engine's words (its first letter is capitalised by CSS). */
  text: string;
  children?: ComponentChildren;
}

/** One prerequisite: its name, "Met" or "Not met", why, and an optional control to change it. */
export function Check({ ok, label, text, children }: CheckProps) {
  return (
    <li class={ok ? 'en-check' : 'en-check en-check--no'}>
      <strong>{label}</strong> <span class="en-badge">{ok ? '✓ Met' : '✗ Not met'}</span>
      <p>{text}</p>
      {children}
    </li>
  );
}
