/**
 * Assets and Compliance > Overview > Device Collections: the collections with Name, Limiting
 * Collection and Member Count, the built-in ones included (All Systems, All Desktop and Server
 * Clients, and from 2111 Co-management Eligible Devices). "Show Members" lists a collection's
 * members (only the rows in view rendered, with the search bar and each member's details); from a
 * collection with direct members the learner can remove selected members. Devices are added from
 * the Devices node ("Add Selected Items").
 */
import { useMemo, useState } from 'preact/hooks';
import { collectionMark, findCollection, memberCount } from '../../../sim/collections';
import type { Collection, SimState } from '../../../sim/types';
import { useStore } from '../../use-store';
import type { ConsoleContext, ViewDefinition } from '../types';
import { DeviceDetails } from './devices-detail';
import { DeviceGrid } from './devices-grid';
import { H, ListPane, ListTable, RibbonButton, RibbonGroup, count, viewTitleId } from './parts';
import { selectionsOf } from './devices-selection';
import { SearchBar, deviceColumns } from './devices';
import '../../../styles/console-cm-views.css';

/**
 * The collection that limits this one. UNCONFIRMED in this simulator: the engine's parent
 * collection stands for the limiting collection; a top-level collection of the scenario is limited
 * to All Systems, as the console requires one; All Systems has none.
 */
export function limitingCollection(state: SimState, c: Collection): string {
  if (c.kind === 'all-systems') return '';
  if (c.parent) return findCollection(state, c.parent)?.name ?? c.parent;
  return 'All Systems';
}

export function memberIndices(state: SimState, id: string, search = ''): number[] {
  const mark = collectionMark(state, id);
  const needle = search.trim().toLowerCase();
  const out: number[] = [];
  for (let i = 0; i < mark.length; i++)
    if (mark[i] && (!needle || state.devices[i]!.name.toLowerCase().includes(needle))) out.push(i);
  return out;
}

function CollectionList({ ctx }: { ctx: ConsoleContext }) {
  const { state, idPrefix } = ctx;
  const id = `${idPrefix}-cmcol`;
  const sel = selectionsOf(ctx.store);
  const selected = useStore(sel.collection);
  return (
    <div class="cm-panes cmv-view">
      <ListPane items={state.collections.length} id={`${id}-count`}>
        <ListTable
          labelledBy={`${viewTitleId(idPrefix)} ${id}-count`}
          columns={['Name', 'Limiting Collection', 'Member Count']}
          rows={state.collections}
          rowKey={(c) => c.id}
          cells={(c) => [c.name, limitingCollection(state, c), memberCount(state, c.id).toLocaleString('en-US')]}
          selected={selected}
          onSelect={(key) => sel.collection.set(key)}
          empty="No device collections."
        />
      </ListPane>
      <p class="cmv-muted">Select a collection, then Show Members on the ribbon to list its members.</p>
    </div>
  );
}

function MemberList({ ctx, collection }: { ctx: ConsoleContext; collection: Collection }) {
  const { state, idPrefix, level } = ctx;
  const id = `${idPrefix}-cmmem`;
  const sel = selectionsOf(ctx.store);
  const selection = useStore(sel.member);
  const [search, setSearch] = useState('');
  const rows = useMemo(() => memberIndices(state, collection.id, search), [state.devices, collection, search]);
  const all = useMemo(
    () => (search ? memberCount(state, collection.id) : rows.length),
    [state.devices, collection, search, rows],
  );
  const columns = useMemo(() => deviceColumns(state), [state]);
  const listed = useMemo(() => new Set(rows), [rows]);
  const active = selection.active !== null && listed.has(selection.active) ? selection.active : null;
  const selected = useMemo(() => selection.selected.filter((i) => listed.has(i)), [selection.selected, listed]);
  return (
    <div class="cm-panes cmv-view">
      <div class="cmv-members-head">
        <H n={level + 1} id={`${id}-title`} class="cm-subhead" tabIndex={-1}>
          Members of {collection.name}
        </H>
        <button
          type="button"
          class="button button--quiet"
          onClick={() => {
            sel.members.set(null);
            requestAnimationFrame(() => document.getElementById(viewTitleId(idPrefix))?.focus());
          }}
        >
          Back to Device Collections
        </button>
      </div>
      <ListPane
        items={rows.length}
        id={`${id}-count`}
        search={<SearchBar id={id} applied={search} onSearch={setSearch} />}
      >
        <p class="cmv-count" aria-live="polite">
          {search ? `Showing ${rows.length.toLocaleString('en-US')} of ${count(all, 'device')}` : count(all, 'device')}
          {collection.kind === 'static'
            ? '. Direct members: select some, then Remove from Collection on the ribbon.'
            : '. A built-in collection: its members come from a query.'}
        </p>
        <DeviceGrid
          id={`${id}-grid`}
          labelledBy={`${id}-title ${id}-count`}
          rows={rows}
          columns={columns}
          colsClass="cmv-cols--devices"
          active={active}
          selected={selected}
          multiselect
          empty={search ? 'No members match the search.' : 'This collection has no members.'}
          onChange={(next, chosen) => sel.member.set({ active: next, selected: chosen })}
          onOpen={() => document.getElementById(`${id}-detail`)?.focus()}
        />
      </ListPane>
      {active !== null && <DeviceDetails state={state} index={active} level={level + 1} headingId={`${id}-detail`} />}
    </div>
  );
}

