/** The wizard's Cloud attach page: choose the Azure environment and Sign In as the acting admin. */
import { ok, refuse, type ActionHandler } from './contract';
import { needGate, needWizard } from './preconditions';

export const wizardSignIn: ActionHandler<'wizard-sign-in'> = (state, action) => {
  const wrong =
    needWizard(state, 'cloud-attach') ??
    (action.environment === 'us-government'
      ? needGate(state, 'us-government-cloud', 'Azure US Government Cloud')
      : null);
  if (wrong) return wrong;
  const a = state.admin;
  // Fact sheet 2.1: the tenant needs an Intune subscription (at least one Intune licence);
  // fact sheet silent on the message the wizard shows then.
  if (!state.tenant.intuneLicenses)
    return refuse('Sign-in failed: the tenant has no Intune subscription (buy at least one Intune licence).');
  // Fact sheet 2.1 (corrected): the sign-in fails only where the tenant does not allow
  // unlicensed admins (on by default since mid-2020) and the admin has no Intune licence.
  if (!a.intuneLicense && !state.tenant.allowUnlicensedAdmins)
    return refuse(
      `Sign-in failed: "An unanticipated error occurred." ${a.name} has no Intune licence, ` +
        'and "Allow access to unlicensed admins" is off.',
    );
  const china = action.environment === 'china';
  const wizard = { ...state.wizard!, environment: action.environment };
  return ok(
    { ...state, wizard: china ? { ...wizard, mode: 'default', upload: null, endpointAnalytics: false } : wizard },
    [{ type: 'signed-in', at: state.clock, admin: a.name, environment: action.environment }],
  );
};
