/**
 * What is selected in the Configuration Manager console's list panes, per lab: the view draws the
 * list and the ribbon (the frame's, outside the view) acts on its selection, as in the console.
 * Kept per store, so two labs on a page never share a selection; indices are stable because a
 * scenario's fleet never changes.
 */
import { atom, type WritableAtom } from 'nanostores';
import type { SimulatorStore } from '../../../stores/simulator';

export interface ListSelection {
  /** The row with the focus, or null. */
  active: number | null;
  /** Selected rows (device indices in the Devices node). */
  selected: number[];
}

export interface CmSelections {
  /** Assets and Compliance > Devices. */
  devices: WritableAtom<ListSelection>;
  /** Device Collections: the selected collection (id), or null. */
  collection: WritableAtom<string | null>;
  /** The collection whose members are shown ("Show Members"), or null for the collection list. */
  members: WritableAtom<string | null>;
  /** Selected members in the members list (device indices). */
  member: WritableAtom<ListSelection>;
}

const selections = new WeakMap<SimulatorStore, CmSelections>();

export function selectionsOf(store: SimulatorStore): CmSelections {
  let s = selections.get(store);
  if (!s) {
    s = {
      devices: atom<ListSelection>({ active: null, selected: [] }),
      collection: atom<string | null>(null),
      members: atom<string | null>(null),
      member: atom<ListSelection>({ active: null, selected: [] }),
    };
    selections.set(store, s);
  }
  return s;
}