function CollectionsView({ ctx }: { ctx: ConsoleContext }) {
  const sel = selectionsOf(ctx.store);
  const members = useStore(sel.members);
  const collection = members === null ? undefined : findCollection(ctx.state, members);
  return collection ? <MemberList ctx={ctx} collection={collection} /> : <CollectionList ctx={ctx} />;
}

/** The Device Collections ribbon (Home tab), and in a members list the command that removes members. */
function CollectionsCommands({ ctx }: { ctx: ConsoleContext }) {
  const { state, idPrefix, ready } = ctx;
  const p = `${idPrefix}-cmcol`;
  const sel = selectionsOf(ctx.store);
  const selected = useStore(sel.collection);
  const members = useStore(sel.members);
  const member = useStore(sel.member);
  const showing = members === null ? undefined : findCollection(state, members);
  if (showing) {
    const names = member.selected.map((i) => state.devices[i]?.name).filter((n): n is string => n !== undefined);
    const why =
      showing.kind !== 'static'
        ? `${showing.name} is a built-in collection: its members come from a query`
        : names.length === 0
          ? 'Select one or more members in the list first'
          : null;
    return (
      <RibbonGroup label="Collection">
        <RibbonButton
          label="Remove from Collection"
          icon="delete"
          id={`${p}-remove`}
          ready={ready}
          unavailable={why}
          onClick={() => {
            void ctx.apply([{ type: 'remove-from-collection', collection: showing.id, devices: names }]).then((ok) => {
              if (ok) sel.member.set({ active: null, selected: [] });
            });
          }}
        />
        <RibbonButton label="Properties" icon="properties" notInLab id={`${p}-mprops`} ready={ready} />
      </RibbonGroup>
    );
  }
  const chosen = selected === null ? undefined : findCollection(state, selected);
  return (
    <>
      <RibbonGroup label="Create">
        <RibbonButton label="Create Device Collection" icon="collection" notInLab id={`${p}-create`} ready={ready} />
      </RibbonGroup>
      <RibbonGroup label="Collection">
        <RibbonButton
          label="Show Members"
          icon="device"
          id={`${p}-show`}
          ready={ready}
          unavailable={chosen ? null : 'Select a collection in the list first'}
          onClick={() => {
            sel.member.set({ active: null, selected: [] });
            sel.members.set(chosen!.id);
            requestAnimationFrame(() => document.getElementById(`${idPrefix}-cmmem-title`)?.focus());
          }}
        />
        <RibbonButton label="Update Membership" icon="refresh" notInLab id={`${p}-update`} ready={ready} size="small" />
        <RibbonButton label="Add Resources" icon="add" notInLab id={`${p}-addres`} ready={ready} size="small" />
      </RibbonGroup>
      <RibbonGroup label="Properties">
        <RibbonButton label="Properties" icon="properties" notInLab id={`${p}-props`} ready={ready} />
      </RibbonGroup>
    </>
  );
}

const view: ViewDefinition = {
  title: () => 'Device Collections',
  path: () => ['Assets and Compliance', 'Overview', 'Device Collections'],
  View: CollectionsView,
  Commands: CollectionsCommands,
};
export default view;
