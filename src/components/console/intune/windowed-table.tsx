/**
 * The Intune admin center's windowed device table (Devices > All devices), in which only the rows
 * in view (and a few more) are in the DOM. Apart from parts.tsx, which holds what every blade
 * shares: only the device list uses it.
 */
import type { ComponentChildren, TargetedUIEvent } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useHydrated } from '../use-hydrated';

export interface Column {
  label: string;
  /** A cell of row `i` (the device index); the first column is the row header. */
  cell(i: number): ComponentChildren;
}

const OVERSCAN = 6;
const DEFAULT_ROW = 36;
const DEFAULT_VIEWPORT = 360;

interface WindowedTableProps {
  id: string;
  caption: string;
  regionLabel: string;
  rows: readonly number[];
  columns: readonly Column[];
  rowClass?: (i: number) => string | undefined;
  /** In the presenter view: the step's marks (`ConsoleContext.stepMarks`); rows whose `device:<i>` is there carry `data-step-change`. */
  marks?: ReadonlyMap<string, string> | null | undefined;
}

/**
 * A spacer row standing for `height` px of rows not in the DOM (before or after those in view), or
 * nothing when there are none. Its height is set only once live (see useHydrated: the CSP refuses
 * style attributes in HTML).
 */
function spacer(height: number, live: boolean, columns: number) {
  return (
    height > 0 && (
      <tr class="in-spacer" aria-hidden="true" style={live ? { height: `${height}px` } : undefined}>
        <td colSpan={columns} />
      </tr>
    )
  );
}

/**
 * A table of many rows of which only those in view (plus a few) are in the DOM: spacer rows keep
 * the scroll height, `aria-rowcount` and `aria-rowindex` tell assistive technology the real size.
 * It scrolls inside its own focusable region.
 */
export function WindowedTable({ id, caption, regionLabel, rows, columns, rowClass, marks }: WindowedTableProps) {
  const box = useRef<HTMLDivElement>(null);
  const live = useHydrated();
  const [top, setTop] = useState(0);
  const [rowHeight, setRowHeight] = useState(DEFAULT_ROW);
  const [viewport, setViewport] = useState(DEFAULT_VIEWPORT);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const row = element.querySelector<HTMLElement>('tbody tr[aria-rowindex]');
    const measured = row?.getBoundingClientRect().height ?? 0;
    if (measured > 0 && Math.abs(measured - rowHeight) > 0.5) setRowHeight(measured);
    if (element.clientHeight > 0 && element.clientHeight !== viewport) setViewport(element.clientHeight);
  });
  // A shorter list (a search) starts again at its top.
  const total = rows.length;
  const maxTop = Math.max(0, total * rowHeight - viewport);
  const scrolled = Math.min(top, maxTop);
  const first = Math.max(0, Math.floor(scrolled / rowHeight) - OVERSCAN);
  const last = Math.min(total, Math.ceil((scrolled + viewport) / rowHeight) + OVERSCAN);
  const before = first * rowHeight;
  const after = (total - last) * rowHeight;
  const onScroll = (event: TargetedUIEvent<HTMLDivElement>) => setTop(event.currentTarget.scrollTop);
  return (
    <div class="in-tablebox">
      <div
        class="in-scroll in-scroll--tall"
        ref={box}
        tabIndex={0}
        role="region"
        aria-label={regionLabel}
        onScroll={onScroll}
      >
        <table class="in-table in-table--nowrap" id={id} aria-label={caption} aria-rowcount={total + 1}>
          <thead>
            <tr aria-rowindex={1}>
              {columns.map((c) => (
                <th key={c.label} scope="col">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {spacer(before, live, columns.length)}
            {rows.slice(first, last).map((i, k) => (
              <tr
                key={i}
                aria-rowindex={first + k + 2}
                class={rowClass?.(i)}
                data-step-change={marks?.has(`device:${i}`) ? '' : undefined}
              >
                {columns.map((c, n) =>
                  n === 0 ? (
                    <th key={c.label} scope="row">
                      {c.cell(i)}
                    </th>
                  ) : (
                    <td key={c.label}>{c.cell(i)}</td>
                  ),
                )}
              </tr>
            ))}
            {spacer(after, live, columns.length)}
            {total === 0 && (
              <tr>
                <td colSpan={columns.length}>No devices to show.</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
