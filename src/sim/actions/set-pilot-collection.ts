/** Properties > Staging tab: the workload pilot collection of one workload, or of all. */
import { collectionName } from '../collections';
import { WORKLOAD_IDS, WORKLOAD_LABELS, workloadIndex } from '../constants';
import type { SimEvent } from '../types';
import { ok, refuse, settingChanged, type ActionHandler } from './contract';
import { checkCollection, needCoManagement, needGate } from './preconditions';

export const setPilotCollection: ActionHandler<'set-pilot-collection'> = (state, action) => {
  const check = needCoManagement(state) ?? checkCollection(state, action.collection);
  if (check) return check;
  if (action.workload !== 'all') {
    const label = WORKLOAD_LABELS[action.workload];
    if (workloadIndex(action.workload) < 0) return refuse(`Unknown workload "${action.workload}".`);
    const gate =
      needGate(state, 'per-workload-pilot', `A workload pilot collection for ${label} alone`) ??
      (action.workload === 'resource-access-policies' ? needGate(state, 'resource-access-workload', label) : null);
    if (gate) return gate;
  }
  const events: SimEvent[] = [];
  const workloads = state.settings.coManagement.workloads.map((s, k) => {
    const id = WORKLOAD_IDS[k]!;
    if (action.workload !== 'all' && action.workload !== id) return s;
    if (s.pilotCollection === action.collection) return s;
    const from = s.pilotCollection === null ? 'None' : collectionName(state, s.pilotCollection);
    events.push(
      settingChanged(
        state,
        `Workload pilot collection of ${WORKLOAD_LABELS[id]}`,
        from,
        collectionName(state, action.collection),
      ),
    );
    return { ...s, pilotCollection: action.collection };
  });
  const settings = state.settings;
  return ok({ ...state, settings: { ...settings, coManagement: { ...settings.coManagement, workloads } } }, events);
};
