/**
 * Collection membership as byte marks (one byte per device), built from the member index arrays
 * the state keeps. Building a mark is O(members); nothing is cached between calls.
 */
import { ineligibility } from './enrollment-table';
import type { Collection, SimState } from './types';

/** The collection with this id, or undefined. */
export function findCollection(state: SimState, id: string): Collection | undefined {
  return state.collections.find((c) => c.id === id);
}

/** Collection display name (or the id when unknown). */
export function collectionName(state: SimState, id: string): string {
  return findCollection(state, id)?.name ?? id;
}

/** Writes 1 for every direct member of the collection into `mark`. */
function markMembers(state: SimState, collection: Collection, mark: Uint8Array): void {
  const devices = state.devices;
  switch (collection.kind) {
    case 'static':
      for (const i of collection.members) mark[i] = 1;
      return;
    case 'all-systems':
      mark.fill(1);
      return;
    case 'all-clients':
      for (let i = 0; i < devices.length; i++) if (devices[i]!.client) mark[i] = 1;
      return;
    case 'co-management-eligible':
      // fact sheet silent on the lag of its incremental / daily full update (5.6); the engine's
      // Co-management Eligible Devices collection is always current.
      for (let i = 0; i < devices.length; i++) if (ineligibility(devices[i]!) === null) mark[i] = 1;
      return;
  }
}

/** Direct members of a collection as a mark; all zero for an unknown id or null. */
export function collectionMark(state: SimState, id: string | null): Uint8Array {
  const mark = new Uint8Array(state.devices.length);
  if (id === null) return mark;
  const collection = findCollection(state, id);
  if (collection) markMembers(state, collection, mark);
  return mark;
}

/** Ids of the collection and every collection below it (children, grandchildren...). */
export function withDescendants(state: SimState, id: string): string[] {
  const out = [id];
  for (let k = 0; k < out.length; k++) {
    for (const c of state.collections) if (c.parent === out[k] && !out.includes(c.id)) out.push(c.id);
  }
  return out;
}

/** Members of a collection including its child collections (upload scope, rule 13). */
export function collectionTreeMark(state: SimState, id: string): Uint8Array {
  const mark = new Uint8Array(state.devices.length);
  for (const cid of withDescendants(state, id)) {
    const collection = findCollection(state, cid);
    if (collection) markMembers(state, collection, mark);
  }
  return mark;
}

/** Is device i a direct member? */
export function isMember(state: SimState, id: string, i: number): boolean {
  const collection = findCollection(state, id);
  if (!collection) return false;
  switch (collection.kind) {
    case 'static':
      return binaryIncludes(collection.members, i);
    case 'all-systems':
      return i >= 0 && i < state.devices.length;
    case 'all-clients':
      return state.devices[i]?.client === true;
    case 'co-management-eligible': {
      const d = state.devices[i];
      return d !== undefined && ineligibility(d) === null;
    }
  }
}

/** Ids of the collections device i is a direct member of, in collection order. */
export function collectionsOf(state: SimState, i: number): string[] {
  return state.collections.filter((c) => isMember(state, c.id, i)).map((c) => c.id);
}

/** Membership test on an ascending index array. */
export function binaryIncludes(sorted: readonly number[], value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid]!;
    if (v === value) return true;
    if (v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Number of direct members. */
export function memberCount(state: SimState, id: string): number {
  const collection = findCollection(state, id);
  if (!collection) return 0;
  if (collection.kind === 'static') return collection.members.length;
  let n = 0;
  for (const v of collectionMark(state, id)) n += v;
  return n;
}
