/**
 * Builds the initial world from a scenario's parts: site version, seed, fleet spec, collections
 * and starting settings. Content errors (an unknown collection, a gate the initial settings break)
 * throw with a precise message: the scenario schema and the scenario tests catch them at build time.
 */
import {
  ALL_CLIENTS,
  ALL_SYSTEMS,
  CO_MANAGEMENT_ELIGIBLE,
  GATES,
  WORKLOAD_IDS,
  WORKLOAD_LABELS,
  passesGate,
} from './constants';
import { settle, nextCycleAfter, reconcileEnrollment } from './enrollment';
import { generateFleet, selectDevices } from './fleet';
import { RngCursor, seedRng } from './rng';
import type {
  Admin,
  Collection,
  CollectionSpec,
  FleetSpec,
  InitialSettings,
  Policy,
  Settings,
  SimState,
  Site,
  Tenant,
  WorkloadSetting,
} from './types';

/** What `createState` needs: the world-defining parts of a scenario. */
export interface WorldSpec {
  siteVersion: number;
  seed: number;
  fleet: FleetSpec;
  collections: CollectionSpec[];
  initial: InitialSettings;
}

export const DEFAULT_SITE: Omit<Site, 'version'> = {
  code: 'CON',
  hierarchyName: 'CON - Contoso hierarchy',
  serviceConnectionPoint: true,
  administrationService: true,
  cloudManagementGateway: false,
};

export const DEFAULT_TENANT: Tenant = {
  name: 'contoso.onmicrosoft.com',
  entraIdP1: true,
  intuneLicenses: true,
  automaticEnrollmentConfigured: true,
  mdmUserScope: 'all',
  allowUnlicensedAdmins: true,
  coManagementSettingsPolicy: false,
};

export const DEFAULT_ADMIN: Admin = {
  name: 'Megan Bowen',
  globalAdministrator: true,
  intuneLicense: true,
  fullAdministrator: true,
  syncedHybridIdentity: true,
  entraUserDiscovery: true,
  adUserDiscovery: true,
  initiateConfigMgrAction: true,
  collectionRights: [ALL_SYSTEMS],
};

/** The seven workloads at Configuration Manager, no workload pilot collections. */
export function defaultWorkloads(): WorkloadSetting[] {
  return WORKLOAD_IDS.map(() => ({ position: 'configmgr', pilotCollection: null }));
}

/** Built-in collections of a site of this version. */
export function builtInCollections(version: number): Collection[] {
  const list: Collection[] = [
    { id: ALL_SYSTEMS, name: 'All Systems', parent: null, kind: 'all-systems', members: [] },
    { id: ALL_CLIENTS, name: 'All Desktop and Server Clients', parent: null, kind: 'all-clients', members: [] },
  ];
  // Fact sheet 5.6: the built-in Co-management Eligible Devices collection exists from 2111.
  if (version >= 2111)
    list.push({
      id: CO_MANAGEMENT_ELIGIBLE,
      name: 'Co-management Eligible Devices',
      parent: null,
      kind: 'co-management-eligible',
      members: [],
    });
  return list;
}

/** Stops createState on a content error; the message says where in the scenario the error is. */
function fail(message: string): never {
  throw new Error(`createState(): ${message}`);
}

/** Builds the starting state. Throws on content errors. */
export function createState(spec: WorldSpec): SimState {
  const version = spec.siteVersion;
  if (!passesGate('co-management', version)) fail(`site version ${version}: ${GATES['co-management'].title}`);
  const rng = new RngCursor(seedRng(spec.seed));
  const devices = generateFleet(spec.fleet, rng);

  const collections = builtInCollections(version);
  for (const c of spec.collections) {
    if (collections.some((x) => x.id === c.id))
      fail(`collection id "${c.id}" is used twice (or is a built-in collection)`);
    collections.push({
      id: c.id,
      name: c.name,
      parent: c.parent ?? null,
      kind: 'static',
      members: selectDevices(devices, c.members),
    });
  }
  const known = (id: string, where: string) => {
    if (!collections.some((c) => c.id === id))
      fail(`${where}: unknown collection "${id}"; known: ${collections.map((c) => c.id).join(', ')}`);
  };
  for (const c of collections) if (c.parent !== null) known(c.parent, `collection "${c.id}" parent`);

  const init = spec.initial;
  const admin: Admin = {
    ...DEFAULT_ADMIN,
    ...init.admin,
    collectionRights: [...(init.admin?.collectionRights ?? DEFAULT_ADMIN.collectionRights)],
  };
  for (const id of admin.collectionRights) known(id, 'initial.admin.collectionRights');

  const settings = startSettings(init, version, known);

  const policies: Policy[] = [];
  for (const p of init.policies ?? []) {
    if (policies.some((x) => x.id === p.id)) fail(`policy id "${p.id}" is used twice`);
    if (p.assignedTo) known(p.assignedTo, `policy "${p.id}" assignedTo`);
    if (p.alwaysApply && (p.source !== 'configmgr' || p.workload !== 'device-configuration'))
      fail(
        `policy "${p.id}": alwaysApply is for Configuration Manager baselines of the ${WORKLOAD_LABELS['device-configuration']} workload`,
      );
    policies.push({
      id: p.id,
      name: p.name,
      source: p.source,
      workload: p.workload,
      assignedTo: p.assignedTo ?? null,
      alwaysApply: p.alwaysApply ?? false,
    });
  }

  const state: SimState = {
    format: 1,
    clock: 0,
    rng: rng.state,
    seed: spec.seed,
    site: { ...DEFAULT_SITE, ...init.site, version },
    tenant: { ...DEFAULT_TENANT, ...init.tenant },
    admin,
    collections,
    devices,
    policies,
    leftovers: [],
    settings,
    wizard: null,
    upload: {
      nextCycleAt: settings.cloudAttach?.upload != null ? nextCycleAfter(0) : null,
      lastSyncAt: null,
      visible: [],
      pending: null,
    },
    lastWorkloadSwitchAt: null,
    deviceActions: [],
  };
  return init.settled ? settle(state) : scheduleEnrollment(state);
}

