/**
 * The console's list pane as an ARIA grid that renders only the rows in view (windowing): 100,000
 * devices cost the same as 20. One cell at a time is in the tab order (roving focus); the arrow
 * keys, Page Up / Page Down and Ctrl+Home / Ctrl+End move it, the selection follows it (Shift
 * extends, Ctrl moves without selecting, Space toggles a row, as in the console's list), Enter
 * opens the row. A click selects, Ctrl+click toggles, Shift+click selects a range.
 */
import type { ComponentChildren, Ref } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useGridFocus, type GridFocus } from './devices-grid-focus';

export interface GridColumn {
  /** The column header as the console spells it. */
  header: string;
  /** The cell of one row (called only for the rows on screen). */
  cell(row: number): ComponentChildren;
}

export interface DeviceGridProps {
  /** Prefix of element ids. */
  id: string;
  /** The grid's accessible name, or `labelledBy`. */
  label?: string | undefined;
  /** Ids of the elements that name the grid. */
  labelledBy?: string | undefined;
  /** What the rows are, in display order (device or collection indices). */
  rows: readonly number[];
  columns: readonly GridColumn[];
  /**
   * The class that sets the columns' widths (--cmv-cols in console-cm-views.css). Sizes and
   * positions are never inline styles in the server HTML (the site's Content-Security-Policy).
   */
  colsClass: string;
  /** The row with the focus (an entry of `rows`), or null before any. */
  active: number | null;
  /** Selected entries of `rows`. */
  selected: readonly number[];
  /** A new active row and selection. */
  onChange(active: number, selected: number[]): void;
  /** Enter or a double click on a row. */
  onOpen?: ((row: number) => void) | undefined;
  /** Several rows may be selected (Shift, Ctrl, Space). */
  multiselect?: boolean | undefined;
  /** Rows in view at once (the list's height): 12 or 10 (classes cmv-rows--12, cmv-rows--10). */
  visibleRows?: 10 | 12 | undefined;
  /** What the empty grid says. */
  empty?: string | undefined;
}

/** Rows rendered beyond the visible ones, above and below. */
const OVERSCAN = 4;
/** Row height in px: console-cm-views.css sets the same (--cmv-row). */
export const ROW_HEIGHT = 34;

/** Sets a style through the CSSOM (allowed by the Content-Security-Policy, unlike style attributes). */
function styled(property: string, value: string) {
  return (element: HTMLElement | null) => {
    if (element && element.style.getPropertyValue(property) !== value) element.style.setProperty(property, value);
  };
}

/** The window of row positions to render for a scroll offset. */
export function windowRange(
  scrollTop: number,
  rowHeight: number,
  visibleRows: number,
  total: number,
): [number, number] {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(total, Math.floor(scrollTop / rowHeight) + visibleRows + OVERSCAN + 1);
  return [first, last];
}

export function DeviceGrid(props: DeviceGridProps) {
  const { rows, active, selected, visibleRows = 12 } = props;
  const rowHeight = ROW_HEIGHT;
  const body = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const chosen = useMemo(() => new Set(selected), [selected]);
  const position = useMemo(() => {
    if (active === null) return -1;
    return rows.indexOf(active);
  }, [rows, active]);
  const total = rows.length;
  const height = visibleRows * rowHeight;
  const [first, last] = windowRange(scrollTop, rowHeight, visibleRows, total);
  // The tab stop: the active row when it is listed, else the first row.
  const stop = position >= 0 ? position : total > 0 ? 0 : -1;
  const shown: number[] = [];
  for (let p = first; p < last; p++) shown.push(p);
  // The row with the tab stop is always rendered, so the grid stays reachable by Tab (out of the flow).
  const away = stop >= 0 && (stop < first || stop >= last) ? stop : -1;

  // A filter that shortens the list scrolls back into range.
  useLayoutEffect(() => {
    const el = body.current;
    if (el && el.scrollTop > Math.max(0, total * rowHeight - height)) {
      el.scrollTop = Math.max(0, total * rowHeight - height);
      setScrollTop(el.scrollTop);
    }
  }, [total]);

  /** Scrolls the list so that row position p is in view. */
  function reveal(p: number) {
    const el = body.current;
    if (!el) return;
    const top = p * rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = top + rowHeight - el.clientHeight;
    setScrollTop(el.scrollTop);
  }
  const focus = useGridFocus(props, chosen, stop, reveal);

  return gridView(props, chosen, stop, first, shown, away, body, setScrollTop, focus);
}

