/**
 * The co-management Properties' four tabs (Configure upload, Enablement, Workloads, Staging): each
 * shows the draft and changes it, nothing is sent before Apply (properties.tsx). Apart from the
 * dialog's code to keep each file short.
 */
import { useMemo } from 'preact/hooks';
import {
  AUTO_ENROLLMENT_LABELS,
  SLIDER_LABELS,
  WORKLOAD_IDS,
  WORKLOAD_LABELS,
  passesGate,
  resourceAccessNote,
} from '../../../sim/constants';
import { collectionMark, collectionName } from '../../../sim/collections';
import { authorityCounts, deriveAuthorityTable, funnelCounts, funnelOf } from '../../../sim/derive';
import type { SimState } from '../../../sim/types';
import { ThreeStopSlider, count } from './parts';
import { ENROLLMENT_HINTS, ENROLLMENT_ORDER, UploadFields, firstCollection } from './wizard-fields';
import { Check, CollectionField } from './dialog-parts';
import { commandLine, sliderGates, uploadChange, type Draft } from './properties-draft';

/** What every tab gets from the dialog (properties.tsx). */
export interface TabProps {
  state: SimState;
  p: string;
  draft: Draft;
  change: (next: Partial<Draft>) => void;
  /** In the presenter view, what the step on screen changed (`ConsoleContext.stepMarks`): marked `data-step-change`. */
  marks?: ReadonlyMap<string, string> | null | undefined;
}

export function UploadTab({ state, p, draft, change, marks }: TabProps) {
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

export function EnablementTab({ state, p, draft, change, marks }: TabProps) {
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
  const noneWhy =
    current !== 'none'
      ? 'In this simulator co-management cannot be turned off again (offboarding co-management is out of scope).'
      : !passesGate('enablement-none', version)
        ? 'None appears with Configuration Manager 2002.'
        : null;
  return (
    <>
      <fieldset
        class="cm-fieldset"
        aria-describedby={`${p}-auto-hint`}
        data-step-change={marks?.has('enablement') ? '' : undefined}
      >
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
              onCheck={(on) =>
                on &&
                change({
                  autoEnrollment: value,
                  autoEnrollmentCollection: value === 'pilot' ? collection : draft.autoEnrollmentCollection,
                })
              }
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
      {commandLineField(state, p)}
    </>
  );
}

/** The Enablement tab's command line for internet-based devices, once a cloud management gateway exists. */
function commandLineField(state: SimState, p: string) {
  const line = commandLine(state);
  return (
    <div class="cm-field">
      {line ? (
        <>
          <label for={`${p}-cmdline`}>Command line to install the Configuration Manager client</label>
          <textarea id={`${p}-cmdline`} readOnly rows={3} class="cm-mono" value={line} />
          <p class="cm-hint">
            For internet-based devices: Intune installs the client with this command line (co-management settings
            policy). The gateway's address and ID are made up in this simulator.
          </p>
        </>
      ) : (
        <p class="cm-hint">
          No command line for internet-based devices: this site has no cloud management gateway, so such devices could
          not reach it. The Enablement tab shows the command line once a gateway exists.
        </p>
      )}
    </div>
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
      {draft.autoEnrollment !== 'pilot' && (
        <p class="cm-hint">Used only when Automatic enrollment in Intune is Pilot.</p>
      )}
    </CollectionField>
  );
}

export function WorkloadsTab({ state, p, draft, change, marks }: TabProps) {
  const version = state.site.version;
  const enabled = draft.autoEnrollment !== 'none';
  const total = state.devices.length;
  // Effective authority as applied (the authority map's figures): pending slider moves change nothing yet.
  const counts = useMemo(() => authorityCounts(deriveAuthorityTable(state)), [state]);
  const changed = WORKLOAD_IDS.some(
    (_, k) => draft.positions[k] !== state.settings.coManagement.workloads[k]!.position,
  );
  return (
    <>
      <p class="cm-hint" id={`${p}-wl-hint`}>
        The sliders show each workload's slider position. What a device actually gets, its effective authority, is in
        the authority map (Lab views).
        {!enabled &&
          ' Co-management is not enabled (Automatic enrollment in Intune is None): set Pilot or All on the Enablement tab first.'}
      </p>
      <div class="cm-sliders">
        {WORKLOAD_IDS.map((workload, k) => {
          const label = WORKLOAD_LABELS[workload];
          const gates = sliderGates(state, draft, workload);
          const notes = [
            workload === 'resource-access-policies' ? resourceAccessNote(version) : null,
            workload === 'device-configuration'
              ? 'Moving Device configuration also moves Resource access policies and Endpoint Protection for the same devices.'
              : null,
            gates['pilot-intune'] && !gates.intune ? gates['pilot-intune'] : null,
          ].filter((n): n is string => n !== null);
          const noteId = `${p}-wl-${workload}-note`;
          const applied = state.settings.coManagement.workloads[k]!.position;
          return (
            <div
              class="cm-slider-row"
              key={workload}
              data-step-change={marks?.has(`slider:${workload}`) ? '' : undefined}
            >
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
      {changed && (
        <p class="cm-note">
          The device counts change after Apply: until then the sliders show positions that no device has received.
        </p>
      )}
    </>
  );
}

export function StagingTab({ state, p, draft, change, marks }: TabProps) {
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
          const label = perWorkload
            ? `Workload pilot collection for ${WORKLOAD_LABELS[workload]}`
            : 'Workload pilot collection for every workload';
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
                  change({
                    pilots: perWorkload
                      ? draft.pilots.map((x, j) => (j === k ? value : x))
                      : draft.pilots.map(() => value),
                  });
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