/**
 * The starting settings: co-management's (automatic enrollment, the workloads) and cloud attach's,
 * checked against the site version and the collections (`known` fails on an unknown one).
 */
function startSettings(init: InitialSettings, version: number, known: (id: string, where: string) => void): Settings {
  const workloads = defaultWorkloads();
  const co = init.coManagement;
  if (co) {
    if (co.autoEnrollment === 'pilot' && !co.autoEnrollmentCollection)
      fail('initial.coManagement: Pilot needs an autoEnrollmentCollection (the Intune Auto Enrollment collection)');
    if (co.autoEnrollmentCollection)
      known(co.autoEnrollmentCollection, 'initial.coManagement.autoEnrollmentCollection');
    for (const [id, setting] of Object.entries(co.workloads ?? {})) {
      const w = WORKLOAD_IDS.indexOf(id as (typeof WORKLOAD_IDS)[number]);
      if (w < 0 || !setting) fail(`initial.coManagement.workloads: unknown workload "${id}"`);
      const s = setting!;
      if (s.pilotCollection) known(s.pilotCollection, `initial.coManagement.workloads.${id}.pilotCollection`);
      if (s.position === 'pilot-intune' && !s.pilotCollection)
        fail(`initial.coManagement.workloads.${id}: Pilot Intune needs a pilotCollection`);
      if (s.position !== 'configmgr' && co.autoEnrollment === 'none')
        fail(`initial.coManagement.workloads.${id}: workloads can move only when co-management is enabled`);
      // Endpoint Protection moves from 1802 on, Resource access policies no longer from 2211 on (GATES).
      const gate =
        id === 'resource-access-policies'
          ? 'resource-access-workload'
          : id === 'endpoint-protection'
            ? 'endpoint-protection-workload'
            : null;
      if (gate && s.position !== 'configmgr' && !passesGate(gate, version))
        fail(`initial.coManagement.workloads.${id}: ${GATES[gate].title}`);
      workloads[w] = { position: s.position, pilotCollection: s.pilotCollection ?? null };
    }
  }
  const ca = init.cloudAttach;
  if (ca && ca.upload !== null && !passesGate('tenant-attach', version))
    fail(`initial.cloudAttach.upload: ${GATES['tenant-attach'].title}`);
  if (ca && ca.upload !== null && ca.upload !== 'all')
    known(ca.upload.collection, 'initial.cloudAttach.upload.collection');
  if (ca?.environment === 'china' && ca.upload !== null)
    fail('initial.cloudAttach: the Azure China Cloud cannot upload devices');
  const coEnabled = co !== undefined && co.autoEnrollment !== 'none';
  return {
    cloudAttach:
      ca || coEnabled
        ? {
            environment: ca?.environment ?? 'public',
            upload: ca?.upload ?? null,
            endpointAnalytics: ca?.endpointAnalytics ?? false,
            offboarded: false,
          }
        : null,
    coManagement: {
      autoEnrollment: co?.autoEnrollment ?? 'none',
      autoEnrollmentCollection: co?.autoEnrollmentCollection ?? null,
      workloads,
    },
  };
}

/**
 * A start that is not settled: the devices' enrollment as the starting settings schedule it, drawn
 * with the state's own random numbers.
 */
function scheduleEnrollment(state: SimState): SimState {
  const cursor = new RngCursor(state.rng);
  const { devices: scheduled } = reconcileEnrollment(state, cursor);
  return { ...state, devices: scheduled, rng: cursor.state };
}
