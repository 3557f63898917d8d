/**
 * Tenant administration > Roles: the acting administrator's Intune role permission that device
 * actions need (Remote tasks > Initiate Configuration Manager action, fact sheet 3.3 / 3.7, rule
 * 15), and Administrator Licensing > "Allow access to unlicensed admins" (fact sheet 2.1). Changes
 * wait for Save, as a role's permissions do in the admin center.
 */
import { wizardName } from '../../../sim/labels';
import type { Action, SimState } from '../../../sim/types';
import type { ViewDefinition } from '../types';
import { Essentials, H, SaveBar, usePending } from './parts';

interface Pending {
  initiate?: boolean;
  unlicensed?: boolean;
}

export function roleActions(state: SimState, pending: Pending): Action[] {
  const actions: Action[] = [];
  if (pending.initiate !== undefined && pending.initiate !== state.admin.initiateConfigMgrAction)
    actions.push({
      type: 'set-admin-permission',
      permission: 'initiateConfigMgrAction',
      granted: pending.initiate,
    });
  if (pending.unlicensed !== undefined && pending.unlicensed !== state.tenant.allowUnlicensedAdmins)
    actions.push({
      type: 'set-unlicensed-admins',
      allowed: pending.unlicensed,
    });
  return actions;
}

const view: ViewDefinition = {
  title: () => 'Roles',
  path: () => ['Tenant administration', 'Roles'],
  View({ ctx }) {
    const { state, level, idPrefix, ready } = ctx;
    const p = `${idPrefix}-in-roles`;
    const [pending, set, reset] = usePending<Pending>();
    const initiate = pending.initiate ?? state.admin.initiateConfigMgrAction;
    const unlicensed = pending.unlicensed ?? state.tenant.allowUnlicensedAdmins;
    const actions = roleActions(state, pending);
    return (
      <div class="in-section">
        <section class="in-card" aria-labelledby={`${p}-admin`}>
          <H n={level + 1} id={`${p}-admin`}>
            My permissions: {state.admin.name}
          </H>
          <Essentials
            items={[
              ['Signed in as', state.admin.name],
              ['Intune licence', state.admin.intuneLicense ? 'Assigned' : 'None'],
            ]}
          />
          <fieldset class="in-fieldset" disabled={!ready}>
            <legend>Remote tasks</legend>
            <label class="in-check">
              <input
                type="checkbox"
                checked={initiate}
                onChange={(event) => set({ initiate: event.currentTarget.checked })}
              />
              Initiate Configuration Manager action
            </label>
          </fieldset>
          <p class="in-hint">
            A device action (Sync Machine Policy, Sync User Policy, App Evaluation Cycle) needs this permission, checked
            here in the admin center: without it the admin center answers "You don't have access…" and nothing reaches
            the site. It also needs a synced identity that user discovery found, with Configuration Manager rights on a
            collection that contains the device (checked at the site). In this simulator the box stands for a role
            assignment that grants {state.admin.name} the permission.
          </p>
        </section>
        <section class="in-card" aria-labelledby={`${p}-licensing`}>
          <H n={level + 1} id={`${p}-licensing`}>
            Administrator Licensing
          </H>
          <label class="in-check">
            <input
              type="checkbox"
              checked={unlicensed}
              disabled={!ready}
              onChange={(event) => set({ unlicensed: event.currentTarget.checked })}
            />
            Allow access to unlicensed admins
          </label>
          <p class="in-hint">
            On by default for tenants created since mid-2020; it covers Global Administrators too. When it is off, an
            admin without an Intune licence cannot use the admin center (the {wizardName(state.site.version)}'s Sign In
            fails with "An unanticipated error occurred"). Microsoft offers only turning it on; in this simulator you
            can turn it off again to see a tenant without it.
          </p>
        </section>
        <SaveBar ctx={ctx} actions={actions} reset={reset} />
      </div>
    );
  },
};
export default view;
