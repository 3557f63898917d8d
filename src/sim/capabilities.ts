/**
 * The capabilities value (CoManagementFlags) of a co-managed device (rule 11, community model):
 * what the authority map's cell details show under "Advanced". Apart from `derive.ts` (which
 * re-exports it) so that pages opening at another view do not ship it at start (see
 * `astro.config.mjs`).
 */
import { WORKLOAD_IDS, type WorkloadId } from './constants';
import { authorityOf, isCoManaged } from './authority';
import type { SimState } from './types';

/** Community-documented bit per workload (fact sheet 5.5); EP is 4128 on 2111+. */
export const CAPABILITY_BITS: Readonly<Record<WorkloadId, number>> = {
  'compliance-policies': 2,
  'resource-access-policies': 4,
  'device-configuration': 8,
  'windows-update-policies': 16,
  'endpoint-protection': 32,
  'client-apps': 64,
  'office-click-to-run-apps': 128,
};

export interface CapabilitiesValue {
  value: number;
  base: number;
  /** The bit added for each workload whose effective authority is Intune. */
  bits: { workload: WorkloadId; bit: number }[];
  /** Always the same caveat: only the Windows Update difference is documented by Microsoft. */
  model: string;
}

export const CAPABILITIES_MODEL =
  'Community-documented model: Microsoft documents only the Windows Update difference (8197 -> 8213); the other bits come from community scripts.';

/** The capabilities value (CoManagementFlags) of a co-managed device, or null when not co-managed. */
// fact sheet silent on the value of a device that is not co-managed; the engine shows none.
export function capabilitiesOf(state: SimState, i: number): CapabilitiesValue | null {
  if (!isCoManaged(state, i)) return null;
  const modern = state.site.version >= 2111;
  // UNCONFIRMED (community, C-MZ): base 8193 and EP 4128 on 2111+; 1 and 32 before.
  const base = modern ? 8193 : 1;
  let value = base;
  const bits: CapabilitiesValue['bits'] = [];
  for (const workload of WORKLOAD_IDS) {
    if (authorityOf(state, i, workload) !== 'intune') continue;
    const bit = workload === 'endpoint-protection' && modern ? 4128 : CAPABILITY_BITS[workload];
    value |= bit;
    bits.push({ workload, bit });
  }
  return { value, base, bits, model: CAPABILITIES_MODEL };
}
