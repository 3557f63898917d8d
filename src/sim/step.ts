/**
 * `step(state, action)`: the only way the world changes. Returns the new state and its events, or
 * the reason the action is refused together with the very same state object. Never mutates its
 * input.
 */
import {
  ADMIN_PERMISSION_LABELS,
  AZURE_ENVIRONMENT_LABELS,
  DEVICE_ACTION_LABELS,
  GATES,
  MAX_ADVANCE_MINUTES,
  UPLOAD_CYCLE_MINUTES,
  MDM_USER_SCOPE_LABELS,
  SLIDER_LABELS,
  WORKLOAD_COUNT,
  WORKLOAD_IDS,
  WORKLOAD_LABELS,
  passesGate,
  workloadIndex,
  type GateId,
  type WorkloadId,
} from './constants';
import { collectionMark, collectionName, findCollection } from './collections';
import {
  authorityOf,
  coManagedMask,
  deriveAuthorityTable,
  deviceIndex,
  explainAuthority,
  isCoManaged,
  isUploaded,
  mdmEnrolled,
} from './derive';
import { nextCycleAfter, reconcileEnrollment } from './enrollment';
import { advanceEnrollment, advanceUpload } from './advance';
import { coManagementEnabled, isWindowsClientOs } from './enrollment-table';
import { RngCursor } from './rng';
// The wizard and enablement labels live in labels.ts: the first render needs them, not the engine.
import { enablementLabel, wizardName, wizardPageTitle } from './labels';
export { enablementLabel, wizardName, wizardPageTitle };
import { connectorView } from './tenant';
import { runDeviceAction } from './device-actions';
import type {
  Action,
  SimEvent,
  SimState,
  StepResult,
  UploadScope,
  WizardPage,
  WizardState,
  WorkloadSetting,
} from './types';

type Refusal = { ok: false; reason: string; gate?: GateId };
type Change = { ok: true; state: SimState; events: SimEvent[] };

const refuse = (reason: string, gate?: GateId): Refusal => (gate ? { ok: false, reason, gate } : { ok: false, reason });
const gated = (gate: GateId, version: number, what: string): Refusal =>
  refuse(`${what}: blocked by the version gate "${gate}": ${GATES[gate].title}; this site is ${version}.`, gate);

function uploadLabel(state: SimState, upload: UploadScope | null): string {
  if (upload === null) return 'Off';
  if (upload === 'all') return 'All devices managed by Configuration Manager';
  return `Specific collection: ${collectionName(state, upload.collection)} (with its child collections)`;
}

/** Applies one action. */
export function step(state: SimState, action: Action): StepResult {
  const rng = new RngCursor(state.rng);
  const result = apply(state, action, rng);
  if (!result.ok) return { ...result, state };
  let next = result.state;
  const events = result.events;

  // Automatic enrollment targets whoever the new settings target (rules 4, 17).
  const reconciled = reconcileEnrollment(next, rng);
  if (reconciled.devices !== next.devices) next = { ...next, devices: reconciled.devices };
  events.push(...reconciled.events);

  if (!UI_ONLY.has(action.type)) events.push(...authorityEvents(state, next, action));
  const before = connectorView(state).status;
  const after = connectorView(next).status;
  if (before !== after) events.push({ type: 'connector-status', at: next.upload.lastSyncAt ?? next.clock, from: before, to: after });

  next = { ...next, rng: rng.state };
  // One timeline: events in order of their simulated minute (stable, so same-minute events keep their causal order).
  return { ok: true, state: next, events: events.map((e, k) => [e, k] as const).sort((x, y) => x[0].at - y[0].at || x[1] - y[1]).map(([e]) => e) };
}

/** Actions that cannot change any device's authority. */
const UI_ONLY = new Set<Action['type']>([
  'open-wizard',
  'wizard-sign-in',
  'wizard-set-mode',
  'wizard-set-upload',
  'wizard-set-enablement',
  'wizard-set-workload',
  'wizard-next',
  'wizard-cancel',
  'device-action',
  'set-admin-permission',
  'set-collection-rights',
  'set-service-connection-point',
  'set-administration-service',
  'set-unlicensed-admins',
]);

