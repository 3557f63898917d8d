/**
 * One device's details, as the Devices node's details pane and the dashboard's device lists show
 * them: what the device is, whether it is co-managed and why not, where it is in the enrollment
 * funnel with its status and error code, and its three groups of enrollment prerequisites (the
 * device itself, the enablement settings that target it, the tenant that lets enrollment complete),
 * each met or not and why.
 */
import { JOIN_LABELS, MDM_USER_SCOPE_LABELS, OS_INFO } from '../../../sim/constants';
import { collectionName, collectionsOf } from '../../../sim/collections';
import { autoEnrollmentMember, funnelOf, isCoManaged, managedByOf, notCoManagedReason } from '../../../sim/derive';
import { completionProblem, enrollmentRow, ineligibility, untargeted } from '../../../sim/enrollment-table';
import { enablementLabel } from '../../../sim/labels';
import type { SimState } from '../../../sim/types';

function Check({ ok, label, text }: { ok: boolean; label: string; text: string }) {
  return (
    <li class={ok ? 'cmv-check' : 'cmv-check cmv-check--no'}>
      <strong>{label}</strong> <span class="cmv-badge">{ok ? '✓ Met' : '✗ Not met'}</span>
      {/* The engine's sentences start in lower case: CSS capitalises the first letter. */}
      <p>{text}</p>
    </li>
  );
}

export interface DeviceDetailsProps {
  state: SimState;
  index: number;
  /** Heading level of the device's name. */
  level: number;
  /** Element id of the heading (focus moves there when a device is opened). */
  headingId: string;
}

export function DeviceDetails({ state, index, level, headingId }: DeviceDetailsProps) {
  const H = `h${Math.min(level, 6)}` as 'h4';
  const d = state.devices[index]!;
  const v = funnelOf(state, index);
  const device = ineligibility(d);
  const target = untargeted(state, d, autoEnrollmentMember(state, index));
  const tenant = completionProblem(state, d);
  const managedBy = managedByOf(state, index);
  const coManaged = isCoManaged(state, index);
  const facts: [string, string][] = [
    ['Operating system', OS_INFO[d.os].label],
    ['Join type', JOIN_LABELS[d.join]],
    ['Client', d.client ? 'Yes' : 'No'],
    ['Site code', d.client ? state.site.code : ''],
    ['Location', d.internet ? 'Internet' : 'Intranet'],
    [
      'Collections',
      collectionsOf(state, index)
        .map((c) => collectionName(state, c))
        .join(', '),
    ],
    ['Co-managed', coManaged ? 'Yes' : `No: ${notCoManagedReason(state, index)!.replace(/^not co-managed: /, '')}`],
    ['Stage', v.stage],
    ['Status', v.status ?? 'None'],
    ['Error code', v.code?.startsWith('0x') ? v.code : 'None'],
    ['Managed by (Intune admin center)', `${managedBy.value ?? 'Not listed'}: ${managedBy.reason}`],
  ];
  // The checks below give the reason of a device that a table row stops; other stages say why here.
  if (v.reason && !v.condition) facts.push(['Why', v.reason]);
  return (
    <section class="cm-details cmv-detail" aria-labelledby={headingId}>
      <H id={headingId} tabIndex={-1} class="cm-details__title cmv-detail__title">
        {d.name}
      </H>
      <dl class="cmv-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value || '(none)'}</dd>
          </div>
        ))}
      </dl>
      <ul class="cmv-checks" aria-label={`Enrollment prerequisites of ${d.name}`}>
        <Check
          ok={!device}
          label="Eligible device"
          text={
            device ? enrollmentRow(device).reason : `${OS_INFO[d.os].label}, ${JOIN_LABELS[d.join]}, with the client.`
          }
        />
        <Check
          ok={!target}
          label="Targeted by Automatic enrollment in Intune"
          text={
            target
              ? enrollmentRow(target).reason
              : `Automatic enrollment in Intune is ${enablementLabel(state)}${state.settings.coManagement.autoEnrollment === 'pilot' ? ' and the device is a member' : ''}.`
          }
        />
        <Check
          ok={!tenant}
          label="Enrollment can complete"
          text={
            tenant
              ? enrollmentRow(tenant).reason
              : `Automatic enrollment configured (MDM user scope ${MDM_USER_SCOPE_LABELS[state.tenant.mdmUserScope]}), Entra ID P1 and Intune licences in place.`
          }
        />
      </ul>
    </section>
  );
}
