/**
 * Devices > All devices: the devices the admin center lists (enrolled in Intune, or uploaded by
 * tenant attach), with Device name, Managed by, OS, Compliance and Last check-in; a search by name
 * that shrinks the list to its rows; only the rows in view are rendered. A device's name opens its
 * page.
 */
import { useMemo, useState } from 'preact/hooks';
import { OS_INFO } from '../../../sim/constants';
import { managedByOf } from '../../../sim/derive';
import type { ViewDefinition } from '../types';
import { SEE_CONFIGMGR, complianceOf, count, formatCheckIn, lastCheckIn, listedDevices } from './parts';
import { WindowedTable, type Column } from './windowed-table';

/** Names matching the search, case-insensitive, in list order. */
export function searchDevices(
  names: (i: number) => string,
  listed: readonly number[],
  query: string,
): readonly number[] {
  const needle = query.trim().toLowerCase();
  return needle ? listed.filter((i) => names(i).toLowerCase().includes(needle)) : listed;
}

const view: ViewDefinition = {
  title: () => 'All devices',
  path: () => ['Devices', 'All devices'],
  View({ ctx }) {
    const { state, idPrefix, ready } = ctx;
    const [query, setQuery] = useState('');
    const listed = useMemo(() => listedDevices(state), [state.devices, state.upload.visible]);
    const shown = useMemo(
      () => searchDevices((i) => state.devices[i]!.name, listed, query),
      [listed, query, state.devices],
    );
    const p = `${idPrefix}-in-devices`;
    const columns: Column[] = [
      {
        label: 'Device name',
        cell: (i) => {
          const name = state.devices[i]!.name;
          return (
            <button
              type="button"
              class="in-link"
              disabled={!ready}
              onClick={() => {
                ctx.open({ view: 'intune.device', device: name });
                ctx.say(`Opened ${name}.`);
              }}
            >
              {name}
            </button>
          );
        },
      },
      { label: 'Managed by', cell: (i) => managedByOf(state, i).value ?? '' },
      { label: 'OS', cell: (i) => OS_INFO[state.devices[i]!.os].label },
      {
        label: 'Compliance',
        cell: (i) => {
          const compliance = complianceOf(state, i);
          return <span class={compliance.value === SEE_CONFIGMGR ? 'in-muted' : 'in-ok'}>{compliance.value}</span>;
        },
      },
      { label: 'Last check-in', cell: (i) => formatCheckIn(lastCheckIn(state, i)) },
    ];
    return (
      <div class="in-section">
        <div class="in-filterbar">
          <input
            type="search"
            class="in-search"
            id={`${p}-search`}
            aria-label="Search"
            placeholder="Search"
            value={query}
            disabled={!ready}
            onInput={(event) => setQuery(event.currentTarget.value)}
          />
          <p class="in-count" id={`${p}-count`}>
            Showing {shown.length.toLocaleString('en-US')} of {count(listed.length, 'device')}
            {ctx.stepMarks?.has('devices') && <strong class="in-changed"> · {ctx.stepMarks.get('devices')}</strong>}
          </p>
        </div>
        <WindowedTable
          id={`${p}-table`}
          caption="All devices"
          regionLabel="All devices list"
          rows={shown}
          columns={columns}
          marks={ctx.stepMarks}
        />
        {listed.length === 0 && (
          <p class="in-hint">
            The admin center lists devices enrolled in Intune and the Configuration Manager devices that tenant attach
            uploads (Client = Yes, inside the upload scope, after the next 15-minute upload cycle plus 5 to 10 minutes).
          </p>
        )}
      </div>
    );
  },
};
export default view;
