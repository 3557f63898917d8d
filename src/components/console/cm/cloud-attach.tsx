/**
 * Administration > Overview > Cloud Services > Cloud Attach ("Co-management" in 2103 and earlier):
 * the co-management object (CoMgmtSettingsProd) once cloud attach is configured, its settings in
 * the details pane, and the ribbon's Configure Cloud Attach (the wizard) and Properties.
 */
import { atom } from 'nanostores';
import { useStore } from '../../use-store';
import { AZURE_ENVIRONMENT_LABELS, SLIDER_LABELS, WORKLOAD_IDS, WORKLOAD_LABELS, passesGate } from '../../../sim/constants';
import { collectionName } from '../../../sim/collections';
import { formatSimTime } from '../../../sim/derive';
import { enablementLabel, wizardName } from '../../../sim/labels';
import type { SimState, UploadScope } from '../../../sim/types';
import type { ViewId } from '../../../sim/views';
import type { ConsoleContext, ViewDefinition } from '../types';
import { DetailsPane, ListPane, ListTable, Props, RibbonButton, RibbonGroup, coMgmtNode, count, viewTitleId } from './parts';

/** The production co-management object's name (fact sheet 3.4 C, 5.6). */
export const OBJECT_NAME = 'CoMgmtSettingsProd';

/** The ribbon command that opens the wizard on this version (fact sheet 3.2). */
export function configureLabel(version: number): string {
  return version >= 2107 ? 'Configure Cloud Attach' : 'Configure co-management';
}

/** An upload scope in the console's words. */
export function uploadLabel(state: SimState, upload: UploadScope | null): string {
  if (upload === null) return 'Off';
  if (upload === 'all') return 'All devices managed by Microsoft Endpoint Configuration Manager';
  return `Specific Collection: ${collectionName(state, upload.collection)} (with its child collections)`;
}

/** The Properties tab a learner lands on first: Configure upload, or Enablement before 2002. */
export function firstPropertiesTab(version: number): ViewId {
  return passesGate('tenant-attach', version) ? 'cm.properties.configure-upload' : 'cm.properties.enablement';
}

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

export const ids = {
  configure: (p: string) => `${p}-cm-configure`,
  properties: (p: string) => `${p}-cm-properties`,
};

/** Opens the wizard: the engine opens it (open-wizard) unless it is open already. */
export async function openWizard(ctx: ConsoleContext): Promise<void> {
  if (ctx.state.wizard) {
    ctx.open('cm.wizard');
    return;
  }
  if (await ctx.act({ type: 'open-wizard' })) ctx.open('cm.wizard');
}

function Commands({ ctx }: { ctx: ConsoleContext }) {
  const { state, idPrefix: p, ready } = ctx;
  const version = state.site.version;
  const selected = useSelected(ctx);
  const attach = state.settings.cloudAttach;
  const propertiesWhy =
    attach === null ? `There is no ${OBJECT_NAME} yet: run the ${wizardName(version)} first.` : !selected ? `Select ${OBJECT_NAME} in the list first.` : null;
  return (
    <>
      <RibbonGroup label="Create">
        <RibbonButton
          id={ids.configure(p)}
          label={configureLabel(version)}
          icon="wizard"
          ready={ready}
          unavailable={attach !== null ? `Cloud attach is already configured: change it in the Properties of ${OBJECT_NAME}.` : null}
          onClick={() => void openWizard(ctx)}
        />
      </RibbonGroup>
      <RibbonGroup label="Properties">
        <RibbonButton
          id={ids.properties(p)}
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

/** One line per workload not at Configuration Manager, or "every workload at Configuration Manager". */
export function workloadsSummary(state: SimState): string[] {
  const { workloads } = state.settings.coManagement;
  const moved = WORKLOAD_IDS.flatMap((id, w) => {
    const s = workloads[w]!;
    if (s.position === 'configmgr') return [];
    const pilot = s.position === 'pilot-intune' && s.pilotCollection ? ` (workload pilot collection: ${collectionName(state, s.pilotCollection)})` : '';
    return [`${WORKLOAD_LABELS[id]}: ${SLIDER_LABELS[s.position]}${pilot}`];
  });
  return moved.length ? moved : ['Every workload at Configuration Manager'];
}

function View({ ctx }: { ctx: ConsoleContext }) {
  const { state, idPrefix: p, level } = ctx;
  const version = state.site.version;
  const attach = state.settings.cloudAttach;
  const selected = useSelected(ctx);
  const countId = `${p}-cm-ca-count`;
  const { nextCycleAt, lastSyncAt, pending, visible } = state.upload;
  const upload = attach?.upload ?? null;
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
          columns={['Name', 'Azure environment', 'Automatic enrollment in Intune', 'Upload to Microsoft Endpoint Manager admin center']}
          rows={attach ? [attach] : []}
          rowKey={() => OBJECT_NAME}
          cells={(a) => [OBJECT_NAME, AZURE_ENVIRONMENT_LABELS[a.environment], enablementLabel(state), a.upload === null ? 'Off' : 'On']}
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
            <ul class="cm-plain cm-cycle">
              {upload === null ? (
                <li>{attach.offboarded ? 'Upload is off: the hierarchy was offboarded from the admin center.' : 'Upload is off: no device records go to the admin center.'}</li>
              ) : (
                <>
                  {nextCycleAt !== null && (
                    <li>
                      Uploads changes every 15 minutes; next upload cycle at {formatSimTime(nextCycleAt)}
                      {lastSyncAt === null ? ': the first cycle is a full sync of every device in scope.' : ': later cycles send only the changes (deltas).'}
                    </li>
                  )}
                  <li>Last upload cycle: {lastSyncAt === null ? 'none yet' : formatSimTime(lastSyncAt)}.</li>
                  <li>The admin center lists {count(visible.length, 'device')} from this hierarchy.</li>
                  {pending && (
                    <li>
                      {count(pending.devices.length, 'device record')} from the last cycle appear in the admin center at {formatSimTime(pending.visibleAt)}.
                    </li>
                  )}
                </>
              )}
              <li>{state.site.serviceConnectionPoint ? 'The service connection point is online.' : 'The service connection point is offline.'}</li>
            </ul>
          </>
        ) : attach ? (
          <p>Select {OBJECT_NAME} to see its settings.</p>
        ) : (
          <p>
            Cloud attach is not configured on site {state.site.code} (version {version}). {configureLabel(version)} runs the {wizardName(version)}, which
            creates {OBJECT_NAME}.
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
