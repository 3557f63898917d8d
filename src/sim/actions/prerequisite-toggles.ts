/**
 * The prerequisites that are plainly on or off (the service connection point, the administration
 * service, a cloud management gateway, automatic enrollment, unlicensed admins, a co-management
 * settings policy): one module, as each is handled the same way, by `toggle`; only the setting,
 * its words and where it lives differ.
 */
import type { ActionType, SimState } from '../types';
import { ok, type ActionHandler, type ActionOf } from './contract';

interface Toggle<T extends ActionType> {
  /** The setting's name and its two values, as the timeline says them. */
  setting: string;
  on: string;
  off: string;
  changesAuthority: boolean;
  /** The value the action asks for. */
  wanted(action: ActionOf<T>): boolean;
  read(state: SimState): boolean;
  write(state: SimState, value: boolean): SimState;
}

function toggle<T extends ActionType>(spec: Toggle<T>): ActionHandler<T> {
  return {
    changesAuthority: spec.changesAuthority,
    apply(state, action) {
      const from = spec.read(state);
      const to = spec.wanted(action);
      if (from === to) return ok(state);
      const words = (value: boolean) => (value ? spec.on : spec.off);
      return ok(spec.write(state, to), [{ type: 'setting-changed', at: state.clock, setting: spec.setting, from: words(from), to: words(to) }]);
    },
  };
}

export const setServiceConnectionPoint = toggle<'set-service-connection-point'>({
  setting: 'Service connection point',
  on: 'Online',
  off: 'Offline',
  changesAuthority: false,
  wanted: (action) => action.online,
  read: (state) => state.site.serviceConnectionPoint,
  write: (state, serviceConnectionPoint) => ({ ...state, site: { ...state.site, serviceConnectionPoint } }),
});

export const setAdministrationService = toggle<'set-administration-service'>({
  setting: 'Administration service',
  on: 'Working',
  off: 'Not working',
  changesAuthority: false,
  wanted: (action) => action.working,
  read: (state) => state.site.administrationService,
  write: (state, administrationService) => ({ ...state, site: { ...state.site, administrationService } }),
});

export const setCloudManagementGateway = toggle<'set-cloud-management-gateway'>({
  setting: 'Cloud management gateway',
  on: 'Present',
  off: 'None',
  changesAuthority: true,
  wanted: (action) => action.present,
  read: (state) => state.site.cloudManagementGateway,
  write: (state, cloudManagementGateway) => ({ ...state, site: { ...state.site, cloudManagementGateway } }),
});

export const setAutomaticEnrollmentConfigured = toggle<'set-automatic-enrollment-configured'>({
  setting: 'Automatic enrollment',
  on: 'Configured',
  off: 'Not configured',
  changesAuthority: true,
  wanted: (action) => action.configured,
  read: (state) => state.tenant.automaticEnrollmentConfigured,
  write: (state, automaticEnrollmentConfigured) => ({ ...state, tenant: { ...state.tenant, automaticEnrollmentConfigured } }),
});

export const setUnlicensedAdmins = toggle<'set-unlicensed-admins'>({
  setting: 'Allow access to unlicensed admins',
  on: 'Yes',
  off: 'No',
  changesAuthority: false,
  wanted: (action) => action.allowed,
  read: (state) => state.tenant.allowUnlicensedAdmins,
  write: (state, allowUnlicensedAdmins) => ({ ...state, tenant: { ...state.tenant, allowUnlicensedAdmins } }),
});

export const setCoManagementSettingsPolicy = toggle<'set-co-management-settings-policy'>({
  setting: 'Co-management settings policy',
  on: 'Targeted',
  off: 'None',
  changesAuthority: true,
  wanted: (action) => action.targeted,
  read: (state) => state.tenant.coManagementSettingsPolicy,
  write: (state, coManagementSettingsPolicy) => ({ ...state, tenant: { ...state.tenant, coManagementSettingsPolicy } }),
});
