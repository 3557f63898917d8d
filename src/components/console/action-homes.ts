/**
 * Every engine action has one home in the lab: the view where a learner takes it, the real
 * console's path to that view, and the control (its role and accessible name) that sends it.
 * The `satisfies` makes a new action type without a home a type error; an e2e test walks the
 * table and operates each control by role and name, so a renamed control fails there.
 *
 * Plain data and small functions only (no Preact): the guide of a later issue builds its
 * instructions ("Administration > Cloud Services > Cloud Attach > Properties > Workloads: move
 * Compliance policies to Pilot Intune") from the same table.
 */
import { type AdminPermission, AUTO_ENROLLMENT_LABELS, AZURE_ENVIRONMENT_LABELS, DEVICE_ACTION_LABELS, MDM_USER_SCOPE_LABELS, SLIDER_LABELS, WORKLOAD_LABELS } from '../../sim/constants';
import type { Action, ActionType } from '../../sim/types';
import type { ViewId } from '../../sim/views';

/** A control as assistive technology names it. */
export interface ControlRef {
  role: 'button' | 'radio' | 'checkbox' | 'combobox' | 'switch' | 'tab' | 'menuitem';
  name: string;
  /** The group (fieldset legend or radiogroup name) the control sits in, when its own name repeats. */
  group?: string;
}

export interface ActionHome {
  /** The view holding the control; 'lab-bar' for the lab bar over both consoles. */
  view: ViewId | 'lab-bar';
  /** The control that sends the action. */
  control: ControlRef;
  /** The value the action sets, in the console's words (what a guide says to choose), if any. */
  value?: string;
}

type HomeOf = { [T in ActionType]: (action: Extract<Action, { type: T }>) => ActionHome };

const onOff = (on: boolean) => (on ? 'On' : 'Off');

