/**
 * The tenant's and site's prerequisites for co-management, each met or not and why (fact sheet
 * section 2), with the fixes the engine accepts: automatic enrollment and its MDM user scope, a
 * cloud management gateway, and Intune installing the Configuration Manager client (path 2), with
 * or without a co-management settings policy.
 */
import { ADMIN_PERMISSION_LABELS, GATES, MDM_USER_SCOPES, MDM_USER_SCOPE_LABELS, passesGate, type MdmUserScope } from '../../../sim/constants';
import { enrollmentRow } from '../../../sim/enrollment-table';
import { wizardName } from '../../../sim/labels';
import { Check, heading, type EnablementProps } from './shared';

const ADMIN_NEEDS = ['globalAdministrator', 'fullAdministrator', 'intuneLicense'] as const;
const AUTO_PATH = 'Intune admin center: Devices > Device onboarding > Enrollment > Windows > Automatic Enrollment.';

export function Prerequisites({ store, state, level, id }: EnablementProps) {
  const { tenant, site, admin, devices } = state;
  const H = heading(level);
  const version = site.version;
  // An Intune licence is needed only where the tenant does not allow unlicensed admins.
  const needs = ADMIN_NEEDS.filter((p) => p !== 'intuneLicense' || !tenant.allowUnlicensedAdmins);
  const missing = needs.filter((p) => !admin[p]).map((p) => ADMIN_PERMISSION_LABELS[p]);
  const autopilot = devices.some((d) => d.autopilot);
  const internet = devices.filter((d) => d.internet && d.client).length;
  const withoutClient = devices.filter((d) => !d.client && d.enrollment.stage === 'enrolled').length;
  const scope = tenant.mdmUserScope;
  const cmg = site.cloudManagementGateway;
  return (
    <section class="en-panel" aria-labelledby={`${id}-pre`}>
      <H id={`${id}-pre`}>Prerequisites</H>
      <ul class="en-checks">
        <Check
          ok={tenant.entraIdP1}
          label="Entra ID P1 or P2 licences"
          text={tenant.entraIdP1 ? 'The tenant has them: automatic MDM enrollment is an Entra ID Premium feature.' : enrollmentRow('no-entra-id-p1').reason}
        />
        <Check
          ok={tenant.intuneLicenses}
          label="Intune licences"
          text={tenant.intuneLicenses ? 'The tenant has an Intune subscription.' : enrollmentRow('no-intune-licences').reason}
        />
        <Check
          ok={tenant.automaticEnrollmentConfigured}
          label="Automatic enrollment (Microsoft Intune MDM app in Entra ID)"
          text={`${tenant.automaticEnrollmentConfigured ? 'Configured, with its MDM URLs.' : enrollmentRow('automatic-enrollment-not-configured').reason}. ${AUTO_PATH}`}
        >
          <label class="en-field en-field--inline">
            <input
              type="checkbox"
              checked={tenant.automaticEnrollmentConfigured}
              onChange={(e) => store.dispatch({ type: 'set-automatic-enrollment-configured', configured: e.currentTarget.checked })}
            />
            Automatic enrollment configured
          </label>
          <p>The MDM user scope does not stop device-token enrollment (Windows 10 1803 and later); in this simulator None fails user-token enrollment.</p>
          <label class="en-field">
            MDM user scope
            <select value={scope} onChange={(e) => store.dispatch({ type: 'set-mdm-user-scope', scope: e.currentTarget.value as MdmUserScope })}>
              {MDM_USER_SCOPES.map((s) => (
                <option key={s} value={s}>
                  {MDM_USER_SCOPE_LABELS[s]}
                </option>
              ))}
            </select>
          </label>
        </Check>
        <Check
          ok={passesGate('co-management', version)}
          label={`Configuration Manager ${version}`}
          text={`${GATES['co-management'].title}.${passesGate('device-token-enrollment', version) ? '' : ` ${GATES['device-token-enrollment'].title}.`}`}
        />
        <Check
          ok={state.settings.cloudAttach !== null}
          label="Cloud attach"
          text={
            state.settings.cloudAttach
              ? 'Configured: Automatic enrollment in Intune is on the Enablement tab of the co-management Properties.'
              : `Not configured yet: Apply below runs the ${wizardName(version)} with your choice.`
          }
        />
        <Check
          ok={missing.length === 0}
          label={`Admin account: ${admin.name}`}
          text={`${missing.length ? `Missing: ${missing.join('; ')}.` : `Has ${needs.map((p) => ADMIN_PERMISSION_LABELS[p]).join('; ')}.`}${tenant.allowUnlicensedAdmins ? ' The tenant allows unlicensed admins.' : ''}`}
        />
        <Check
          ok={cmg || internet === 0}
          label="Cloud management gateway"
          text={
            internet === 0
              ? `${cmg ? 'Present. ' : ''}Needed only for internet-based clients; none here.`
              : `${internet} internet-based clients ${cmg ? 'reach their site through it.' : 'cannot reach their site without one, so the co-management policy never reaches them.'}`
          }
        >
          <label class="en-field en-field--inline">
            <input
              type="checkbox"
              checked={cmg}
              onChange={(e) => store.dispatch({ type: 'set-cloud-management-gateway', present: e.currentTarget.checked })}
            />
            Cloud management gateway present
          </label>
        </Check>
        {store.scenario.fleet.segments.some((s) => (s.client ?? 1) < 1) && (
          <Check
            ok={withoutClient === 0}
            label="Configuration Manager client on Intune-enrolled devices"
            text={
              withoutClient
                ? `${withoutClient} devices are enrolled in Intune without the client. Once co-management is enabled and a cloud management gateway exists, Intune can install it (path 2).`
                : 'Every device enrolled in Intune has the client.'
            }
          >
            {autopilot && (
              <label class="en-field en-field--inline">
                <input
                  type="checkbox"
                  checked={tenant.coManagementSettingsPolicy}
                  onChange={(e) => store.dispatch({ type: 'set-co-management-settings-policy', targeted: e.currentTarget.checked })}
                />
                Co-management settings policy targets the Autopilot devices (Windows enrollment &gt; Co-management settings)
              </label>
            )}
            {autopilot && !tenant.coManagementSettingsPolicy && <p>Without it, Windows 11 Autopilot devices keep Intune for every workload.</p>}
            <button type="button" class="button button--quiet" onClick={() => store.dispatch({ type: 'install-client-from-intune' })}>
              Install the client from Intune
            </button>
          </Check>
        )}
      </ul>
    </section>
  );
}
