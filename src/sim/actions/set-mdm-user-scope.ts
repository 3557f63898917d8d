/** Intune automatic enrollment's MDM user scope: None, Some or All. */
import { MDM_USER_SCOPE_LABELS } from '../constants';
import { ok, type ActionHandler } from './contract';

export const setMdmUserScope: ActionHandler<'set-mdm-user-scope'> = {
  changesAuthority: true,
  apply(state, action) {
    const from = state.tenant.mdmUserScope;
    if (from === action.scope) return ok(state);
    return ok({ ...state, tenant: { ...state.tenant, mdmUserScope: action.scope } }, [
      { type: 'setting-changed', at: state.clock, setting: 'MDM user scope', from: MDM_USER_SCOPE_LABELS[from], to: MDM_USER_SCOPE_LABELS[action.scope] },
    ]);
  },
};