/** Authority changes per workload, and the immediate MDM sync of a workload switch (rule 10). */
// fact sheet silent on which devices sync: the engine counts the co-managed devices whose effective
// authority changed with the slider move, and emits the sync only for slider moves (not for
// workload pilot collection or membership changes, whose timing is an open item).
function authorityEvents(before: SimState, after: SimState, action: Action): SimEvent[] {
  const a = deriveAuthorityTable(before);
  const b = deriveAuthorityTable(after);
  // While time advances, settings are fixed: a device's authority changes when it enrolls.
  const timeOf = (i: number): number => {
    if (action.type !== 'advance-time') return after.clock;
    const e = after.devices[i]!.enrollment;
    return e.stage === 'enrolled' && e.at > before.clock ? Math.min(after.clock, Math.ceil(e.at / UPLOAD_CYCLE_MINUTES) * UPLOAD_CYCLE_MINUTES) : after.clock;
  };
  const groups = new Map<number, { toIntune: number[]; toConfigMgr: number[] }>();
  let synced = 0;
  const n = after.devices.length;
  const coAfter = action.type === 'set-workload' ? coManagedMask(after) : null;
  for (let i = 0, base = 0; i < n; i++, base += WORKLOAD_COUNT) {
    let changed = false;
    for (let w = 0; w < WORKLOAD_COUNT; w++) {
      const x = a[base + w]!;
      const y = b[base + w]!;
      if (x === y) continue;
      const t = timeOf(i);
      let g = groups.get(t);
      if (!g) groups.set(t, (g = { toIntune: new Array<number>(WORKLOAD_COUNT).fill(0), toConfigMgr: new Array<number>(WORKLOAD_COUNT).fill(0) }));
      changed = true;
      if (y === 1) g.toIntune[w]!++;
      else g.toConfigMgr[w]!++;
    }
    if (changed && coAfter && coAfter[i]) synced++;
  }
  const events: SimEvent[] = [];
  for (const [at, g] of [...groups].sort((x, y) => x[0] - y[0])) {
    for (let w = 0; w < WORKLOAD_COUNT; w++) {
      if (g.toIntune[w] || g.toConfigMgr[w]) {
        events.push({ type: 'authority-changed', at, workload: WORKLOAD_IDS[w]!, toIntune: g.toIntune[w]!, toConfigMgr: g.toConfigMgr[w]! });
      }
    }
  }
  if (synced > 0) {
    events.push({
      type: 'mdm-sync',
      at: after.clock,
      devices: synced,
      text: `${synced} co-managed device${synced === 1 ? '' : 's'} synced MDM policy from Intune right away and recalculated the capabilities value`,
    });
  }
  return events;
}