export const ACTION_HOMES = {
  'open-wizard': () => ({ view: 'cm.cloud-attach', control: { role: 'button', name: 'Configure Cloud Attach' } }),
  'wizard-sign-in': (action) => ({ view: 'cm.wizard', control: { role: 'button', name: 'Sign In' }, value: AZURE_ENVIRONMENT_LABELS[action.environment] }),
  'wizard-set-mode': (action) => ({
    view: 'cm.wizard',
    control: { role: 'radio', name: action.mode === 'default' ? 'Use default settings (recommended)' : 'Customize settings' },
  }),
  'wizard-set-upload': (action) => ({
    view: 'cm.wizard',
    control: { role: 'checkbox', name: 'Upload to Microsoft Endpoint Manager admin center' },
    value: action.upload === null ? 'Off' : action.upload === 'all' ? 'All my devices managed by Microsoft Endpoint Configuration Manager' : 'Specific collection',
  }),
  'wizard-set-enablement': (action) => ({
    view: 'cm.wizard',
    control: { role: 'radio', name: AUTO_ENROLLMENT_LABELS[action.autoEnrollment], group: 'Automatic enrollment in Intune' },
  }),
  'wizard-set-workload': (action) => ({
    view: 'cm.wizard',
    control: { role: 'radio', name: SLIDER_LABELS[action.position], group: WORKLOAD_LABELS[action.workload] },
  }),
  'wizard-next': () => ({ view: 'cm.wizard', control: { role: 'button', name: 'Next' } }),
  'wizard-finish': () => ({ view: 'cm.wizard', control: { role: 'button', name: 'Close' } }),
  'wizard-cancel': () => ({ view: 'cm.wizard', control: { role: 'button', name: 'Cancel' } }),
  'set-upload': (action) => ({
    view: 'cm.properties.configure-upload',
    control: { role: 'checkbox', name: 'Upload to Microsoft Endpoint Manager admin center' },
    value: action.upload === null ? 'Off' : action.upload === 'all' ? 'All my devices managed by Microsoft Endpoint Configuration Manager' : 'Specific collection',
  }),
  'set-auto-enrollment': (action) => ({
    view: 'cm.properties.enablement',
    control: { role: 'radio', name: AUTO_ENROLLMENT_LABELS[action.autoEnrollment], group: 'Automatic enrollment in Intune' },
  }),
  'set-workload': (action) => ({
    view: 'cm.properties.workloads',
    control: { role: 'radio', name: SLIDER_LABELS[action.position], group: WORKLOAD_LABELS[action.workload] },
  }),
  'set-pilot-collection': (action) => ({
    view: 'cm.properties.staging',
    control: { role: 'combobox', name: `Workload pilot collection for ${action.workload === 'all' ? 'every workload' : WORKLOAD_LABELS[action.workload]}` },
  }),
  'add-to-collection': () => ({ view: 'cm.devices', control: { role: 'button', name: 'Add Selected Items to Existing Device Collection' } }),
  'remove-from-collection': () => ({ view: 'cm.collections', control: { role: 'button', name: 'Remove from Collection' } }),
  'assign-policy': () => ({ view: 'intune.antivirus', control: { role: 'button', name: 'Assign' } }),
  'unassign-policy': () => ({ view: 'intune.antivirus', control: { role: 'button', name: 'Remove assignment' } }),
  'set-service-connection-point': (action) => ({ view: 'lab.environment', control: { role: 'checkbox', name: 'Service connection point online' }, value: onOff(action.online) }),
  'set-administration-service': (action) => ({ view: 'lab.environment', control: { role: 'checkbox', name: 'Administration service working' }, value: onOff(action.working) }),
  'set-cloud-management-gateway': (action) => ({ view: 'lab.environment', control: { role: 'checkbox', name: 'Cloud management gateway' }, value: onOff(action.present) }),
  'set-mdm-user-scope': (action) => ({ view: 'intune.automatic-enrollment', control: { role: 'radio', name: MDM_USER_SCOPE_LABELS[action.scope], group: 'MDM user scope' } }),
  'set-automatic-enrollment-configured': (action) => ({
    view: 'intune.automatic-enrollment',
    control: { role: 'checkbox', name: 'Microsoft Intune MDM app configured' },
    value: onOff(action.configured),
  }),
  'set-unlicensed-admins': (action) => ({ view: 'intune.roles', control: { role: 'checkbox', name: 'Allow access to unlicensed admins' }, value: onOff(action.allowed) }),
  'set-co-management-settings-policy': (action) => ({
    view: 'intune.co-management-settings',
    control: { role: 'checkbox', name: 'Assigned to the Windows Autopilot devices' },
    value: onOff(action.targeted),
  }),
  'set-admin-permission': (action) =>
    action.permission === 'fullAdministrator'
      ? { view: 'cm.administrative-users', control: { role: 'checkbox', name: 'Full Administrator' }, value: onOff(action.granted) }
      : action.permission === 'initiateConfigMgrAction'
        ? { view: 'intune.roles', control: { role: 'checkbox', name: 'Initiate Configuration Manager action' }, value: onOff(action.granted) }
        : { view: 'lab.environment', control: { role: 'checkbox', name: PERMISSION_NAMES[action.permission] }, value: onOff(action.granted) },
  'set-collection-rights': (action) => ({ view: 'cm.administrative-users', control: { role: 'checkbox', name: action.collection }, value: onOff(action.granted) }),
  'install-client-from-intune': () => ({ view: 'intune.co-management-settings', control: { role: 'button', name: 'Install the Configuration Manager client' } }),
  'unenroll-device': () => ({ view: 'intune.device', control: { role: 'button', name: 'Retire' } }),
  'device-action': (action) => ({ view: 'intune.device', control: { role: 'button', name: DEVICE_ACTION_LABELS[action.action] } }),
  'advance-time': (action) => ({ view: 'lab-bar', control: { role: 'button', name: TIME_NAMES[action.minutes] ?? 'Advance 15 minutes' } }),
} satisfies HomeOf;

/** The lab environment's controls for the admin's rights kept outside both consoles. */
const PERMISSION_NAMES: Readonly<Record<Exclude<AdminPermission, 'fullAdministrator' | 'initiateConfigMgrAction'>, string>> = {
  globalAdministrator: 'Global Administrator',
  intuneLicense: 'Intune licence',
  syncedHybridIdentity: 'Synced hybrid identity',
  entraUserDiscovery: 'Entra ID user discovery',
  adUserDiscovery: 'Active Directory user discovery',
};

const TIME_NAMES: Readonly<Record<number, string>> = { 15: 'Advance 15 minutes', 60: 'Advance 1 hour', 1440: 'Advance 1 day' };

/** The home of one action. */
export function homeOf(action: Action): ActionHome {
  return (ACTION_HOMES[action.type] as (action: Action) => ActionHome)(action);
}
