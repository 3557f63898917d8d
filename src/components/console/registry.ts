/**
 * Where each view's and each window frame's code lives: loaded on first use, once per page. The
 * `satisfies` makes a view id without code (or code for an unknown id) a type error.
 */
import type { ViewId, WindowId } from '../../sim/views';
import type { ViewDefinition, WindowFrame } from './types';

type Loader<T> = () => Promise<{ default: T }>;

export const VIEW_LOADERS = {
  'cm.devices': () => import('./cm/devices'),
  'cm.collections': () => import('./cm/collections'),
  'cm.dashboard': () => import('./cm/dashboard'),
  'cm.cloud-attach': () => import('./cm/cloud-attach'),
  'cm.wizard': () => import('./cm/wizard'),
  'cm.properties.configure-upload': () => import('./cm/properties'),
  'cm.properties.enablement': () => import('./cm/properties'),
  'cm.properties.workloads': () => import('./cm/properties'),
  'cm.properties.staging': () => import('./cm/properties'),
  'cm.administrative-users': () => import('./cm/administrative-users'),
  'intune.home': () => import('./intune/home'),
  'intune.devices': () => import('./intune/devices'),
  'intune.device': () => import('./intune/device'),
  'intune.antivirus': () => import('./intune/antivirus'),
  'intune.automatic-enrollment': () => import('./intune/automatic-enrollment'),
  'intune.co-management-settings': () => import('./intune/co-management-settings'),
  'intune.roles': () => import('./intune/roles'),
  'intune.connectors': () => import('./intune/connectors'),
  'lab.authority-map': () => import('./lab/authority-map'),
  'lab.environment': () => import('./lab/environment'),
} satisfies Record<ViewId, Loader<ViewDefinition>>;

export const FRAME_LOADERS = {
  cm: () => import('./cm/CmFrame'),
  intune: () => import('./intune/IntuneFrame'),
  lab: () => import('./lab/LabFrame'),
} satisfies Record<WindowId, Loader<WindowFrame>>;
