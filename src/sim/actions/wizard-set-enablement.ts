/** The wizard's Enablement page: Automatic enrollment in Intune and the Intune Auto Enrollment collection. */
import { passesGate } from '../constants';
import { gated, ok, type ActionHandler } from './contract';
import { checkCollection, needWizard } from './preconditions';

export const wizardSetEnablement: ActionHandler<'wizard-set-enablement'> = {
  changesAuthority: false,
  apply(state, action) {
    const version = state.site.version;
    const wrong = needWizard(state, 'enablement');
    if (wrong) return wrong;
    if (action.autoEnrollment === 'none' && !passesGate('enablement-none', version))
      return gated('enablement-none', version, 'Automatic enrollment in Intune = None');
    const unknown = checkCollection(state, action.collection);
    if (unknown) return unknown;
    const wizard = { ...state.wizard!, autoEnrollment: action.autoEnrollment, autoEnrollmentCollection: action.collection };
    return ok({ ...state, wizard });
  },
};
