/**
 * Every engine action has one home in the lab: the view where a learner takes it, the control
 * (its role and accessible name) that sets it, and, for the consoles' pending changes, the button
 * that sends it (Apply in a Configuration Manager dialog, Save in an Intune blade, OK in a
 * dialog that picks). The `satisfies` makes a new action type without a home a type error; the
 * e2e test `e2e/console-action-homes.spec.ts` walks the table and operates each control by role
 * and name, so a renamed control fails there.
 *
 * Plain data and small functions only (no Preact): a guide can build its instructions ("Cloud
 * Attach > Properties > Workloads: Compliance policies, Pilot Intune, then Apply") from the same table.
 */
import {
  AUTO_ENROLLMENT_LABELS,
  AZURE_ENVIRONMENT_LABELS,
  DEVICE_ACTION_LABELS,
  MDM_USER_SCOPE_LABELS,
  SLIDER_LABELS,
  WORKLOAD_LABELS,
  type AdminPermission,
} from '../../sim/constants';
import { collectionName } from '../../sim/collections';
import type { Action, ActionType, SimState, UploadScope } from '../../sim/types';
import type { ViewId } from '../../sim/views';

/** A control as assistive technology names it. */
export interface ControlRef {
  role: 'button' | 'radio' | 'checkbox' | 'combobox' | 'menuitem';
  name: string;
  /** The group (fieldset legend) the control sits in, when its own name repeats across groups. */
  group?: string;
  /** For a combobox: the option to choose. */
  option?: string;
  /** For a checkbox: whether the action leaves it ticked (the guide moves on to Save once it shows that). */
  checked?: boolean;
}

export interface ActionHome {
  /** The view holding the control; 'lab-bar' for the lab bar over both consoles. */
  view: ViewId | 'lab-bar';
  /** The control that sets the action's value (or sends it, when `send` is absent). */
  control: ControlRef;
  /** The button that sends a pending change: Apply, Save or OK. Absent when the control acts at once. */
  send?: ControlRef;
  /** Where the control sits inside its view, in the console's words, when the view alone does not say. */
  place?: string;
}

const APPLY: ControlRef = { role: 'button', name: 'Apply' };
const SAVE: ControlRef = { role: 'button', name: 'Save' };
const OK: ControlRef = { role: 'button', name: 'OK' };

type HomeOf = { [T in ActionType]: (action: Extract<Action, { type: T }>, state: SimState) => ActionHome };

/** The upload choice as the wizard's page and the Configure upload tab name it. */
function uploadControl(upload: UploadScope | null): ControlRef {
  if (upload === null)
    return { role: 'checkbox', name: 'Upload to Microsoft Endpoint Manager admin center', checked: false };
  if (upload === 'all')
    return { role: 'radio', name: 'All devices managed by Microsoft Endpoint Configuration Manager (recommended)' };
  return { role: 'radio', name: 'Specific Collection' };
}

const slider = (workload: keyof typeof WORKLOAD_LABELS, position: keyof typeof SLIDER_LABELS): ControlRef => ({
  role: 'radio',
  name: SLIDER_LABELS[position],
  group: WORKLOAD_LABELS[workload],
});

