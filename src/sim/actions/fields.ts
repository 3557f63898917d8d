/**
 * The field table: every action's share-link tag and fields, by `type` (each in
 * `src/sim/actions/<action>.fields.ts`). The share-link codec encodes and decodes actions by it,
 * and the scenario checks find an action's references with `actionReferences`. The `satisfies`
 * clause ties each key to its own action's fields, so an action without an entry is a compile
 * error, and `EveryFieldListed` fails the type check when an entry leaves out one of its action's
 * fields.
 */
import type { Action, ActionType } from '../types';
import { advanceTimeFields } from './advance-time.fields';
import { assignPolicyFields } from './assign-policy.fields';
import { addToCollectionFields, removeFromCollectionFields } from './collection-membership.fields';
import type { ActionOf } from './contract';
import { deviceActionFields } from './device-action.fields';
import type { ActionFields, FieldKind } from './field-kinds';
import { installClientFromIntuneFields } from './install-client-from-intune.fields';
import { openWizardFields } from './open-wizard.fields';
import {
  setAdministrationServiceFields,
  setAutomaticEnrollmentConfiguredFields,
  setCloudManagementGatewayFields,
  setCoManagementSettingsPolicyFields,
  setServiceConnectionPointFields,
  setUnlicensedAdminsFields,
} from './prerequisite-toggles.fields';
import { setAdminPermissionFields } from './set-admin-permission.fields';
import { setAutoEnrollmentFields } from './set-auto-enrollment.fields';
import { setCollectionRightsFields } from './set-collection-rights.fields';
import { setMdmUserScopeFields } from './set-mdm-user-scope.fields';
import { setPilotCollectionFields } from './set-pilot-collection.fields';
import { setUploadFields } from './set-upload.fields';
import { setWorkloadFields } from './set-workload.fields';
import { unassignPolicyFields } from './unassign-policy.fields';
import { unenrollDeviceFields } from './unenroll-device.fields';
import { wizardCancelFields } from './wizard-cancel.fields';
import { wizardFinishFields } from './wizard-finish.fields';
import { wizardNextFields } from './wizard-next.fields';
import { wizardSetEnablementFields } from './wizard-set-enablement.fields';
import { wizardSetModeFields } from './wizard-set-mode.fields';
import { wizardSetUploadFields } from './wizard-set-upload.fields';
import { wizardSetWorkloadFields } from './wizard-set-workload.fields';
import { wizardSignInFields } from './wizard-sign-in.fields';

export const ACTION_FIELDS = {
  'open-wizard': openWizardFields,
  'wizard-sign-in': wizardSignInFields,
  'wizard-set-mode': wizardSetModeFields,
  'wizard-set-upload': wizardSetUploadFields,
  'wizard-set-enablement': wizardSetEnablementFields,
  'wizard-set-workload': wizardSetWorkloadFields,
  'wizard-next': wizardNextFields,
  'wizard-finish': wizardFinishFields,
  'wizard-cancel': wizardCancelFields,
  'set-upload': setUploadFields,
  'set-auto-enrollment': setAutoEnrollmentFields,
  'set-workload': setWorkloadFields,
  'set-pilot-collection': setPilotCollectionFields,
  'add-to-collection': addToCollectionFields,
  'remove-from-collection': removeFromCollectionFields,
  'assign-policy': assignPolicyFields,
  'unassign-policy': unassignPolicyFields,
  'set-service-connection-point': setServiceConnectionPointFields,
  'set-administration-service': setAdministrationServiceFields,
  'set-cloud-management-gateway': setCloudManagementGatewayFields,
  'set-mdm-user-scope': setMdmUserScopeFields,
  'set-automatic-enrollment-configured': setAutomaticEnrollmentConfiguredFields,
  'set-unlicensed-admins': setUnlicensedAdminsFields,
  'set-co-management-settings-policy': setCoManagementSettingsPolicyFields,
  'set-admin-permission': setAdminPermissionFields,
  'set-collection-rights': setCollectionRightsFields,
  'install-client-from-intune': installClientFromIntuneFields,
  'unenroll-device': unenrollDeviceFields,
  'device-action': deviceActionFields,
  'advance-time': advanceTimeFields,
} satisfies { [T in ActionType]: ActionFields<T> };

// Every field of every action has its entry (a compile-time check): the fields an entry leaves out.
type Unlisted<T extends ActionType> = Exclude<
  keyof ActionOf<T>,
  'type' | (typeof ACTION_FIELDS)[T]['fields'][number][0]
>;
type Assert<T extends true> = T;
export type EveryFieldListed = Assert<[{ [T in ActionType]: Unlisted<T> }[ActionType]] extends [never] ? true : false>;

/** An entry seen from outside its action: what the codec and the checks read, for any action. */
export interface AnyActionFields {
  tag: string;
  fields: readonly (readonly [string, FieldKind])[];
}

/** The entry of `type`, or undefined for a type outside the union (only an untyped caller passes one). */
export function fieldsOf(type: ActionType): AnyActionFields | undefined {
  const table: Readonly<Record<ActionType, AnyActionFields>> = ACTION_FIELDS;
  return Object.hasOwn(table, type) ? table[type] : undefined;
}

/** Something of the scenario an action names, with the path to it inside the action. */
export interface ActionReference {
  kind: 'collection' | 'device' | 'policy';
  path: (string | number)[];
  id: string;
}

/** The collections, devices and policies an action names, in the order of its fields. */
export function actionReferences(action: Action): ActionReference[] {
  const references: ActionReference[] = [];
  const values = action as unknown as Readonly<Record<string, unknown>>;
  for (const [key, kind] of fieldsOf(action.type)?.fields ?? []) {
    const value = values[key];
    if (kind.kind === 'collection' && typeof value === 'string')
      references.push({ kind: 'collection', path: [key], id: value });
    if (kind.kind === 'upload' && typeof value === 'object' && value !== null && 'collection' in value)
      references.push({ kind: 'collection', path: [key, 'collection'], id: String(value.collection) });
    if ((kind.kind === 'device' || kind.kind === 'policy') && typeof value === 'string')
      references.push({ kind: kind.kind, path: [key], id: value });
    if (kind.kind === 'devices' && Array.isArray(value))
      value.forEach((id: unknown, k) => references.push({ kind: 'device', path: [key, k], id: String(id) }));
  }
  return references;
}
