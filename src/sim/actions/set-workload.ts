/** Properties > Workloads tab: move one workload's slider. */
import { SLIDER_LABELS, WORKLOAD_LABELS, workloadIndex } from '../constants';
import { ok, refuse, settingChanged, type ActionHandler } from './contract';
import { needCoManagement, workloadGate } from './preconditions';

export const setWorkload: ActionHandler<'set-workload'> = (state, action) => {
  const check = needCoManagement(state) ?? workloadGate(state, action.workload, action.position);
  if (check) return check;
  const w = workloadIndex(action.workload);
  const settings = state.settings;
  const current = settings.coManagement.workloads[w]!;
  // UNCONFIRMED (fact sheet 5.3): whether the console locks the Resource access and EP sliders
  // once Device configuration moves; the engine leaves them free (their effective authority
  // follows Device configuration anyway, rule 6).
  if (action.position === 'pilot-intune' && current.pilotCollection === null)
    return refuse(
      `Choose a workload pilot collection for ${WORKLOAD_LABELS[action.workload]} on the Staging tab first.`,
    );
  if (current.position === action.position) return ok(state);
  const workloads = settings.coManagement.workloads.map((s, k) => (k === w ? { ...s, position: action.position } : s));
  return ok(
    {
      ...state,
      lastWorkloadSwitchAt: state.clock,
      settings: { ...settings, coManagement: { ...settings.coManagement, workloads } },
    },
    [
      settingChanged(
        state,
        WORKLOAD_LABELS[action.workload],
        SLIDER_LABELS[current.position],
        SLIDER_LABELS[action.position],
      ),
    ],
  );
};
