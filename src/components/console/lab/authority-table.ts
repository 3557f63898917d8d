/**
 * The authority map's table of effective authority per state (derived once per state object, as
 * states never change) and the cells that differ between two of them. Apart from the view module
 * (authority-map.tsx), which is loaded with import(): such a module ships an object naming every
 * export, and the presenter's step marks use these too.
 */
import { WORKLOAD_COUNT } from '../../../sim/constants';
import { authorityCounts, deriveAuthorityTable } from '../../../sim/derive';
import type { SimState } from '../../../sim/types';

export interface Derived {
  /** `devices x 7` bytes, 1 = Intune (deriveAuthorityTable). */
  table: Uint8Array;
  /** Devices with Intune as effective authority, per workload. */
  counts: number[];
}

const cache = new WeakMap<SimState, Derived>();
/** The authority table and counts of one state, derived once (states never change). */
export function derived(state: SimState): Derived {
  let value = cache.get(state);
  if (!value) {
    const table = deriveAuthorityTable(state);
    cache.set(state, (value = { table, counts: authorityCounts(table) }));
  }
  return value;
}

/** What moved in a change: per cell and per device, 1 where the effective authority differs. */
export interface TableDiff {
  cells: Uint8Array;
  rows: Uint8Array;
  /** Devices with any cell changed. */
  count: number;
}

/** Cells and devices whose effective authority differs between two tables of the same fleet. */
export function diffTables(before: Uint8Array, now: Uint8Array): TableDiff {
  const cells = new Uint8Array(now.length);
  const rows = new Uint8Array(now.length / WORKLOAD_COUNT);
  let count = 0;
  for (let k = 0; k < now.length; k++) {
    if (before[k] !== now[k]) {
      cells[k] = 1;
      const i = (k / WORKLOAD_COUNT) | 0;
      if (!rows[i]) {
        rows[i] = 1;
        count++;
      }
    }
  }
  return { cells, rows, count };
}
