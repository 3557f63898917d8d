/**
 * What the lab environment view lists (lab/environment.tsx draws it): the prerequisites outside
 * both consoles, grouped as the view shows them (the tenant, the acting administrator, the site),
 * each with its status, what that means, where an administrator really changes it, and the
 * control that changes it in this lab. Kept apart from the view: these are the lab's facts, and
 * the tests read them without drawing anything.
 */
import { ADMIN_PERMISSION_LABELS, type AdminPermission } from '../../../sim/constants';
import type { Action, SimState } from '../../../sim/types';
import type { ViewId } from '../../../sim/views';

type Status = 'Met' | 'Not met' | 'Not needed (no internet-based clients)' | 'Not needed (unlicensed admins allowed)';

export interface Item {
  key: string;
  name: string;
  status: Status;
  /** What the status means here, in a sentence. */
  text: string;
  /** The real place an administrator changes it. */
  where: string;
  /** The engine action a checkbox sends, with the checkbox's label; or a console view that owns it. */
  control?: { label: string; checked: boolean; action(on: boolean): Action } | { opens: ViewId; label: string };
}

const cap = (text: string) => text[0]!.toUpperCase() + text.slice(1);
const met = (ok: boolean): Status => (ok ? 'Met' : 'Not met');

/** Internet-based devices: with the Configuration Manager client, and without it (path 2). */
export function internetDevices(state: SimState): { clients: number; withoutClient: number } {
  let clients = 0;
  let withoutClient = 0;
  for (const device of state.devices) if (device.internet) device.client ? clients++ : withoutClient++;
  return { clients, withoutClient };
}

/**
 * The cloud management gateway's status: "Not needed" when no device lives on the internet.
 * Internet-based clients reach their site through it, and devices without the client get it
 * through it (the client command line needs one).
 */
export function gatewayStatus(state: SimState): Status {
  const { clients, withoutClient } = internetDevices(state);
  if (clients + withoutClient === 0) return 'Not needed (no internet-based clients)';
  return met(state.site.cloudManagementGateway);
}

/** Checkbox names: the admin permission labels, the synced identity's without brackets (the action-homes table's name). */
const permissionLabel = (key: AdminPermission) =>
  key === 'syncedHybridIdentity' ? 'A synced hybrid identity in Entra ID' : cap(ADMIN_PERMISSION_LABELS[key]);

const permission = (state: SimState, key: AdminPermission) => ({
  label: permissionLabel(key),
  checked: state.admin[key],
  action: (granted: boolean): Action => ({ type: 'set-admin-permission', permission: key, granted }),
});

export function tenantItems(state: SimState): Item[] {
  const { tenant } = state;
  return [
    {
      key: 'entra-id-p1',
      name: 'Entra ID P1 or P2 licences',
      status: met(tenant.entraIdP1),
      text: tenant.entraIdP1
        ? 'The tenant has them: automatic MDM enrollment is an Entra ID Premium feature.'
        : 'The tenant has none, so automatic MDM enrollment is not available. This lab does not change licences.',
      where:
        'Microsoft 365 admin center: Billing > Your products (bought with Entra ID P1, EMS or Microsoft 365 E3/E5)',
    },
    {
      key: 'intune-licences',
      name: 'Intune licences (subscription)',
      status: met(tenant.intuneLicenses),
      text: tenant.intuneLicenses
        ? 'The tenant has an Intune subscription.'
        : 'The tenant has no Intune subscription: buy at least one Intune licence. This lab does not change licences.',
      where:
        'Microsoft 365 admin center: Billing > Your products; Intune admin center: Tenant administration > Tenant status',
    },
    {
      key: 'automatic-enrollment',
      name: 'Automatic enrollment (Microsoft Intune MDM app in Entra ID)',
      status: met(tenant.automaticEnrollmentConfigured),
      text: tenant.automaticEnrollmentConfigured
        ? 'Configured, with its MDM URLs.'
        : 'Not configured: every enrollment Configuration Manager starts fails with 0x8000FFFF.',
      where: 'Intune admin center: Devices > Device onboarding > Enrollment > Windows > Automatic Enrollment',
      control: { opens: 'intune.automatic-enrollment', label: 'Open Automatic Enrollment' },
    },
  ];
}