/**
 * The grid as drawn: the header row, then the rows at positions `shown` in a scrolling body (`body`)
 * as tall as all the rows, and the row with the tab stop (`stop`) when it is `away` from them.
 */
function gridView(
  props: DeviceGridProps,
  chosen: Set<number>,
  stop: number,
  first: number,
  shown: number[],
  away: number,
  body: Ref<HTMLDivElement>,
  setScrollTop: (top: number) => void,
  [column, onKeyDown, onClick]: GridFocus,
) {
  // `multiselect` only sets aria-multiselectable here: left out, it is false.
  const { id, label, labelledBy, rows, columns, colsClass, onOpen, multiselect, visibleRows = 12, empty } = props;
  const rowHeight = ROW_HEIGHT;
  const total = rows.length;
  const row = (p: number) => {
    const item = rows[p]!;
    const isSelected = chosen.has(item);
    return (
      <div
        key={item}
        ref={p === away ? styled('top', `${p * rowHeight}px`) : undefined}
        class={`cmv-grid__row${isSelected ? ' cmv-grid__row--selected' : ''}${p === away ? ' cmv-grid__row--away' : ''}`}
        role="row"
        aria-rowindex={p + 2}
        aria-selected={isSelected ? 'true' : 'false'}
        onDblClick={() => onOpen?.(item)}
      >
        {columns.map((c, k) => (
          <div
            key={c.header}
            id={`${id}-r${p}-c${k}`}
            class="cmv-grid__cell"
            role="gridcell"
            aria-colindex={k + 1}
            tabIndex={p === stop && k === column ? 0 : -1}
            onClick={(e) => onClick(p, k, e)}
          >
            {c.cell(item)}
          </div>
        ))}
      </div>
    );
  };
  return (
    <div class="cmv-grid-wrap">
      <div
        class={`cmv-grid ${colsClass}`}
        role="grid"
        id={id}
        aria-label={labelledBy ? undefined : label}
        aria-labelledby={labelledBy}
        aria-rowcount={total + 1}
        aria-colcount={columns.length}
        aria-multiselectable={multiselect ? 'true' : undefined}
        onKeyDown={onKeyDown}
      >
        {headerRow(columns)}
        <div
          class={`cmv-grid__body cmv-rows--${visibleRows}`}
          ref={body}
          onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        >
          <div role="rowgroup" class="cmv-grid__rows" ref={styled('height', `${total * rowHeight}px`)}>
            {first > 0 && (
              <div class="cmv-grid__spacer" aria-hidden="true" ref={styled('height', `${first * rowHeight}px`)} />
            )}
            {shown.map(row)}
            {away >= 0 && row(away)}
          </div>
        </div>
      </div>
      {total === 0 && <p class="cmv-grid__empty">{empty ?? 'No items found.'}</p>}
    </div>
  );
}

/** The header row: the columns' names. */
function headerRow(columns: readonly GridColumn[]) {
  return (
    <div class="cmv-grid__head" role="rowgroup">
      <div class="cmv-grid__row" role="row" aria-rowindex={1}>
        {columns.map((c, k) => (
          <div key={c.header} class="cmv-grid__cell" role="columnheader" aria-colindex={k + 1}>
            {c.header}
          </div>
        ))}
      </div>
    </div>
  );
}
