/**
 * CoMgmtSettingsProd Properties: the co-management object's tabs as the console names them
 * (Configure upload, Enablement, Workloads, Staging; fact sheet 4.5). No General tab: no source
 * names what it holds. Changes are pending: the dialog keeps a draft; Apply sends the fewest engine
 * actions that make the state match it (set-upload, set-auto-enrollment, set-pilot-collection,
 * set-workload) as one change (one Undo), OK applies and closes, Cancel discards. The open tab is
 * the location (cm.properties.<tab>), so share links and the presenter name it.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import {
  AUTO_ENROLLMENT_LABELS,
  SLIDER_LABELS,
  WORKLOAD_IDS,
  WORKLOAD_LABELS,
  passesGate,
  resourceAccessNote,
  type AutoEnrollment,
  type SliderPosition,
  type WorkloadId,
} from '../../../sim/constants';
import { collectionMark, collectionName } from '../../../sim/collections';
import {
  authorityCounts,
  deriveAuthorityTable,
  formatSimTime,
  funnelCounts,
  funnelOf,
  uploadScopeMark,
} from '../../../sim/derive';
import type { Action, SimState, UploadScope } from '../../../sim/types';
import type { ViewId } from '../../../sim/views';
import type { ConsoleContext, ViewDefinition } from '../types';
import { OBJECT_NAME, ids } from './cloud-attach';
import { CmDialog, DialogTabs, ThreeStopSlider, coMgmtNode, count } from './parts';
import { ENROLLMENT_HINTS, ENROLLMENT_ORDER, UploadFields, firstCollection } from './wizard';
import { Alert, Check, CollectionField, usePendingDialog } from './dialog-parts';

export type PropertiesTab = 'configure-upload' | 'enablement' | 'workloads' | 'staging';

export const TAB_LABELS: Readonly<Record<PropertiesTab, string>> = {
  'configure-upload': 'Configure upload',
  enablement: 'Enablement',
  workloads: 'Workloads',
  staging: 'Staging',
};

/** The tabs on this version: Configure upload comes with tenant attach (2002). */
export function propertiesTabs(version: number): PropertiesTab[] {
  return (Object.keys(TAB_LABELS) as PropertiesTab[]).slice(passesGate('tenant-attach', version) ? 0 : 1);
}

/** What the dialog holds until Apply. */
export interface Draft {
  upload: UploadScope | null;
  endpointAnalytics: boolean;
  autoEnrollment: AutoEnrollment;
  autoEnrollmentCollection: string | null;
  positions: SliderPosition[];
  pilots: (string | null)[];
}

