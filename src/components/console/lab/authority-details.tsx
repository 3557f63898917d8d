/**
 * The authority map's selected cell: why the device gets the workload from Intune or from
 * Configuration Manager (the engine's chain of reasons), what the last change did to it, the
 * device's slider positions next to its effective authority, and, under "Advanced", its
 * capabilities value in the community-documented model.
 */
import { useEffect, useRef } from 'preact/hooks';
import { AUTHORITY_LABELS, SLIDER_LABELS, WORKLOAD_COUNT, WORKLOAD_IDS, WORKLOAD_LABELS } from '../../../sim/constants';
import {
  CAPABILITIES_MODEL,
  capabilitiesOf,
  explainAuthority,
  notCoManagedReason,
  type CapabilitiesValue,
} from '../../../sim/derive';
import type { SimState } from '../../../sim/types';
import type { Selection } from './authority-grid';

interface Props {
  id: string;
  level: number;
  state: SimState;
  table: Uint8Array;
  /** The effective-authority table before the last change, or null when there is none. */
  before: Uint8Array | null;
  selection: Selection | null;
}

const authority = (table: Uint8Array, i: number, w: number) =>
  AUTHORITY_LABELS[table[i * WORKLOAD_COUNT + w] ? 'intune' : 'configmgr'];

export function CellDetails({ id, level, state, table, before, selection }: Props) {
  const box = useRef<HTMLElement>(null);
  const H = `h${Math.min(6, level)}` as 'h4';
  // Selecting a cell brings its reasons into view (the nearest edge: no jump when already visible).
  useEffect(() => {
    if (selection) box.current?.scrollIntoView({ block: 'nearest' });
  }, [selection]);
  if (!selection) {
    return (
      <section class="am-section am-details" ref={box} aria-labelledby={`${id}-details-title`}>
        <H id={`${id}-details-title`} class="am-heading">
          Selected device
        </H>
        <p>
          Select a cell (click it, or press Enter or Space) to see why that device gets the workload from Intune or from
          Configuration Manager.
        </p>
      </section>
    );
  }
  const i = selection.device;
  const device = state.devices[i]!;
  const w = selection.workload;
  const workload = WORKLOAD_IDS[w];
  const why = workload ? explainAuthority(state, i, workload) : null;
  const notCo = notCoManagedReason(state, i);
  const moved = before && workload ? authority(before, i, w) !== authority(table, i, w) : false;
  return (
    <section class="am-section am-details" ref={box} aria-labelledby={`${id}-details-title`}>
      <H id={`${id}-details-title`} class="am-heading">
        Selected device: {device.name}
      </H>
      <p>
        {notCo
          ? notCo.replace(/^n/, 'N')
          : 'Co-managed: it has the Configuration Manager client, is enrolled in Intune and has the co-management policy.'}
      </p>
      {why && workload && (
        <div class="am-why">
          <p>
            <strong>
              {WORKLOAD_LABELS[workload]} on {device.name}
            </strong>
          </p>
          <p>{why.text}</p>
          {before && (
            <p class={moved ? 'am-moved' : undefined}>
              {moved ? (
                <>
                  <span aria-hidden="true">Δ </span>
                  Changed in the last change: {authority(before, i, w)} → {authority(table, i, w)}
                </>
              ) : (
                'Unchanged in the last change.'
              )}
            </p>
          )}
        </div>
      )}
      <p class="am-caption" id={`${id}-caption`}>
        Slider positions and effective authority on {device.name}
      </p>
      {/* Narrow screens scroll the table inside this region, which the keyboard can reach. */}
      <div class="am-table-scroll" tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
        {sliderTable(id, state, table, i, w)}
      </div>
      {advanced(capabilitiesOf(state, i))}
    </section>
  );
}

/**
 * The device's slider positions next to its effective authority, one row per workload, the
 * selected workload's row marked current.
 */
function sliderTable(id: string, state: SimState, table: Uint8Array, i: number, w: number) {
  return (
    <table class="am-table" aria-labelledby={`${id}-caption`}>
      <thead>
        <tr>
          <th scope="col">Workload</th>
          <th scope="col">Slider position</th>
          <th scope="col">Effective authority</th>
        </tr>
      </thead>
      <tbody>
        {WORKLOAD_IDS.map((wid, x) => (
          <tr key={wid} aria-current={x === w ? 'true' : undefined}>
            <th scope="row">{WORKLOAD_LABELS[wid]}</th>
            <td>{SLIDER_LABELS[state.settings.coManagement.workloads[x]!.position]}</td>
            <td>{authority(table, i, x)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * Under "Advanced": the device's capabilities value in the community-documented model, or why
 * there is none, with the model's caveat.
 */
function advanced(caps: CapabilitiesValue | null) {
  return (
    <details class="am-advanced">
      <summary>Advanced</summary>
      <p>
        Capabilities value:{' '}
        {caps ? (
          <>
            <strong>{caps.value}</strong> (
            {[`base ${caps.base}`, ...caps.bits.map((b) => `${b.bit} for ${WORKLOAD_LABELS[b.workload]}`)].join(' + ')})
          </>
        ) : (
          'none shown, because the device is not co-managed'
        )}
      </p>
      <p class="am-note">{CAPABILITIES_MODEL}</p>
    </details>
  );
}
