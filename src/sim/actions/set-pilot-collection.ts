/** Properties > Staging tab: the workload pilot collection of one workload, or of all. */
import { collectionName } from '../collections';
import { passesGate, WORKLOAD_IDS, WORKLOAD_LABELS, workloadIndex } from '../constants';
import type { SimEvent } from '../types';
import { gated, ok, refuse, type ActionHandler } from './contract';
import { checkCollection, needCoManagement } from './preconditions';

export const setPilotCollection: ActionHandler<'set-pilot-collection'> = {
  changesAuthority: true,
  apply(state, action) {
    const check = needCoManagement(state) ?? checkCollection(state, action.collection);
    if (check) return check;
    const version = state.site.version;
    if (action.workload !== 'all') {
      const label = WORKLOAD_LABELS[action.workload];
      if (workloadIndex(action.workload) < 0) return refuse(`Unknown workload "${action.workload}".`);
      if (!passesGate('per-workload-pilot', version))
        return gated('per-workload-pilot', version, `A workload pilot collection for ${label} alone`);
      if (action.workload === 'resource-access-policies' && !passesGate('resource-access-workload', version))
        return gated('resource-access-workload', version, label);
    }
    const events: SimEvent[] = [];
    const workloads = state.settings.coManagement.workloads.map((s, k) => {
      const id = WORKLOAD_IDS[k]!;
      if (action.workload !== 'all' && action.workload !== id) return s;
      if (s.pilotCollection === action.collection) return s;
      events.push({
        type: 'setting-changed',
        at: state.clock,
        setting: `Workload pilot collection of ${WORKLOAD_LABELS[id]}`,
        from: s.pilotCollection === null ? 'None' : collectionName(state, s.pilotCollection),
        to: collectionName(state, action.collection),
      });
      return { ...s, pilotCollection: action.collection };
    });
    const settings = state.settings;
    return ok({ ...state, settings: { ...settings, coManagement: { ...settings.coManagement, workloads } } }, events);
  },
};