export function draftOf(state: SimState): Draft {
  const attach = state.settings.cloudAttach;
  const co = state.settings.coManagement;
  return {
    upload: attach?.upload ?? null,
    endpointAnalytics: attach?.endpointAnalytics ?? false,
    autoEnrollment: co.autoEnrollment,
    autoEnrollmentCollection: co.autoEnrollmentCollection,
    positions: co.workloads.map((w) => w.position),
    pilots: co.workloads.map((w) => w.pilotCollection),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The fewest engine actions that take the state to the draft, in an order the engine accepts. */
export function actionsFor(state: SimState, draft: Draft): Action[] {
  const now = draftOf(state);
  const actions: Action[] = [];
  if (!same(now.upload, draft.upload) || now.endpointAnalytics !== draft.endpointAnalytics)
    actions.push({ type: 'set-upload', upload: draft.upload, endpointAnalytics: draft.endpointAnalytics });
  const pilotChanged = draft.autoEnrollment === 'pilot' && draft.autoEnrollmentCollection !== now.autoEnrollmentCollection;
  if (draft.autoEnrollment !== now.autoEnrollment || pilotChanged)
    actions.push({
      type: 'set-auto-enrollment',
      autoEnrollment: draft.autoEnrollment,
      collection: draft.autoEnrollment === 'pilot' ? draft.autoEnrollmentCollection : null,
    });
  if (passesGate('per-workload-pilot', state.site.version)) {
    WORKLOAD_IDS.forEach((workload, k) => {
      const collection = draft.pilots[k];
      if (collection && collection !== now.pilots[k]) actions.push({ type: 'set-pilot-collection', workload, collection });
    });
  } else if (draft.pilots[0] && draft.pilots[0] !== now.pilots[0]) {
    actions.push({ type: 'set-pilot-collection', workload: 'all', collection: draft.pilots[0] });
  }
  WORKLOAD_IDS.forEach((workload, k) => {
    if (draft.positions[k] !== now.positions[k]) actions.push({ type: 'set-workload', workload, position: draft.positions[k]! });
  });
  return actions;
}

/**
 * What a pending upload change does to the admin center's list: devices leaving, devices coming,
 * and when (rule 13; the engine removes records at once when the upload is turned off).
 */
export function uploadChange(state: SimState, draft: Draft): string[] {
  const current = state.settings.cloudAttach?.upload ?? null;
  if (same(current, draft.upload)) return [];
  const visible = state.upload.visible;
  const lines: string[] = [];
  if (draft.upload === null) {
    if (visible.length)
      lines.push(
        `${count(visible.length, 'device')} will no longer be uploaded: turning the upload off offboards the hierarchy, and in this simulator their records leave the admin center as soon as you apply.`,
      );
    else lines.push('Turning the upload off offboards the hierarchy from the admin center.');
    return lines;
  }
  const mark = uploadScopeMark(state, draft.upload);
  let leaving = 0;
  for (const i of visible) if (!mark[i]) leaving++;
  let shown = 0;
  const isVisible = new Uint8Array(state.devices.length);
  for (const i of visible) isVisible[i] = 1;
  let coming = 0;
  mark.forEach((m, i) => {
    if (m) {
      shown++;
      if (!isVisible[i]) coming++;
    }
  });
  const next = state.upload.nextCycleAt;
  const when = next === null ? 'the first upload cycle after you apply' : `the next upload cycle (${formatSimTime(next)})`;
  const first = state.upload.lastSyncAt === null;
  if (leaving) lines.push(`${count(leaving, 'device')} will no longer be uploaded: they leave the admin center 5 to 10 minutes after ${when}.`);
  if (first) lines.push(`The first upload cycle is a full sync of the ${count(shown, 'device')} in scope; later cycles upload only the changes (deltas).`);
  else if (coming) lines.push(`${count(coming, 'more device')} will be uploaded by ${when}, a delta that sends only the changes.`);
  else if (leaving) lines.push('That cycle is a delta: it sends only the changes.');
  return lines;
}

function PropertiesDialog({ ctx }: { ctx: ConsoleContext }) {
  const { state, idPrefix } = ctx;
  const version = state.site.version;
  const p = `${idPrefix}-props`;
  const [draft, setDraft] = useState<Draft>(() => draftOf(state));
  const tabs = propertiesTabs(version);
  const fromLocation = ctx.location.view.slice('cm.properties.'.length) as PropertiesTab;
  const tab = tabs.includes(fromLocation) ? fromLocation : tabs[0]!;
  const pending = actionsFor(state, draft);
  const close = () => ctx.open('cm.cloud-attach');
  const { refusal, said, footer } = usePendingDialog(ctx, pending, close);
  const them = pending.length === 1 ? 'it' : 'them';
  const exists = state.settings.cloudAttach !== null;
  // Nothing to show (a link made before cloud attach was configured): back to the node.
  useEffect(() => {
    if (!exists) close();
  }, [exists]);
  if (!exists) return null;
  const change = (next: Partial<Draft>) => setDraft((now) => ({ ...now, ...next }));
  const Tab = { 'configure-upload': UploadTab, enablement: EnablementTab, workloads: WorkloadsTab, staging: StagingTab }[tab];

  return (
    <CmDialog
      id={p}
      title={`${OBJECT_NAME} Properties`}
      onCancel={close}
      returnFocusTo={ids.properties(idPrefix)}
      initialFocus={`${p}-tab-${tab}`}
      class="cm-properties"
      footer={footer}
      inline={ctx.presenting}
    >
      <DialogTabs
        id={p}
        label="Properties tabs"
        tabs={tabs.map((id) => ({ id, label: TAB_LABELS[id] }))}
        selected={tab}
        onSelect={(next) => ctx.open(`cm.properties.${next}` as ViewId)}
      />
      <div class="cm-tabpanel" role="tabpanel" id={`${p}-panel`} aria-labelledby={`${p}-tab-${tab}`}>
        <Alert text={refusal} />
        <Tab state={state} p={p} draft={draft} change={change} marks={ctx.stepMarks} />
      </div>
      <p class="cm-dialog__status" role="status">
        {pending.length
          ? `${count(pending.length, 'change')} not applied yet: Apply or OK sends ${them}, Cancel discards ${them}.`
          : (said ?? '')}
      </p>
    </CmDialog>
  );
}

interface TabProps {
  state: SimState;
  p: string;
  draft: Draft;
  change: (next: Partial<Draft>) => void;
  /** In the presenter view, what the step on screen changed (`ConsoleContext.stepMarks`): marked `data-step-change`. */
  marks?: ReadonlyMap<string, string> | null | undefined;
}

function UploadTab({ state, p, draft, change, marks }: TabProps) {
  const lines = uploadChange(state, draft);
  const china = state.settings.cloudAttach?.environment === 'china';
  return (
    <div data-step-change={marks?.has('upload') ? '' : undefined}>
      {china && <p class="cm-hint">The Azure China Cloud cannot upload devices or use Endpoint analytics.</p>}
      <UploadFields
        state={state}
        id={`${p}-up`}
        toggle
        disabled={china}
        value={{ upload: draft.upload, endpointAnalytics: draft.endpointAnalytics }}
        onChange={(value) => change(value)}
      />
      {lines.map((line) => (
        <p class="cm-note" key={line}>
          {line}
        </p>
      ))}
    </div>
  );
}

/** The ccmsetup command line the Enablement tab shows once a cloud management gateway exists (fact sheet 6.2). */
export function commandLine(state: SimState): string | null {
  if (!state.site.cloudManagementGateway) return null;
  const code = state.site.code;
  // UNCONFIRMED values: the gateway's name and ID are made up in this simulator; the shape follows
  // Microsoft's example (CCMHOSTNAME without https://, then SMSSITECODE).
  return `CCMSETUPCMD="CCMHOSTNAME=${code}-CMG.CLOUDAPP.NET/CCM_Proxy_MutualAuth/72057594037927938 SMSSITECODE=${code}"`;
}

function EnablementTab({ state, p, draft, change, marks }: TabProps) {
  const version = state.site.version;
  const current = state.settings.coManagement.autoEnrollment;
  const collection = draft.autoEnrollmentCollection ?? firstCollection(state);
  const eligibleAll = useMemo(() => funnelCounts(state).eligible, [state]);
  let hint: string = ENROLLMENT_HINTS[draft.autoEnrollment];
  if (draft.autoEnrollment === 'all') hint = `${hint} ${count(eligibleAll, 'device')} eligible.`;
  if (draft.autoEnrollment === 'pilot') {
    const mark = collectionMark(state, collection);
    let members = 0;
    let eligible = 0;
    mark.forEach((m, i) => {
      if (!m) return;
      members++;
      if (funnelOf(state, i).eligible) eligible++;
    });
    hint = `${hint} ${collectionName(state, collection)} has ${count(members, 'member')}; ${eligible.toLocaleString('en-US')} of them ${eligible === 1 ? 'is' : 'are'} eligible.`;
  }
  const line = commandLine(state);
  const noneWhy =
    current !== 'none'
      ? 'In this simulator co-management cannot be turned off again (offboarding co-management is out of scope).'
      : !passesGate('enablement-none', version)
        ? 'None appears with Configuration Manager 2002.'
        : null;
  return (
    <>
      <fieldset class="cm-fieldset" aria-describedby={`${p}-auto-hint`} data-step-change={marks?.has('enablement') ? '' : undefined}>
        <legend>Automatic enrollment in Intune</legend>
        {ENROLLMENT_ORDER.map((value) => {
          const why = value === 'none' ? noneWhy : null;
          return (
            <Check
              radio
              key={value}
              title={why ?? undefined}
              name={`${p}-auto`}
              checked={draft.autoEnrollment === value}
              disabled={why !== null}
              onCheck={(on) => on && change({ autoEnrollment: value, autoEnrollmentCollection: value === 'pilot' ? collection : draft.autoEnrollmentCollection })}
            >
              {AUTO_ENROLLMENT_LABELS[value]}
            </Check>
          );
        })}
        {noneWhy && <p class="cm-hint">None: {noneWhy}</p>}
        <p class="cm-hint" id={`${p}-auto-hint`}>
          {hint} Enrolling moves no workload.
        </p>
      </fieldset>
      <AutoEnrollmentCollection state={state} p={p} draft={draft} change={change} id={`${p}-autocoll`} />
      <div class="cm-field">
        {line ? (
          <>
            <label for={`${p}-cmdline`}>Command line to install the Configuration Manager client</label>
            <textarea id={`${p}-cmdline`} readOnly rows={3} class="cm-mono" value={line} />
            <p class="cm-hint">
              For internet-based devices: Intune installs the client with this command line (co-management settings policy). The gateway's address and
              ID are made up in this simulator.
            </p>
          </>
        ) : (
          <p class="cm-hint">
            No command line for internet-based devices: this site has no cloud management gateway, so such devices could not reach it. The Enablement
            tab shows the command line once a gateway exists.
          </p>
        )}
      </div>
    </>
  );
}

function AutoEnrollmentCollection({ state, draft, change, id }: TabProps & { id: string }) {
  const collection = draft.autoEnrollmentCollection ?? firstCollection(state);
  return (
    <CollectionField
      state={state}
      id={id}
      label="Intune Auto Enrollment collection"
      value={collection}
      disabled={draft.autoEnrollment !== 'pilot'}
      onPick={(next) => change({ autoEnrollmentCollection: next })}
    >
      {draft.autoEnrollment !== 'pilot' && <p class="cm-hint">Used only when Automatic enrollment in Intune is Pilot.</p>}
    </CollectionField>
  );
}

/** Why a workload's stops are disabled, given the draft (pending changes count). */
export function sliderGates(state: SimState, draft: Draft, workload: WorkloadId): Partial<Record<SliderPosition, string>> {
  const version = state.site.version;
  const k = WORKLOAD_IDS.indexOf(workload);
  const gates: Partial<Record<SliderPosition, string>> = {};
  const versionGate =
    workload === 'resource-access-policies' && !passesGate('resource-access-workload', version)
      ? 'Resource access policies are removed in Configuration Manager 2211.'
      : workload === 'endpoint-protection' && !passesGate('endpoint-protection-workload', version)
        ? 'The Endpoint Protection workload needs Configuration Manager 1802 or later.'
        : null;
  if (versionGate) return { 'pilot-intune': versionGate, intune: versionGate };
  if (draft.pilots[k] === null) gates['pilot-intune'] = 'Choose a workload pilot collection on the Staging tab first.';
  return gates;
}

function WorkloadsTab({ state, p, draft, change, marks }: TabProps) {
  const version = state.site.version;
  const enabled = draft.autoEnrollment !== 'none';
  const total = state.devices.length;
  // Effective authority as applied (the authority map's figures): pending slider moves change nothing yet.
  const counts = useMemo(() => authorityCounts(deriveAuthorityTable(state)), [state]);
  const changed = WORKLOAD_IDS.some((_, k) => draft.positions[k] !== state.settings.coManagement.workloads[k]!.position);
  return (
    <>
      <p class="cm-hint" id={`${p}-wl-hint`}>
        The sliders show each workload's slider position. What a device actually gets, its effective authority, is in the authority map (Lab views).
        {!enabled && ' Co-management is not enabled (Automatic enrollment in Intune is None): set Pilot or All on the Enablement tab first.'}
      </p>
      <div class="cm-sliders">
        {WORKLOAD_IDS.map((workload, k) => {
          const label = WORKLOAD_LABELS[workload];
          const gates = sliderGates(state, draft, workload);
          const notes = [
            workload === 'resource-access-policies' ? resourceAccessNote(version) : null,
            workload === 'device-configuration' ? 'Moving Device configuration also moves Resource access policies and Endpoint Protection for the same devices.' : null,
            gates['pilot-intune'] && !gates.intune ? gates['pilot-intune'] : null,
          ].filter((n): n is string => n !== null);
          const noteId = `${p}-wl-${workload}-note`;
          const applied = state.settings.coManagement.workloads[k]!.position;
          return (
            <div class="cm-slider-row" key={workload} data-step-change={marks?.has(`slider:${workload}`) ? '' : undefined}>
              <ThreeStopSlider
                legend={label}
                name={`${p}-wl-${workload}`}
                value={draft.positions[k]!}
                disabled={!enabled}
                pending={draft.positions[k] !== applied}
                disabledStops={gates}
                describedBy={notes.length ? noteId : undefined}
                onChange={(position) => change({ positions: draft.positions.map((x, j) => (j === k ? position : x)) })}
              />
              {notes.length > 0 && (
                <p class="cm-hint" id={noteId}>
                  {notes.join(' ')}
                </p>
              )}
              <p class="cm-effective">
                {draft.positions[k] !== applied ? `${SLIDER_LABELS[draft.positions[k]!]} once applied. ` : ''}
                Applied now: Intune on {count(counts[k]!, 'device')} of {total.toLocaleString('en-US')}.
              </p>
            </div>
          );
        })}
      </div>
      {changed && <p class="cm-note">The device counts change after Apply: until then the sliders show positions that no device has received.</p>}
    </>
  );
}

function StagingTab({ state, p, draft, change, marks }: TabProps) {
  const version = state.site.version;
  const perWorkload = passesGate('per-workload-pilot', version);
  const raRemoved = !passesGate('resource-access-workload', version);
  const enabled = draft.autoEnrollment !== 'none';
  return (
    <>
      <AutoEnrollmentCollection state={state} p={p} draft={draft} change={change} id={`${p}-stage-autocoll`} />
      <p class="cm-hint">
        The Intune Auto Enrollment collection (for Pilot) should hold every device in the workload pilot collections.
        {!enabled && ' Co-management is not enabled: set Pilot or All on the Enablement tab first.'}
      </p>
      <fieldset class="cm-fieldset" disabled={!enabled}>
        <legend>Workload pilot collections</legend>
        {(perWorkload ? WORKLOAD_IDS : (['compliance-policies'] as const)).map((workload) => {
          const k = WORKLOAD_IDS.indexOf(workload);
          const label = perWorkload ? `Workload pilot collection for ${WORKLOAD_LABELS[workload]}` : 'Workload pilot collection for every workload';
          const gated = perWorkload && workload === 'resource-access-policies' && raRemoved;
          return (
            <div key={workload} data-step-change={marks?.has(`pilot:${workload}`) ? '' : undefined}>
              <CollectionField
                row
                state={state}
                id={`${p}-pilot-${workload}`}
                label={label}
                value={draft.pilots[k] ?? ''}
                none={draft.pilots[k] === null}
                disabled={gated}
                onPick={(picked) => {
                  const value = picked || null;
                  change({ pilots: perWorkload ? draft.pilots.map((x, j) => (j === k ? value : x)) : draft.pilots.map(() => value) });
                }}
              />
            </div>
          );
        })}
        {!perWorkload && <p class="cm-hint">Before 1906 one Pilot collection serves every workload.</p>}
      </fieldset>
    </>
  );
}

const properties: ViewDefinition = {
  title: () => `${OBJECT_NAME} Properties`,
  path: (state, location) => [
    'Administration',
    'Cloud Services',
    coMgmtNode(state.site.version),
    OBJECT_NAME,
    'Properties',
    TAB_LABELS[(location.view.slice('cm.properties.'.length) as PropertiesTab) || 'configure-upload'] ?? 'Configure upload',
  ],
  View: PropertiesDialog,
};

export default properties;
