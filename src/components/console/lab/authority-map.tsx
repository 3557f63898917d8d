/**
 * lab.authority-map: a teaching aid, not a console screen. Today's device x workload grid of
 * EFFECTIVE authority (the Workloads tab's sliders show slider positions; this map shows what each
 * device gets), with the last change marked (the cells and devices that moved), filters, and the
 * selected cell's chain of reasons. Everything is derived from the engine; the authority table is
 * derived once per state object.
 */
import { useMemo, useState } from 'preact/hooks';
import { useStore } from '../../use-store';
import { groupStart } from '../../../stores/simulator';
import { WORKLOAD_COUNT } from '../../../sim/constants';
import { authorityCounts, deriveAuthorityTable } from '../../../sim/derive';
import type { SimState } from '../../../sim/types';
import type { ConsoleContext, ViewDefinition } from '../types';
import { AuthorityGrid, type Selection } from './authority-grid';
import { CellDetails } from './authority-details';
import { LastChange } from './authority-last-change';
import '../../../styles/console-lab.css';

interface Derived {
  /** `devices x 7` bytes, 1 = Intune (deriveAuthorityTable). */
  table: Uint8Array;
  /** Devices with Intune as effective authority, per workload. */
  counts: number[];
}

const cache = new WeakMap<SimState, Derived>();
/** The authority table and counts of one state, derived once (states never change). */
export function derived(state: SimState): Derived {
  let value = cache.get(state);
  if (!value) {
    const table = deriveAuthorityTable(state);
    cache.set(state, (value = { table, counts: authorityCounts(table) }));
  }
  return value;
}

/** Cells and devices whose effective authority differs between two tables of the same fleet. */
export function diffTables(
  before: Uint8Array,
  now: Uint8Array,
): { cells: Uint8Array; rows: Uint8Array; count: number } {
  const cells = new Uint8Array(now.length);
  const rows = new Uint8Array(now.length / WORKLOAD_COUNT);
  let count = 0;
  for (let k = 0; k < now.length; k++) {
    if (before[k] !== now[k]) {
      cells[k] = 1;
      const i = (k / WORKLOAD_COUNT) | 0;
      if (!rows[i]) {
        rows[i] = 1;
        count++;
      }
    }
  }
  return { cells, rows, count };
}

function AuthorityMap({ ctx }: { ctx: ConsoleContext }) {
  const { state } = ctx;
  const timeline = useStore(ctx.store.$timeline);
  const [selection, setSelection] = useState<Selection | null>(null);
  const id = `${ctx.idPrefix}-am`;
  // The change on screen: one action, or a dialog's whole Apply (what one Undo takes back).
  const start = timeline.cursor > 0 ? groupStart(timeline) : timeline.cursor;
  const previous = timeline.cursor > 0 ? (timeline.states[start] ?? null) : null;
  const actions = useMemo(
    () => timeline.entries.slice(start, timeline.cursor).map((entry) => entry.action),
    [timeline, start],
  );
  const now = derived(state);
  const before = previous && previous.devices.length === state.devices.length ? derived(previous) : null;
  const diff = useMemo(() => (before ? diffTables(before.table, now.table) : null), [before, now]);
  const select = (next: Selection) => {
    setSelection(next);
    const device = state.devices[next.device]?.name ?? '';
    ctx.say(next.workload >= 0 ? `Selected ${device}: its reasons are below the grid.` : `Selected ${device}.`);
  };
  return (
    <div class="am">
      <LastChange
        id={id}
        level={ctx.level + 1}
        state={state}
        previous={previous}
        actions={actions}
        now={now.counts}
        before={before ? before.counts : null}
        movedDevices={diff ? diff.count : 0}
      />
      <AuthorityGrid
        id={id}
        level={ctx.level + 1}
        state={state}
        table={now.table}
        counts={now.counts}
        changed={diff ? diff.cells : null}
        changedRows={diff ? diff.rows : null}
        changedCount={diff ? diff.count : 0}
        selection={selection}
        onSelect={select}
      />
      <CellDetails
        id={id}
        level={ctx.level + 1}
        state={state}
        table={now.table}
        before={before ? before.table : null}
        selection={selection}
      />
    </div>
  );
}

const view: ViewDefinition = {
  title: () => 'Authority map',
  path: () => ['Lab views', 'Authority map'],
  View: AuthorityMap,
};
export default view;
