/** Properties > Enablement tab: Automatic enrollment in Intune and the Intune Auto Enrollment collection. */
import { passesGate } from '../constants';
import { enablementLabel } from '../labels';
import { gated, ok, refuse, type ActionHandler } from './contract';
import { checkCollection, needCloudAttach } from './preconditions';

export const setAutoEnrollment: ActionHandler<'set-auto-enrollment'> = {
  changesAuthority: true,
  apply(state, action) {
    const missing = needCloudAttach(state);
    if (missing) return missing;
    const version = state.site.version;
    const current = state.settings.coManagement;
    if (action.autoEnrollment === 'none' && current.autoEnrollment !== 'none')
      // fact sheet silent on turning co-management off again; the engine does not simulate it.
      return refuse(
        'Setting Automatic enrollment in Intune back to None is not simulated: enrolled devices stay co-managed ' +
          '(offboarding co-management is out of scope).',
      );
    if (action.autoEnrollment === 'none' && !passesGate('enablement-none', version))
      return gated('enablement-none', version, 'Automatic enrollment in Intune = None');
    const unknown = checkCollection(state, action.collection);
    if (unknown) return unknown;
    if (action.autoEnrollment === 'pilot' && action.collection === null)
      return refuse('Automatic enrollment in Intune = Pilot needs the Intune Auto Enrollment collection.');
    const coManagement = {
      ...current,
      autoEnrollment: action.autoEnrollment,
      autoEnrollmentCollection: action.autoEnrollment === 'pilot' ? action.collection : current.autoEnrollmentCollection,
    };
    const next = { ...state, settings: { ...state.settings, coManagement } };
    const from = enablementLabel(state);
    const to = enablementLabel(next);
    return ok(next, from === to ? [] : [{ type: 'setting-changed', at: state.clock, setting: 'Automatic enrollment in Intune', from, to }]);
  },
};
