/**
 * Monitoring > Overview > Cloud Attach ("Co-management" on 2103 and earlier): the co-management
 * dashboard with the tiles Microsoft's monitoring page lists: Client OS distribution, Co-management
 * status (the funnel Eligible devices -> Scheduled -> Enrollment initiated -> Enrolled),
 * Co-management enrollment status, Workload transition and Enrollment errors. Every count comes
 * from the engine and is a button: it lists the devices behind it (only the rows in view rendered)
 * with each one's stage, status, error code and reason, and a selected device's details. Every
 * chart has a table view.
 */
import type { ComponentChildren } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { explainAuthority, formatSimTime } from '../../../sim/derive';
import { plural } from '../../../sim/labels';
import type { SimState } from '../../../sim/types';
import type { ConsoleContext, ViewDefinition } from '../types';
import {
  FUNNEL_EXTRAS,
  FUNNEL_ROWS,
  devicesFor,
  filterLabel,
  funnelCount,
  funnelViews,
  sameFilter,
  tilesOf,
  type DeviceFilter,
} from './dashboard-data';
import { DeviceDetails } from './devices-detail';
import { DeviceGrid, type GridColumn } from './devices-grid';
import { coMgmtNode } from './parts';
import '../../../styles/console-cm-views.css';

interface Bar {
  key: string;
  label: string;
  count: number;
  filter: DeviceFilter;
}

interface ChartProps {
  id: string;
  caption: string;
  bars: Bar[];
  /** The count the bars are drawn against (the longest bar). */
  max: number;
  asTable: boolean;
  /** First column's header in the table view. */
  header: string;
  open(filter: DeviceFilter): void;
  openFilter: DeviceFilter | null;
  /** Id of the device list the counts open. */
  drillId: string;
}

