/**
 * Adding devices to a static collection and removing them: one module for both, as they are the
 * same checks and the same change, only in opposite directions.
 */
import { findCollection } from '../collections';
import { deviceIndex } from '../derive';
import type { SimState } from '../types';
import { ok, refuse, type ActionHandler, type ActionOf, type Outcome } from './contract';
import { unknownCollection } from './preconditions';

type MembershipAction = ActionOf<'add-to-collection'> | ActionOf<'remove-from-collection'>;

function changeMembers(state: SimState, action: MembershipAction): Outcome {
  const collection = findCollection(state, action.collection);
  if (!collection) return unknownCollection(state, action.collection);
  if (collection.kind !== 'static')
    return refuse(`${collection.name} is a built-in collection: its membership comes from a query.`);
  if (!Array.isArray(action.devices) || action.devices.length === 0) return refuse('Name at least one device.');
  const indices: number[] = [];
  for (const name of action.devices) {
    const i = deviceIndex(state, name);
    if (i < 0) return refuse(`Unknown device "${name}".`);
    indices.push(i);
  }
  const members = new Set(collection.members);
  let added = 0;
  let removed = 0;
  for (const i of indices) {
    if (action.type === 'add-to-collection' && !members.has(i)) {
      members.add(i);
      added++;
    }
    if (action.type === 'remove-from-collection' && members.has(i)) {
      members.delete(i);
      removed++;
    }
  }
  if (added === 0 && removed === 0) return ok(state);
  const updated = { ...collection, members: [...members].sort((x, y) => x - y) };
  return ok({ ...state, collections: state.collections.map((c) => (c === collection ? updated : c)) }, [
    { type: 'collection-changed', at: state.clock, collection: collection.name, added, removed },
  ]);
}

export const addToCollection: ActionHandler<'add-to-collection'> = changeMembers;
export const removeFromCollection: ActionHandler<'remove-from-collection'> = changeMembers;
