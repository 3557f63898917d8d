/**
 * The wizard's pages (wizard.tsx draws the dialog around them, with its page list and buttons):
 * which pages a version has, the Next presses that reach Summary, and each page's fields (the
 * Workloads page before 2111 in wizard-workloads.tsx). Every choice is an engine action (wizard-*)
 * sent as the learner makes it. Apart from the dialog's code to keep each file short.
 */
import {
  AUTO_ENROLLMENT_LABELS,
  AZURE_ENVIRONMENTS,
  AZURE_ENVIRONMENT_LABELS,
  WORKLOAD_IDS,
  WORKLOAD_LABELS,
  passesGate,
  type AutoEnrollment,
  type AzureEnvironment,
} from '../../../sim/constants';
import { collectionName } from '../../../sim/collections';
import { wizardName } from '../../../sim/labels';
import {
  WIZARD_PAGES,
  type Action,
  type SimState,
  type WizardPage,
  type WizardState,
  type WorkloadSetting,
} from '../../../sim/types';
import type { ConsoleContext } from '../types';
import { uploadLabel } from './cloud-attach-object';
import { Props, coMgmtNode } from './parts';
import { Check, CollectionField } from './dialog-parts';
import { ENROLLMENT_HINTS, ENROLLMENT_ORDER, UploadFields } from './wizard-fields';

/** The wizard's pages on this version (fact sheet 4.1). */
export function wizardPages(version: number): WizardPage[] {
  return WIZARD_PAGES.filter((page) =>
    page === 'workloads' ? version < 2111 : page !== 'configure-upload' || passesGate('tenant-attach', version),
  );
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

/** The Cloud Attach page: the Azure environment, Sign In, and from 2111 default or customized settings. */
export function cloudAttachPage(
  ctx: ConsoleContext,
  w: WizardState,
  p: string,
  environment: AzureEnvironment,
  setEnvironment: (environment: AzureEnvironment) => void,
  nextWhy: string | null,
) {
  return (
    <>
      <div class="cm-field">
        <label for={`${p}-env`}>Azure environment</label>
        <select
          id={`${p}-env`}
          value={environment}
          onChange={(event) => setEnvironment(event.currentTarget.value as AzureEnvironment)}
        >
          {AZURE_ENVIRONMENTS.map((env) => (
            <option key={env} value={env}>
              {AZURE_ENVIRONMENT_LABELS[env]}
            </option>
          ))}
        </select>
      </div>
      <p class="cm-row">
        <button
          type="button"
          class="cm-dialog__button"
          onClick={() => void ctx.act({ type: 'wizard-sign-in', environment })}
        >
          Sign In
        </button>
        <span>
          {nextWhy ??
            (w.environment
              ? `Signed in as ${ctx.state.admin.name} (${AZURE_ENVIRONMENT_LABELS[w.environment]}).`
              : 'Sign in as an Entra Global Administrator: onboarding creates an app registration and a service principal in the tenant.')}
        </span>
      </p>
      {ctx.state.site.version >= 2111 && (
        <fieldset class="cm-fieldset">
          <legend>Settings</legend>
          <Check
            radio
            name={`${p}-mode`}
            checked={w.mode === 'default'}
            onCheck={(on) => on && ctx.act({ type: 'wizard-set-mode', mode: 'default' })}
          >
            Use default settings (recommended)
          </Check>
          <Check
            radio
            name={`${p}-mode`}
            checked={w.mode === 'customize'}
            onCheck={(on) => on && ctx.act({ type: 'wizard-set-mode', mode: 'customize' })}
          >
            Customize settings
          </Check>
          <p class="cm-hint">
            The default settings upload all devices, enable Endpoint analytics and set Automatic enrollment in Intune to
            All, with every workload at Configuration Manager.
          </p>
        </fieldset>
      )}
    </>
  );
}

/** The Configure upload page (2002 and later): which devices to upload, and Endpoint analytics. */
export function uploadPage(ctx: ConsoleContext, w: WizardState, p: string) {
  return (
    <>
      <UploadFields
        state={ctx.state}
        id={`${p}-up`}
        toggle
        value={w}
        onChange={(value) =>
          ctx.act({ type: 'wizard-set-upload', upload: value.upload, endpointAnalytics: value.endpointAnalytics })
        }
      />
      <p class="cm-hint">
        The first upload cycle, within 15 minutes of finishing, is a full sync of every device in scope; each later
        cycle uploads only the changes (deltas). Records appear in the admin center 5 to 10 minutes after their cycle.
      </p>
    </>
  );
}

/** The Enablement page: Automatic enrollment in Intune, and the Pilot's collection. */
export function enablementPage(
  ctx: ConsoleContext,
  w: WizardState,
  p: string,
  autoCollection: string,
  setAutoCollection: (collection: string) => void,
) {
  const pilot = w.autoEnrollment === 'pilot';
  const enablement = (autoEnrollment: AutoEnrollment, collection: string) =>
    ctx.act({
      type: 'wizard-set-enablement',
      autoEnrollment,
      collection: autoEnrollment === 'pilot' ? collection : null,
    });
  return (
    <fieldset class="cm-fieldset">
      <legend>Automatic enrollment in Intune</legend>
      {ENROLLMENT_ORDER.map((value) => (
        <Check
          radio
          key={value}
          name={`${p}-auto`}
          checked={w.autoEnrollment === value}
          onCheck={(on) => on && enablement(value, autoCollection)}
        >
          {AUTO_ENROLLMENT_LABELS[value]}
        </Check>
      ))}
      <p class="cm-hint">{ENROLLMENT_HINTS[w.autoEnrollment]} Enrolling moves no workload.</p>
      <CollectionField
        state={ctx.state}
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
  );
}

/** The Summary page, and the Completion page after Finish: the settings the wizard applies. */
export function summaryPage(ctx: ConsoleContext, w: WizardState, page: 'summary' | 'completion') {
  const { state } = ctx;
  const version = state.site.version;
  const pilot = w.autoEnrollment === 'pilot';
  return (
    <>
      {page === 'completion' && (
        <p role="status" class="cm-hint">
          The {wizardName(version)} completed successfully:{' '}
          {state.settings.cloudAttach ? 'CoMgmtSettingsProd' : 'the settings'} now hold the settings below. Find them
          under Administration &gt; Cloud Services &gt; {coMgmtNode(version)}.
        </p>
      )}
      <Props
        items={[
          ['Azure environment', AZURE_ENVIRONMENT_LABELS[w.environment ?? 'public']],
          ['Signed in as', state.admin.name],
          ...(version >= 2111
            ? [
                [
                  'Settings',
                  w.mode === 'default' ? 'Use default settings (recommended)' : 'Customize settings',
                ] as const,
              ]
            : []),
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
              {pilot &&
                w.autoEnrollmentCollection &&
                ` (Intune Auto Enrollment collection: ${collectionName(state, w.autoEnrollmentCollection)})`}
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
  );
}

function workloadLines(state: SimState, workloads: WorkloadSetting[]): string {
  const moved = WORKLOAD_IDS.flatMap((id, k) => {
    const s = workloads[k]!;
    if (s.position === 'configmgr') return [];
    const where =
      s.position === 'pilot-intune'
        ? `Pilot Intune (${s.pilotCollection ? collectionName(state, s.pilotCollection) : 'no collection'})`
        : 'Intune';
    return [`${WORKLOAD_LABELS[id]}: ${where}`];
  });
  return moved.length ? moved.join('; ') : 'Every workload at Configuration Manager';
}
