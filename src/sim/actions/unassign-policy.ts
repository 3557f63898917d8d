/** A policy's assignment removed; under Pilot Intune its settings can stay on devices (rule 7). */
import { collectionMark } from '../collections';
import { WORKLOAD_LABELS, workloadIndex, type WorkloadId } from '../constants';
import { authorityOf, explainAuthority, isCoManaged } from '../derive';
import { ok, refuse, type ActionHandler } from './contract';

export const unassignPolicy: ActionHandler<'unassign-policy'> = (state, action) => {
  const policy = state.policies.find((p) => p.id === action.policy);
  if (!policy) return refuse(`Unknown policy "${action.policy}".`);
  if (policy.assignedTo === null) return refuse(`${policy.name} is not assigned.`);
  // Rule 7: under Pilot Intune (EP or Device configuration) Intune does not remove the setting.
  // fact sheet silent for the other workloads: unassigning removes the setting there.
  const left = new Map<WorkloadId, number[]>();
  if (
    policy.source === 'intune' &&
    (policy.workload === 'endpoint-protection' || policy.workload === 'device-configuration')
  ) {
    const mark = collectionMark(state, policy.assignedTo);
    for (let i = 0; i < mark.length; i++) {
      if (!mark[i] || !isCoManaged(state, i) || authorityOf(state, i, policy.workload) !== 'intune') continue;
      const via = explainAuthority(state, i, policy.workload).decidedBy;
      if (state.settings.coManagement.workloads[workloadIndex(via)]!.position !== 'pilot-intune') continue;
      const list = left.get(via);
      if (list) list.push(i);
      else left.set(via, [i]);
    }
  }
  const kept = [...left.values()].reduce((n, l) => n + l.length, 0);
  const leftovers =
    kept > 0
      ? [
          ...state.leftovers.filter((l) => l.policy !== policy.id),
          ...[...left].map(([via, devices]) => ({ policy: policy.id, via, devices })),
        ]
      : state.leftovers;
  const text =
    kept > 0
      ? `${policy.name} unassigned; its settings stay on ${kept} device${kept === 1 ? '' : 's'} ` +
        `that got ${WORKLOAD_LABELS[policy.workload]} from Intune through Pilot Intune`
      : `${policy.name} unassigned; its settings are removed`;
  return ok(
    { ...state, leftovers, policies: state.policies.map((p) => (p === policy ? { ...p, assignedTo: null } : p)) },
    [{ type: 'policy-changed', at: state.clock, policy: policy.id, text }],
  );
};
