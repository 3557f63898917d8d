import { COLLECTION, POLICY, type ActionFields } from './field-kinds';

export const assignPolicyFields = {
  tag: 'pa',
  fields: [
    ['policy', POLICY],
    ['collection', COLLECTION],
  ],
} as const satisfies ActionFields<'assign-policy'>;
