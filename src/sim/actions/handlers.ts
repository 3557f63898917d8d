/**
 * The handler of every action, by `type`. The `satisfies` clause ties each key to the handler of
 * its own action, so an action without a handler is a compile error; `step()` dispatches any
 * action through it. Each handler is in `src/sim/actions/<action>.ts` (a few families of
 * actions handled alike share one module, which says why).
 */
// Named imports, not `import * as`: a namespace object per module would ship in the step code.
import { advanceTime } from './advance-time';
import { assignPolicy } from './assign-policy';
import { addToCollection, removeFromCollection } from './collection-membership';
import type { ActionHandler } from './contract';
import { deviceAction } from './device-action';
import { installClientFromIntune } from './install-client-from-intune';
import { openWizard } from './open-wizard';
import {
  setAdministrationService,
  setAutomaticEnrollmentConfigured,
  setCloudManagementGateway,
  setCoManagementSettingsPolicy,
  setServiceConnectionPoint,
  setUnlicensedAdmins,
} from './prerequisite-toggles';
import { setAdminPermission } from './set-admin-permission';
import { setAutoEnrollment } from './set-auto-enrollment';
import { setCollectionRights } from './set-collection-rights';
import { setMdmUserScope } from './set-mdm-user-scope';
import { setPilotCollection } from './set-pilot-collection';
import { setUpload } from './set-upload';
import { setWorkload } from './set-workload';
import { unassignPolicy } from './unassign-policy';
import { unenrollDevice } from './unenroll-device';
import { wizardCancel } from './wizard-cancel';
import { wizardFinish } from './wizard-finish';
import { wizardNext } from './wizard-next';
import { wizardSetEnablement } from './wizard-set-enablement';
import { wizardSetMode } from './wizard-set-mode';
import { wizardSetUpload } from './wizard-set-upload';
import { wizardSetWorkload } from './wizard-set-workload';
import { wizardSignIn } from './wizard-sign-in';
import type { ActionType } from '../types';

export const HANDLERS = {
  'open-wizard': openWizard,
  'wizard-sign-in': wizardSignIn,
  'wizard-set-mode': wizardSetMode,
  'wizard-set-upload': wizardSetUpload,
  'wizard-set-enablement': wizardSetEnablement,
  'wizard-set-workload': wizardSetWorkload,
  'wizard-next': wizardNext,
  'wizard-finish': wizardFinish,
  'wizard-cancel': wizardCancel,
  'set-upload': setUpload,
  'set-auto-enrollment': setAutoEnrollment,
  'set-workload': setWorkload,
  'set-pilot-collection': setPilotCollection,
  'add-to-collection': addToCollection,
  'remove-from-collection': removeFromCollection,
  'assign-policy': assignPolicy,
  'unassign-policy': unassignPolicy,
  'set-service-connection-point': setServiceConnectionPoint,
  'set-administration-service': setAdministrationService,
  'set-cloud-management-gateway': setCloudManagementGateway,
  'set-mdm-user-scope': setMdmUserScope,
  'set-automatic-enrollment-configured': setAutomaticEnrollmentConfigured,
  'set-unlicensed-admins': setUnlicensedAdmins,
  'set-co-management-settings-policy': setCoManagementSettingsPolicy,
  'set-admin-permission': setAdminPermission,
  'set-collection-rights': setCollectionRights,
  'install-client-from-intune': installClientFromIntune,
  'unenroll-device': unenrollDevice,
  'device-action': deviceAction,
  'advance-time': advanceTime,
} satisfies { [T in ActionType]: ActionHandler<T> };
