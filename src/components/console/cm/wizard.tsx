/**
 * The Cloud Attach Configuration Wizard (Co-management Configuration Wizard before 2107) as a modal
 * dialog over the Cloud Attach node: the page list on the left with the current page marked, the
 * page, and Previous / Next / Summary / Cancel (Close on the Completion page). Every choice is an
 * engine action (wizard-*), dispatched as the learner makes it; a refusal shows inside the dialog.
 * Previous has no engine action: it shows the timeline's earlier state of the wizard (the page as it
 * was left), as the store's Undo does.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '../../use-store';
import {
  AUTO_ENROLLMENT_LABELS,
  AZURE_ENVIRONMENTS,
  AZURE_ENVIRONMENT_LABELS,
  WORKLOAD_IDS,
  WORKLOAD_LABELS,
  passesGate,
  type AutoEnrollment,
  type AzureEnvironment,
  type SliderPosition,
  type WorkloadId,
} from '../../../sim/constants';
import { collectionName } from '../../../sim/collections';
import { wizardName, wizardPageTitle } from '../../../sim/labels';
import { WIZARD_PAGES, type Action, type SimState, type WizardPage, type WizardState, type WorkloadSetting } from '../../../sim/types';
import type { ConsoleContext, ViewDefinition } from '../types';
import { ids, uploadLabel } from './cloud-attach';
import { CmDialog, DialogButton, H, Props, ThreeStopSlider, coMgmtNode } from './parts';
import { Alert, Check, CollectionField, useDialogNotices } from './dialog-parts';
import { ENROLLMENT_HINTS, ENROLLMENT_ORDER, UploadFields, firstCollection } from './wizard-fields';

/** The wizard's pages on this version (fact sheet 4.1). */
export function wizardPages(version: number): WizardPage[] {
  return WIZARD_PAGES.filter((page) => (page === 'workloads' ? version < 2111 : page !== 'configure-upload' || passesGate('tenant-attach', version)));
}

/** The wizard-next actions that take the wizard from its page to the Summary page, or null if Next is needed first. */
export function toSummary(state: SimState): Action[] | null {
  const w = state.wizard;
  if (!w || w.page === 'summary') return null;
  if (w.page === 'cloud-attach' && w.environment === null) return null;
  const version = state.site.version;
  if (w.page === 'cloud-attach' && version >= 2111 && w.mode === 'default') return [{ type: 'wizard-next' }];
  const pages = wizardPages(version);
  let steps = pages.indexOf('summary') - pages.indexOf(w.page);
  // Before 2111, None skips the Workloads page.
  if (version < 2111 && w.autoEnrollment === 'none' && pages.indexOf(w.page) < pages.indexOf('workloads')) steps--;
  return Array.from({ length: Math.max(1, steps) }, () => ({ type: 'wizard-next' }) as const);
}


