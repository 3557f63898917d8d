import { BOOL, type ActionFields } from './field-kinds';

export const setServiceConnectionPointFields = {
  tag: 'scp',
  fields: [['online', BOOL]],
} as const satisfies ActionFields<'set-service-connection-point'>;

export const setAdministrationServiceFields = {
  tag: 'as',
  fields: [['working', BOOL]],
} as const satisfies ActionFields<'set-administration-service'>;

export const setCloudManagementGatewayFields = {
  tag: 'g',
  fields: [['present', BOOL]],
} as const satisfies ActionFields<'set-cloud-management-gateway'>;

export const setAutomaticEnrollmentConfiguredFields = {
  tag: 'ac',
  fields: [['configured', BOOL]],
} as const satisfies ActionFields<'set-automatic-enrollment-configured'>;

export const setUnlicensedAdminsFields = {
  tag: 'ul',
  fields: [['allowed', BOOL]],
} as const satisfies ActionFields<'set-unlicensed-admins'>;

export const setCoManagementSettingsPolicyFields = {
  tag: 'cs',
  fields: [['targeted', BOOL]],
} as const satisfies ActionFields<'set-co-management-settings-policy'>;
