/** The wizard's Workloads and Staging pages (before 2111 only): one workload's slider and pilot collection. */
import { passesGate, WORKLOAD_LABELS, workloadIndex } from '../constants';
import type { WorkloadSetting } from '../types';
import { ok, refuse, type ActionHandler } from './contract';
import { checkCollection, needGate, needWizard, workloadGate } from './preconditions';

export const wizardSetWorkload: ActionHandler<'wizard-set-workload'> = (state, action) => {
  const wrong =
    needGate(state, 'wizard-workloads-page', 'Workloads page') ??
    needWizard(state, 'workloads') ??
    workloadGate(state, action.workload, action.position) ??
    checkCollection(state, action.pilotCollection);
  if (wrong) return wrong;
  const w = workloadIndex(action.workload);
  const pilot = action.pilotCollection;
  if (action.position === 'pilot-intune' && pilot === null)
    return refuse(
      `Pilot Intune for ${WORKLOAD_LABELS[action.workload]} needs a workload pilot collection on the Staging page.`,
    );
  const wizard = state.wizard!;
  let workloads = wizard.workloads.map((s, k): WorkloadSetting =>
    k === w ? { position: action.position, pilotCollection: pilot ?? s.pilotCollection } : s,
  );
  if (pilot !== null && !passesGate('per-workload-pilot', state.site.version)) {
    // Before 1906 the Staging page had one Pilot group for every workload.
    workloads = workloads.map((s) => ({ ...s, pilotCollection: pilot }));
  }
  return ok({ ...state, wizard: { ...wizard, workloads } });
};
