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
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { WORKLOAD_COUNT, WORKLOAD_IDS, WORKLOAD_LABELS, type WorkloadId } from '../../../sim/constants';
import type { SimState } from '../../../sim/types';
import { ROW, filterRows, type Filters } from './authority-grid-rows';

/** The selected device (index into `state.devices`) and workload (0-6), or -1 for the device only. */
export interface Selection {
  device: number;
  workload: number;
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

const EXTRA = 4;

interface Props {
  id: string;
  level: number;
  state: SimState;
  table: Uint8Array;
  counts: number[];
  /** Per cell, 1 where the effective authority changed in the last change; null when nothing to compare. */
  changed: Uint8Array | null;
  /** Per device, 1 where any of its cells changed. */
  changedRows: Uint8Array | null;
  changedCount: number;
  selection: Selection | null;
  onSelect(selection: Selection): void;
}

export function AuthorityGrid({
  id,
  level,
  state,
  table,
  counts,
  changed,
  changedRows,
  changedCount,
  selection,
  onSelect,
}: Props) {
  const [filters, setFilters] = useState<Filters>({ collection: '', authority: '', co: '', name: '' });
  const rows = useMemo(() => filterRows(state, table, changedRows, filters), [state, table, changedRows, filters]);
  const [view, setView] = useState({ top: 0, height: 360 });
  const [active, setActive] = useState({ r: 0, c: 0 });
  // Until the grid runs, its rows sit in flow (the server's HTML holds the first ones): the row
  // positions and the body's height are set from script (element.style) once it is live, since
  // the site's Content-Security-Policy refuses style attributes in HTML.
  const [live, setLive] = useState(false);
  const scroller = useRef<HTMLDivElement>(null);
  const head = useRef<HTMLDivElement>(null);
  const focusPending = useRef(false);
  const n = rows.length;
  const r0 = Math.min(active.r, Math.max(0, n - 1));
  const c0 = active.c;
  const H = `h${Math.min(6, level)}` as 'h4';

  const measure = () => {
    const el = scroller.current;
    if (el) setView({ top: el.scrollTop, height: el.clientHeight });
  };
  useLayoutEffect(() => {
    measure();
    setLive(true);
    window.addEventListener('resize', measure);
    return () => window.removeEventListener('resize', measure);
  }, []);
  // The scroller shrinks to a short filtered list and grows back: measure again when the row count changes.
  useLayoutEffect(measure, [n]);
  // A layout effect: it runs right after this render's DOM is in place, even when keys repeat
  // faster than frames (a passive effect would focus the cell of the render before).
  useLayoutEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    const cell = scroller.current?.querySelector<HTMLElement>('[tabindex="0"]');
    cell?.focus({ preventScroll: true });
    // The whole cell in view, inside the grid's own scroller.
    cell?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  });

  const setFilter = (key: keyof Filters, value: string) => {
    setFilters({ ...filters, [key]: value });
    setActive({ r: 0, c: c0 });
    setView({ ...view, top: 0 });
    if (scroller.current) scroller.current.scrollTop = 0;
  };

  const moveTo = (r: number, c: number) => {
    r = Math.max(0, Math.min(n - 1, r));
    c = Math.max(0, Math.min(WORKLOAD_COUNT, c));
    setActive({ r, c });
    const el = scroller.current;
    if (el) {
      // Rows sit below the sticky header row: keep the whole row between it and the bottom edge.
      const headH = head.current?.offsetHeight ?? 0;
      const top = r * ROW;
      if (top < el.scrollTop) el.scrollTop = top;
      else if (headH + top + ROW > el.scrollTop + el.clientHeight) el.scrollTop = headH + top + ROW - el.clientHeight;
    }
    focusPending.current = true;
  };

  const select = (r: number, c: number) => onSelect({ device: rows[r]!, workload: c - 1 });

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.metaKey) return;
    const page = Math.max(1, Math.floor(view.height / ROW) - 2);
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      select(r0, c0);
      return;
    }
    // Where each key moves the tab stop, [row, column]; moveTo keeps it inside the grid.
    const to = {
      ArrowDown: [r0 + 1, c0],
      ArrowUp: [r0 - 1, c0],
      ArrowRight: [r0, c0 + 1],
      ArrowLeft: [r0, c0 - 1],
      PageDown: [r0 + page, c0],
      PageUp: [r0 - page, c0],
      Home: [e.ctrlKey ? 0 : r0, 0],
      End: [e.ctrlKey ? n - 1 : r0, WORKLOAD_COUNT],
    }[e.key];
    if (!to) return;
    e.preventDefault();
    moveTo(to[0]!, to[1]!);
  };

  // The rows in view, plus the row with the grid's tab stop wherever it is.
  const first = Math.max(0, Math.floor(view.top / ROW) - EXTRA);
  const last = Math.min(n - 1, Math.ceil((view.top + view.height) / ROW) + EXTRA);
  const shown: number[] = [];
  if (n && r0 < first) shown.push(r0);
  for (let r = first; r <= last; r++) shown.push(r);
  if (n && r0 > last) shown.push(r0);

  const total = state.devices.length;
  const sel = selection;
  const changedNote = `${id}-changed-note`;
  return (
    <section class="am-section" aria-labelledby={`${id}-grid-title`}>
      <H id={`${id}-grid-title`} class="am-heading">
        Effective authority per device
      </H>
      <div class="am-filters">
        <div>
          <label for={`${id}-f-collection`}>Collection</label>
          <select
            id={`${id}-f-collection`}
            value={filters.collection}
            onChange={(e) => setFilter('collection', e.currentTarget.value)}
          >
            <option value="">All devices</option>
            {state.collections.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for={`${id}-f-authority`}>Effective authority</label>
          <select
            id={`${id}-f-authority`}
            value={filters.authority}
            onChange={(e) => setFilter('authority', e.currentTarget.value)}
          >
            <option value="">Any</option>
            <option value="changed">Changed in the last change</option>
            <option value="i">Intune for at least one workload</option>
            <option value="c">Configuration Manager for every workload</option>
            {WORKLOAD_IDS.map((workload, w) => (
              <optgroup key={workload} label={WORKLOAD_LABELS[workload]}>
                <option value={`${w}:1`}>{WORKLOAD_LABELS[workload]}: Intune</option>
                <option value={`${w}:0`}>{WORKLOAD_LABELS[workload]}: Configuration Manager</option>
              </optgroup>
            ))}
          </select>
        </div>
        <div>
          <label for={`${id}-f-co`}>Co-managed</label>
          <select id={`${id}-f-co`} value={filters.co} onChange={(e) => setFilter('co', e.currentTarget.value)}>
            <option value="">Any</option>
            <option value="1">Co-managed</option>
            <option value="0">Not co-managed</option>
          </select>
        </div>
        <div>
          <label for={`${id}-f-name`}>Device name contains</label>
          <input
            id={`${id}-f-name`}
            type="search"
            value={filters.name}
            onInput={(e) => setFilter('name', e.currentTarget.value)}
            autocomplete="off"
            spellcheck={false}
          />
        </div>
      </div>
      <p class="am-count" id={`${id}-grid-count`}>
        Showing {fmt(n)} of {fmt(total)} devices.
      </p>
      <p class="am-hint" id={`${id}-grid-hint`}>
        Column counts: devices (of all {fmt(total)}) that get the workload from Intune. Arrow keys move between cells;
        Enter shows why.
      </p>
      <ul class="am-legend" aria-label="Legend">
        <li>
          <span class="am-badge" aria-hidden="true">
            IN
          </span>{' '}
          Intune
        </li>
        <li>
          <span class="am-quiet" aria-hidden="true">
            ·
          </span>{' '}
          Configuration Manager
        </li>
        <li>
          <span class="am-legend-changed" aria-hidden="true">
            Δ
          </span>{' '}
          {changed ? `${fmt(changedCount)} changed in the last change` : 'Changed in the last change'}
        </li>
      </ul>
      <p id={changedNote} hidden>
        Changed in the last change
      </p>
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
            <div
              role="rowgroup"
              class={live ? 'am-body am-body--live' : 'am-body'}
              style={live ? { height: `${n * ROW}px` } : undefined}
            >
              {shown.map((r) => {
                const i = rows[r]!;
                const base = i * WORKLOAD_COUNT;
                const rowChanged = changedRows ? changedRows[i] === 1 : false;
                const cell = (c: number) => ({
                  tabIndex: r === r0 && c === c0 ? 0 : -1,
                  'aria-selected': sel && sel.device === i && sel.workload === c - 1 ? true : undefined,
                  // Focus by mouse, Tab or script makes the cell the grid's tab stop.
                  onFocus: () => (r !== r0 || c !== c0) && setActive({ r, c }),
                  onClick: () => select(r, c),
                });
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
                      {...cell(0)}
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
                      const moved = changed ? changed[base + w] === 1 : false;
                      return (
                        <div
                          role="gridcell"
                          key={workload}
                          class={`am-cell ${intune ? 'am-cell--intune' : 'am-cell--cm'}${moved ? ' am-cell--changed' : ''}`}
                          aria-describedby={moved ? changedNote : undefined}
                          title={`${WORKLOAD_LABELS[workload]}: ${intune ? 'Intune' : 'Configuration Manager'}${moved ? ' (changed in the last change)' : ''}`}
                          {...cell(w + 1)}
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
              })}
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
