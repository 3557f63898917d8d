/**
 * Small pieces the tenant attach views share: a heading of a computed level, a labelled scroll
 * region for wide tables, and the context every view gets (state, store, heading level, ids).
 */
import type { ComponentChildren, HTMLAttributes } from 'preact';
import type { SimulatorStore } from '../../../stores/simulator';
import { collectionName } from '../../../sim/collections';
import type { Action, SimState, UploadScope } from '../../../sim/types';

export interface ViewProps {
  store: SimulatorStore;
  state: SimState;
  /** Heading level of this view's own heading (3 on a scenario page, 4 in a unit). */
  level: number;
  /** False in the server HTML: controls that start a journey stay disabled until the island has hydrated. */
  ready: boolean;
  /** Prefix for element ids, unique per scenario. */
  p: string;
  /** Dispatches an action; once it is applied, moves focus to the element with id `focus` after the render. */
  act: (action: Action, focus?: string) => Promise<boolean>;
  /** Moves focus to the element with this id once the next render is done. */
  focusNext: (id: string) => unknown;
}

type HeadingProps = HTMLAttributes<HTMLHeadingElement> & { n: number; children: ComponentChildren };

/** A heading of level `n` (capped at 6). */
export function H({ n, children, ...rest }: HeadingProps) {
  const Tag = `h${Math.min(6, n)}` as 'h6';
  return <Tag {...rest}>{children}</Tag>;
}

/**
 * A table that scrolls sideways on its own (never the page), keyboard reachable. Its title sits
 * above the scroller (a <caption> would scroll out of view) and names both the table and the region.
 */
export function TableBox({ id, caption, nowrap, children }: { id: string; caption: ComponentChildren; nowrap?: boolean; children: ComponentChildren }) {
  return (
    <>
      <p id={id} class="ta-caption">
        {caption}
      </p>
      <div class="ta-scroll" tabIndex={0} role="region" aria-labelledby={id}>
        <table class={nowrap ? 'ta-table ta-table--nowrap' : 'ta-table'} aria-labelledby={id}>
          {children}
        </table>
      </div>
    </>
  );
}

/** "1 device" / "20 devices". */
export const count = (n: number, one: string) => `${n.toLocaleString('en-US')} ${one}${n === 1 ? '' : 's'}`;

/**
 * A radio's or checkbox's change handler, given the new checked value. When the engine refuses,
 * the notice it sets re-renders the island, which puts the controls back to the state.
 */
export const onCheck = (run: (checked: boolean) => unknown) => (event: Event) => {
  run((event.currentTarget as HTMLInputElement).checked);
};

/** An upload scope in the console's words. */
export function uploadLabel(state: SimState, upload: UploadScope | null): string {
  if (upload === null) return 'Off';
  if (upload === 'all') return 'All devices managed by Microsoft Endpoint Configuration Manager';
  return `Specific Collection: ${collectionName(state, upload.collection)} (with its child collections)`;
}
