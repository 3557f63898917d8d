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
import type { ConsoleContext, ViewDefinition } from '../types';
import { AuthorityGrid, type Selection } from './authority-grid';
import { CellDetails } from './authority-details';
import { LastChange } from './authority-last-change';
import { derived, diffTables } from './authority-table';
import '../../../styles/console-lab.css';

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
        now={now}
        diff={diff}
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
