import { MDM_USER_SCOPES } from '../constants';
import { enumOf, type ActionFields } from './field-kinds';

export const setMdmUserScopeFields = {
  tag: 'm',
  fields: [['scope', enumOf(MDM_USER_SCOPES)]],
} as const satisfies ActionFields<'set-mdm-user-scope'>;
