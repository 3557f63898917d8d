import { ADMIN_PERMISSIONS } from '../constants';
import { BOOL, enumOf, type ActionFields } from './field-kinds';

export const setAdminPermissionFields = {
  tag: 'ap',
  fields: [
    ['permission', enumOf(ADMIN_PERMISSIONS)],
    ['granted', BOOL],
  ],
} as const satisfies ActionFields<'set-admin-permission'>;