function WizardDialog({ ctx }: { ctx: ConsoleContext }) {
  const { state, store, idPrefix, level } = ctx;
  const p = `${idPrefix}-wiz`;
  const version = state.site.version;
  const timeline = useStore(store.$timeline);
  const live = state.wizard;
  // The wizard as last seen: the Completion page shows what was applied after wizard-finish closed it.
  const last = useRef<WizardState | null>(live);
  if (live) last.current = live;
  const [done, setDone] = useState(false);
  // The presenter view's step that finished the wizard opens it at its Completion page: the
  // wizard as it was on the Summary page is the state before Finish.
  const finished = ctx.presenting && !live && ctx.entry?.action.type === 'wizard-finish' ? (ctx.previous?.wizard ?? null) : null;
  const w = live ?? last.current ?? finished;
  const [environment, setEnvironment] = useState<AzureEnvironment>(w?.environment ?? 'public');
  const [autoCollection, setAutoCollection] = useState(w?.autoEnrollmentCollection ?? firstCollection(state));
  const { refusal } = useDialogNotices(ctx);
  const headingId = `${p}-page`;
  const page: WizardPage | 'completion' = done || (finished && !live) ? 'completion' : (w?.page ?? 'cloud-attach');

  // Set while wizard-finish runs: the wizard closes in the engine before the Completion page shows.
  const finishing = useRef(false);
  // The wizard closed some other way (Undo before it opened, a link): back to the node. Not in the
  // presenter, whose script opens this view as a step's stage and may still be replaying the
  // actions that open the wizard (the engine's code loads on first use): the view waits for them.
  useEffect(() => {
    if (!live && !done && !finished && !finishing.current && !ctx.presenting) ctx.open('cm.cloud-attach');
  }, [live, done]);
  // Each page change moves focus to the page's title.
  const shownPage = useRef(page);
  useEffect(() => {
    if (shownPage.current !== page) document.getElementById(headingId)?.focus();
    shownPage.current = page;
  }, [page]);
  if (!w) return null;

  const pages = wizardPages(version);
  const at = page === 'completion' ? pages.length : pages.indexOf(page);
  const signedInElsewhere = w.environment !== null && environment !== w.environment;
  const pilot = w.autoEnrollment === 'pilot';
  const close = () => ctx.open('cm.cloud-attach');

  async function cancel() {
    if (state.wizard) await ctx.act({ type: 'wizard-cancel' });
    close();
  }
  // The timeline's latest earlier state of this wizard on another page (-1: none; the wizard's start ends the search).
  let back = -1;
  for (let k = timeline.cursor - 1; k >= 0; k--) {
    const earlier = timeline.states[k]!.wizard;
    if (!earlier) break;
    if (earlier.page !== w.page) {
      back = k;
      break;
    }
  }
  function previous() {
    store.goTo(back);
    const env = timeline.states[back]!.wizard!.environment;
    if (env) setEnvironment(env);
  }
  async function next() {
    if (page === 'summary') {
      finishing.current = true;
      const ok = await ctx.act({ type: 'wizard-finish' });
      finishing.current = ok;
      if (ok) setDone(true);
      return;
    }
    await ctx.act({ type: 'wizard-next' });
  }
  const summaryActions = live ? toSummary(state) : null;
  const enablement = (autoEnrollment: AutoEnrollment, collection: string) =>
    ctx.act({ type: 'wizard-set-enablement', autoEnrollment, collection: autoEnrollment === 'pilot' ? collection : null });
  const nextWhy = signedInElsewhere ? 'Sign In again: the Azure environment changed since you signed in.' : null;

  return (
    <CmDialog
      id={p}
      title={wizardName(version)}
      onCancel={() => void (page === 'completion' ? close() : cancel())}
      returnFocusTo={ids.configure(idPrefix)}
      initialFocus={headingId}
      class="cm-wizard"
      inline={ctx.presenting}
      footer={
        page === 'completion' ? (
          <DialogButton label="Close" primary onClick={close} />
        ) : (
          <>
            <DialogButton label="Previous" onClick={previous} unavailable={back < 0 ? 'This is the first page.' : null} />
            <DialogButton label="Next" primary onClick={() => void next()} unavailable={nextWhy} />
            <DialogButton
              label="Summary"
              onClick={() => summaryActions && void ctx.apply(summaryActions)}
              unavailable={summaryActions && !nextWhy ? null : page === 'summary' ? 'This is the Summary page.' : 'Sign In first.'}
            />
            <DialogButton label="Cancel" onClick={() => void cancel()} />
          </>
        )
      }
    >
      <div class="cm-wizard__layout">
        <ol class="cm-wizard__pages" aria-label="Wizard pages">
          {pages.map((name, k) => (
            <li key={name} aria-current={k === at ? 'step' : undefined} class={k < at ? 'cm-wizard__page--done' : undefined}>
              {wizardPageTitle(version, name)}
            </li>
          ))}
          <li aria-current={page === 'completion' ? 'step' : undefined}>Completion</li>
        </ol>
        <div class="cm-wizard__content" data-step-change={ctx.stepMarks?.has('wizard') ? '' : undefined}>
          <H n={level} id={headingId} tabIndex={-1} class="cm-wizard__title">
            {page === 'completion' ? 'Completion' : wizardPageTitle(version, page)}
          </H>
          <Alert text={done ? null : refusal} />

          {page === 'cloud-attach' && (
            <>
              <div class="cm-field">
                <label for={`${p}-env`}>Azure environment</label>
                <select id={`${p}-env`} value={environment} onChange={(event) => setEnvironment(event.currentTarget.value as AzureEnvironment)}>
                  {AZURE_ENVIRONMENTS.map((env) => (
                    <option key={env} value={env}>
                      {AZURE_ENVIRONMENT_LABELS[env]}
                    </option>
                  ))}
                </select>
              </div>
              <p class="cm-row">
                <button type="button" class="cm-dialog__button" onClick={() => void ctx.act({ type: 'wizard-sign-in', environment })}>
                  Sign In
                </button>
                <span>
                  {nextWhy ??
                    (w.environment
                      ? `Signed in as ${state.admin.name} (${AZURE_ENVIRONMENT_LABELS[w.environment]}).`
                      : 'Sign in as an Entra Global Administrator: onboarding creates an app registration and a service principal in the tenant.')}
                </span>
              </p>
              {version >= 2111 && (
                <fieldset class="cm-fieldset">
                  <legend>Settings</legend>
                  <Check radio name={`${p}-mode`} checked={w.mode === 'default'} onCheck={(on) => on && ctx.act({ type: 'wizard-set-mode', mode: 'default' })}>
                    Use default settings (recommended)
                  </Check>
                  <Check radio name={`${p}-mode`} checked={w.mode === 'customize'} onCheck={(on) => on && ctx.act({ type: 'wizard-set-mode', mode: 'customize' })}>
                    Customize settings
                  </Check>
                  <p class="cm-hint">
                    The default settings upload all devices, enable Endpoint analytics and set Automatic enrollment in Intune to All, with every
                    workload at Configuration Manager.
                  </p>
                </fieldset>
              )}
            </>
          )}

          {page === 'configure-upload' && (
            <>
              <UploadFields
                state={state}
                id={`${p}-up`}
                toggle
                value={w}
                onChange={(value) => ctx.act({ type: 'wizard-set-upload', upload: value.upload, endpointAnalytics: value.endpointAnalytics })}
              />
              <p class="cm-hint">
                The first upload cycle, within 15 minutes of finishing, is a full sync of every device in scope; each later cycle uploads only the
                changes (deltas). Records appear in the admin center 5 to 10 minutes after their cycle.
              </p>
            </>
          )}

          {page === 'enablement' && (
            <fieldset class="cm-fieldset">
              <legend>Automatic enrollment in Intune</legend>
              {ENROLLMENT_ORDER.map((value) => (
                <Check radio key={value} name={`${p}-auto`} checked={w.autoEnrollment === value} onCheck={(on) => on && enablement(value, autoCollection)}>
                  {AUTO_ENROLLMENT_LABELS[value]}
                </Check>
              ))}
              <p class="cm-hint">{ENROLLMENT_HINTS[w.autoEnrollment]} Enrolling moves no workload.</p>
              <CollectionField
                state={state}
                id={`${p}-autocoll`}
                label="Intune Auto Enrollment collection"
                value={w.autoEnrollmentCollection ?? autoCollection}
                disabled={!pilot}
                onPick={(next) => {
                  setAutoCollection(next);
                  void enablement('pilot', next);
                }}
              />
            </fieldset>
          )}

          {page === 'workloads' && <WorkloadsPage ctx={ctx} wizard={w} p={p} />}

          {(page === 'summary' || page === 'completion') && (
            <>
              {page === 'completion' && (
                <p role="status" class="cm-hint">
                  The {wizardName(version)} completed successfully: {state.settings.cloudAttach ? 'CoMgmtSettingsProd' : 'the settings'} now hold the settings
                  below. Find them under Administration &gt; Cloud Services &gt; {coMgmtNode(version)}.
                </p>
              )}
              <Props
                items={[
                  ['Azure environment', AZURE_ENVIRONMENT_LABELS[w.environment ?? 'public']],
                  ['Signed in as', state.admin.name],
                  ...(version >= 2111 ? [['Settings', w.mode === 'default' ? 'Use default settings (recommended)' : 'Customize settings'] as const] : []),
                  ...(passesGate('tenant-attach', version)
                    ? ([
                        ['Upload to Microsoft Endpoint Manager admin center', uploadLabel(state, w.upload)],
                        ['Endpoint analytics', w.endpointAnalytics ? 'On' : 'Off'],
                      ] as const)
                    : []),
                  [
                    'Automatic enrollment in Intune',
                    <>
                      {AUTO_ENROLLMENT_LABELS[w.autoEnrollment]}
                      {pilot && w.autoEnrollmentCollection && ` (Intune Auto Enrollment collection: ${collectionName(state, w.autoEnrollmentCollection)})`}
                    </>,
                  ],
                  [
                    'Workloads',
                    version >= 2111 || w.autoEnrollment === 'none'
                      ? 'Every workload stays at Configuration Manager; move workloads later in the co-management Properties.'
                      : workloadLines(state, w.workloads),
                  ],
                ]}
              />
              {page === 'summary' && <p class="cm-hint">Choose Next to apply these settings.</p>}
            </>
          )}
        </div>
      </div>
    </CmDialog>
  );
}

