/**
 * The Cloud Attach Configuration Wizard, page by page: Cloud attach (Azure environment, Sign In,
 * default or customised settings), Configure upload, Enablement, Summary. Every choice is an engine
 * action (wizard-*); the engine's refusals reach the learner through the store's notice. Back has
 * no engine action: it steps the timeline back to the previous page as it was left.
 */
import { useState } from 'preact/hooks';
import { useStore } from '../../use-store';
import { AUTO_ENROLLMENT_LABELS, AUTO_ENROLLMENT_VALUES, AZURE_ENVIRONMENTS, AZURE_ENVIRONMENT_LABELS, type AzureEnvironment } from '../../../sim/constants';
import { collectionName } from '../../../sim/collections';
import { wizardName, wizardPageTitle } from '../../../sim/labels';
import { WIZARD_PAGES } from '../../../sim/types';
import { H, onCheck, uploadLabel, type ViewProps } from './parts';
import { UploadFields, firstCollection } from './UploadFields';

/** What each "Automatic enrollment in Intune" value does (fact sheet 3.4, 4.2). */
const ENROLLMENT_HINTS = {
  none: 'Co-management is not enabled: no client enrolls.',
  pilot: 'Only eligible members of the Intune Auto Enrollment collection enroll.',
  all: 'Every eligible device enrolls (the Co-management Eligible Devices collection).',
} as const;