export function adminItems(state: SimState): Item[] {
  const { admin, tenant } = state;
  const licenceNeeded = !tenant.allowUnlicensedAdmins;
  return [
    {
      key: 'global-administrator',
      name: 'Global Administrator role',
      status: met(admin.globalAdministrator),
      text: 'Onboarding (the wizard, or turning the upload on) creates an app registration and a service principal in the tenant: it needs an Entra Global Administrator.',
      where: 'Microsoft Entra admin center: Roles & admins > Global Administrator > Add assignments',
      control: permission(state, 'globalAdministrator'),
    },
    {
      key: 'intune-licence',
      name: "The admin's Intune licence",
      status: admin.intuneLicense ? 'Met' : licenceNeeded ? 'Not met' : 'Not needed (unlicensed admins allowed)',
      text: licenceNeeded
        ? 'The tenant does not allow unlicensed admins: without a licence the admin center refuses the admin.'
        : 'The tenant allows unlicensed admins (the default since mid-2020), so the admin center lets the admin in without one.',
      where: 'Microsoft 365 admin center: Users > Active users > the user > Licenses and apps',
      control: permission(state, 'intuneLicense'),
    },
    {
      key: 'synced-identity',
      name: 'Synced (hybrid) identity',
      status: met(admin.syncedHybridIdentity),
      text: 'Device actions from the admin center run as the admin at the site: the account must be an on-premises account synced to Entra ID.',
      where: 'Microsoft Entra Connect Sync on the sync server (the account in a synced organizational unit)',
      control: permission(state, 'syncedHybridIdentity'),
    },
    {
      key: 'entra-user-discovery',
      name: 'Entra ID user discovery',
      status: admin.entraUserDiscovery || admin.adUserDiscovery ? 'Met' : 'Not met',
      text: 'The site must have discovered the admin: by Entra ID user discovery or by Active Directory user discovery (either one from 2103; both before).',
      where:
        "Configuration Manager console: Administration > Cloud Services > Microsoft Entra Tenants (the tenant's Properties)",
      control: permission(state, 'entraUserDiscovery'),
    },
    {
      key: 'ad-user-discovery',
      name: 'Active Directory user discovery',
      status: admin.entraUserDiscovery || admin.adUserDiscovery ? 'Met' : 'Not met',
      text: 'The other way the site discovers the admin.',
      where: 'Configuration Manager console: Administration > Hierarchy Configuration > Discovery Methods',
      control: permission(state, 'adUserDiscovery'),
    },
    {
      key: 'full-administrator',
      name: 'Configuration Manager Full Administrator',
      status: met(admin.fullAdministrator),
      text: 'Configuring cloud attach needs Full Administrator with All scope.',
      where: 'Configuration Manager console: Administration > Security > Administrative Users',
      control: { opens: 'cm.administrative-users', label: 'Open Administrative Users' },
    },
    {
      key: 'initiate-action',
      name: 'Intune permission: Remote tasks > Initiate Configuration Manager action',
      status: met(admin.initiateConfigMgrAction),
      text: 'Without it the admin center refuses device actions ("You don\'t have access").',
      where: 'Intune admin center: Tenant administration > Roles',
      control: { opens: 'intune.roles', label: 'Open Roles' },
    },
  ];
}

export function siteItems(state: SimState): Item[] {
  const { site } = state;
  const { clients, withoutClient } = internetDevices(state);
  const cmg = site.cloudManagementGateway;
  const n = (count: number, one: string, many: string) =>
    `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
  const gatewayText =
    clients + withoutClient === 0
      ? `${cmg ? 'Present. ' : ''}Needed only for internet-based clients; none here.`
      : [
          clients
            ? `${n(clients, 'internet-based client', 'internet-based clients')} ${cmg ? 'reach their site through it.' : 'cannot reach their site without one, so the co-management policy never reaches them.'}`
            : '',
          withoutClient
            ? `${n(withoutClient, 'internet-based device', 'internet-based devices')} without the Configuration Manager client ${cmg ? 'can get it from Intune through it.' : 'cannot get it from Intune until one exists (the client command line needs one).'}`
            : '',
        ]
          .filter(Boolean)
          .join(' ');
  return [
    {
      key: 'service-connection-point',
      name: 'Service connection point',
      status: met(site.serviceConnectionPoint),
      text: site.serviceConnectionPoint
        ? 'Online: it uploads devices to the admin center and relays device actions (CMGatewaySyncUploadWorker.log, CMGatewayNotificationWorker.log).'
        : 'Offline: no upload cycle runs and no device action reaches the site.',
      where: 'Configuration Manager console: Administration > Site Configuration > Servers and Site System Roles',
      control: {
        label: 'Service connection point online',
        checked: site.serviceConnectionPoint,
        action: (online) => ({ type: 'set-service-connection-point', online }),
      },
    },
    {
      key: 'administration-service',
      name: 'Administration service (SMS Provider)',
      status: met(site.administrationService),
      text: 'Tenant attach needs the administration service (the REST API of the SMS Provider) set up and working.',
      where:
        'Configuration Manager console: Administration > Site Configuration > Servers and Site System Roles (the SMS Provider role)',
      control: {
        label: 'Administration service working',
        checked: site.administrationService,
        action: (working) => ({ type: 'set-administration-service', working }),
      },
    },
    {
      key: 'cloud-management-gateway',
      name: 'Cloud management gateway',
      status: gatewayStatus(state),
      text: gatewayText,
      where: 'Configuration Manager console: Administration > Cloud Services > Cloud Management Gateway',
      control: {
        label: 'Cloud management gateway present',
        checked: site.cloudManagementGateway,
        action: (present) => ({ type: 'set-cloud-management-gateway', present }),
      },
    },
  ];
}
