/**
 * The policies that concern one device, and whether each applies (rules 7, 8, 9): what the Intune
 * admin center's device page lists. Apart from `derive.ts` (which re-exports it) so that pages
 * opening at another window do not ship it at start (see `astro.config.mjs`).
 */
import { WORKLOAD_LABELS, type WorkloadId } from './constants';
import { binaryIncludes, isMember } from './collections';
import { authorityOf, isCoManaged, mdmEnrolled } from './authority';
import type { Policy, SimState } from './types';

export interface PolicyOnDevice {
  policy: string;
  name: string;
  source: Policy['source'];
  workload: WorkloadId;
  /** 'applied': enforced; 'ignored': assigned but not applied; 'remains': not enforced, yet still on the device. */
  status: 'applied' | 'ignored' | 'remains';
  reason: string;
}

/** Every policy that concerns device i: assigned to one of its collections, or left on it. */
export function policiesOf(state: SimState, i: number): PolicyOnDevice[] {
  const d = state.devices[i]!;
  const out: PolicyOnDevice[] = [];
  const co = isCoManaged(state, i);
  const enrolled = mdmEnrolled(d);
  /** Lists policy p on the device, with its status there and why. */
  const add = (p: Policy, status: PolicyOnDevice['status'], reason: string) =>
    out.push({ policy: p.id, name: p.name, source: p.source, workload: p.workload, status, reason });
  const targeted = (p: Policy) => p.assignedTo !== null && isMember(state, p.assignedTo, i);
  const authority = (w: WorkloadId) => (co ? authorityOf(state, i, w) : enrolled && !d.client ? 'intune' : 'configmgr');
  // Intune policies first: Configuration Manager EP / Device configuration settings stay until one applies (rule 8).
  const intuneApplied = new Set<WorkloadId>();
  for (const p of state.policies) {
    if (p.source !== 'intune' || !targeted(p)) continue;
    const label = WORKLOAD_LABELS[p.workload];
    if (!enrolled) {
      add(p, 'ignored', 'not enrolled in Intune, so Intune policies do not reach it');
    } else if (!co) {
      // fact sheet silent: an enrolled device without the co-management policy takes Intune policy.
      add(p, 'applied', d.client ? 'enrolled in Intune without the co-management policy' : 'Intune-only device');
      intuneApplied.add(p.workload);
    } else if (authority(p.workload) === 'intune') {
      add(p, 'applied', `${label} is with Intune for this device`);
      intuneApplied.add(p.workload);
    } else {
      add(
        p,
        'ignored',
        `${label} is with Configuration Manager for this device, so Intune policies of this type are not applied`,
      );
    }
  }
  for (const p of state.policies) {
    if (p.source !== 'configmgr' || !targeted(p)) continue;
    const label = WORKLOAD_LABELS[p.workload];
    if (!d.client) {
      add(p, 'ignored', 'no Configuration Manager client');
    } else if (authority(p.workload) === 'configmgr') {
      add(
        p,
        'applied',
        co ? `${label} is with Configuration Manager for this device` : 'managed by Configuration Manager',
      );
    } else if (p.workload === 'device-configuration' && p.alwaysApply) {
      add(p, 'applied', 'baseline set to "Always apply this baseline even for co-managed clients"');
    } else if (
      (p.workload === 'endpoint-protection' || p.workload === 'device-configuration') &&
      !intuneApplied.has(p.workload)
    ) {
      add(
        p,
        'remains',
        `${label} moved to Intune; the old Configuration Manager settings stay until an Intune policy overwrites them`,
      );
    } else {
      // Fact sheet 5.4: for compliance, "no longer evaluated" rests on community notes only (ComplRelayAgent.log).
      add(
        p,
        'ignored',
        p.workload === 'compliance-policies'
          ? `${label} is with Intune for this device (that Configuration Manager compliance policies are then not evaluated is a community observation)`
          : `${label} is with Intune for this device, so Configuration Manager policies of this type are no longer evaluated`,
      );
    }
  }
  for (const left of state.leftovers) {
    if (!binaryIncludes(left.devices, i)) continue;
    const p = state.policies.find((x) => x.id === left.policy);
    if (!p || out.some((o) => o.policy === p.id)) continue;
    add(
      p,
      'remains',
      `assignment removed while ${WORKLOAD_LABELS[left.via]} was at Pilot Intune: Intune does not remove the setting`,
    );
  }
  return out;
}
