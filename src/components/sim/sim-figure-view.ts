/**
 * Where a scenario's lab opens (its `opensAt` view), for the lab's static figure
 * (SimulatorFigure.astro): which kind of table the figure shows for it, and the view's name as the
 * consoles' navigation says it.
 */
import { wizardName } from '../../sim/labels';
import { WINDOW_NAMES, windowOf, type ViewId } from '../../sim/views';
import { coMgmtNode } from '../console/cm/parts';

export type FigureKind = 'dashboard' | 'workloads' | 'environment' | 'cloud-attach' | 'devices';

/** Which table the figure shows for the view (SimulatorFigure.astro says what each shows). */
export const figureKind = (view: ViewId): FigureKind =>
  view === 'cm.dashboard'
    ? 'dashboard'
    : view === 'lab.authority-map' || view === 'cm.properties.workloads' || view === 'cm.properties.staging'
      ? 'workloads'
      : view === 'lab.environment'
        ? 'environment'
        : view === 'cm.cloud-attach' || view === 'cm.wizard' || view.startsWith('cm.properties.')
          ? 'cloud-attach'
          : 'devices';

/** The view's window and place, e.g. "Configuration Manager console: Assets and Compliance > Devices". */
export function whereInLab(view: ViewId, version: number): string {
  const VIEW_NAMES: Readonly<Record<ViewId, string>> = {
    'cm.devices': 'Assets and Compliance > Devices',
    'cm.collections': 'Assets and Compliance > Device Collections',
    'cm.dashboard': `Monitoring > ${coMgmtNode(version)}`,
    'cm.cloud-attach': `Administration > Cloud Services > ${coMgmtNode(version)}`,
    'cm.wizard': wizardName(version),
    'cm.properties.configure-upload': 'CoMgmtSettingsProd Properties: Configure upload',
    'cm.properties.enablement': 'CoMgmtSettingsProd Properties: Enablement',
    'cm.properties.workloads': 'CoMgmtSettingsProd Properties: Workloads',
    'cm.properties.staging': 'CoMgmtSettingsProd Properties: Staging',
    'cm.administrative-users': 'Administration > Security > Administrative Users',
    'intune.home': 'Home',
    'intune.devices': 'Devices > All devices',
    'intune.device': 'Devices > All devices > a device',
    'intune.antivirus': 'Endpoint security > Antivirus',
    'intune.automatic-enrollment': 'Devices > Enrollment > Windows > Automatic Enrollment',
    'intune.co-management-settings': 'Devices > Enrollment > Windows > Co-management settings',
    'intune.roles': 'Tenant administration > Roles',
    'intune.connectors': 'Tenant administration > Connectors and tokens > Microsoft Endpoint Configuration Manager',
    'lab.authority-map': 'Authority map',
    'lab.environment': 'Lab environment',
  };
  return `${WINDOW_NAMES[windowOf(view)]}: ${VIEW_NAMES[view]}`;
}
