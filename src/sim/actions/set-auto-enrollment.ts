/** Properties > Enablement tab: Automatic enrollment in Intune and the Intune Auto Enrollment collection. */
import { enablementLabel } from '../labels';
import { ok, refuse, settingChanged, type ActionHandler } from './contract';
import { checkCollection, needCloudAttach, needGate } from './preconditions';

export const setAutoEnrollment: ActionHandler<'set-auto-enrollment'> = (state, action) => {
  const missing = needCloudAttach(state);
  if (missing) return missing;
  const current = state.settings.coManagement;
  if (action.autoEnrollment === 'none' && current.autoEnrollment !== 'none')
    // fact sheet silent on turning co-management off again; the engine does not simulate it.
    return refuse(
      'Setting Automatic enrollment in Intune back to None is not simulated: enrolled devices stay co-managed ' +
        '(offboarding co-management is out of scope).',
    );
  const wrong =
    (action.autoEnrollment === 'none'
      ? needGate(state, 'enablement-none', 'Automatic enrollment in Intune = None')
      : null) ?? checkCollection(state, action.collection);
  if (wrong) return wrong;
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
  return ok(next, from === to ? [] : [settingChanged(state, 'Automatic enrollment in Intune', from, to)]);
};