function apply(state: SimState, action: Action, rng: RngCursor): Change | Refusal {
  const version = state.site.version;
  const at = state.clock;
  const ok = (next: SimState, events: SimEvent[] = []): Change => ({ ok: true, state: next, events });
  const wizard = state.wizard;
  const needWizard = (page: WizardPage): Refusal | null => {
    if (!wizard) return refuse(`The ${wizardName(version)} is not open.`);
    if (wizard.page !== page)
      return refuse(`That choice is on the ${wizardPageTitle(version, page)} page; the wizard is on the ${wizardPageTitle(version, wizard.page)} page.`);
    return null;
  };
  const withWizard = (w: WizardState) => ok({ ...state, wizard: w });
  const unknownCollection = (id: string) =>
    refuse(`Unknown collection "${id}". Known collections: ${state.collections.map((c) => c.name).join(', ')}.`);
  const needCloudAttach = (): Refusal | null =>
    state.settings.cloudAttach === null
      ? refuse(`Cloud attach is not configured yet: run the ${wizardName(version)} first (Administration > Cloud Services > Cloud Attach).`)
      : null;
  const needCoManagement = (): Refusal | null =>
    coManagementEnabled(state)
      ? null
      : refuse('Co-management is not enabled yet: set Automatic enrollment in Intune to Pilot or All (Enablement) first.');

  switch (action.type) {
    // ------------------------------------------------------------------ wizard
    case 'open-wizard': {
      if (wizard) return refuse(`The ${wizardName(version)} is already open.`);
      if (state.settings.cloudAttach !== null)
        return refuse('Cloud attach is already configured: change it in the Properties of the co-management object (CoMgmtSettingsProd).');
      if (!state.admin.fullAdministrator)
        return refuse(`${state.admin.name} cannot configure cloud attach: it needs ${ADMIN_PERMISSION_LABELS.fullAdministrator}.`);
      const w: WizardState = {
        page: 'cloud-attach',
        environment: null,
        mode: version >= 2111 ? 'default' : 'customize',
        upload: passesGate('tenant-attach', version) ? 'all' : null,
        endpointAnalytics: passesGate('tenant-attach', version),
        // fact sheet silent on the Enablement page's preselected choice; the engine starts at All,
        // the value of the default settings.
        autoEnrollment: 'all',
        autoEnrollmentCollection: null,
        workloads: WORKLOAD_IDS.map(() => ({ position: 'configmgr', pilotCollection: null })),
      };
      return ok({ ...state, wizard: w }, [{ type: 'wizard-page', at, page: 'cloud-attach', title: wizardPageTitle(version, 'cloud-attach') }]);
    }
    case 'wizard-sign-in': {
      const wrong = needWizard('cloud-attach');
      if (wrong) return wrong;
      if (action.environment === 'us-government' && !passesGate('us-government-cloud', version))
        return gated('us-government-cloud', version, 'Azure US Government Cloud');
      const a = state.admin;
      // Fact sheet 2.1: the tenant needs an Intune subscription (at least one Intune licence);
      // fact sheet silent on the message the wizard shows then.
      if (!state.tenant.intuneLicenses)
        return refuse('Sign-in failed: the tenant has no Intune subscription (buy at least one Intune licence).');
      // Fact sheet 2.1 (corrected): the sign-in fails only where the tenant does not allow
      // unlicensed admins (on by default since mid-2020) and the admin has no Intune licence.
      if (!a.intuneLicense && !state.tenant.allowUnlicensedAdmins)
        return refuse(`Sign-in failed: "An unanticipated error occurred." ${a.name} has no Intune licence, and "Allow access to unlicensed admins" is off.`);
      const china = action.environment === 'china';
      return ok({ ...state, wizard: { ...wizard!, environment: action.environment, ...(china ? { mode: 'default', upload: null, endpointAnalytics: false } : {}) } }, [
        { type: 'signed-in', at, admin: a.name, environment: action.environment },
      ]);
    }
    case 'wizard-set-mode': {
      const wrong = needWizard('cloud-attach');
      if (wrong) return wrong;
      if (!passesGate('cloud-attach-wizard', version)) return gated('cloud-attach-wizard', version, '"Use default settings" / "Customize settings"');
      if (wizard!.environment === 'china' && action.mode === 'customize')
        return refuse('In the Azure China Cloud the default settings are the only option (no device upload, no Endpoint analytics).');
      return withWizard({ ...wizard!, mode: action.mode });
    }
    case 'wizard-set-upload': {
      if (!passesGate('tenant-attach', version)) return gated('tenant-attach', version, 'Configure upload');
      const wrong = needWizard('configure-upload');
      if (wrong) return wrong;
      if (wizard!.environment === 'china' && (action.upload !== null || action.endpointAnalytics))
        return refuse('The Azure China Cloud cannot upload devices or use Endpoint analytics.');
      if (action.upload !== null && action.upload !== 'all' && !findCollection(state, action.upload.collection))
        return unknownCollection(action.upload.collection);
      return withWizard({ ...wizard!, upload: action.upload, endpointAnalytics: action.endpointAnalytics });
    }
    case 'wizard-set-enablement': {
      const wrong = needWizard('enablement');
      if (wrong) return wrong;
      if (action.autoEnrollment === 'none' && !passesGate('enablement-none', version)) return gated('enablement-none', version, 'Automatic enrollment in Intune = None');
      if (action.collection !== null && !findCollection(state, action.collection)) return unknownCollection(action.collection);
      return withWizard({ ...wizard!, autoEnrollment: action.autoEnrollment, autoEnrollmentCollection: action.collection });
    }
    case 'wizard-set-workload': {
      if (!passesGate('wizard-workloads-page', version)) return gated('wizard-workloads-page', version, 'Workloads page');
      const wrong = needWizard('workloads');
      if (wrong) return wrong;
      const w = workloadIndex(action.workload);
      const check = workloadGate(action.workload, action.position, version);
      if (check) return check;
      if (action.pilotCollection !== null && !findCollection(state, action.pilotCollection)) return unknownCollection(action.pilotCollection);
      if (action.position === 'pilot-intune' && action.pilotCollection === null)
        return refuse(`Pilot Intune for ${WORKLOAD_LABELS[action.workload]} needs a workload pilot collection on the Staging page.`);
      let workloads = wizard!.workloads.map((s, k): WorkloadSetting => (k === w ? { position: action.position, pilotCollection: action.pilotCollection ?? s.pilotCollection } : s));
      if (action.pilotCollection !== null && !passesGate('per-workload-pilot', version)) {
        // Before 1906 the Staging page had one Pilot group for every workload.
        workloads = workloads.map((s) => ({ ...s, pilotCollection: action.pilotCollection }));
      }
      return withWizard({ ...wizard!, workloads });
    }
    case 'wizard-next': {
      if (!wizard) return refuse(`The ${wizardName(version)} is not open.`);
      let page: WizardPage;
      let w = wizard;
      switch (wizard.page) {
        case 'cloud-attach':
          if (wizard.environment === null) return refuse('Sign In first: the Cloud attach page needs an Entra Global Administrator sign-in.');
          // Fact sheet 2.6, 3.3, rule 14: onboarding creates an app registration and a service
          // principal in the tenant (the prompt that follows this page), which needs a Global Administrator.
          if (!state.admin.globalAdministrator)
            return refuse(`Onboarding needs an Entra Global Administrator (it creates an app registration and a service principal); ${state.admin.name} is not one.`);
          if (version >= 2111 && wizard.mode === 'default') {
            // Default settings: upload all devices, Endpoint analytics, Automatic enrollment = All, workloads at Configuration Manager.
            const china = wizard.environment === 'china';
            w = { ...w, upload: china ? null : 'all', endpointAnalytics: !china, autoEnrollment: 'all', autoEnrollmentCollection: null };
            page = 'summary';
          } else page = passesGate('tenant-attach', version) ? 'configure-upload' : 'enablement';
          break;
        case 'configure-upload':
          page = 'enablement';
          break;
        case 'enablement':
          // UNCONFIRMED simplification: before 2111 the Enablement page appears only when
          // "Enable automatic client enrollment for co-management" is ticked (4.1); the engine always
          // shows it and None stands for the unticked box.
          if (wizard.autoEnrollment === 'pilot' && wizard.autoEnrollmentCollection === null)
            return refuse('Automatic enrollment in Intune = Pilot needs the Intune Auto Enrollment collection (Browse).');
          page = version < 2111 && wizard.autoEnrollment !== 'none' ? 'workloads' : 'summary';
          break;
        case 'workloads':
          page = 'summary';
          break;
        case 'summary':
          return refuse('This is the Summary page: choose Finish.');
      }
      return ok({ ...state, wizard: { ...w, page } }, [{ type: 'wizard-page', at, page, title: wizardPageTitle(version, page) }]);
    }
    case 'wizard-finish': {
      const wrong = needWizard('summary');
      if (wrong) return wrong;
      const w = wizard!;
      const upload = passesGate('tenant-attach', version) ? w.upload : null;
      const coManagement = {
        autoEnrollment: w.autoEnrollment,
        autoEnrollmentCollection: w.autoEnrollment === 'pilot' ? w.autoEnrollmentCollection : null,
        // Rule 2: the 2111+ wizard always leaves every workload at Configuration Manager.
        workloads: version >= 2111 || w.autoEnrollment === 'none' ? state.settings.coManagement.workloads : w.workloads,
      };
      const next: SimState = {
        ...state,
        wizard: null,
        settings: {
          cloudAttach: { environment: w.environment ?? 'public', upload, endpointAnalytics: w.endpointAnalytics, offboarded: false },
          coManagement,
        },
        upload: upload !== null ? { ...state.upload, nextCycleAt: nextCycleAfter(at), pending: null } : state.upload,
      };
      const events: SimEvent[] = [
        { type: 'app-registered', at, text: `Created the Entra app registration and service principal for the ${AZURE_ENVIRONMENT_LABELS[w.environment ?? 'public']} tenant` },
        { type: 'setting-changed', at, setting: 'Upload to the admin center', from: 'Off', to: uploadLabel(state, upload) },
        { type: 'setting-changed', at, setting: 'Endpoint analytics', from: 'Off', to: w.endpointAnalytics ? 'On' : 'Off' },
        { type: 'setting-changed', at, setting: 'Automatic enrollment in Intune', from: 'None', to: enablementLabel(next) },
      ];
      coManagement.workloads.forEach((s, k) => {
        if (s.position !== 'configmgr')
          events.push({ type: 'setting-changed', at, setting: WORKLOAD_LABELS[WORKLOAD_IDS[k]!], from: SLIDER_LABELS.configmgr, to: SLIDER_LABELS[s.position] });
      });
      return ok(next, events);
    }
    case 'wizard-cancel':
      if (!wizard) return refuse(`The ${wizardName(version)} is not open.`);
      return ok({ ...state, wizard: null });

    // ------------------------------------------------------------------ properties
    case 'set-upload': {
      const missing = needCloudAttach();
      if (missing) return missing;
      const current = state.settings.cloudAttach!;
      if ((action.upload !== null || action.endpointAnalytics) && !passesGate('tenant-attach', version))
        return gated('tenant-attach', version, 'Upload to Microsoft Endpoint Manager admin center');
      if (current.environment === 'china' && (action.upload !== null || action.endpointAnalytics))
        return refuse('The Azure China Cloud cannot upload devices or use Endpoint analytics.');
      if (action.upload !== null && action.upload !== 'all' && !findCollection(state, action.upload.collection))
        return unknownCollection(action.upload.collection);
      // Fact sheet 3.4 C: turning the upload on signs in as a Global Administrator.
      // fact sheet silent on changing the scope of an upload that is already on; no sign-in asked.
      // fact sheet silent on how fast records leave the admin center after the upload is turned
      // off; the engine removes them at once and shows the connector as Unknown (offboarding, 3.6).
      const turningOn = current.upload === null && action.upload !== null;
      if (turningOn && !state.admin.globalAdministrator)
        return refuse(`Turning on the upload onboards the hierarchy, which needs an Entra Global Administrator; ${state.admin.name} is not one.`);
      const offboarded = action.upload === null ? current.upload !== null || current.offboarded : false;
      const upload =
        action.upload === null
          ? { nextCycleAt: null, lastSyncAt: state.upload.lastSyncAt, visible: [], pending: null }
          : turningOn
            ? { ...state.upload, nextCycleAt: nextCycleAfter(at) }
            : state.upload;
      const events: SimEvent[] = [];
      if (JSON.stringify(current.upload) !== JSON.stringify(action.upload))
        events.push({ type: 'setting-changed', at, setting: 'Upload to the admin center', from: uploadLabel(state, current.upload), to: uploadLabel(state, action.upload) });
      if (current.endpointAnalytics !== action.endpointAnalytics)
        events.push({ type: 'setting-changed', at, setting: 'Endpoint analytics', from: current.endpointAnalytics ? 'On' : 'Off', to: action.endpointAnalytics ? 'On' : 'Off' });
      return ok(
        { ...state, upload, settings: { ...state.settings, cloudAttach: { ...current, upload: action.upload, endpointAnalytics: action.endpointAnalytics, offboarded } } },
        events,
      );
    }
    case 'set-auto-enrollment': {
      const missing = needCloudAttach();
      if (missing) return missing;
      const current = state.settings.coManagement;
      if (action.autoEnrollment === 'none' && current.autoEnrollment !== 'none')
        // fact sheet silent on turning co-management off again; the engine does not simulate it.
        return refuse('Setting Automatic enrollment in Intune back to None is not simulated: enrolled devices stay co-managed (offboarding co-management is out of scope).');
      if (action.autoEnrollment === 'none' && !passesGate('enablement-none', version)) return gated('enablement-none', version, 'Automatic enrollment in Intune = None');
      if (action.collection !== null && !findCollection(state, action.collection)) return unknownCollection(action.collection);
      if (action.autoEnrollment === 'pilot' && action.collection === null)
        return refuse('Automatic enrollment in Intune = Pilot needs the Intune Auto Enrollment collection.');
      const coManagement = {
        ...current,
        autoEnrollment: action.autoEnrollment,
        autoEnrollmentCollection: action.autoEnrollment === 'pilot' ? action.collection : current.autoEnrollmentCollection,
      };
      const next = { ...state, settings: { ...state.settings, coManagement } };
      const from = enablementLabel(state);
      const to = enablementLabel(next);
      return ok(next, from === to ? [] : [{ type: 'setting-changed', at, setting: 'Automatic enrollment in Intune', from, to }]);
    }
    case 'set-workload': {
      const missing = needCoManagement();
      if (missing) return missing;
      const check = workloadGate(action.workload, action.position, version);
      if (check) return check;
      const w = workloadIndex(action.workload);
      const current = state.settings.coManagement.workloads[w]!;
      // UNCONFIRMED (fact sheet 5.3): whether the console locks the Resource access and EP sliders
      // once Device configuration moves; the engine leaves them free (their effective authority
      // follows Device configuration anyway, rule 6).
      if (action.position === 'pilot-intune' && current.pilotCollection === null)
        return refuse(`Choose a workload pilot collection for ${WORKLOAD_LABELS[action.workload]} on the Staging tab first.`);
      if (current.position === action.position) return ok(state);
      const workloads = state.settings.coManagement.workloads.map((s, k) => (k === w ? { ...s, position: action.position } : s));
      return ok(
        { ...state, lastWorkloadSwitchAt: at, settings: { ...state.settings, coManagement: { ...state.settings.coManagement, workloads } } },
        [{ type: 'setting-changed', at, setting: WORKLOAD_LABELS[action.workload], from: SLIDER_LABELS[current.position], to: SLIDER_LABELS[action.position] }],
      );
    }
    case 'set-pilot-collection': {
      const missing = needCoManagement();
      if (missing) return missing;
      if (!findCollection(state, action.collection)) return unknownCollection(action.collection);
      if (action.workload !== 'all') {
        if (workloadIndex(action.workload) < 0) return refuse(`Unknown workload "${action.workload}".`);
        if (!passesGate('per-workload-pilot', version)) return gated('per-workload-pilot', version, `A workload pilot collection for ${WORKLOAD_LABELS[action.workload]} alone`);
        if (action.workload === 'resource-access-policies' && !passesGate('resource-access-workload', version))
          return gated('resource-access-workload', version, WORKLOAD_LABELS['resource-access-policies']);
      }
      const events: SimEvent[] = [];
      const workloads = state.settings.coManagement.workloads.map((s, k) => {
        const id = WORKLOAD_IDS[k]!;
        if (action.workload !== 'all' && action.workload !== id) return s;
        if (s.pilotCollection === action.collection) return s;
        events.push({
          type: 'setting-changed',
          at,
          setting: `Workload pilot collection of ${WORKLOAD_LABELS[id]}`,
          from: s.pilotCollection === null ? 'None' : collectionName(state, s.pilotCollection),
          to: collectionName(state, action.collection),
        });
        return { ...s, pilotCollection: action.collection };
      });
      return ok({ ...state, settings: { ...state.settings, coManagement: { ...state.settings.coManagement, workloads } } }, events);
    }
    case 'add-to-collection':
    case 'remove-from-collection': {
      const collection = findCollection(state, action.collection);
      if (!collection) return unknownCollection(action.collection);
      if (collection.kind !== 'static') return refuse(`${collection.name} is a built-in collection: its membership comes from a query.`);
      if (!Array.isArray(action.devices) || action.devices.length === 0) return refuse('Name at least one device.');
      const indices: number[] = [];
      for (const name of action.devices) {
        const i = deviceIndex(state, name);
        if (i < 0) return refuse(`Unknown device "${name}".`);
        indices.push(i);
      }
      const members = new Set(collection.members);
      let added = 0;
      let removed = 0;
      for (const i of indices) {
        if (action.type === 'add-to-collection' && !members.has(i)) (members.add(i), added++);
        if (action.type === 'remove-from-collection' && members.has(i)) (members.delete(i), removed++);
      }
      if (added === 0 && removed === 0) return ok(state);
      const updated = { ...collection, members: [...members].sort((x, y) => x - y) };
      return ok({ ...state, collections: state.collections.map((c) => (c === collection ? updated : c)) }, [
        { type: 'collection-changed', at, collection: collection.name, added, removed },
      ]);
    }
    case 'assign-policy': {
      const policy = state.policies.find((p) => p.id === action.policy);
      if (!policy) return refuse(`Unknown policy "${action.policy}".`);
      if (!findCollection(state, action.collection)) return unknownCollection(action.collection);
      if (policy.assignedTo === action.collection) return ok(state);
      return ok({ ...state, policies: state.policies.map((p) => (p === policy ? { ...p, assignedTo: action.collection } : p)) }, [
        { type: 'policy-changed', at, policy: policy.id, text: `${policy.name} assigned to ${collectionName(state, action.collection)}` },
      ]);
    }
    case 'unassign-policy': {
      const policy = state.policies.find((p) => p.id === action.policy);
      if (!policy) return refuse(`Unknown policy "${action.policy}".`);
      if (policy.assignedTo === null) return refuse(`${policy.name} is not assigned.`);
      // Rule 7: under Pilot Intune (EP or Device configuration) Intune does not remove the setting.
      // fact sheet silent for the other workloads: unassigning removes the setting there.
      const left = new Map<WorkloadId, number[]>();
      if (policy.source === 'intune' && (policy.workload === 'endpoint-protection' || policy.workload === 'device-configuration')) {
        const mark = collectionMark(state, policy.assignedTo);
        for (let i = 0; i < mark.length; i++) {
          if (!mark[i] || !isCoManaged(state, i) || authorityOf(state, i, policy.workload) !== 'intune') continue;
          const via = explainAuthority(state, i, policy.workload).decidedBy;
          if (state.settings.coManagement.workloads[workloadIndex(via)]!.position !== 'pilot-intune') continue;
          const list = left.get(via);
          if (list) list.push(i);
          else left.set(via, [i]);
        }
      }
      const kept = [...left.values()].reduce((n, l) => n + l.length, 0);
      const leftovers =
        kept > 0
          ? [...state.leftovers.filter((l) => l.policy !== policy.id), ...[...left].map(([via, devices]) => ({ policy: policy.id, via, devices }))]
          : state.leftovers;
      const text =
        kept > 0
          ? `${policy.name} unassigned; its settings stay on ${kept} device${kept === 1 ? '' : 's'} that got ${WORKLOAD_LABELS[policy.workload]} from Intune through Pilot Intune`
          : `${policy.name} unassigned; its settings are removed`;
      return ok({ ...state, leftovers, policies: state.policies.map((p) => (p === policy ? { ...p, assignedTo: null } : p)) }, [
        { type: 'policy-changed', at, policy: policy.id, text },
      ]);
    }

    // ------------------------------------------------------------------ environment
    case 'set-service-connection-point':
      return toggle(state, 'Service connection point', state.site.serviceConnectionPoint, action.online, 'Online', 'Offline', (v) => ({
        ...state,
        site: { ...state.site, serviceConnectionPoint: v },
      }));
    case 'set-administration-service':
      return toggle(state, 'Administration service', state.site.administrationService, action.working, 'Working', 'Not working', (v) => ({
        ...state,
        site: { ...state.site, administrationService: v },
      }));
    case 'set-cloud-management-gateway':
      return toggle(state, 'Cloud management gateway', state.site.cloudManagementGateway, action.present, 'Present', 'None', (v) => ({
        ...state,
        site: { ...state.site, cloudManagementGateway: v },
      }));
    case 'set-mdm-user-scope': {
      const from = state.tenant.mdmUserScope;
      if (from === action.scope) return ok(state);
      return ok({ ...state, tenant: { ...state.tenant, mdmUserScope: action.scope } }, [
        { type: 'setting-changed', at, setting: 'MDM user scope', from: MDM_USER_SCOPE_LABELS[from], to: MDM_USER_SCOPE_LABELS[action.scope] },
      ]);
    }
    case 'set-automatic-enrollment-configured':
      return toggle(state, 'Automatic enrollment', state.tenant.automaticEnrollmentConfigured, action.configured, 'Configured', 'Not configured', (v) => ({
        ...state,
        tenant: { ...state.tenant, automaticEnrollmentConfigured: v },
      }));
    case 'set-unlicensed-admins':
      return toggle(state, 'Allow access to unlicensed admins', state.tenant.allowUnlicensedAdmins, action.allowed, 'Yes', 'No', (v) => ({
        ...state,
        tenant: { ...state.tenant, allowUnlicensedAdmins: v },
      }));
    case 'set-co-management-settings-policy':
      return toggle(state, 'Co-management settings policy', state.tenant.coManagementSettingsPolicy, action.targeted, 'Targeted', 'None', (v) => ({
        ...state,
        tenant: { ...state.tenant, coManagementSettingsPolicy: v },
      }));
    case 'set-admin-permission': {
      const from = state.admin[action.permission];
      if (from === action.granted) return ok(state);
      return ok({ ...state, admin: { ...state.admin, [action.permission]: action.granted } }, [
        { type: 'setting-changed', at, setting: `${state.admin.name}: ${ADMIN_PERMISSION_LABELS[action.permission]}`, from: from ? 'Yes' : 'No', to: action.granted ? 'Yes' : 'No' },
      ]);
    }
    case 'set-collection-rights': {
      if (!findCollection(state, action.collection)) return unknownCollection(action.collection);
      const has = state.admin.collectionRights.includes(action.collection);
      if (has === action.granted) return ok(state);
      const collectionRights = action.granted
        ? [...state.admin.collectionRights, action.collection]
        : state.admin.collectionRights.filter((c) => c !== action.collection);
      return ok({ ...state, admin: { ...state.admin, collectionRights } }, [
        { type: 'setting-changed', at, setting: `${state.admin.name}: rights on ${collectionName(state, action.collection)}`, from: has ? 'Yes' : 'No', to: action.granted ? 'Yes' : 'No' },
      ]);
    }
    case 'install-client-from-intune': {
      const missing = needCoManagement();
      if (missing) return missing;
      // fact sheet silent on timing and targets: the engine installs the client at once on every
      // Intune-enrolled Windows 10/11 device without it, and requires a CMG (the command line needs
      // one, 4.2). With a targeted co-management settings policy (tenant.coManagementSettingsPolicy)
      // the policy installs the client as a first-party app and the workloads follow the sliders;
      // without one the client comes as an app (the legacy line-of-business route), and a Windows 11
      // Autopilot device keeps Intune for every workload (derive.ts autopilotKeepsIntune).
      if (!state.site.cloudManagementGateway)
        return refuse('There is no cloud management gateway: the Enablement tab shows the client command line for internet-based devices only once one exists, and the devices download the client from it.');
      let count = 0;
      const devices = state.devices.map((d) => {
        if (d.client || !mdmEnrolled(d) || !isWindowsClientOs(d)) return d;
        count++;
        return { ...d, client: true };
      });
      if (count === 0) return refuse('No device enrolled in Intune lacks the Configuration Manager client.');
      return ok({ ...state, devices }, [{ type: 'client-installed', at, count }]);
    }
    case 'unenroll-device': {
      const i = deviceIndex(state, action.device);
      if (i < 0) return refuse(`Unknown device "${action.device}".`);
      const d = state.devices[i]!;
      if (!mdmEnrolled(d)) return refuse(`${d.name} is not enrolled in Intune.`);
      const devices = state.devices.slice();
      devices[i] = { ...d, enrollment: { stage: 'none', at: 0, code: null } };
      return ok({ ...state, devices }, [{ type: 'enrollment', at, stage: 'Unenrolled', count: 1, devices: [d.name], code: null }]);
    }
    case 'device-action': {
      const i = deviceIndex(state, action.device);
      if (i < 0) return refuse(`Unknown device "${action.device}".`);
      if (!DEVICE_ACTION_LABELS[action.action]) return refuse(`Unknown device action "${String(action.action)}".`);
      if (state.settings.cloudAttach?.upload == null)
        return refuse('Tenant attach is not set up: the admin center has no Configuration Manager device actions yet.');
      // fact sheet silent: device actions need the device's Configuration Manager record, so the
      // engine offers them only on uploaded devices (a co-managed device outside the scope has none).
      if (!isUploaded(state, i))
        return refuse(`${action.device} has no Configuration Manager record in the admin center yet (outside the upload scope, or not uploaded yet).`);
      const record = runDeviceAction(state, i, action.action, rng);
      return ok({ ...state, deviceActions: [...state.deviceActions, record] }, [{ type: 'device-action', at, record }]);
    }
    case 'advance-time': {
      const minutes = action.minutes;
      if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_ADVANCE_MINUTES)
        return refuse(`Advance time by 1 to ${MAX_ADVANCE_MINUTES} whole minutes (30 days); received ${String(minutes)}.`);
      const to = at + minutes;
      const enrolled = advanceEnrollment(state, to);
      const afterEnrollment: SimState = { ...state, devices: enrolled.devices };
      const uploaded = advanceUpload(afterEnrollment, to, rng, enrolled.changedPerSlot);
      const events: SimEvent[] = [...enrolled.events, ...uploaded.events, { type: 'time-advanced', at: to, from: at, minutes }];
      return ok({ ...afterEnrollment, upload: uploaded.upload, clock: to }, events);
    }
    default: {
      const unknown: { type?: unknown } = action;
      return refuse(`Unknown action "${String(unknown.type)}".`);
    }
  }
}

