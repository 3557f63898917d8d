/**
 * The prerequisites that are plainly on or off (the service connection point, the administration
 * service, a cloud management gateway, automatic enrollment, unlicensed admins, a co-management
 * settings policy): one module, as each is handled the same way, by `toggle`; only the setting,
 * its words, where it lives and the action's field differ.
 */
import type { ActionType, SimState } from '../types';
import { ok, settingChanged, type ActionHandler, type ActionOf } from './contract';

type Part = 'site' | 'tenant';
/** The yes/no settings of a part of the world. */
type Flag<P extends Part> = { [K in keyof SimState[P]]: SimState[P][K] extends boolean ? K : never }[keyof SimState[P]];
/** Where a setting lives: a part of the world and the setting's key there. */
type Place = { [P in Part]: readonly [P, Flag<P>] }[Part];
/** The action's yes/no field. */
type Wanted<T extends ActionType> = {
  [K in keyof ActionOf<T>]: ActionOf<T>[K] extends boolean ? K : never;
}[keyof ActionOf<T>];

/** A setting named `setting` in the timeline, whose values it says as `on` and `off`. */
function toggle<T extends ActionType>(
  setting: string,
  on: string,
  off: string,
  [part, key]: Place,
  field: Wanted<T>,
): ActionHandler<T> {
  return (state, action) => {
    const values = state[part] as unknown as Readonly<Record<string, boolean>>;
    const from = values[key];
    const to = action[field] as boolean;
    if (from === to) return ok(state);
    return ok({ ...state, [part]: { ...values, [key]: to } }, [
      settingChanged(state, setting, from ? on : off, to ? on : off),
    ]);
  };
}

export const setServiceConnectionPoint = toggle<'set-service-connection-point'>(
  'Service connection point',
  'Online',
  'Offline',
  ['site', 'serviceConnectionPoint'],
  'online',
);
export const setAdministrationService = toggle<'set-administration-service'>(
  'Administration service',
  'Working',
  'Not working',
  ['site', 'administrationService'],
  'working',
);
export const setCloudManagementGateway = toggle<'set-cloud-management-gateway'>(
  'Cloud management gateway',
  'Present',
  'None',
  ['site', 'cloudManagementGateway'],
  'present',
);
export const setAutomaticEnrollmentConfigured = toggle<'set-automatic-enrollment-configured'>(
  'Automatic enrollment',
  'Configured',
  'Not configured',
  ['tenant', 'automaticEnrollmentConfigured'],
  'configured',
);
export const setUnlicensedAdmins = toggle<'set-unlicensed-admins'>(
  'Allow access to unlicensed admins',
  'Yes',
  'No',
  ['tenant', 'allowUnlicensedAdmins'],
  'allowed',
);
export const setCoManagementSettingsPolicy = toggle<'set-co-management-settings-policy'>(
  'Co-management settings policy',
  'Targeted',
  'None',
  ['tenant', 'coManagementSettingsPolicy'],
  'targeted',
);