/** One chart of a tile: bars with their counts, or the same as a table. Counts are buttons. */
function Chart({ id, caption, bars, max, asTable, header, open, openFilter, drillId }: ChartProps) {
  const count = (bar: Bar, labelled: boolean) => (
    <button
      type="button"
      class="cmv-count-button"
      id={`${id}-${bar.key}-n`}
      aria-labelledby={labelled ? `${id}-${bar.key}-l ${id}-${bar.key}-n` : undefined}
      aria-expanded={sameFilter(openFilter, bar.filter) ? 'true' : 'false'}
      aria-controls={drillId}
      onClick={() => open(bar.filter)}
    >
      {bar.count.toLocaleString('en-US')}
    </button>
  );
  if (asTable) {
    return (
      <div class="cmv-table-scroll" role="region" aria-labelledby={`${id}-cap`} tabIndex={0}>
        <table class="cmv-table">
          <caption id={`${id}-cap`}>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{header}</th>
              <th scope="col">Devices</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.key}>
                <th scope="row">{bar.label}</th>
                <td>{count(bar, false)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }
  return (
    <figure class="cmv-chart" aria-labelledby={`${id}-cap`}>
      <figcaption id={`${id}-cap`}>{caption}</figcaption>
      <ol class="cmv-bars">
        {bars.map((bar) => (
          <li key={bar.key}>
            <span id={`${id}-${bar.key}-l`} class="cmv-bars__label">
              {bar.label}
            </span>
            <svg class="cmv-bars__track" aria-hidden="true" focusable="false">
              <rect class="cmv-bars__bar" width={`${max > 0 ? (bar.count / max) * 100 : 0}%`} height="100%" />
            </svg>
            {count(bar, true)}
          </li>
        ))}
      </ol>
    </figure>
  );
}

function Tile({ id, title, level, wide, children }: { id: string; title: string; level: number; wide?: boolean; children: ComponentChildren }) {
  const H = `h${Math.min(level, 6)}` as 'h4';
  return (
    <section class={`cmv-tile${wide ? ' cmv-tile--wide' : ''}`} aria-labelledby={`${id}-h`}>
      <H id={`${id}-h`} class="cmv-tile__title">
        {title}
      </H>
      <div class="cmv-tile__body">{children}</div>
    </section>
  );
}

/** The columns of a count's device list. */
function drillColumns(state: SimState, filter: DeviceFilter): GridColumn[] {
  const views = funnelViews(state);
  const name: GridColumn = { header: 'Name', cell: (i) => state.devices[i]!.name };
  if (filter.kind === 'workload') {
    return [name, { header: 'Reason', cell: (i) => explainAuthority(state, i, filter.workload).reasons.join('; ') }];
  }
  return [
    name,
    { header: 'Stage', cell: (i) => (views[i]!.failed ? 'Failed' : views[i]!.stage) },
    { header: 'Status', cell: (i) => views[i]!.status ?? '' },
    { header: 'Error code', cell: (i) => (views[i]!.code?.startsWith('0x') ? views[i]!.code : '') },
    { header: 'Reason', cell: (i) => views[i]!.reason ?? '' },
  ];
}

/** A count's devices: the list (windowed) and the selected device's details. */
export function DrillDown({ ctx, filter, onClose }: { ctx: ConsoleContext; filter: DeviceFilter; onClose(): void }) {
  const { state, idPrefix, level } = ctx;
  const id = `${idPrefix}-cmdash-drill`;
  const H = `h${Math.min(level + 1, 6)}` as 'h4';
  const rows = useMemo(() => devicesFor(state, filter), [state, filter]);
  const columns = useMemo(() => drillColumns(state, filter), [state, filter]);
  const [active, setActive] = useState<number | null>(null);
  const label = filterLabel(filter);
  const listed = active !== null && rows.includes(active);
  return (
    <section class="cmv-drill" id={id} aria-labelledby={`${id}-h`}>
      <div class="cmv-list-head">
        <H id={`${id}-h`} class="cmv-list-head__title" tabIndex={-1}>
          Devices: {label}
        </H>
        <button type="button" class="button button--quiet" onClick={onClose}>
          Close the device list
        </button>
      </div>
      <p class="cmv-count">{plural(rows.length, 'device')}</p>
      <DeviceGrid
        id={`${id}-grid`}
        label={`Devices: ${label}`}
        rows={rows}
        columns={columns}
        colsClass={filter.kind === 'workload' ? 'cmv-cols--reasons' : 'cmv-cols--drill'}
        active={listed ? active : null}
        selected={listed ? [active!] : []}
        visibleRows={10}
        empty="No devices are counted here now."
        onChange={(next) => setActive(next)}
        onOpen={() => document.getElementById(`${id}-detail`)?.focus()}
      />
      {listed && (
        <div class="cmv-details-pane">
          <DeviceDetails state={state} index={active!} level={level + 2} headingId={`${id}-detail`} />
        </div>
      )}
    </section>
  );
}

function DashboardView({ ctx }: { ctx: ConsoleContext }) {
  const { state, idPrefix, level } = ctx;
  const id = `${idPrefix}-cmdash`;
  const [asTable, setAsTable] = useState(false);
  const [filter, setFilter] = useState<DeviceFilter | null>(null);
  const tiles = tilesOf(state);
  const f = tiles.funnel;

  function open(next: DeviceFilter) {
    if (sameFilter(filter, next)) {
      setFilter(null);
      return;
    }
    setFilter(next);
    ctx.say(`Devices: ${filterLabel(next)}. ${plural(devicesFor(state, next).length, 'device')} listed below the tiles.`);
    requestAnimationFrame(() => document.getElementById(`${id}-drill-h`)?.focus());
  }

  const chart = (key: string, caption: string, header: string, bars: Bar[], max = Math.max(1, ...bars.map((b) => b.count))) => (
    <Chart id={`${id}-${key}`} caption={caption} header={header} bars={bars} max={max} asTable={asTable} open={open} openFilter={filter} drillId={`${id}-drill`} />
  );

  return (
    <div class="cmv-view cmv-dash">
      <div class="cmv-list-head">
        <p class="cmv-muted cmv-dash__note">
          Co-management dashboard at {formatSimTime(state.clock)}. Select a count to list the devices behind it and why each is where it is.
        </p>
        <button type="button" class="button button--quiet" aria-pressed={asTable ? 'true' : 'false'} onClick={() => setAsTable(!asTable)}>
          Table view
        </button>
      </div>
      <div class="cmv-tiles">
        <Tile id={`${id}-os`} title="Client OS distribution" level={level + 1}>
          {chart(
            'os',
            'Client devices per operating system group',
            'Operating system',
            tiles.os.map(({ group, count }) => ({ key: group.replace(/\W+/g, '-'), label: group, count, filter: { kind: 'os', group } })),
          )}
          {tiles.osOther > 0 && <p class="cmv-muted">{plural(tiles.osOther, 'Windows Server client')} not in these groups (in this simulator).</p>}
        </Tile>
        <Tile id={`${id}-funnel`} title="Co-management status" level={level + 1}>
          {chart(
            'funnel',
            'Devices per funnel stage (cumulative)',
            'Stage',
            FUNNEL_ROWS.map(({ id: stage, label }) => ({ key: stage, label, count: funnelCount(f, stage), filter: { kind: 'funnel', stage } })),
            Math.max(1, f.eligible),
          )}
          <p class="cmv-muted">
            Each stage includes every device that went further; a failed enrollment counts as Enrollment initiated.
          </p>
          <ul class="cmv-extras" aria-label="Also counted">
            {FUNNEL_EXTRAS.map(({ id: stage, label }) => {
              const extra: DeviceFilter = { kind: 'funnel', stage };
              return (
                <li key={stage}>
                  <span id={`${id}-x-${stage}`}>{label}</span>{' '}
                  <button
                    type="button"
                    class="cmv-count-button"
                    id={`${id}-x-${stage}-n`}
                    aria-labelledby={`${id}-x-${stage} ${id}-x-${stage}-n`}
                    aria-expanded={sameFilter(filter, extra) ? 'true' : 'false'}
                    aria-controls={`${id}-drill`}
                    onClick={() => open(extra)}
                  >
                    {funnelCount(f, stage).toLocaleString('en-US')}
                  </button>
                </li>
              );
            })}
          </ul>
        </Tile>
        <Tile id={`${id}-status`} title="Co-management enrollment status" level={level + 1}>
          {chart(
            'status',
            'Devices per enrollment status',
            'Status',
            tiles.statuses.map(({ status, count }) => ({ key: status.replace(/\W+/g, '-'), label: status, count, filter: { kind: 'status', status } })),
          )}
        </Tile>
        <Tile id={`${id}-workloads`} title="Workload transition" level={level + 1}>
          {chart(
            'workloads',
            'Devices whose workload is with Intune',
            'Workload',
            tiles.workloads.map(({ workload, label, count }) => ({ key: workload, label, count, filter: { kind: 'workload', workload } })),
            Math.max(1, ...tiles.workloads.map((w) => w.count)),
          )}
        </Tile>
        <Tile id={`${id}-errors`} title="Enrollment errors" level={level + 1} wide>
          {tiles.errors.length === 0 ? (
            <p>No enrollment errors.</p>
          ) : (
            <div class="cmv-table-scroll" role="region" aria-label="Enrollment errors table" tabIndex={0}>
              <table class="cmv-table">
                <caption id={`${id}-errors-cap`}>Enrollment errors</caption>
                <thead>
                  <tr>
                    <th scope="col">Error</th>
                    <th scope="col">Devices</th>
                    <th scope="col">Description</th>
                  </tr>
                </thead>
                <tbody>
                  {tiles.errors.map(({ code, count, description }) => {
                    const errorFilter: DeviceFilter = { kind: 'error', code };
                    return (
                      <tr key={code}>
                        <th scope="row">{code}</th>
                        <td>
                          <button
                            type="button"
                            class="cmv-count-button"
                            aria-expanded={sameFilter(filter, errorFilter) ? 'true' : 'false'}
                            aria-controls={`${id}-drill`}
                            onClick={() => open(errorFilter)}
                          >
                            {count.toLocaleString('en-US')}
                          </button>
                        </td>
                        <td class="cmv-sentence">{description}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          )}
        </Tile>
      </div>
      {filter ? (
        <DrillDown ctx={ctx} filter={filter} onClose={() => setFilter(null)} />
      ) : (
        <div id={`${id}-drill`} hidden />
      )}
    </div>
  );
}

const view: ViewDefinition = {
  title: (state) => coMgmtNode(state.site.version),
  path: (state) => ['Monitoring', 'Overview', coMgmtNode(state.site.version)],
  View: DashboardView,
};
export default view;
