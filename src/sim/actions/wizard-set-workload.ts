/** The wizard's Workloads and Staging pages (before 2111 only): one workload's slider and pilot collection. */
import { passesGate, WORKLOAD_LABELS, workloadIndex } from '../constants';
import type { WorkloadSetting } from '../types';
import { gated, ok, refuse, type ActionHandler } from './contract';
import { checkCollection, needWizard, workloadGate } from './preconditions';

export const wizardSetWorkload: ActionHandler<'wizard-set-workload'> = {
  changesAuthority: false,
  apply(state, action) {
    const version = state.site.version;
    if (!passesGate('wizard-workloads-page', version)) return gated('wizard-workloads-page', version, 'Workloads page');
    const wrong = needWizard(state, 'workloads');
    if (wrong) return wrong;
    const w = workloadIndex(action.workload);
    const check = workloadGate(action.workload, action.position, version) ?? checkCollection(state, action.pilotCollection);
    if (check) return check;
    const pilot = action.pilotCollection;
    if (action.position === 'pilot-intune' && pilot === null)
      return refuse(`Pilot Intune for ${WORKLOAD_LABELS[action.workload]} needs a workload pilot collection on the Staging page.`);
    const wizard = state.wizard!;
    let workloads = wizard.workloads.map(
      (s, k): WorkloadSetting => (k === w ? { position: action.position, pilotCollection: pilot ?? s.pilotCollection } : s),
    );
    if (pilot !== null && !passesGate('per-workload-pilot', version)) {
      // Before 1906 the Staging page had one Pilot group for every workload.
      workloads = workloads.map((s) => ({ ...s, pilotCollection: pilot }));
    }
    return ok({ ...state, wizard: { ...wizard, workloads } });
  },
};
