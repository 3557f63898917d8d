import { POLICY, type ActionFields } from './field-kinds';

export const unassignPolicyFields = {
  tag: 'pu',
  fields: [['policy', POLICY]],
} as const satisfies ActionFields<'unassign-policy'>;
