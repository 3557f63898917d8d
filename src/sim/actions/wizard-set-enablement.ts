/** The wizard's Enablement page: Automatic enrollment in Intune and the Intune Auto Enrollment collection. */
import { ok, type ActionHandler } from './contract';
import { checkCollection, needGate, needWizard } from './preconditions';

export const wizardSetEnablement: ActionHandler<'wizard-set-enablement'> = (state, action) => {
  const wrong =
    needWizard(state, 'enablement') ??
    (action.autoEnrollment === 'none'
      ? needGate(state, 'enablement-none', 'Automatic enrollment in Intune = None')
      : null) ??
    checkCollection(state, action.collection);
  if (wrong) return wrong;
  const wizard = {
    ...state.wizard!,
    autoEnrollment: action.autoEnrollment,
    autoEnrollmentCollection: action.collection,
  };
  return ok({ ...state, wizard });
};
