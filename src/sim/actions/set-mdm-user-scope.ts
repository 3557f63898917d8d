/** Intune automatic enrollment's MDM user scope: None, Some or All. */
import { MDM_USER_SCOPE_LABELS } from '../constants';
import { ok, settingChanged, type ActionHandler } from './contract';

export const setMdmUserScope: ActionHandler<'set-mdm-user-scope'> = (state, action) => {
  const from = state.tenant.mdmUserScope;
  if (from === action.scope) return ok(state);
  return ok({ ...state, tenant: { ...state.tenant, mdmUserScope: action.scope } }, [
    settingChanged(state, 'MDM user scope', MDM_USER_SCOPE_LABELS[from], MDM_USER_SCOPE_LABELS[action.scope]),
  ]);
};
