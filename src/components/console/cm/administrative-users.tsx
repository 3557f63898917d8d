/**
 * Administration > Overview > Security > Administrative Users: the acting administrator, the
 * security role the lab models (Full Administrator, with All scope: what configuring cloud attach
 * needs) and the collections the administrator holds rights on (what a device action from the
 * admin center needs). Its Properties dialog keeps changes pending until Apply or OK
 * (set-admin-permission fullAdministrator, set-collection-rights), as the console's dialogs do.
 * The identity facts (synced identity, user discovery, Entra roles, licence) live outside this
 * console: the lab environment view changes them.
 */
import { atom } from 'nanostores';
import { useState } from 'preact/hooks';
import { useStore } from '../../use-store';
import { collectionName } from '../../../sim/collections';
import type { Action, SimState } from '../../../sim/types';
import type { ConsoleContext, ViewDefinition } from '../types';
import {
  CmDialog,
  DetailsPane,
  DialogTabs,
  ListPane,
  ListTable,
  Props,
  RibbonButton,
  RibbonGroup,
  count,
  viewTitleId,
} from './parts';
import { Alert, Check, usePendingDialog } from './dialog-parts';

// Which labs have the acting administrator's Properties open (a dialog of this node, not a view of its own).
const $open = atom<Record<string, true>>({});
const setOpen = (p: string, on: boolean) => {
  const now = { ...$open.get() };
  if (on) now[p] = true;
  else delete now[p];
  $open.set(now);
};

export const securityRoles = (state: SimState) =>
  state.admin.fullAdministrator ? 'Full Administrator' : 'None that this lab models';
export const rightsOn = (state: SimState) =>
  state.admin.collectionRights.map((id) => collectionName(state, id)).join(', ') || 'None';

const propertiesId = (p: string) => `${p}-cm-admin-properties`;

function Commands({ ctx }: { ctx: ConsoleContext }) {
  const p = ctx.idPrefix;
  return (
    <>
      <RibbonGroup label="Create">
        <RibbonButton label="Add User or Group" icon="user" notInLab ready={ctx.ready} id={`${p}-cm-admin-add`} />
      </RibbonGroup>
      <RibbonGroup label="Properties">
        <RibbonButton
          label="Properties"
          icon="properties"
          ready={ctx.ready}
          id={propertiesId(p)}
          onClick={() => setOpen(p, true)}
        />
      </RibbonGroup>
    </>
  );
}

function View({ ctx }: { ctx: ConsoleContext }) {
  const { state, idPrefix: p, level } = ctx;
  const open = useStore($open)[p] === true;
  const countId = `${p}-cm-admin-count`;
  const admin = state.admin;
  return (
    <div class="cm-panes">
      <ListPane items={1} id={countId}>
        <ListTable
          labelledBy={`${viewTitleId(p)} ${countId}`}
          columns={['Name', 'Security Roles', 'Collections']}
          rows={[admin]}
          rowKey={(a) => a.name}
          cells={(a) => [a.name, securityRoles(state), rightsOn(state)]}
          selected={admin.name}
          onSelect={() => undefined}
          empty="No administrative users."
        />
      </ListPane>
      <DetailsPane title={admin.name} level={level + 1} id={`${p}-cm-admin-details`}>
        <Props
          items={[
            ['Security Roles', securityRoles(state)],
            ['Collections', rightsOn(state)],
          ]}
        />
        <p class="cm-hint">
          Configuring cloud attach needs Full Administrator with All scope. A device action from the admin center needs
          rights on a collection that contains the device: in this simulator the role and the collections are separate
          settings. The identity checks (a synced identity, user discovery, the Entra role and the Intune licence) are
          outside this console: change them in the lab environment (Lab views).
        </p>
      </DetailsPane>
      {open && <AdminProperties ctx={ctx} />}
    </div>
  );
}

type AdminTab = 'roles' | 'scopes';

/** The fewest engine actions that make the administrator match the dialog. */
export function adminActions(state: SimState, fullAdministrator: boolean, rights: readonly string[]): Action[] {
  const actions: Action[] = [];
  if (fullAdministrator !== state.admin.fullAdministrator)
    actions.push({ type: 'set-admin-permission', permission: 'fullAdministrator', granted: fullAdministrator });
  for (const c of state.collections) {
    const want = rights.includes(c.id);
    if (want !== state.admin.collectionRights.includes(c.id))
      actions.push({ type: 'set-collection-rights', collection: c.id, granted: want });
  }
  return actions;
}

function AdminProperties({ ctx }: { ctx: ConsoleContext }) {
  const { state, idPrefix } = ctx;
  const p = `${idPrefix}-adminprops`;
  const [full, setFull] = useState(state.admin.fullAdministrator);
  const [rights, setRights] = useState<string[]>(state.admin.collectionRights);
  const [tab, setTab] = useState<AdminTab>('roles');
  const pending = adminActions(state, full, rights);
  const close = () => setOpen(idPrefix, false);
  const { refusal, said, footer } = usePendingDialog(ctx, pending, close);
  return (
    <CmDialog
      id={p}
      title={`${state.admin.name} Properties`}
      onCancel={close}
      returnFocusTo={propertiesId(idPrefix)}
      initialFocus={`${p}-tab-${tab}`}
      footer={footer}
    >
      <DialogTabs
        id={p}
        label="Properties tabs"
        tabs={[
          { id: 'roles', label: 'Security Roles' },
          { id: 'scopes', label: 'Security Scopes' },
        ]}
        selected={tab}
        onSelect={setTab}
      />
      <div class="cm-tabpanel" role="tabpanel" id={`${p}-panel`} aria-labelledby={`${p}-tab-${tab}`}>
        <Alert text={refusal} />
        {tab === 'roles' ? (
          <fieldset class="cm-fieldset">
            <legend>Security roles assigned to {state.admin.name}</legend>
            <Check checked={full} onCheck={setFull}>
              Full Administrator
            </Check>
            <p class="cm-hint">With All scope. Other security roles are not part of this lab.</p>
          </fieldset>
        ) : (
          <fieldset class="cm-fieldset">
            <legend>Collections</legend>
            {state.collections.map((c) => (
              <Check
                key={c.id}
                checked={rights.includes(c.id)}
                onCheck={(on) =>
                  setRights((now) => (on ? [...now.filter((x) => x !== c.id), c.id] : now.filter((x) => x !== c.id)))
                }
              >
                {c.name}
              </Check>
            ))}
          </fieldset>
        )}
      </div>
      <p class="cm-dialog__status" role="status">
        {pending.length ? `${count(pending.length, 'change')} not applied yet.` : (said ?? '')}
      </p>
    </CmDialog>
  );
}

const administrativeUsers: ViewDefinition = {
  title: () => 'Administrative Users',
  path: () => ['Administration', 'Security', 'Administrative Users'],
  View,
  Commands,
};

export default administrativeUsers;
