/**
 * The authority map grid's header row and its body rows, with the short column headers and the
 * number formats they use. Plain functions called by AuthorityGrid (positional arguments cost the
 * browser chunk less than props objects); the grid's state and keyboard are in AuthorityGrid and
 * useGridNav.
 */
import type { RefObject } from 'preact';
import { WORKLOAD_COUNT, WORKLOAD_IDS, WORKLOAD_LABELS, type WorkloadId } from '../../../sim/constants';
import type { SimState } from '../../../sim/types';
import { ROW } from './authority-grid-rows';
import type { TableDiff } from './authority-table';

/** The selected device (index into `state.devices`) and workload (0-6), or -1 for the device only. */
export interface Selection {
  device: number;
  workload: number;
}

/** What makes a cell one of the grid's: its tab stop, its selection, and focus and click. */
export interface CellProps {
  tabIndex: number;
  'aria-selected': true | undefined;
  onFocus(): void;
  onClick(): void;
}

/** Short column headers for the side panel; the full names are in the accessible names. */
export const WORKLOAD_SHORT: Readonly<Record<WorkloadId, string>> = {
  'compliance-policies': 'Comp',
  'windows-update-policies': 'Upd',
  'resource-access-policies': 'RA',
  'endpoint-protection': 'EP',
  'device-configuration': 'Conf',
  'office-click-to-run-apps': 'Off',
  'client-apps': 'Apps',
};

export const fmt = (n: number) => n.toLocaleString('en-US');
/** A count short enough for a narrow column header: 950, 1.2k, 10k. */
export const compact = (n: number) =>
  n < 1000
    ? String(n)
    : n < 10_000
      ? `${(Math.floor(n / 100) / 10).toFixed(1).replace(/\.0$/, '')}k`
      : `${Math.floor(n / 1000)}k`;

/** The sticky header row: the device column and one column per workload with its Intune count. */
export function gridHead(counts: number[], head: RefObject<HTMLDivElement>) {
  return (
    <div role="rowgroup" class="am-head" ref={head}>
      <div role="row" class="am-row" aria-rowindex={1}>
        <div role="columnheader" class="am-cell am-cell--device">
          Device
        </div>
        {WORKLOAD_IDS.map((workload, w) => (
          <div
            role="columnheader"
            class="am-cell am-cell--col"
            key={workload}
            title={`${WORKLOAD_LABELS[workload]}: ${fmt(counts[w]!)} devices get it from Intune`}
          >
            <span class="am-short" aria-hidden="true">
              {WORKLOAD_SHORT[workload]}
            </span>
            <span class="am-sr">{WORKLOAD_LABELS[workload]} </span>
            <span class="am-colcount">
              <span class="am-sr">Intune: {fmt(counts[w]!)}</span>
              <span aria-hidden="true">{compact(counts[w]!)}</span>
            </span>
          </div>
        ))}
      </div>
    </div>
  );
}

/**
 * One body row (row `r` of the filtered list, device `i`): the device name and a cell per workload.
 * `cell` gives a cell its tab stop, selection and handlers; `live` places the row by script (see useGridNav).
 */
export function gridRow(
  id: string,
  r: number,
  i: number,
  state: SimState,
  table: Uint8Array,
  diff: TableDiff | null,
  live: boolean,
  cell: (r: number, i: number, c: number) => CellProps,
) {
  const changedNote = `${id}-changed-note`;
  const base = i * WORKLOAD_COUNT;
  const rowChanged = diff ? diff.rows[i] === 1 : false;
  return (
    <div
      role="row"
      class={rowChanged ? 'am-row am-row--changed' : 'am-row'}
      key={i}
      aria-rowindex={r + 2}
      style={live ? { top: `${r * ROW}px` } : undefined}
      data-step-change={rowChanged ? '' : undefined}
    >
      <div
        role="rowheader"
        class="am-cell am-cell--device"
        aria-describedby={rowChanged ? changedNote : undefined}
        {...cell(r, i, 0)}
      >
        {state.devices[i]!.name}
        {rowChanged && (
          <span class="am-row-mark" aria-hidden="true">
            Δ
          </span>
        )}
      </div>
      {WORKLOAD_IDS.map((workload, w) => {
        const intune = table[base + w] === 1;
        const moved = diff ? diff.cells[base + w] === 1 : false;
        return (
          <div
            role="gridcell"
            key={workload}
            class={`am-cell ${intune ? 'am-cell--intune' : 'am-cell--cm'}${moved ? ' am-cell--changed' : ''}`}
            aria-describedby={moved ? changedNote : undefined}
            title={`${WORKLOAD_LABELS[workload]}: ${intune ? 'Intune' : 'Configuration Manager'}${moved ? ' (changed in the last change)' : ''}`}
            {...cell(r, i, w + 1)}
          >
            <span class="am-sr">{intune ? 'Intune' : 'Configuration Manager'}</span>
            {intune ? (
              <span class="am-badge" aria-hidden="true">
                IN
              </span>
            ) : (
              <span class="am-quiet" aria-hidden="true">
                ·
              </span>
            )}
          </div>
        );
      })}
    </div>
  );
}
