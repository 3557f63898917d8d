/**
 * The Configuration Manager console side: Administration > Cloud Services > Cloud Attach, with the
 * wizard while it is open, or cloud attach as configured, the upload cycle on the service
 * connection point, and the Properties > Configure upload tab.
 */
import { useEffect, useState } from 'preact/hooks';
import { AZURE_ENVIRONMENT_LABELS } from '../../../sim/constants';
import { formatSimTime } from '../../../sim/derive';
import { enablementLabel } from '../../../sim/labels';
import { H, count, uploadLabel, type ViewProps } from './parts';
import { UploadFields, type UploadValue } from './UploadFields';
import type { Wizard as WizardView } from './Wizard';

/** The wizard loads when a learner first opens it; later openings reuse it. */
let loadedWizard: typeof WizardView | null = null;

export function Console(props: ViewProps) {
  const { state, level, p, act, ready } = props;
  const [Wizard, setWizard] = useState(() => loadedWizard);
  useEffect(() => {
    if (!state.wizard || Wizard) return;
    void import('./Wizard').then((module) => {
      loadedWizard = module.Wizard;
      setWizard(() => module.Wizard);
    });
  }, [state.wizard, Wizard]);
  const v = state.site.version;
  const attach = state.settings.cloudAttach;
  const { nextCycleAt, lastSyncAt, pending } = state.upload;
  return (
    <section class="ta-panel" aria-labelledby={`${p}-cm`}>
      <H n={level} id={`${p}-cm`} tabIndex={-1}>
        Configuration Manager console
      </H>
      <p class="ta-hint">
        Version {v}, site {state.site.code}. Administration &gt; Cloud Services &gt; {v >= 2107 ? 'Cloud Attach' : 'Co-management'}
      </p>
      {state.wizard ? (
        Wizard ? <Wizard {...props} level={level + 1} /> : <p role="status">Opening the wizard…</p>
      ) : attach === null ? (
        <p>
          <button type="button" id={`${p}-open`} class="button" disabled={!ready} onClick={() => act({ type: 'open-wizard' }, `${p}-wpage`)}>
            {v >= 2107 ? 'Configure Cloud Attach' : 'Configure co-management'}
          </button>
        </p>
      ) : (
        <>
          <dl class="ta-dl">
            <dt>Azure environment</dt>
            <dd>{AZURE_ENVIRONMENT_LABELS[attach.environment]}</dd>
            <dt>Upload to Microsoft Endpoint Manager admin center</dt>
            <dd>{uploadLabel(state, attach.upload)}</dd>
            <dt>Endpoint analytics</dt>
            <dd>{attach.endpointAnalytics ? 'On' : 'Off'}</dd>
            <dt>Automatic enrollment in Intune</dt>
            <dd>{enablementLabel(state)}</dd>
          </dl>
          <H n={level + 1}>Upload cycle (service connection point)</H>
          <ul class="ta-list">
            {nextCycleAt !== null && <li>Uploads changes every 15 minutes; next upload cycle at {formatSimTime(nextCycleAt)}.</li>}
            <li>Last upload cycle: {lastSyncAt === null ? 'none yet' : formatSimTime(lastSyncAt)}.</li>
            {pending && (
              <li>
                {count(pending.devices.length, 'device record')} from that cycle appear in the admin center at {formatSimTime(pending.visibleAt)}.
              </li>
            )}
            <li>{state.site.serviceConnectionPoint ? 'The service connection point is online.' : 'The service connection point is offline.'}</li>
          </ul>
          <details class="ta-details">
            <summary>Properties: Configure upload</summary>
            <UploadTab key={JSON.stringify(attach)} {...props} value={attach} />
          </details>
        </>
      )}
    </section>
  );
}

/** Properties > Configure upload: changes wait for Apply (set-upload). */
function UploadTab({ state, p, act, ready, value }: ViewProps & { value: UploadValue }) {
  const [draft, setDraft] = useState<UploadValue>({ upload: value.upload, endpointAnalytics: value.endpointAnalytics });
  return (
    <form
      class="ta-form"
      onSubmit={(event) => {
        event.preventDefault();
        act({ type: 'set-upload', ...draft });
      }}
    >
      <UploadFields
        state={state}
        id={`${p}-pup`}
        value={draft}
        toggle
        onChange={(next) => {
          setDraft(next);
          return true;
        }}
      />
      <p>
        <button type="submit" class="button" disabled={!ready}>
          Apply
        </button>
      </p>
    </form>
  );
}
