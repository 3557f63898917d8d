/**
 * CoMgmtSettingsProd Properties: the co-management object's tabs as the console names them
 * (Configure upload, Enablement, Workloads, Staging; fact sheet 4.5). No General tab: no source
 * names what it holds. Changes are pending: the dialog keeps a draft; Apply sends the fewest engine
 * actions that make the state match it (set-upload, set-auto-enrollment, set-pilot-collection,
 * set-workload) as one change (one Undo), OK applies and closes, Cancel discards. The open tab is
 * the location (cm.properties.<tab>), so share links and the presenter name it.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ViewId } from '../../../sim/views';
import type { ConsoleContext, ViewDefinition } from '../types';
import { OBJECT_NAME, propertiesId } from './cloud-attach-object';
import { CmDialog, DialogTabs, coMgmtNode, count } from './parts';
import { Alert, usePendingDialog } from './dialog-parts';
import { TAB_LABELS, actionsFor, draftOf, propertiesTabs, type Draft, type PropertiesTab } from './properties-draft';
import { EnablementTab, StagingTab, UploadTab, WorkloadsTab } from './properties-tabs';

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
  const Tab = {
    'configure-upload': UploadTab,
    enablement: EnablementTab,
    workloads: WorkloadsTab,
    staging: StagingTab,
  }[tab];

  return (
    <CmDialog
      id={p}
      title={`${OBJECT_NAME} Properties`}
      onCancel={close}
      returnFocusTo={propertiesId(idPrefix)}
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

const properties: ViewDefinition = {
  title: () => `${OBJECT_NAME} Properties`,
  path: (state, location) => [
    'Administration',
    'Cloud Services',
    coMgmtNode(state.site.version),
    OBJECT_NAME,
    'Properties',
    TAB_LABELS[(location.view.slice('cm.properties.'.length) as PropertiesTab) || 'configure-upload'] ??
      'Configure upload',
  ],
  View: PropertiesDialog,
};

export default properties;
