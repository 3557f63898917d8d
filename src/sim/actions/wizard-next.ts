/** Next: the wizard's following page, which depends on the site's version and the choices made so far. */
import { passesGate } from '../constants';
import { wizardPageTitle } from '../labels';
import type { WizardPage } from '../types';
import { ok, refuse, type ActionHandler } from './contract';
import { wizardNotOpen } from './preconditions';

export const wizardNext: ActionHandler<'wizard-next'> = (state) => {
  const wizard = state.wizard;
  if (!wizard) return wizardNotOpen(state);
  const version = state.site.version;
  let page: WizardPage;
  let w = wizard;
  switch (wizard.page) {
    case 'cloud-attach':
      if (wizard.environment === null)
        return refuse('Sign In first: the Cloud attach page needs an Entra Global Administrator sign-in.');
      // Fact sheet 2.6, 3.3, rule 14: onboarding creates an app registration and a service
      // principal in the tenant (the prompt that follows this page), which needs a Global Administrator.
      if (!state.admin.globalAdministrator)
        return refuse(
          'Onboarding needs an Entra Global Administrator (it creates an app registration and a service principal); ' +
            `${state.admin.name} is not one.`,
        );
      if (version >= 2111 && wizard.mode === 'default') {
        // Default settings: upload all devices, Endpoint analytics, Automatic enrollment = All,
        // workloads at Configuration Manager.
        const china = wizard.environment === 'china';
        w = {
          ...w,
          upload: china ? null : 'all',
          endpointAnalytics: !china,
          autoEnrollment: 'all',
          autoEnrollmentCollection: null,
        };
        page = 'summary';
      } else page = passesGate('tenant-attach', version) ? 'configure-upload' : 'enablement';
      break;
    case 'configure-upload':
      page = 'enablement';
      break;
    case 'enablement':
      // UNCONFIRMED simplification: before 2111 the Enablement page appears only when
      // "Enable automatic client enrollment for co-management" is ticked (4.1); the engine always
      // shows it and None stands for the unticked box.
      if (wizard.autoEnrollment === 'pilot' && wizard.autoEnrollmentCollection === null)
        return refuse('Automatic enrollment in Intune = Pilot needs the Intune Auto Enrollment collection (Browse).');
      page = version < 2111 && wizard.autoEnrollment !== 'none' ? 'workloads' : 'summary';
      break;
    case 'workloads':
      page = 'summary';
      break;
    case 'summary':
      return refuse('This is the Summary page: choose Finish.');
  }
  return ok({ ...state, wizard: { ...w, page } }, [
    { type: 'wizard-page', at: state.clock, page, title: wizardPageTitle(version, page) },
  ]);
};
