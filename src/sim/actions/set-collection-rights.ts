/** The acting admin's Configuration Manager rights on one collection granted or removed. */
import { collectionName } from '../collections';
import { ok, type ActionHandler } from './contract';
import { checkCollection } from './preconditions';

export const setCollectionRights: ActionHandler<'set-collection-rights'> = {
  changesAuthority: false,
  apply(state, action) {
    const unknown = checkCollection(state, action.collection);
    if (unknown) return unknown;
    const admin = state.admin;
    const has = admin.collectionRights.includes(action.collection);
    if (has === action.granted) return ok(state);
    const collectionRights = action.granted
      ? [...admin.collectionRights, action.collection]
      : admin.collectionRights.filter((c) => c !== action.collection);
    const setting = `${admin.name}: rights on ${collectionName(state, action.collection)}`;
    return ok({ ...state, admin: { ...admin, collectionRights } }, [
      { type: 'setting-changed', at: state.clock, setting, from: has ? 'Yes' : 'No', to: action.granted ? 'Yes' : 'No' },
    ]);
  },
};
