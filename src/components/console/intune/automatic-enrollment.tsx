/**
 * Devices > Device onboarding > Enrollment > Windows > Automatic Enrollment: the Microsoft Intune
 * MDM app's configuration (fact sheet 2.4): MDM user scope None / Some / All and the MDM URLs.
 * `Tenant.automaticEnrollmentConfigured` is the MDM app configured with its MDM URLs: in this
 * simulator the blade shows the default URLs when it is, and empty URLs when it is not (every
 * enrollment Configuration Manager starts then fails with 0x8000FFFF). Changes wait for Save.
 */
import { MDM_USER_SCOPES, MDM_USER_SCOPE_LABELS, type MdmUserScope } from '../../../sim/constants';
import type { Action, SimState } from '../../../sim/types';
import type { ViewDefinition } from '../types';
import { H, SaveBar, usePending } from './parts';

/** The Microsoft Intune MDM app's default URLs (Entra ID > Mobility (MDM and WIP) > Microsoft Intune). */
const MDM_URLS = [
  {
    label: 'MDM terms of use URL',
    value: 'https://portal.manage.microsoft.com/TermsofUse.aspx',
  },
  {
    label: 'MDM discovery URL',
    value: 'https://enrollment.manage.microsoft.com/enrollmentserver/discovery.svc',
  },
  {
    label: 'MDM compliance URL',
    value: 'https://portal.manage.microsoft.com/?portalAction=Compliance',
  },
] as const;

interface Pending {
  scope?: MdmUserScope;
  configured?: boolean;
}

export function enrollmentActions(state: SimState, pending: Pending): Action[] {
  const actions: Action[] = [];
  if (pending.scope !== undefined && pending.scope !== state.tenant.mdmUserScope)
    actions.push({ type: 'set-mdm-user-scope', scope: pending.scope });
  if (pending.configured !== undefined && pending.configured !== state.tenant.automaticEnrollmentConfigured)
    actions.push({
      type: 'set-automatic-enrollment-configured',
      configured: pending.configured,
    });
  return actions;
}

const view: ViewDefinition = {
  title: () => 'Automatic Enrollment',
  path: () => ['Devices', 'Device onboarding', 'Enrollment', 'Windows', 'Automatic Enrollment'],
  View({ ctx }) {
    const { state, level, idPrefix, ready } = ctx;
    const p = `${idPrefix}-in-auto`;
    const [pending, set, reset] = usePending<Pending>();
    const scope = pending.scope ?? state.tenant.mdmUserScope;
    const configured = pending.configured ?? state.tenant.automaticEnrollmentConfigured;
    const actions = enrollmentActions(state, pending);
    return (
      <div class="in-section">
        <section class="in-card" aria-labelledby={`${p}-app`}>
          <H n={level + 1} id={`${p}-app`}>
            Microsoft Intune
          </H>
          <p class="in-hint">
            The Microsoft Intune MDM app in Microsoft Entra ID. Automatic MDM enrollment is an Entra ID Premium feature
            {state.tenant.entraIdP1 ? '' : ', and this tenant has no Entra ID P1 or P2'}.
          </p>
          <fieldset class="in-fieldset" disabled={!ready}>
            <legend>MDM user scope</legend>
            <div class="in-segmented">
              {MDM_USER_SCOPES.map((value) => (
                <label key={value} class="in-segment">
                  <input
                    type="radio"
                    name={`${p}-scope`}
                    value={value}
                    checked={scope === value}
                    onChange={() => set({ scope: value })}
                  />
                  <span>{MDM_USER_SCOPE_LABELS[value]}</span>
                </label>
              ))}
            </div>
          </fieldset>
          <p class="in-hint">
            Configuration Manager enrolls Windows 10 1803 and later with the device token, which the MDM user scope does
            not stop. Devices that must use the user token (Windows 10 before 1803, or a site before 1906) need their
            user in scope: in this simulator None fails them and Some counts as the scenario's users being in the chosen
            groups.
          </p>
          {MDM_URLS.map((url) => (
            <label
              key={url.label}
              class="in-field in-field--url"
              data-step-change={ctx.stepMarks?.has('mdm-urls') ? '' : undefined}
            >
              <span>{url.label}</span>
              <input type="text" readOnly value={configured ? url.value : ''} placeholder="Not set" />
            </label>
          ))}
          <p class="in-row">
            <button
              type="button"
              class="in-button"
              disabled={!ready || configured}
              onClick={() => set({ configured: true })}
            >
              Restore default MDM URLs
            </button>
            <button
              type="button"
              class="in-button"
              disabled={!ready || !configured}
              onClick={() => set({ configured: false })}
            >
              Clear MDM URLs
            </button>
          </p>
          <p class="in-hint">
            {configured
              ? 'Automatic enrollment is configured: Configuration Manager uses these MDM URLs to enroll its clients.'
              : "Automatic enrollment is not configured: every enrollment Configuration Manager starts fails with 0x8000FFFF (MDM enrollment hasn't been configured yet on Azure AD, or the enrollment URL isn't expected)."}{' '}
            Clear MDM URLs stands, in this simulator, for a tenant whose MDM app is not configured.
          </p>
        </section>
        <SaveBar ctx={ctx} actions={actions} reset={reset} />
      </div>
    );
  },
};
export default view;
