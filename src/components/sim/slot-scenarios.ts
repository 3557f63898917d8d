/**
 * The scenarios a lesson may place with `<SimulatorSlot scenario="...">`, and which simulator each
 * one opens. The scenario files of the simulation engine will take this over; until then this
 * list is what `validateContent()` checks slot ids against.
 */
export type SimulatorKind = 'tenant-attach' | 'enablement' | 'workload-switching';

export interface SlotScenario {
  /** Scenario title, as the figure caption shows it. */
  title: string;
  simulator: SimulatorKind;
}

export const SLOT_SCENARIOS: Readonly<Record<string, SlotScenario>> = {
  'contoso-not-attached': { title: 'Contoso: a tenant not yet attached', simulator: 'tenant-attach' },
  'pilot-enrollment-for-it': { title: 'Pilot enrollment for the IT department', simulator: 'enablement' },
  'internet-based-no-cmg': { title: 'Internet-based devices, no cloud management gateway yet', simulator: 'enablement' },
  'compliance-policies-first': { title: 'Compliance policies first', simulator: 'workload-switching' },
};

export const SIMULATOR_NAMES: Readonly<Record<SimulatorKind, string>> = {
  'tenant-attach': 'Tenant attach',
  enablement: 'Co-management enablement',
  'workload-switching': 'Workload switching',
};
