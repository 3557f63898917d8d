/**
 * The authority map's device x workload grid of effective authority, with its filters. An ARIA
 * grid whose rows sit in a fixed-row-height scroll container: only the rows in view (and the row
 * holding the keyboard focus) are rendered, so 10,000 devices cost about twenty rows of DOM.
 * Arrow keys, Page Up/Down, Home/End (with Ctrl: first/last row) move between cells; Enter, Space
 * or a click selects one.
 *
 * Drawn for the side panel (about 26rem): the seven workload columns carry short headers whose
 * full names are in the accessible names and tooltips; Configuration Manager cells are quiet,
 * Intune cells carry a filled "IN" badge on a tinted cell (colour and text), and the cells and
 * rows that changed in the last change carry a dashed ring and a "changed" mark (shape and
 * text, not colour alone).
 *
 * Its parts: the filters and legend (authority-grid-filters.tsx), the header and body rows
 * (authority-grid-cells.tsx), scrolling and keys (authority-grid-nav.ts), which rows pass the
 * filters (authority-grid-rows.ts).
 */
import { useMemo, useState } from 'preact/hooks';
import { WORKLOAD_COUNT } from '../../../sim/constants';
import type { SimState } from '../../../sim/types';
import { ROW, filterRows, type Filters } from './authority-grid-rows';
import { gridHead, gridRow, type Selection } from './authority-grid-cells';
import { gridFilters, gridLegend } from './authority-grid-filters';
import { useGridNav } from './authority-grid-nav';
import type { Derived, TableDiff } from './authority-table';

export { WORKLOAD_SHORT, compact, fmt, type Selection } from './authority-grid-cells';

interface Props {
  id: string;
  level: number;
  state: SimState;
  /** Today's authority table and per-workload counts. */
  now: Derived;
  /** What the last change moved; null when there is nothing to compare. */
  diff: TableDiff | null;
  selection: Selection | null;
  onSelect(selection: Selection): void;
}

export function AuthorityGrid({ id, level, state, now: { table, counts }, diff, selection: sel, onSelect }: Props) {
  const [filters, setFilters] = useState<Filters>({ collection: '', authority: '', co: '', name: '' });
  const rows = useMemo(() => filterRows(state, table, diff && diff.rows, filters), [state, table, diff, filters]);
  const n = rows.length;
  const select = (r: number, c: number) => onSelect({ device: rows[r]!, workload: c - 1 });
  const [shown, r0, c0, live, scroller, head, setActive, measure, onKeyDown, toTop] = useGridNav(n, select);
  const H = `h${Math.min(6, level)}` as 'h4';

  const setFilter = (key: keyof Filters, value: string) => {
    setFilters({ ...filters, [key]: value });
    toTop();
  };
  const cell = (r: number, i: number, c: number) => ({
    tabIndex: r === r0 && c === c0 ? 0 : -1,
    'aria-selected': sel && sel.device === i && sel.workload === c - 1 ? (true as const) : undefined,
    // Focus by mouse, Tab or script makes the cell the grid's tab stop.
    onFocus: () => (r !== r0 || c !== c0) && setActive({ r, c }),
    onClick: () => select(r, c),
  });

  return (
    <section class="am-section" aria-labelledby={`${id}-grid-title`}>
      <H id={`${id}-grid-title`} class="am-heading">
        Effective authority per device
      </H>
      {gridFilters(id, state, filters, setFilter)}
      {gridLegend(id, n, state.devices.length, diff)}
      {n === 0 ? (
        <p class="am-empty">No device matches these filters.</p>
      ) : (
        <div class="am-scroll" ref={scroller} onScroll={measure}>
          <div
            role="grid"
            class="am-grid"
            aria-labelledby={`${id}-grid-title`}
            aria-describedby={`${id}-grid-count ${id}-grid-hint`}
            aria-rowcount={n + 1}
            aria-colcount={WORKLOAD_COUNT + 1}
            onKeyDown={onKeyDown}
          >
            {gridHead(counts, head)}
            <div
              role="rowgroup"
              class={live ? 'am-body am-body--live' : 'am-body'}
              style={live ? { height: `${n * ROW}px` } : undefined}
            >
              {shown.map((r) => gridRow(id, r, rows[r]!, state, table, diff, live, cell))}
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