export function Wizard({ store, state, level, p, act, focusNext }: ViewProps) {
  const w = state.wizard!;
  const v = state.site.version;
  const timeline = useStore(store.$timeline);
  const [environment, setEnvironment] = useState<AzureEnvironment>(w.environment ?? 'public');
  const [autoCollection, setAutoCollection] = useState(w.autoEnrollmentCollection ?? firstCollection(state));
  const pages = WIZARD_PAGES.filter((page) => (page === 'workloads' ? v < 2111 : page !== 'configure-upload' || v >= 2002));
  const at = pages.indexOf(w.page);
  const pageId = `${p}-wpage`;
  const pilot = w.autoEnrollment === 'pilot';

  function back() {
    for (let k = timeline.cursor - 1; k >= 0; k--) {
      const earlier = timeline.states[k]!.wizard;
      if (!earlier) return;
      if (earlier.page !== w.page) {
        focusNext(pageId);
        store.goTo(k);
        return;
      }
    }
  }
  const enablement = (autoEnrollment: (typeof AUTO_ENROLLMENT_VALUES)[number], collection: string) =>
    act({ type: 'wizard-set-enablement', autoEnrollment, collection: autoEnrollment === 'pilot' ? collection : null });

  return (
    <section class="ta-wizard" aria-labelledby={`${p}-wizard`}>
      <H n={level} id={`${p}-wizard`}>
        {wizardName(v)}
      </H>
      <ol class="ta-steps" aria-label="Wizard pages">
        {pages.map((page, k) => (
          <li key={page} aria-current={k === at ? 'step' : undefined} class={k < at ? 'ta-done' : undefined}>
            {wizardPageTitle(v, page)}
          </li>
        ))}
      </ol>
      <H n={level + 1} id={pageId} tabIndex={-1} class="ta-page-title">
        {wizardPageTitle(v, w.page)}
      </H>

      {w.page === 'cloud-attach' && (
        <>
          <div class="ta-field">
            <label for={`${p}-env`}>Azure environment</label>
            <select id={`${p}-env`} value={environment} onChange={(event) => setEnvironment(event.currentTarget.value as AzureEnvironment)}>
              {AZURE_ENVIRONMENTS.map((env) => (
                <option key={env} value={env}>
                  {AZURE_ENVIRONMENT_LABELS[env]}
                </option>
              ))}
            </select>
          </div>
          <p class="ta-row">
            <button type="button" class="button" onClick={() => act({ type: 'wizard-sign-in', environment })}>
              Sign In
            </button>
            <span>
              {w.environment
                ? `Signed in as ${state.admin.name} (${AZURE_ENVIRONMENT_LABELS[w.environment]}).`
                : 'Sign in as an Entra Global Administrator: onboarding creates an app registration and a service principal in the tenant.'}
            </span>
          </p>
          {v >= 2111 && (
            <fieldset class="ta-fieldset">
              <legend>Settings</legend>
              <label class="ta-choice">
                <input type="radio" name={`${p}-mode`} checked={w.mode === 'default'} onChange={onCheck(() => act({ type: 'wizard-set-mode', mode: 'default' }))} />
                Use default settings (recommended)
              </label>
              <label class="ta-choice">
                <input type="radio" name={`${p}-mode`} checked={w.mode === 'customize'} onChange={onCheck(() => act({ type: 'wizard-set-mode', mode: 'customize' }))} />
                Customize settings
              </label>
              <p class="ta-hint">
                The default settings upload all devices, enable Endpoint analytics and set Automatic enrollment in Intune to All, with every workload
                at Configuration Manager.
              </p>
            </fieldset>
          )}
        </>
      )}

      {w.page === 'configure-upload' && (
        <UploadFields
          state={state}
          id={`${p}-wup`}
          value={w}
          onChange={(value) => act({ type: 'wizard-set-upload', upload: value.upload, endpointAnalytics: value.endpointAnalytics })}
        />
      )}

      {w.page === 'enablement' && (
        <fieldset class="ta-fieldset">
          <legend>Automatic enrollment in Intune</legend>
          {AUTO_ENROLLMENT_VALUES.map((value) => (
            <label class="ta-choice" key={value}>
              <input type="radio" name={`${p}-auto`} checked={w.autoEnrollment === value} onChange={onCheck(() => enablement(value, autoCollection))} />
              {AUTO_ENROLLMENT_LABELS[value]}
            </label>
          ))}
          <p class="ta-hint">{ENROLLMENT_HINTS[w.autoEnrollment]} Enrolling moves no workload.</p>
          <div class="ta-field">
            <label for={`${p}-autocoll`}>Intune Auto Enrollment collection</label>
            <select
              id={`${p}-autocoll`}
              value={w.autoEnrollmentCollection ?? autoCollection}
              disabled={!pilot}
              onChange={(event) => {
                const next = event.currentTarget.value;
                void enablement('pilot', next).then((ok) => ok && setAutoCollection(next));
              }}
            >
              {state.collections.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
      )}

      {w.page === 'workloads' && <p class="ta-hint">Every workload stays at Configuration Manager here; move workloads later in the co-management Properties.</p>}

      {w.page === 'summary' && (
        <dl class="ta-dl">
          <dt>Azure environment</dt>
          <dd>{AZURE_ENVIRONMENT_LABELS[w.environment ?? 'public']}</dd>
          <dt>Signed in as</dt>
          <dd>{state.admin.name}</dd>
          {v >= 2111 && (
            <>
              <dt>Settings</dt>
              <dd>{w.mode === 'default' ? 'Use default settings (recommended)' : 'Customize settings'}</dd>
            </>
          )}
          <dt>Upload to Microsoft Endpoint Manager admin center</dt>
          <dd>{uploadLabel(state, w.upload)}</dd>
          <dt>Endpoint analytics</dt>
          <dd>{w.endpointAnalytics ? 'On' : 'Off'}</dd>
          <dt>Automatic enrollment in Intune</dt>
          <dd>
            {AUTO_ENROLLMENT_LABELS[w.autoEnrollment]}
            {pilot && w.autoEnrollmentCollection && ` (Intune Auto Enrollment collection: ${collectionName(state, w.autoEnrollmentCollection)})`}
          </dd>
          {v >= 2111 && (
            <>
              <dt>Workloads</dt>
              <dd>Every workload stays at Configuration Manager; move workloads later in the co-management Properties.</dd>
            </>
          )}
        </dl>
      )}

      <div class="ta-row">
        <button type="button" class="button button--quiet" disabled={at <= 0} onClick={back}>
          Back
        </button>
        {w.page === 'summary' ? (
          <button type="button" class="button" onClick={() => act({ type: 'wizard-finish' }, `${p}-cm`)}>
            Finish
          </button>
        ) : (
          <button type="button" class="button" onClick={() => act({ type: 'wizard-next' }, pageId)}>
            Next
          </button>
        )}
        <button type="button" class="button button--quiet" onClick={() => act({ type: 'wizard-cancel' }, `${p}-open`)}>
          Cancel
        </button>
      </div>
    </section>
  );
}
