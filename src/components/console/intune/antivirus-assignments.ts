/**
 * What Endpoint security > Antivirus shows and changes, apart from its drawing (antivirus.tsx):
 * the antivirus policies the admin center lists, how many devices of a group an assignment
 * reaches, and the engine actions that Save sends for the pending assignments.
 */
import { W_ENDPOINT_PROTECTION, WORKLOAD_COUNT } from '../../../sim/constants';
import { collectionMark } from '../../../sim/collections';
import { coManagedMask, deriveAuthorityTable, mdmEnrolled } from '../../../sim/derive';
import type { Action, Policy, SimState } from '../../../sim/types';

/** The antivirus policies the admin center lists. */
export function antivirusPolicies(state: SimState): Policy[] {
  return state.policies.filter((p) => p.source === 'intune' && p.workload === 'endpoint-protection');
}

/** Devices of a group that receive an Intune Endpoint Protection policy assigned to it, and the rest. */
export function reach(state: SimState, collection: string): { members: number; applied: number } {
  const mark = collectionMark(state, collection);
  const table = deriveAuthorityTable(state);
  const co = coManagedMask(state);
  let members = 0;
  let applied = 0;
  for (let i = 0; i < mark.length; i++) {
    if (!mark[i]) continue;
    members++;
    if (!mdmEnrolled(state.devices[i]!)) continue;
    if (!co[i] || table[i * WORKLOAD_COUNT + W_ENDPOINT_PROTECTION] === 1) applied++;
  }
  return { members, applied };
}

/** The actions that turn the saved assignments into the pending ones. */
export function assignmentActions(state: SimState, pending: Readonly<Record<string, string>>): Action[] {
  const actions: Action[] = [];
  for (const policy of antivirusPolicies(state)) {
    const want = pending[policy.id];
    if (want === undefined || want === (policy.assignedTo ?? '')) continue;
    actions.push(
      want === ''
        ? { type: 'unassign-policy', policy: policy.id }
        : { type: 'assign-policy', policy: policy.id, collection: want },
    );
  }
  return actions;
}
