/** One permission or identity property of the acting admin granted or removed. */
import { ADMIN_PERMISSION_LABELS } from '../constants';
import { ok, settingChanged, type ActionHandler } from './contract';

export const setAdminPermission: ActionHandler<'set-admin-permission'> = (state, action) => {
  const admin = state.admin;
  const from = admin[action.permission];
  if (from === action.granted) return ok(state);
  const setting = `${admin.name}: ${ADMIN_PERMISSION_LABELS[action.permission]}`;
  return ok({ ...state, admin: { ...admin, [action.permission]: action.granted } }, [
    settingChanged(state, setting, from ? 'Yes' : 'No', action.granted ? 'Yes' : 'No'),
  ]);
};
