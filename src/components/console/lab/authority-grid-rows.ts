/**
 * Which devices the authority map's grid lists (its filters) and how tall a row is: the grid, its
 * parts and its keyboard handling all place rows by ROW.
 */
import { WORKLOAD_COUNT } from '../../../sim/constants';
import { collectionMark } from '../../../sim/collections';
import { coManagedMask } from '../../../sim/derive';
import type { SimState } from '../../../sim/types';

/** Row height in px; the same as `.am-body .am-row` in console-lab.css. */
export const ROW = 36;

export interface Filters {
  collection: string;
  /** '' any; 'i' Intune for at least one workload; 'c' Configuration Manager for every one; 'w:a' one workload; 'changed' changed in the last change. */
  authority: string;
  /** '' any; '1' co-managed; '0' not co-managed. */
  co: string;
  name: string;
}

const coMasks = new WeakMap<SimState, Uint8Array>();
function coMask(state: SimState): Uint8Array {
  let mask = coMasks.get(state);
  if (!mask) coMasks.set(state, (mask = coManagedMask(state)));
  return mask;
}

/** Indices of the devices that pass the filters, in device order. */
export function filterRows(state: SimState, table: Uint8Array, changedRows: Uint8Array | null, f: Filters): Int32Array {
  const n = state.devices.length;
  const out = new Int32Array(n);
  const member = f.collection ? collectionMark(state, f.collection) : null;
  const co = f.co ? coMask(state) : null;
  const wantCo = f.co === '1' ? 1 : 0;
  const [w, a] = f.authority.includes(':') ? f.authority.split(':').map(Number) : [-1, -1];
  const q = f.name.trim().toLowerCase();
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (member && !member[i]) continue;
    if (co && co[i] !== wantCo) continue;
    const base = i * WORKLOAD_COUNT;
    if (f.authority === 'changed') {
      if (!changedRows || !changedRows[i]) continue;
    } else if (w! >= 0) {
      if (table[base + w!] !== a) continue;
    } else if (f.authority) {
      let any = 0;
      for (let x = 0; x < WORKLOAD_COUNT; x++) any |= table[base + x]!;
      if ((f.authority === 'i') !== (any === 1)) continue;
    }
    if (q && !state.devices[i]!.name.toLowerCase().includes(q)) continue;
    out[k++] = i;
  }
  return out.subarray(0, k);
}
