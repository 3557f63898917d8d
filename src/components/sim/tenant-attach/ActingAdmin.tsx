/**
 * The acting administrator: who is signed in to both consoles and what they may do. Every box is
 * an engine action (set-admin-permission, set-collection-rights), so a learner can grant exactly
 * the right a device action is missing.
 */
import { ADMIN_PERMISSIONS, ADMIN_PERMISSION_LABELS } from '../../../sim/constants';
import { H, onCheck, type ViewProps } from './parts';

export function ActingAdmin({ state, level, p, act, ready }: ViewProps) {
  const admin = state.admin;
  return (
    <section class="ta-panel" aria-labelledby={`${p}-admin`}>
      <H n={level} id={`${p}-admin`}>
        Acting administrator
      </H>
      <p>
        Signed in to both consoles as <strong>{admin.name}</strong>.
      </p>
      <p class="ta-hint">
        Onboarding in the wizard needs an Entra Global Administrator: it creates an app registration and a service principal in the tenant. A device
        action needs the Intune permission (checked in the admin center), and a synced identity that user discovery found with Configuration Manager
        rights on a collection that contains the device (checked at the site).
      </p>
      <fieldset class="ta-fieldset" disabled={!ready}>
        <legend>Identity and permissions</legend>
        {ADMIN_PERMISSIONS.map((permission) => {
          const label = ADMIN_PERMISSION_LABELS[permission];
          return (
            <label class="ta-choice" key={permission}>
              <input
                type="checkbox"
                checked={admin[permission]}
                onChange={onCheck((granted) => act({ type: 'set-admin-permission', permission, granted }))}
              />
              {label[0]!.toUpperCase() + label.slice(1)}
            </label>
          );
        })}
      </fieldset>
      <fieldset class="ta-fieldset" disabled={!ready}>
        <legend>Configuration Manager rights on collections</legend>
        {state.collections.map((c) => (
          <label class="ta-choice" key={c.id}>
            <input
              type="checkbox"
              checked={admin.collectionRights.includes(c.id)}
              onChange={onCheck((granted) => act({ type: 'set-collection-rights', collection: c.id, granted }))}
            />
            {c.name}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
