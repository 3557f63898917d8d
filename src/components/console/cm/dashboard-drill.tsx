/**
 * The devices behind a count of the co-management dashboard, loaded on the first click (the
 * dashboard itself renders at start): the list (only the rows in view rendered) with each device's
 * stage, status, error code and reason, or for a workload count why Intune has it, and the
 * selected device's details. Opening it moves focus to its heading and says how many devices it lists.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { WORKLOAD_IDS, WORKLOAD_LABELS } from '../../../sim/constants';
import { explainAuthority } from '../../../sim/derive';
import { ineligibility } from '../../../sim/enrollment-table';
import { plural } from '../../../sim/labels';
import type { Device, SimState } from '../../../sim/types';
import type { ConsoleContext } from '../types';
import {
  FUNNEL_EXTRAS,
  FUNNEL_ROWS,
  authorityTable,
  funnelViews,
  osGroupOf,
  type DeviceFilter,
  type FunnelFilterId,
} from './dashboard-data';
import { DeviceDetails } from './devices-detail';
import { DeviceGrid, type GridColumn } from './devices-grid';

/** The title of a count's device list: "Enrolled", "Windows 10 lower than 1709", "Error 0x80070032". */
export function filterLabel(filter: DeviceFilter): string {
  switch (filter.kind) {
    case 'funnel':
      return [...FUNNEL_ROWS, ...FUNNEL_EXTRAS].find((row) => row.id === filter.stage)!.label;
    case 'os':
      return filter.group;
    case 'status':
      return filter.status;
    case 'workload':
      return `${WORKLOAD_LABELS[filter.workload]} with Intune`;
    case 'error':
      return `Error ${filter.code}`;
  }
}

/** Does the device count in the funnel row (cumulative: each stage includes every later one)? */
function inFunnel(device: Device, stage: FunnelFilterId): boolean {
  const eligible = ineligibility(device) === null;
  const e = device.enrollment;
  switch (stage) {
    case 'not-eligible':
      return !eligible;
    case 'eligible':
      return eligible;
    case 'scheduled':
      return eligible && e.stage !== 'none';
    case 'enrollment-initiated':
      return eligible && (e.stage === 'initiated' || e.stage === 'enrolled' || e.stage === 'failed');
    case 'enrolled':
      return eligible && e.stage === 'enrolled';
    case 'failed':
      return eligible && e.stage === 'failed';
    case 'pending':
      return eligible && e.stage === 'initiated' && e.code === 'Pending user sign in';
  }
}

/** The devices a count stands for, in device order. */
export function devicesFor(state: SimState, filter: DeviceFilter): number[] {
  const out: number[] = [];
  const devices = state.devices;
  switch (filter.kind) {
    case 'funnel':
      for (let i = 0; i < devices.length; i++) if (inFunnel(devices[i]!, filter.stage)) out.push(i);
      return out;
    case 'os':
      for (let i = 0; i < devices.length; i++)
        if (devices[i]!.client && osGroupOf(devices[i]!) === filter.group) out.push(i);
      return out;
    case 'status': {
      const views = funnelViews(state);
      for (let i = 0; i < devices.length; i++) if (views[i]!.status === filter.status) out.push(i);
      return out;
    }
    case 'workload': {
      const table = authorityTable(state);
      const w = WORKLOAD_IDS.indexOf(filter.workload);
      for (let i = 0; i < devices.length; i++) if (table[i * WORKLOAD_IDS.length + w] === 1) out.push(i);
      return out;
    }
    case 'error':
      for (let i = 0; i < devices.length; i++) {
        const e = devices[i]!.enrollment;
        if (e.stage === 'failed' && e.code === filter.code) out.push(i);
      }
      return out;
  }
}

/** The columns of a count's device list. */
function drillColumns(state: SimState, filter: DeviceFilter): GridColumn[] {
  const views = funnelViews(state);
  const name: GridColumn = { header: 'Name', cell: (i) => state.devices[i]!.name };
  if (filter.kind === 'workload') {
    return [name, { header: 'Reason', cell: (i) => explainAuthority(state, i, filter.workload).reasons.join('; ') }];
  }
  return [
    name,
    { header: 'Stage', cell: (i) => (views[i]!.failed ? 'Failed' : views[i]!.stage) },
    { header: 'Status', cell: (i) => views[i]!.status ?? '' },
    { header: 'Error code', cell: (i) => (views[i]!.code?.startsWith('0x') ? views[i]!.code : '') },
    { header: 'Reason', cell: (i) => views[i]!.reason ?? '' },
  ];
}

/** A count's devices: the list (windowed) and the selected device's details. */
export function DrillDown({ ctx, filter, onClose }: { ctx: ConsoleContext; filter: DeviceFilter; onClose(): void }) {
  const { state, idPrefix, level } = ctx;
  const id = `${idPrefix}-cmdash-drill`;
  const H = `h${Math.min(level + 1, 6)}` as 'h4';
  const rows = useMemo(() => devicesFor(state, filter), [state, filter]);
  const columns = useMemo(() => drillColumns(state, filter), [state, filter]);
  const [active, setActive] = useState<number | null>(null);
  const label = filterLabel(filter);
  const listed = active !== null && rows.includes(active);
  // A new count: focus its heading and say what the list holds.
  useEffect(() => {
    document.getElementById(`${id}-h`)?.focus();
    ctx.say(`Devices: ${label}. ${plural(rows.length, 'device')} listed below the tiles.`);
  }, [filter]);
  return (
    <section class="cmv-drill" id={id} aria-labelledby={`${id}-h`}>
      <div class="cmv-list-head">
        <H id={`${id}-h`} class="cmv-list-head__title" tabIndex={-1}>
          Devices: {label}
        </H>
        <button type="button" class="button button--quiet" onClick={onClose}>
          Close the device list
        </button>
      </div>
      <p class="cmv-count">{plural(rows.length, 'device')}</p>
      <DeviceGrid
        id={`${id}-grid`}
        label={`Devices: ${label}`}
        rows={rows}
        columns={columns}
        colsClass={filter.kind === 'workload' ? 'cmv-cols--reasons' : 'cmv-cols--drill'}
        active={listed ? active : null}
        selected={listed ? [active!] : []}
        visibleRows={10}
        empty="No devices are counted here now."
        onChange={(next) => setActive(next)}
        onOpen={() => document.getElementById(`${id}-detail`)?.focus()}
      />
      {listed && (
        <div class="cmv-details-pane">
          <DeviceDetails state={state} index={active!} level={level + 2} headingId={`${id}-detail`} />
        </div>
      )}
    </section>
  );
}
