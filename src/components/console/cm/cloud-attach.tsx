/**
 * Administration > Overview > Cloud Services > Cloud Attach ("Co-management" in 2103 and earlier):
 * the co-management object (CoMgmtSettingsProd) once cloud attach is configured, its settings in
 * the details pane, and the ribbon's Configure Cloud Attach (the wizard) and Properties.
 */
import { atom } from 'nanostores';
import { useStore } from '../../use-store';
import { AZURE_ENVIRONMENT_LABELS } from '../../../sim/constants';
import { formatSimTime } from '../../../sim/derive';
import { enablementLabel, wizardName } from '../../../sim/labels';
import type { CloudAttachSettings, SimState } from '../../../sim/types';
import type { ConsoleContext, ViewDefinition } from '../types';
import {
  OBJECT_NAME,
  configureId,
  configureLabel,
  firstPropertiesTab,
  openWizard,
  propertiesId,
  uploadLabel,
  workloadsSummary,
} from './cloud-attach-object';
import {
  DetailsPane,
  ListPane,
  ListTable,
  Props,
  RibbonButton,
  RibbonGroup,
  coMgmtNode,
  count,
  viewTitleId,
} from './parts';

// Which lab has the object selected in its list (the ribbon's Properties needs a selection). The
// only object starts selected, so its details show at once.
const $unselected = atom<Record<string, true>>({});

function useSelected(ctx: ConsoleContext): boolean {
  const unselected = useStore($unselected);
  return ctx.state.settings.cloudAttach !== null && !unselected[ctx.idPrefix];
}

function select(ctx: ConsoleContext, on: boolean): void {
  const now = { ...$unselected.get() };
  if (on) delete now[ctx.idPrefix];
  else now[ctx.idPrefix] = true;
  $unselected.set(now);
}

function Commands({ ctx }: { ctx: ConsoleContext }) {
  const { state, idPrefix: p, ready } = ctx;
  const version = state.site.version;
  const selected = useSelected(ctx);
  const attach = state.settings.cloudAttach;
  const propertiesWhy =
    attach === null
      ? `There is no ${OBJECT_NAME} yet: run the ${wizardName(version)} first.`
      : !selected
        ? `Select ${OBJECT_NAME} in the list first.`
        : null;
  return (
    <>
      <RibbonGroup label="Create">
        <RibbonButton
          id={configureId(p)}
          label={configureLabel(version)}
          icon="wizard"
          ready={ready}
          unavailable={
            attach !== null
              ? `Cloud attach is already configured: change it in the Properties of ${OBJECT_NAME}.`
              : null
          }
          onClick={() => void openWizard(ctx)}
        />
      </RibbonGroup>
      <RibbonGroup label="Properties">
        <RibbonButton
          id={propertiesId(p)}
          label="Properties"
          icon="properties"
          ready={ready}
          unavailable={propertiesWhy}
          onClick={() => ctx.open(firstPropertiesTab(version))}
        />
      </RibbonGroup>
      <RibbonGroup label={coMgmtNode(version)}>
        <RibbonButton label="Refresh" icon="refresh" size="small" notInLab ready={ready} id={`${p}-cm-refresh`} />
        <RibbonButton label="Delete" icon="delete" size="small" notInLab ready={ready} id={`${p}-cm-delete`} />
      </RibbonGroup>
    </>
  );
}

/** The details pane's upload cycle: when the service connection point uploads next, what the admin center lists. */
function uploadCycle(state: SimState, attach: CloudAttachSettings) {
  const { nextCycleAt, lastSyncAt, pending, visible } = state.upload;
  return (
    <ul class="cm-plain cm-cycle">
      {attach.upload === null ? (
        <li>
          {attach.offboarded
            ? 'Upload is off: the hierarchy was offboarded from the admin center.'
            : 'Upload is off: no device records go to the admin center.'}
        </li>
      ) : (
        <>
          {nextCycleAt !== null && (
            <li>
              Uploads changes every 15 minutes; next upload cycle at {formatSimTime(nextCycleAt)}
              {lastSyncAt === null
                ? ': the first cycle is a full sync of every device in scope.'
                : ': later cycles send only the changes (deltas).'}
            </li>
          )}
          <li>Last upload cycle: {lastSyncAt === null ? 'none yet' : formatSimTime(lastSyncAt)}.</li>
          <li>The admin center lists {count(visible.length, 'device')} from this hierarchy.</li>
          {pending && (
            <li>
              {count(pending.devices.length, 'device record')} from the last cycle appear in the admin center at{' '}
              {formatSimTime(pending.visibleAt)}.
            </li>
          )}
        </>
      )}
      <li>
        {state.site.serviceConnectionPoint
          ? 'The service connection point is online.'
          : 'The service connection point is offline.'}
      </li>
    </ul>
  );
}

function View({ ctx }: { ctx: ConsoleContext }) {
  const { state, idPrefix: p, level } = ctx;
  const version = state.site.version;
  const attach = state.settings.cloudAttach;
  const selected = useSelected(ctx);
  const countId = `${p}-cm-ca-count`;
  return (
    <div class="cm-panes">
      <ListPane items={attach ? 1 : 0} id={countId}>
        {state.wizard && (
          <p class="cm-note" role="note">
            The {wizardName(version)} is open: choose {configureLabel(version)} to return to it.
          </p>
        )}
        <ListTable
          labelledBy={`${viewTitleId(p)} ${countId}`}
          columns={[
            'Name',
            'Azure environment',
            'Automatic enrollment in Intune',
            'Upload to Microsoft Endpoint Manager admin center',
          ]}
          rows={attach ? [attach] : []}
          rowKey={() => OBJECT_NAME}
          cells={(a) => [
            OBJECT_NAME,
            AZURE_ENVIRONMENT_LABELS[a.environment],
            enablementLabel(state),
            a.upload === null ? 'Off' : 'On',
          ]}
          selected={selected ? OBJECT_NAME : null}
          onSelect={() => select(ctx, true)}
          empty={`No items found. Choose ${configureLabel(version)} in the ribbon to create ${OBJECT_NAME}.`}
        />
      </ListPane>
      <DetailsPane title={selected && attach ? OBJECT_NAME : 'Details'} level={level + 1} id={`${p}-cm-ca-details`}>
        {attach && selected ? (
          <>
            <Props
              items={[
                ['Azure environment', AZURE_ENVIRONMENT_LABELS[attach.environment]],
                ['Upload to Microsoft Endpoint Manager admin center', uploadLabel(state, attach.upload)],
                ['Endpoint analytics', attach.endpointAnalytics ? 'On' : 'Off'],
                ['Automatic enrollment in Intune', enablementLabel(state)],
                [
                  'Workloads',
                  <ul class="cm-plain" key="w">
                    {workloadsSummary(state).map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>,
                ],
              ]}
            />
            <p class="cm-subhead">Upload cycle (service connection point)</p>
            {uploadCycle(state, attach)}
          </>
        ) : attach ? (
          <p>Select {OBJECT_NAME} to see its settings.</p>
        ) : (
          <p>
            Cloud attach is not configured on site {state.site.code} (version {version}). {configureLabel(version)} runs
            the {wizardName(version)}, which creates {OBJECT_NAME}.
          </p>
        )}
      </DetailsPane>
    </div>
  );
}

const cloudAttach: ViewDefinition = {
  title: (state) => coMgmtNode(state.site.version),
  path: (state) => ['Administration', 'Cloud Services', coMgmtNode(state.site.version)],
  View,
  Commands,
};

export default cloudAttach;
