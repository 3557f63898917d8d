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
import { plural } from '../../../sim/labels';
import type { Collection, SimState } from '../../../sim/types';
import { useStore } from '../../use-store';
import type { ConsoleContext, ViewDefinition } from '../types';
import { DeviceDetails } from './devices-detail';
import { DeviceGrid, type GridColumn } from './devices-grid';
import { RibbonButton, RibbonGroup } from './devices-ribbon';
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
  for (let i = 0; i < mark.length; i++) if (mark[i] && (!needle || state.devices[i]!.name.toLowerCase().includes(needle))) out.push(i);
  return out;
}

function CollectionList({ ctx }: { ctx: ConsoleContext }) {
  const { state, idPrefix, level } = ctx;
  const id = `${idPrefix}-cmcol`;
  const H = `h${level}` as 'h3';
  const sel = selectionsOf(ctx.store);
  const selected = useStore(sel.collection);
  const rows = useMemo(() => state.collections.map((_, k) => k), [state.collections]);
  const at = selected === null ? null : state.collections.findIndex((c) => c.id === selected);
  const columns: GridColumn[] = [
    { header: 'Name', width: 'minmax(12rem, 3fr)', cell: (k) => state.collections[k]!.name },
    { header: 'Limiting Collection', width: 'minmax(10rem, 2fr)', cell: (k) => limitingCollection(state, state.collections[k]!) },
    { header: 'Member Count', width: 'minmax(7rem, 1fr)', cell: (k) => memberCount(state, state.collections[k]!.id).toLocaleString('en-US') },
  ];
  return (
    <div class="cmv-view">
      <div class="cmv-list-head">
        <H id={`${id}-title`} class="cmv-list-head__title">
          Device Collections <span class="cmv-muted">{plural(state.collections.length, 'item')}</span>
        </H>
      </div>
      <DeviceGrid
        id={`${id}-grid`}
        label="Device Collections"
        rows={rows}
        columns={columns}
        active={at !== null && at >= 0 ? at : null}
        selected={at !== null && at >= 0 ? [at] : []}
        visibleRows={8}
        onChange={(k) => sel.collection.set(state.collections[k]!.id)}
        onOpen={(k) => {
          sel.member.set({ active: null, selected: [] });
          sel.members.set(state.collections[k]!.id);
        }}
      />
      <p class="cmv-muted">Select a collection, then Show Members on the ribbon (or press Enter) to list its members.</p>
    </div>
  );
}

function MemberList({ ctx, collection }: { ctx: ConsoleContext; collection: Collection }) {
  const { state, idPrefix, level } = ctx;
  const id = `${idPrefix}-cmmem`;
  const H = `h${level}` as 'h3';
  const sel = selectionsOf(ctx.store);
  const selection = useStore(sel.member);
  const [search, setSearch] = useState('');
  const rows = useMemo(() => memberIndices(state, collection.id, search), [state.devices, collection, search]);
  const all = useMemo(() => (search ? memberCount(state, collection.id) : rows.length), [state.devices, collection, search, rows]);
  const columns = useMemo(() => deviceColumns(state), [state]);
  const listed = useMemo(() => new Set(rows), [rows]);
  const active = selection.active !== null && listed.has(selection.active) ? selection.active : null;
  const selected = useMemo(() => selection.selected.filter((i) => listed.has(i)), [selection.selected, listed]);
  return (
    <div class="cmv-view">
      <button
        type="button"
        class="button button--quiet cmv-back"
        onClick={() => {
          sel.members.set(null);
          requestAnimationFrame(() => document.getElementById(`${idPrefix}-cmcol-grid`)?.querySelector<HTMLElement>('[tabindex="0"]')?.focus());
        }}
      >
        Back to Device Collections
      </button>
      <div class="cmv-list-head">
        <H id={`${id}-title`} class="cmv-list-head__title" tabIndex={-1}>
          {collection.name} <span class="cmv-muted">{plural(all, 'member')}</span>
        </H>
        <SearchBar id={id} applied={search} onSearch={setSearch} />
      </div>
      <p class="cmv-count" aria-live="polite">
        {search ? `Showing ${rows.length.toLocaleString('en-US')} of ${plural(all, 'device')}` : plural(all, 'device')}
        {collection.kind === 'static'
          ? ' · direct members: select some and use Remove from Collection on the ribbon'
          : ' · built-in collection: its members come from a query'}
      </p>
      <DeviceGrid
        id={`${id}-grid`}
        label={`Members of ${collection.name}`}
        rows={rows}
        columns={columns}
        active={active}
        selected={selected}
        multiselect
        empty={search ? 'No members match the search.' : 'This collection has no members.'}
        onChange={(next, selected) => sel.member.set({ active: next, selected })}
        onOpen={() => document.getElementById(`${id}-detail`)?.focus()}
      />
      {active !== null && (
        <div class="cmv-details-pane">
          <DeviceDetails state={state} index={active} level={level + 1} headingId={`${id}-detail`} />
        </div>
      )}
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
  const { state, idPrefix } = ctx;
  const sel = selectionsOf(ctx.store);
  const selected = useStore(sel.collection);
  const members = useStore(sel.members);
  const member = useStore(sel.member);
  const showing = members === null ? undefined : findCollection(state, members);
  if (showing) {
    const names = member.selected.map((i) => state.devices[i]?.name).filter((n): n is string => n !== undefined);
    const builtIn = showing.kind !== 'static';
    return (
      <RibbonGroup label="Collection">
        <RibbonButton
          label="Remove from Collection"
          disabled={!ctx.ready || builtIn || names.length === 0}
          disabledNote={builtIn ? `${showing.name} is a built-in collection: its members come from a query` : 'Select one or more members first'}
          onClick={() => {
            void ctx.apply([{ type: 'remove-from-collection', collection: showing.id, devices: names }]).then((ok) => {
              if (ok) sel.member.set({ active: null, selected: [] });
            });
          }}
        />
        <RibbonButton label="Properties" />
      </RibbonGroup>
    );
  }
  const chosen = selected === null ? undefined : findCollection(state, selected);
  return (
    <>
      <RibbonGroup label="Create">
        <RibbonButton label="Create Device Collection" />
      </RibbonGroup>
      <RibbonGroup label="Collection">
        <RibbonButton
          label="Show Members"
          disabled={!ctx.ready || !chosen}
          disabledNote="Select a collection first"
          onClick={() => {
            sel.member.set({ active: null, selected: [] });
            sel.members.set(chosen!.id);
            requestAnimationFrame(() => document.getElementById(`${idPrefix}-cmmem-title`)?.focus());
          }}
        />
        <RibbonButton label="Update Membership" />
        <RibbonButton label="Add Resources" />
      </RibbonGroup>
      <RibbonGroup label="Properties">
        <RibbonButton label="Properties" />
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
