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
import { CmDialog, DetailsPane, DialogButton, DialogTabs, ListPane, ListTable, Props, RibbonButton, RibbonGroup, viewTitleId } from './parts';
import { useDialogNotices } from './wizard';

// Which labs have the acting administrator's Properties open (a dialog of this node, not a view of its own).
const $open = atom<Record<string, true>>({});
const setOpen = (p: string, on: boolean) => {
  const now = { ...$open.get() };
  if (on) now[p] = true;
  else delete now[p];
  $open.set(now);
};

export const securityRoles = (state: SimState) => (state.admin.fullAdministrator ? 'Full Administrator' : 'None that this lab models');
export const rightsOn = (state: SimState) => state.admin.collectionRights.map((id) => collectionName(state, id)).join(', ') || 'None';

const propertiesId = (p: string) => `${p}-cm-admin-properties`;

function Commands({ ctx }: { ctx: ConsoleContext }) {
  const p = ctx.idPrefix;
  return (
    <>
      <RibbonGroup label="Create">
        <RibbonButton label="Add User or Group" icon="user" notInLab ready={ctx.ready} id={`${p}-cm-admin-add`} />
      </RibbonGroup>
      <RibbonGroup label="Properties">
        <RibbonButton label="Properties" icon="properties" ready={ctx.ready} id={propertiesId(p)} onClick={() => setOpen(p, true)} />
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
          Configuring cloud attach needs Full Administrator with All scope. A device action from the admin center needs rights on a collection that
          contains the device: in this simulator the role and the collections are separate settings. The identity checks (a synced identity, user discovery, the Entra role and the Intune licence) are outside this console:
          change them in the lab environment (Lab views).
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
  if (fullAdministrator !== state.admin.fullAdministrator) actions.push({ type: 'set-admin-permission', permission: 'fullAdministrator', granted: fullAdministrator });
  for (const c of state.collections) {
    const want = rights.includes(c.id);
    if (want !== state.admin.collectionRights.includes(c.id)) actions.push({ type: 'set-collection-rights', collection: c.id, granted: want });
  }
  return actions;
}

function AdminProperties({ ctx }: { ctx: ConsoleContext }) {
  const { state, idPrefix } = ctx;
  const p = `${idPrefix}-adminprops`;
  const [full, setFull] = useState(state.admin.fullAdministrator);
  const [rights, setRights] = useState<string[]>(state.admin.collectionRights);
  const [tab, setTab] = useState<AdminTab>('roles');
  const { refusal, said } = useDialogNotices(ctx);
  const [applied, setApplied] = useState(false);
  const pending = adminActions(state, full, rights);
  const close = () => setOpen(idPrefix, false);
  async function apply(): Promise<boolean> {
    if (!pending.length) return true;
    const ok = await ctx.apply(pending);
    if (ok) setApplied(true);
    return ok;
  }
  return (
    <CmDialog
      id={p}
      title={`${state.admin.name} Properties`}
      onCancel={close}
      returnFocusTo={propertiesId(idPrefix)}
      initialFocus={`${p}-tab-${tab}`}
      footer={
        <>
          <DialogButton label="OK" primary onClick={() => void apply().then((ok) => ok && close())} />
          <DialogButton label="Cancel" onClick={close} />
          <DialogButton label="Apply" onClick={() => void apply()} unavailable={pending.length ? null : 'Nothing has changed since the last Apply.'} />
        </>
      }
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
        {refusal && (
          <p class="cm-alert" role="alert">
            {refusal}
          </p>
        )}
        {tab === 'roles' ? (
          <fieldset class="cm-fieldset">
            <legend>Security roles assigned to {state.admin.name}</legend>
            <label class="cm-check">
              <input type="checkbox" checked={full} onChange={(e) => setFull(e.currentTarget.checked)} />
              Full Administrator
            </label>
            <p class="cm-hint">With All scope. Other security roles are not part of this lab.</p>
          </fieldset>
        ) : (
          <fieldset class="cm-fieldset">
            <legend>Collections</legend>
            {state.collections.map((c) => (
              <label class="cm-check" key={c.id}>
                <input
                  type="checkbox"
                  checked={rights.includes(c.id)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    setRights((now) => (on ? [...now.filter((x) => x !== c.id), c.id] : now.filter((x) => x !== c.id)));
                  }}
                />
                {c.name}
              </label>
            ))}
          </fieldset>
        )}
      </div>
      <p class="cm-dialog__status" role="status">
        {pending.length ? `${pending.length} ${pending.length === 1 ? 'change' : 'changes'} not applied yet.` : applied && said ? said : ''}
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
