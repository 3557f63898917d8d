/**
 * The device grid's roving focus and selection (devices-grid.tsx): which cell has the tab stop, and
 * what the keys and clicks do to the focus and the selection. Apart from the grid's rendering to keep
 * each function short, in the same chunk (console-later, astro.config.mjs).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { DeviceGridProps } from './devices-grid';

/** The focused column, the grid's key handler and a cell's click handler. */
export type GridFocus = ReturnType<typeof useGridFocus>;

/**
 * The focused column, the grid's key handler and a cell's click handler, for a grid whose tab stop
 * is at row position `stop`; `reveal` scrolls a row position into view.
 */
export function useGridFocus(props: DeviceGridProps, chosen: Set<number>, stop: number, reveal: (p: number) => void) {
  // `multiselect` is only tested for truth here: left out, it is false.
  const { id, rows, columns, selected, onChange, onOpen, multiselect, visibleRows = 12 } = props;
  const total = rows.length;
  const [column, setColumn] = useState(0);
  const anchor = useRef<number | null>(null);
  const focusNext = useRef(false);

  useEffect(() => {
    if (!focusNext.current) return;
    focusNext.current = false;
    document.getElementById(`${id}-r${stop}-c${column}`)?.focus({ preventScroll: true });
  });

  function range(from: number, to: number): number[] {
    const [a, b] = from < to ? [from, to] : [to, from];
    return rows.slice(a, b + 1);
  }

  function moveTo(p: number, how: { shift?: boolean; ctrl?: boolean; toggle?: boolean } = {}) {
    if (total === 0) return;
    const to = Math.max(0, Math.min(total - 1, p));
    const row = rows[to]!;
    let next: number[];
    if (multiselect && how.shift) {
      anchor.current ??= stop;
      next = range(anchor.current, to);
    } else if (multiselect && how.toggle) {
      next = chosen.has(row) ? selected.filter((r) => r !== row) : [...selected, row];
      anchor.current = to;
    } else if (multiselect && how.ctrl) {
      next = [...selected];
    } else {
      next = [row];
      anchor.current = to;
    }
    focusNext.current = true;
    reveal(to);
    onChange(row, next);
  }

  function onKeyDown(event: KeyboardEvent) {
    const ctrl = event.ctrlKey || event.metaKey;
    const how = { shift: event.shiftKey, ctrl };
    const page = Math.max(1, visibleRows - 1);
    const at = stop < 0 ? 0 : stop;
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(at + 1, how),
      ArrowUp: () => moveTo(at - 1, how),
      PageDown: () => moveTo(at + page, how),
      PageUp: () => moveTo(at - page, how),
      Home: () => (ctrl ? moveTo(0, how) : setFocusColumn(0)),
      End: () => (ctrl ? moveTo(total - 1, how) : setFocusColumn(columns.length - 1)),
      ArrowLeft: () => setFocusColumn(column - 1),
      ArrowRight: () => setFocusColumn(column + 1),
      ' ': () => moveTo(at, multiselect ? { toggle: true } : {}),
      Enter: () => {
        if (stop >= 0) onOpen?.(rows[stop]!);
      },
    };
    const run = keys[event.key];
    if (!run) return;
    event.preventDefault();
    run();
  }

  function setFocusColumn(c: number) {
    const to = Math.max(0, Math.min(columns.length - 1, c));
    setColumn(to);
    document.getElementById(`${id}-r${stop}-c${to}`)?.focus();
  }

  function onClick(p: number, c: number, event: MouseEvent) {
    setColumn(c);
    moveTo(p, { shift: event.shiftKey, toggle: event.ctrlKey || event.metaKey });
  }

  return [column, onKeyDown, onClick] as const;
}
