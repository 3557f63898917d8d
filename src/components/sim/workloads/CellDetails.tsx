/**
 * The selected cell: why the device gets the workload from Intune or Configuration Manager (the
 * engine's chain of reasons), the device's slider positions next to its effective authority, and
 * its capabilities value in the community-documented model.
 */
import { AUTHORITY_LABELS, SLIDER_LABELS, WORKLOAD_COUNT, WORKLOAD_IDS, WORKLOAD_LABELS } from '../../../sim/constants';
import { CAPABILITIES_MODEL, capabilitiesOf, explainAuthority, notCoManagedReason } from '../../../sim/derive';
import type { SimState } from '../../../sim/types';
import type { Selection } from './AuthorityGrid';

interface Props {
  id: string;
  Heading: 'h3' | 'h4';
  state: SimState;
  table: Uint8Array;
  selection: Selection | null;
}

export function CellDetails({ id, Heading, state, table, selection }: Props) {
  if (!selection) {
    return (
      <section class="wl-section wl-details">
        <Heading>Selected device</Heading>
        <p>Select a cell of the grid (click it, or press Enter or Space) to see why that device gets the workload from Intune or from Configuration Manager.</p>
      </section>
    );
  }
  const i = selection.device;
  const device = state.devices[i]!;
  const workload = WORKLOAD_IDS[selection.workload];
  const why = workload ? explainAuthority(state, i, workload) : null;
  const notCo = notCoManagedReason(state, i);
  const caps = capabilitiesOf(state, i);
  return (
    <section class="wl-section wl-details">
      <Heading>Selected device: {device.name}</Heading>
      <p>{notCo ? notCo.replace(/^n/, 'N') : 'Co-managed: it has the Configuration Manager client, is enrolled in Intune and has the co-management policy.'}</p>
      {why && workload && (
        <div class="wl-why">
          <p>
            <strong>
              {WORKLOAD_LABELS[workload]} on {device.name}
            </strong>
          </p>
          <p>{why.text}</p>
        </div>
      )}
      <p class="wl-caption" id={`${id}-caption`}>
        Slider positions and effective authority on {device.name}
      </p>
      {/* Narrow screens scroll the table inside this region, which the keyboard can reach. */}
      <div class="wl-table-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
        <table class="wl-table" aria-labelledby={`${id}-caption`}>
          <thead>
            <tr>
              <th scope="col">Workload</th>
              <th scope="col">Slider position</th>
              <th scope="col">Effective authority</th>
            </tr>
          </thead>
          <tbody>
            {WORKLOAD_IDS.map((id, w) => (
              <tr key={id} aria-current={w === selection.workload ? 'true' : undefined}>
                <th scope="row">{WORKLOAD_LABELS[id]}</th>
                <td>{SLIDER_LABELS[state.settings.coManagement.workloads[w]!.position]}</td>
                <td>{AUTHORITY_LABELS[table[i * WORKLOAD_COUNT + w] ? 'intune' : 'configmgr']}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p>
        Capabilities value:{' '}
        {caps ? (
          <>
            <strong>{caps.value}</strong> ({[`base ${caps.base}`, ...caps.bits.map((b) => `${b.bit} for ${WORKLOAD_LABELS[b.workload]}`)].join(' + ')})
          </>
        ) : (
          'none shown, because the device is not co-managed'
        )}
      </p>
      <p class="wl-note">{CAPABILITIES_MODEL}</p>
    </section>
  );
}
