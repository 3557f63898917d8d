/** The wizard's Summary page: Finish applies every choice and closes the wizard. */
import { AZURE_ENVIRONMENT_LABELS, passesGate, SLIDER_LABELS, WORKLOAD_IDS, WORKLOAD_LABELS } from '../constants';
import { nextCycleAfter } from '../enrollment';
import { enablementLabel } from '../labels';
import type { SimEvent, SimState } from '../types';
import { ok, settingChanged, type ActionHandler } from './contract';
import { needWizard } from './preconditions';
import { uploadLabel } from './set-upload';

export const wizardFinish: ActionHandler<'wizard-finish'> = (state) => {
  const wrong = needWizard(state, 'summary');
  if (wrong) return wrong;
  const version = state.site.version;
  const at = state.clock;
  const w = state.wizard!;
  const upload = passesGate('tenant-attach', version) ? w.upload : null;
  const coManagement = {
    autoEnrollment: w.autoEnrollment,
    autoEnrollmentCollection: w.autoEnrollment === 'pilot' ? w.autoEnrollmentCollection : null,
    // Rule 2: the 2111+ wizard always leaves every workload at Configuration Manager.
    workloads: version >= 2111 || w.autoEnrollment === 'none' ? state.settings.coManagement.workloads : w.workloads,
  };
  const environment = w.environment ?? 'public';
  const next: SimState = {
    ...state,
    wizard: null,
    settings: {
      cloudAttach: { environment, upload, endpointAnalytics: w.endpointAnalytics, offboarded: false },
      coManagement,
    },
    upload: upload !== null ? { ...state.upload, nextCycleAt: nextCycleAfter(at), pending: null } : state.upload,
  };
  const cloud = AZURE_ENVIRONMENT_LABELS[environment];
  const registered = `Created the Entra app registration and service principal for the ${cloud} tenant`;
  const events: SimEvent[] = [
    { type: 'app-registered', at, text: registered },
    settingChanged(state, 'Upload to the admin center', 'Off', uploadLabel(state, upload)),
    settingChanged(state, 'Endpoint analytics', 'Off', w.endpointAnalytics ? 'On' : 'Off'),
    settingChanged(state, 'Automatic enrollment in Intune', 'None', enablementLabel(next)),
  ];
  coManagement.workloads.forEach((s, k) => {
    if (s.position === 'configmgr') return;
    events.push(
      settingChanged(state, WORKLOAD_LABELS[WORKLOAD_IDS[k]!], SLIDER_LABELS.configmgr, SLIDER_LABELS[s.position]),
    );
  });
  return ok(next, events);
};
