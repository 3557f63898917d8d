/**
 * The authority map grid's filters and the lines above the grid (the count, the hint, the legend).
 * Plain functions called by AuthorityGrid, not components: they hold no state, and positional
 * arguments cost the browser chunk less than props objects.
 */
import { WORKLOAD_IDS, WORKLOAD_LABELS } from '../../../sim/constants';
import type { SimState } from '../../../sim/types';
import type { Filters } from './authority-grid-rows';
import { fmt } from './authority-grid-cells';
import type { TableDiff } from './authority-table';

/** The four filters: collection, effective authority, co-managed and the device name. */
export function gridFilters(
  id: string,
  state: SimState,
  filters: Filters,
  setFilter: (key: keyof Filters, value: string) => void,
) {
  const onValue = (key: keyof Filters) => (e: { currentTarget: { value: string } }) =>
    setFilter(key, e.currentTarget.value);
  return (
    <div class="am-filters">
      <div>
        <label for={`${id}-f-collection`}>Collection</label>
        <select id={`${id}-f-collection`} value={filters.collection} onChange={onValue('collection')}>
          <option value="">All devices</option>
          {state.collections.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for={`${id}-f-authority`}>Effective authority</label>
        <select id={`${id}-f-authority`} value={filters.authority} onChange={onValue('authority')}>
          <option value="">Any</option>
          <option value="changed">Changed in the last change</option>
          <option value="i">Intune for at least one workload</option>
          <option value="c">Configuration Manager for every workload</option>
          {WORKLOAD_IDS.map((workload, w) => (
            <optgroup key={workload} label={WORKLOAD_LABELS[workload]}>
              <option value={`${w}:1`}>{WORKLOAD_LABELS[workload]}: Intune</option>
              <option value={`${w}:0`}>{WORKLOAD_LABELS[workload]}: Configuration Manager</option>
            </optgroup>
          ))}
        </select>
      </div>
      <div>
        <label for={`${id}-f-co`}>Co-managed</label>
        <select id={`${id}-f-co`} value={filters.co} onChange={onValue('co')}>
          <option value="">Any</option>
          <option value="1">Co-managed</option>
          <option value="0">Not co-managed</option>
        </select>
      </div>
      <div>
        <label for={`${id}-f-name`}>Device name contains</label>
        <input
          id={`${id}-f-name`}
          type="search"
          value={filters.name}
          onInput={onValue('name')}
          autocomplete="off"
          spellcheck={false}
        />
      </div>
    </div>
  );
}

/** The count of devices shown, the hint, the legend, and the note that changed cells point to. */
export function gridLegend(id: string, n: number, total: number, diff: TableDiff | null) {
  return (
    <>
      <p class="am-count" id={`${id}-grid-count`}>
        Showing {fmt(n)} of {fmt(total)} devices.
      </p>
      <p class="am-hint" id={`${id}-grid-hint`}>
        Column counts: devices (of all {fmt(total)}) that get the workload from Intune. Arrow keys move between cells;
        Enter shows why.
      </p>
      <ul class="am-legend" aria-label="Legend">
        <li>
          <span class="am-badge" aria-hidden="true">
            IN
          </span>{' '}
          Intune
        </li>
        <li>
          <span class="am-quiet" aria-hidden="true">
            ·
          </span>{' '}
          Configuration Manager
        </li>
        <li>
          <span class="am-legend-changed" aria-hidden="true">
            Δ
          </span>{' '}
          {diff ? `${fmt(diff.count)} changed in the last change` : 'Changed in the last change'}
        </li>
      </ul>
      <p id={`${id}-changed-note`} hidden>
        Changed in the last change
      </p>
    </>
  );
}