function toggle(state: SimState, setting: string, from: boolean, to: boolean, on: string, off: string, make: (v: boolean) => SimState): Change {
  if (from === to) return { ok: true, state, events: [] };
  return { ok: true, state: make(to), events: [{ type: 'setting-changed', at: state.clock, setting, from: from ? on : off, to: to ? on : off }] };
}

function workloadGate(workload: WorkloadId, position: string, version: number): Refusal | null {
  if (workloadIndex(workload) < 0) return refuse(`Unknown workload "${workload}".`);
  if (workload === 'resource-access-policies' && position !== 'configmgr' && !passesGate('resource-access-workload', version))
    return gated('resource-access-workload', version, WORKLOAD_LABELS[workload]);
  if (workload === 'endpoint-protection' && position !== 'configmgr' && !passesGate('endpoint-protection-workload', version))
    return gated('endpoint-protection-workload', version, WORKLOAD_LABELS[workload]);
  if (position !== 'configmgr' && position !== 'pilot-intune' && position !== 'intune') return refuse(`Unknown slider position "${position}".`);
  return null;
}

/** Applies actions in order; stops at the first refusal (its index and reason). */
export function applyActions(
  state: SimState,
  actions: readonly Action[],
): { ok: true; state: SimState; events: SimEvent[] } | { ok: false; index: number; reason: string; state: SimState } {
  let current = state;
  const events: SimEvent[] = [];
  for (let k = 0; k < actions.length; k++) {
    const r = step(current, actions[k]!);
    if (!r.ok) return { ok: false, index: k, reason: r.reason, state: current };
    current = r.state;
    events.push(...r.events);
  }
  return { ok: true, state: current, events };
}