function workloadLines(state: SimState, workloads: WorkloadSetting[]): string {
  const moved = WORKLOAD_IDS.flatMap((id, k) => {
    const s = workloads[k]!;
    if (s.position === 'configmgr') return [];
    const where = s.position === 'pilot-intune' ? `Pilot Intune (${s.pilotCollection ? collectionName(state, s.pilotCollection) : 'no collection'})` : 'Intune';
    return [`${WORKLOAD_LABELS[id]}: ${where}`];
  });
  return moved.length ? moved.join('; ') : 'Every workload at Configuration Manager';
}

/** Before 2111: the Workloads and Staging pages (each slider change is a wizard-set-workload). */
function WorkloadsPage({ ctx, wizard, p }: { ctx: ConsoleContext; wizard: WizardState; p: string }) {
  const { state } = ctx;
  const version = state.site.version;
  const perWorkload = passesGate('per-workload-pilot', version);
  const set = (workload: WorkloadId, position: SliderPosition, pilotCollection: string | null) =>
    ctx.act({ type: 'wizard-set-workload', workload, position, pilotCollection });
  return (
    <>
      <p class="cm-hint">
        Workloads: each slider's position. Staging: the workload pilot collection that Pilot Intune uses
        {perWorkload ? ' (one per workload)' : ' (one Pilot collection for every workload before 1906)'}.
      </p>
      <div class="cm-sliders">
        {WORKLOAD_IDS.map((workload, k) => {
          const s = wizard.workloads[k]!;
          const gated =
            (workload === 'resource-access-policies' && !passesGate('resource-access-workload', version)) ||
            (workload === 'endpoint-protection' && !passesGate('endpoint-protection-workload', version));
          return (
            <ThreeStopSlider
              key={workload}
              legend={WORKLOAD_LABELS[workload]}
              name={`${p}-wl-${workload}`}
              value={s.position}
              onChange={(position) => void set(workload, position, s.pilotCollection)}
              disabledStops={{
                ...(gated ? { 'pilot-intune': 'Not available on this version', intune: 'Not available on this version' } : {}),
                ...(s.pilotCollection === null ? { 'pilot-intune': 'Choose a workload pilot collection first' } : {}),
              }}
            />
          );
        })}
      </div>
      <div class="cm-staging">
        {(perWorkload ? WORKLOAD_IDS : (['compliance-policies'] as const)).map((workload) => {
          const k = WORKLOAD_IDS.indexOf(workload);
          const s = wizard.workloads[k]!;
          const label = perWorkload ? `Workload pilot collection for ${WORKLOAD_LABELS[workload]}` : 'Workload pilot collection for every workload';
          return (
            <CollectionField
              key={workload}
              state={state}
              id={`${p}-pilot-${workload}`}
              label={label}
              value={s.pilotCollection ?? ''}
              none={s.pilotCollection === null}
              onPick={(picked) => set(workload, s.position, picked || null)}
            />
          );
        })}
      </div>
    </>
  );
}

const wizard: ViewDefinition = {
  title: (state) => wizardName(state.site.version),
  path: (state) => ['Administration', 'Cloud Services', coMgmtNode(state.site.version), wizardName(state.site.version)],
  View: WizardDialog,
};

export default wizard;
