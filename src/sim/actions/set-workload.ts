/** Properties > Workloads tab: move one workload's slider. */
import { SLIDER_LABELS, WORKLOAD_LABELS, workloadIndex } from '../constants';
import { ok, refuse, type ActionHandler } from './contract';
import { needCoManagement, workloadGate } from './preconditions';

export const setWorkload: ActionHandler<'set-workload'> = {
  changesAuthority: true,
  apply(state, action) {
    const check = needCoManagement(state) ?? workloadGate(action.workload, action.position, state.site.version);
    if (check) return check;
    const w = workloadIndex(action.workload);
    const settings = state.settings;
    const current = settings.coManagement.workloads[w]!;
    // UNCONFIRMED (fact sheet 5.3): whether the console locks the Resource access and EP sliders
    // once Device configuration moves; the engine leaves them free (their effective authority
    // follows Device configuration anyway, rule 6).
    if (action.position === 'pilot-intune' && current.pilotCollection === null)
      return refuse(`Choose a workload pilot collection for ${WORKLOAD_LABELS[action.workload]} on the Staging tab first.`);
    if (current.position === action.position) return ok(state);
    const workloads = settings.coManagement.workloads.map((s, k) => (k === w ? { ...s, position: action.position } : s));
    const at = state.clock;
    const [from, to] = [SLIDER_LABELS[current.position], SLIDER_LABELS[action.position]];
    return ok(
      { ...state, lastWorkloadSwitchAt: at, settings: { ...settings, coManagement: { ...settings.coManagement, workloads } } },
      [{ type: 'setting-changed', at, setting: WORKLOAD_LABELS[action.workload], from, to }],
    );
  },
};
