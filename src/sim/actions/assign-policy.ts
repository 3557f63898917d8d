/** A policy assigned (Intune) or deployed (Configuration Manager) to a collection. */
import { collectionName } from '../collections';
import { ok, refuse, type ActionHandler } from './contract';
import { checkCollection } from './preconditions';

export const assignPolicy: ActionHandler<'assign-policy'> = (state, action) => {
  const policy = state.policies.find((p) => p.id === action.policy);
  if (!policy) return refuse(`Unknown policy "${action.policy}".`);
  const unknown = checkCollection(state, action.collection);
  if (unknown) return unknown;
  if (policy.assignedTo === action.collection) return ok(state);
  return ok(
    { ...state, policies: state.policies.map((p) => (p === policy ? { ...p, assignedTo: action.collection } : p)) },
    [
      {
        type: 'policy-changed',
        at: state.clock,
        policy: policy.id,
        text: `${policy.name} assigned to ${collectionName(state, action.collection)}`,
      },
    ],
  );
};
