/**
 * One device: what it is, its prerequisites in the engine's three groups (the device itself, the
 * enablement settings that target it, the tenant that lets enrollment complete), each met or not
 * and why, and where it is in the funnel with its status and error code.
 */
import { JOIN_LABELS, MDM_USER_SCOPE_LABELS, OS_INFO } from '../../../sim/constants';
import { collectionsOf, collectionName } from '../../../sim/collections';
import { autoEnrollmentMember, managedByOf } from '../../../sim/derive';
import { completionProblem, enrollmentRow, ineligibility, untargeted } from '../../../sim/enrollment-table';
import { enablementLabel } from '../../../sim/labels';
import { Check, heading, type EnablementProps } from './shared';

export function DeviceDetail({ state, views, level, id, index, onBack }: EnablementProps & { index: number; onBack: () => void }) {
  const H = heading(level + 1);
  const d = state.devices[index]!;
  const v = views[index]!;
  const member = autoEnrollmentMember(state, index);
  const device = ineligibility(d);
  const target = untargeted(state, d, member);
  const tenant = completionProblem(state, d);
  const managedBy = managedByOf(state, index);
  const facts: [string, string][] = [
    ['Operating system', OS_INFO[d.os].label],
    ['Join type', JOIN_LABELS[d.join]],
    ['Configuration Manager client', d.client ? 'Yes' : 'No'],
    ['Location', d.internet ? 'Internet' : 'Intranet'],
    ['Department', d.department],
    ['Collections', collectionsOf(state, index).map((c) => collectionName(state, c)).join(', ')],
    ['Stage', v.stage],
    ['Status', v.status ?? 'None'],
    ['Error code', v.code ?? 'None'],
    ['Managed by', `${managedBy.value ?? 'Not listed'}: ${managedBy.reason}`],
  ];
  // The checks below give the reason of a device that a table row stops; other stages say why here.
  if (v.reason && !v.condition) facts.push(['Why', v.reason]);
  return (
    <section class="en-detail" aria-labelledby={`${id}-detail`}>
      <H id={`${id}-detail`} tabIndex={-1}>
        {d.name}
      </H>
      <dl class="en-facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <ul class="en-checks" aria-label={`Prerequisites of ${d.name}`}>
        <Check ok={!device} label="Eligible device" text={device ? enrollmentRow(device).reason : `${OS_INFO[d.os].label}, ${JOIN_LABELS[d.join]}, with the client.`} />
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
      <button type="button" class="button button--quiet" onClick={onBack}>
        Back to {d.name} in the list
      </button>
    </section>
  );
}
