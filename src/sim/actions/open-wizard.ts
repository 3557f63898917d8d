/** Administration > Cloud Services > Cloud Attach > Configure Cloud Attach: opens the wizard on its first page. */
import { ADMIN_PERMISSION_LABELS, passesGate, WORKLOAD_IDS } from '../constants';
import { wizardName, wizardPageTitle } from '../labels';
import type { WizardState } from '../types';
import { ok, refuse, type ActionHandler } from './contract';

export const openWizard: ActionHandler<'open-wizard'> = (state) => {
  const version = state.site.version;
  if (state.wizard) return refuse(`The ${wizardName(version)} is already open.`);
  if (state.settings.cloudAttach !== null)
    return refuse(
      'Cloud attach is already configured: change it in the Properties of the co-management object ' +
        '(CoMgmtSettingsProd).',
    );
  if (!state.admin.fullAdministrator)
    return refuse(
      `${state.admin.name} cannot configure cloud attach: it needs ${ADMIN_PERMISSION_LABELS.fullAdministrator}.`,
    );
  const wizard: WizardState = {
    page: 'cloud-attach',
    environment: null,
    mode: version >= 2111 ? 'default' : 'customize',
    upload: passesGate('tenant-attach', version) ? 'all' : null,
    endpointAnalytics: passesGate('tenant-attach', version),
    // fact sheet silent on the Enablement page's preselected choice; the engine starts at All,
    // the value of the default settings.
    autoEnrollment: 'all',
    autoEnrollmentCollection: null,
    workloads: WORKLOAD_IDS.map(() => ({ position: 'configmgr', pilotCollection: null })),
  };
  const title = wizardPageTitle(version, 'cloud-attach');
  return ok({ ...state, wizard }, [{ type: 'wizard-page', at: state.clock, page: 'cloud-attach', title }]);
};
