/** The acting admin's Configuration Manager rights on one collection granted or removed. */
import { collectionName } from '../collections';
import { ok, settingChanged, type ActionHandler } from './contract';
import { checkCollection } from './preconditions';

export const setCollectionRights: ActionHandler<'set-collection-rights'> = (state, action) => {
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
    settingChanged(state, setting, has ? 'Yes' : 'No', action.granted ? 'Yes' : 'No'),
  ]);
};