export const ACTION_HOMES = {
  'open-wizard': (_action, state) => ({
    view: 'cm.cloud-attach',
    control: {
      role: 'button',
      name: state.site.version >= 2107 ? 'Configure Cloud Attach' : 'Configure co-management',
    },
  }),
  'wizard-sign-in': (action) => ({
    view: 'cm.wizard',
    control: { role: 'combobox', name: 'Azure environment', option: AZURE_ENVIRONMENT_LABELS[action.environment] },
    send: { role: 'button', name: 'Sign In' },
  }),
  'wizard-set-mode': (action) => ({
    view: 'cm.wizard',
    control: {
      role: 'radio',
      name: action.mode === 'default' ? 'Use default settings (recommended)' : 'Customize settings',
    },
  }),
  'wizard-set-upload': (action) => ({
    view: 'cm.wizard',
    control: uploadControl(action.upload),
    place: 'Configure upload page',
  }),
  'wizard-set-enablement': (action) => ({
    view: 'cm.wizard',
    control: {
      role: 'radio',
      name: AUTO_ENROLLMENT_LABELS[action.autoEnrollment],
      group: 'Automatic enrollment in Intune',
    },
    place: 'Enablement page',
  }),
  'wizard-set-workload': (action) => ({
    view: 'cm.wizard',
    control: slider(action.workload, action.position),
    place: 'Workloads and Staging page',
  }),
  'wizard-next': () => ({ view: 'cm.wizard', control: { role: 'button', name: 'Next' } }),
  'wizard-finish': () => ({ view: 'cm.wizard', control: { role: 'button', name: 'Next' }, place: 'Summary page' }),
  'wizard-cancel': () => ({ view: 'cm.wizard', control: { role: 'button', name: 'Cancel' } }),
  'set-upload': (action) => ({
    view: 'cm.properties.configure-upload',
    control: uploadControl(action.upload),
    send: APPLY,
  }),
  'set-auto-enrollment': (action) => ({
    view: 'cm.properties.enablement',
    control: {
      role: 'radio',
      name: AUTO_ENROLLMENT_LABELS[action.autoEnrollment],
      group: 'Automatic enrollment in Intune',
    },
    send: APPLY,
  }),
  'set-workload': (action) => ({
    view: 'cm.properties.workloads',
    control: slider(action.workload, action.position),
    send: APPLY,
  }),
  'set-pilot-collection': (action, state) => ({
    view: 'cm.properties.staging',
    control: {
      role: 'combobox',
      name: `Workload pilot collection for ${action.workload === 'all' ? 'every workload' : WORKLOAD_LABELS[action.workload]}`,
      option: collectionName(state, action.collection),
    },
    send: APPLY,
  }),
  'add-to-collection': (action, state) => ({
    view: 'cm.devices',
    control: { role: 'menuitem', name: 'Add Selected Items to Existing Device Collection' },
    send: OK,
    place: `Select the devices, then Add Selected Items; in Select Collection choose ${collectionName(state, action.collection)}`,
  }),
  'remove-from-collection': (action, state) => ({
    view: 'cm.collections',
    control: { role: 'button', name: 'Remove from Collection' },
    place: `Select ${collectionName(state, action.collection)}, Show Members, then select the members`,
  }),
  'assign-policy': (action, state) => ({
    view: 'intune.antivirus',
    control: { role: 'combobox', name: 'Included group', option: collectionName(state, action.collection) },
    send: SAVE,
  }),
  'unassign-policy': () => ({
    view: 'intune.antivirus',
    control: { role: 'combobox', name: 'Included group', option: 'None' },
    send: SAVE,
  }),
  'set-service-connection-point': (action) => ({
    view: 'lab.environment',
    control: { role: 'checkbox', name: 'Service connection point online', checked: action.online },
  }),
  'set-administration-service': (action) => ({
    view: 'lab.environment',
    control: { role: 'checkbox', name: 'Administration service working', checked: action.working },
  }),
  'set-cloud-management-gateway': (action) => ({
    view: 'lab.environment',
    control: { role: 'checkbox', name: 'Cloud management gateway present', checked: action.present },
  }),
  'set-mdm-user-scope': (action) => ({
    view: 'intune.automatic-enrollment',
    control: { role: 'radio', name: MDM_USER_SCOPE_LABELS[action.scope], group: 'MDM user scope' },
    send: SAVE,
  }),
  'set-automatic-enrollment-configured': (action) => ({
    view: 'intune.automatic-enrollment',
    control: { role: 'button', name: action.configured ? 'Restore default MDM URLs' : 'Clear MDM URLs' },
    send: SAVE,
  }),
  'set-unlicensed-admins': (action) => ({
    view: 'intune.roles',
    control: { role: 'checkbox', name: 'Allow access to unlicensed admins', checked: action.allowed },
    send: SAVE,
  }),
  'set-co-management-settings-policy': (action) => ({
    view: 'intune.co-management-settings',
    control: { role: 'checkbox', name: 'Assigned to the Windows Autopilot devices', checked: action.targeted },
    send: SAVE,
  }),
  'set-admin-permission': (action) => {
    if (action.permission === 'fullAdministrator')
      return {
        view: 'cm.administrative-users',
        control: { role: 'checkbox', name: 'Full Administrator', checked: action.granted },
        send: APPLY,
        place: 'Properties > Security Roles',
      };
    if (action.permission === 'initiateConfigMgrAction')
      return {
        view: 'intune.roles',
        control: { role: 'checkbox', name: 'Initiate Configuration Manager action', checked: action.granted },
        send: SAVE,
      };
    return {
      view: 'lab.environment',
      control: { role: 'checkbox', name: PERMISSION_NAMES[action.permission], checked: action.granted },
    };
  },
  'set-collection-rights': (action, state) => ({
    view: 'cm.administrative-users',
    control: {
      role: 'checkbox',
      name: collectionName(state, action.collection),
      group: 'Collections',
      checked: action.granted,
    },
    send: APPLY,
    place: 'Properties > Security Scopes',
  }),
  'install-client-from-intune': () => ({
    view: 'intune.co-management-settings',
    control: { role: 'button', name: 'Install the Configuration Manager client' },
  }),
  'unenroll-device': () => ({ view: 'intune.device', control: { role: 'button', name: 'Retire' } }),
  'device-action': (action) => ({
    view: 'intune.device',
    control: { role: 'button', name: DEVICE_ACTION_LABELS[action.action] },
  }),
  'advance-time': (action) => ({
    view: 'lab-bar',
    control: { role: 'button', name: TIME_NAMES[action.minutes] ?? 'Advance 15 minutes' },
  }),
} satisfies HomeOf;

/** The lab environment's checkboxes for the admin's rights kept outside both consoles. */
const PERMISSION_NAMES: Readonly<
  Record<Exclude<AdminPermission, 'fullAdministrator' | 'initiateConfigMgrAction'>, string>
> = {
  globalAdministrator: 'Entra Global Administrator',
  intuneLicense: 'An Intune licence',
  syncedHybridIdentity: 'A synced hybrid identity in Entra ID',
  entraUserDiscovery: 'Discovered by Entra ID user discovery',
  adUserDiscovery: 'Discovered by Active Directory user discovery',
};

/** The lab bar's time buttons; other lengths are taken as several presses (the guide says how many). */
const TIME_NAMES: Readonly<Record<number, string>> = {
  15: 'Advance 15 minutes',
  60: 'Advance 1 hour',
  1440: 'Advance 1 day',
};

/** The home of one action in the state it is taken in. */
export function homeOf(action: Action, state: SimState): ActionHome {
  return (ACTION_HOMES[action.type] as (action: Action, state: SimState) => ActionHome)(action, state);
}
