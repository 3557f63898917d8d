/**
 * Intune installs the Configuration Manager client on enrolled devices without it: through the
 * co-management settings policy when one is targeted, else as an app.
 */
import { mdmEnrolled } from '../derive';
import { isWindowsClientOs } from '../enrollment-table';
import { ok, refuse, type ActionHandler } from './contract';
import { needCoManagement } from './preconditions';

export const installClientFromIntune: ActionHandler<'install-client-from-intune'> = (state) => {
  const missing = needCoManagement(state);
  if (missing) return missing;
  // fact sheet silent on timing and targets: the engine installs the client at once on every
  // Intune-enrolled Windows 10/11 device without it, and requires a CMG (the command line needs
  // one, 4.2). With a targeted co-management settings policy (tenant.coManagementSettingsPolicy)
  // the policy installs the client as a first-party app and the workloads follow the sliders;
  // without one the client comes as an app (the legacy line-of-business route), and a Windows 11
  // Autopilot device keeps Intune for every workload (authority.ts autopilotKeepsIntune).
  if (!state.site.cloudManagementGateway)
    return refuse(
      'There is no cloud management gateway: the Enablement tab shows the client command line for internet-based ' +
        'devices only once one exists, and the devices download the client from it.',
    );
  let count = 0;
  const devices = state.devices.map((d) => {
    if (d.client || !mdmEnrolled(d) || !isWindowsClientOs(d)) return d;
    count++;
    return { ...d, client: true };
  });
  if (count === 0) return refuse('No device enrolled in Intune lacks the Configuration Manager client.');
  return ok({ ...state, devices }, [{ type: 'client-installed', at: state.clock, count }]);
};
