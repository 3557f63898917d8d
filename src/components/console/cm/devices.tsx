/**
 * Assets and Compliance > Overview > Devices: the console's device list (Name, Client, Site Code,
 * Operating System, Co-managed), its search bar, only the rows in view rendered, selection by
 * keyboard or pointer, and the details pane of the selected device (what it is, co-managed or
 * why not, its enrollment stage, status, error code and prerequisites). The ribbon's "Add Selected
 * Items" adds the selected devices to a collection with direct members.
 */
import { useMemo, useState } from 'preact/hooks';
import { OS_INFO } from '../../../sim/constants';
import { coManagedMask } from '../../../sim/derive';
import type { SimState } from '../../../sim/types';
import { useStore } from '../../use-store';
import type { ConsoleContext, ViewDefinition } from '../types';
import { perState } from './dashboard-data';
import { SelectCollectionDialog } from './devices-add';
import { DeviceDetails } from './devices-detail';
import { DeviceGrid, type GridColumn } from './devices-grid';
import { selectionsOf } from './devices-selection';
import { RibbonMenu } from './devices-ribbon';
import { ListPane, RibbonButton, RibbonGroup, count, viewTitleId } from './parts';
import '../../../styles/console-cm-views.css';

const coManaged = perState(coManagedMask);

/** The Devices node's columns, as the console spells them. */
export function deviceColumns(state: SimState): GridColumn[] {
  const mask = coManaged(state);
  const d = (i: number) => state.devices[i]!;
  return [
    { header: 'Name', cell: (i) => d(i).name },
    { header: 'Client', cell: (i) => (d(i).client ? 'Yes' : 'No') },
    { header: 'Site Code', cell: (i) => (d(i).client ? state.site.code : '') },
    { header: 'Operating System', cell: (i) => OS_INFO[d(i).os].label },
    { header: 'Co-managed', cell: (i) => (mask[i] ? 'Yes' : 'No') },
  ];
}

/** Indices of the devices whose name contains the search text (case-insensitive), in list order. */
export function searchDevices(state: SimState, text: string): number[] {
  const needle = text.trim().toLowerCase();
  const out: number[] = [];
  state.devices.forEach((device, i) => {
    if (!needle || device.name.toLowerCase().includes(needle)) out.push(i);
  });
  return out;
}

/** The console's search bar: Search runs the filter, Clear removes it. */
export function SearchBar({ id, applied, onSearch }: { id: string; applied: string; onSearch(text: string): void }) {
  const [text, setText] = useState(applied);
  return (
    <form
      class="cmv-search"
      role="search"
      aria-label="Search bar"
      onSubmit={(e) => {
        e.preventDefault();
        onSearch(text);
      }}
    >
      <input
        id={`${id}-q`}
        class="cm-search"
        type="search"
        aria-label="Search"
        placeholder="Search"
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <button type="submit" class="button button--quiet">
        Search
      </button>
      {applied && (
        <button
          type="button"
          class="button button--quiet"
          onClick={() => {
            setText('');
            onSearch('');
          }}
        >
          Clear
        </button>
      )}
    </form>
  );
}

function DevicesView({ ctx }: { ctx: ConsoleContext }) {
  const { state, idPrefix, level } = ctx;
  const id = `${idPrefix}-cmdev`;
  const sel = selectionsOf(ctx.store);
  const selection = useStore(sel.devices);
  const [search, setSearch] = useState('');
  const rows = useMemo(() => searchDevices(state, search), [state.devices, search]);
  const columns = useMemo(() => deviceColumns(state), [state]);
  const total = state.devices.length;
  const active = selection.active;
  return (
    <div class="cm-panes cmv-view">
      <ListPane
        items={rows.length}
        id={`${id}-count`}
        search={<SearchBar id={id} applied={search} onSearch={setSearch} />}
      >
        <p class="cmv-count" aria-live="polite">
          {search ? `Showing ${rows.length.toLocaleString('en-US')} of ${count(total, 'device')}` : ''}
          {selection.selected.length > 1
            ? `${search ? ', ' : ''}${count(selection.selected.length, 'device')} selected`
            : ''}
        </p>
        <DeviceGrid
          id={`${id}-grid`}
          labelledBy={`${viewTitleId(idPrefix)} ${id}-count`}
          rows={rows}
          columns={columns}
          colsClass="cmv-cols--devices"
          active={active}
          selected={selection.selected}
          multiselect
          empty="No devices match the search."
          onChange={(next, selected) => sel.devices.set({ active: next, selected })}
          onOpen={() => document.getElementById(`${id}-detail`)?.focus()}
        />
      </ListPane>
      {active !== null && active < total && (
        <DeviceDetails state={state} index={active} level={level + 1} headingId={`${id}-detail`} />
      )}
    </div>
  );
}

/** The Devices node's ribbon (Home tab): what the lab models works, the rest says it is not part of the lab. */
function DevicesCommands({ ctx }: { ctx: ConsoleContext }) {
  const sel = selectionsOf(ctx.store);
  const selection = useStore(sel.devices);
  const [adding, setAdding] = useState<string[] | null>(null);
  const id = `${ctx.idPrefix}-cmdev-add`;
  const names = selection.selected.map((i) => ctx.state.devices[i]?.name).filter((n): n is string => n !== undefined);
  return (
    <>
      <RibbonGroup label="Device">
        <RibbonMenu
          label="Add Selected Items"
          id={id}
          ready={ctx.ready}
          unavailable={names.length === 0 ? 'Select one or more devices in the list first' : null}
          items={[
            { label: 'Add Selected Items to Existing Device Collection', onSelect: () => setAdding(names) },
            { label: 'Add Selected Items to New Device Collection' },
          ]}
        />
        <RibbonButton
          label="Install Client"
          notInLab
          id={`${ctx.idPrefix}-cmdev-install`}
          ready={ctx.ready}
          size="small"
        />
        <RibbonButton
          label="Client Notification"
          notInLab
          id={`${ctx.idPrefix}-cmdev-notify`}
          ready={ctx.ready}
          size="small"
        />
        <RibbonButton
          label="Client Diagnostics"
          notInLab
          id={`${ctx.idPrefix}-cmdev-diag`}
          ready={ctx.ready}
          size="small"
        />
      </RibbonGroup>
      <RibbonGroup label="Properties">
        <RibbonButton
          label="Properties"
          notInLab
          icon="properties"
          id={`${ctx.idPrefix}-cmdev-props`}
          ready={ctx.ready}
        />
      </RibbonGroup>
      {adding && (
        <SelectCollectionDialog ctx={ctx} devices={adding} returnFocusTo={id} onClose={() => setAdding(null)} />
      )}
    </>
  );
}

const view: ViewDefinition = {
  title: () => 'Devices',
  path: () => ['Assets and Compliance', 'Overview', 'Devices'],
  View: DevicesView,
  Commands: DevicesCommands,
};
export default view;
