import type { SimulatorKind } from '../../sim/constants';

/** Each simulator's name as the site shows it. */
export const SIMULATOR_NAMES: Readonly<Record<SimulatorKind, string>> = {
  'tenant-attach': 'Tenant attach',
  enablement: 'Co-management enablement',
  'workload-switching': 'Workload switching',
};
