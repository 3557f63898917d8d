/**
 * The authority map grid's scrolling and keyboard: which rows are in view, which cell holds the
 * grid's one tab stop, and the keys that move it. Rows sit at fixed heights (ROW), so the rows in
 * view follow from the scroll position alone.
 */
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import { WORKLOAD_COUNT } from '../../../sim/constants';
import { ROW } from './authority-grid-rows';

/** Rows rendered above and below the ones in view, so a quick scroll does not show blank rows. */
const EXTRA = 4;

/** The tab stop's row and column (column 0 is the device name). */
export interface Cell {
  r: number;
  c: number;
}

/** The rows to render: those in view and EXTRA either side, plus the row with the tab stop wherever it is. */
function rowsInView(n: number, r0: number, top: number, height: number): number[] {
  const first = Math.max(0, Math.floor(top / ROW) - EXTRA);
  const last = Math.min(n - 1, Math.ceil((top + height) / ROW) + EXTRA);
  const shown: number[] = [];
  if (n && r0 < first) shown.push(r0);
  for (let r = first; r <= last; r++) shown.push(r);
  if (n && r0 > last) shown.push(r0);
  return shown;
}

/** The grid's keys: Enter or Space picks the tab stop's cell; the others move it (moveTo keeps it inside the grid). */
function onGridKey(
  e: KeyboardEvent,
  n: number,
  r0: number,
  c0: number,
  page: number,
  pick: (r: number, c: number) => void,
  moveTo: (r: number, c: number) => void,
) {
  if (e.altKey || e.metaKey) return;
  if (e.key === 'Enter' || e.key === ' ') {
    e.preventDefault();
    pick(r0, c0);
    return;
  }
  // Where each key moves the tab stop, [row, column].
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
}

/**
 * [rows to render, the tab stop's row (clamped to the rows) and column, whether the grid is live, the scroller, the
 * header row, make a cell the tab stop, measure the scroller, the grid's keydown handler, back to
 * the first row (after the filters change)]. A tuple: it costs the browser chunk no property names.
 */
export type GridNav = [
  shown: number[],
  row: number,
  column: number,
  live: boolean,
  scroller: RefObject<HTMLDivElement>,
  head: RefObject<HTMLDivElement>,
  setActive: (cell: Cell) => void,
  measure: () => void,
  onKeyDown: (e: KeyboardEvent) => void,
  toTop: () => void,
];

/** The grid's navigation over `n` rows; Enter or Space on a cell calls `pick(row, column)`. */
export function useGridNav(n: number, pick: (r: number, c: number) => void): GridNav {
  const [view, setView] = useState({ top: 0, height: 360 });
  const [active, setActive] = useState<Cell>({ r: 0, c: 0 });
  // Until the grid runs, its rows sit in flow (the server's HTML holds the first ones): the row
  // positions and the body's height are set from script (element.style) once it is live, since
  // the site's Content-Security-Policy refuses style attributes in HTML.
  const [live, setLive] = useState(false);
  const scroller = useRef<HTMLDivElement>(null);
  const head = useRef<HTMLDivElement>(null);
  const focusPending = useRef(false);
  const r0 = Math.min(active.r, Math.max(0, n - 1));
  const c0 = active.c;

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

  const onKeyDown = (e: KeyboardEvent) =>
    onGridKey(e, n, r0, c0, Math.max(1, Math.floor(view.height / ROW) - 2), pick, moveTo);

  const toTop = () => {
    setActive({ r: 0, c: c0 });
    setView({ ...view, top: 0 });
    if (scroller.current) scroller.current.scrollTop = 0;
  };

  return [rowsInView(n, r0, view.top, view.height), r0, c0, live, scroller, head, setActive, measure, onKeyDown, toTop];
}
