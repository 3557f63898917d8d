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
import { useState } from 'preact/hooks';
import type { ConsoleContext, ViewDefinition } from '../types';
import {
  FUNNEL_EXTRAS,
  FUNNEL_ROWS,
  funnelCount,
  sameFilter,
  tilesOf,
  type DeviceFilter,
  type Tiles,
} from './dashboard-data';
import type { DrillDown } from './dashboard-drill';
import { H, coMgmtNode } from './parts';
import '../../../styles/console-cm-views.css';

interface Bar {
  key: string;
  label: string;
  count: number;
  filter: DeviceFilter;
  /** In the presenter view, when the step on screen changed the count: the change ("+36"). */
  mark?: string | undefined;
}

/** What every count needs: the open list's filter and how to open another. */
interface Counts {
  open(filter: DeviceFilter): void;
  shown: DeviceFilter | null;
}

/** A chart of the view's (DashboardView's `chart`): its key, caption, first column's header, bars and scale. */
type ChartOf = (k: string, caption: string, header: string, bars: Bar[], max?: number) => ComponentChildren;

/** A count: a button that lists the devices behind it (and closes the list when it is open). */
function Count({
  c,
  filter,
  n,
  id,
  labelledBy,
}: {
  c: Counts;
  filter: DeviceFilter;
  n: number;
  id?: string;
  labelledBy?: string;
}) {
  return (
    <button
      type="button"
      class="cmv-count-button"
      id={id}
      aria-labelledby={labelledBy}
      aria-expanded={sameFilter(c.shown, filter) ? 'true' : 'false'}
      onClick={() => c.open(filter)}
    >
      {n.toLocaleString('en-US')}
    </button>
  );
}

/**
 * One chart of a tile, drawn as a table: a row per bar with its label, its bar (drawn against the
 * longest, or `max`) and its count, so the chart and its table view are one thing.
 */
function Chart({
  id,
  caption,
  bars,
  max,
  header,
  c,
}: {
  id: string;
  caption: string;
  bars: Bar[];
  max?: number;
  header: string;
  c: Counts;
}) {
  const top = max ?? Math.max(1, ...bars.map((b) => b.count));
  return (
    <div class="cmv-table-scroll" role="region" aria-labelledby={`${id}-cap`} tabIndex={0}>
      <table class="cmv-table cmv-chart">
        <caption id={`${id}-cap`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{header}</th>
            <th scope="col">Devices</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.key} data-step-change={bar.mark ? '' : undefined}>
              <th scope="row">{bar.label}</th>
              <td class="cmv-chart__cell">
                <svg class="cmv-bars__track" aria-hidden="true">
                  <rect class="cmv-bars__bar" width={`${(bar.count / top) * 100}%`} height="100%" />
                </svg>
                <Count c={c} filter={bar.filter} n={bar.count} />
                {bar.mark && <span class="cmv-delta">{bar.mark}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The device lists of the counts load on the first click; later clicks reuse them. */
let Drill: typeof DrillDown | null = null;

/** The open list's filter, and opening another (the device lists load on the first click). */
function counts(
  shown: DeviceFilter | null,
  setShown: (filter: DeviceFilter | null) => void,
  setLoaded: (update: (n: number) => number) => void,
): Counts {
  return {
    shown,
    open(next) {
      setShown(sameFilter(shown, next) ? null : next);
      if (!Drill) {
        void import('./dashboard-drill').then((module) => {
          Drill = module.DrillDown;
          setLoaded((n) => n + 1);
        });
      }
    },
  };
}

/** The Co-management status tile: the funnel's chart, and the counts it leaves out. */
function funnelBody(id: string, f: Tiles['funnel'], marks: ConsoleContext['stepMarks'], c: Counts, chart: ChartOf) {
  return (
    <>
      {chart(
        'funnel',
        'Devices per funnel stage (cumulative)',
        'Stage',
        FUNNEL_ROWS.map(({ id: stage, label }) => ({
          key: stage,
          label,
          count: funnelCount(f, stage),
          filter: { kind: 'funnel', stage },
          mark: marks?.get(`funnel:${stage}`),
        })),
        Math.max(1, f.eligible),
      )}
      <p class="cmv-muted">Each stage includes the later ones; a failed enrollment counts as initiated.</p>
      <ul class="cmv-extras" aria-label="Also counted">
        {FUNNEL_EXTRAS.map(({ id: stage, label }) => (
          <li key={stage} data-step-change={marks?.has(`funnel:${stage}`) ? '' : undefined}>
            <span id={`${id}-x-${stage}`}>{label}</span>{' '}
            <Count
              c={c}
              filter={{ kind: 'funnel', stage }}
              n={funnelCount(f, stage)}
              id={`${id}-x-${stage}-n`}
              labelledBy={`${id}-x-${stage} ${id}-x-${stage}-n`}
            />
            {marks?.has(`funnel:${stage}`) && <span class="cmv-delta">{marks.get(`funnel:${stage}`)}</span>}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The Enrollment errors tile: a row per error code with its devices and description. */
function errorsTable(errors: Tiles['errors'], c: Counts) {
  return errors.length === 0 ? (
    <p>No enrollment errors.</p>
  ) : (
    <div class="cmv-table-scroll" role="region" aria-label="Enrollment errors table" tabIndex={0}>
      <table class="cmv-table">
        <caption>Enrollment errors</caption>
        <thead>
          <tr>
            <th scope="col">Error</th>
            <th scope="col">Devices</th>
            <th scope="col">Description</th>
          </tr>
        </thead>
        <tbody>
          {errors.map(({ code, count, description }) => (
            <tr key={code}>
              <th scope="row">{code}</th>
              <td>
                <Count c={c} filter={{ kind: 'error', code }} n={count} />
              </td>
              <td class="cmv-sentence">{description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DashboardView({ ctx }: { ctx: ConsoleContext }) {
  const { state, idPrefix, level } = ctx;
  const id = `${idPrefix}-cmdash`;
  const [shown, setShown] = useState<DeviceFilter | null>(null);
  const [, setLoaded] = useState(0);
  const tiles = tilesOf(state);
  const c = counts(shown, setShown, setLoaded);
  const chart = (k: string, caption: string, header: string, bars: Bar[], max?: number) => (
    <Chart id={`${id}-${k}`} caption={caption} header={header} bars={bars} max={max} c={c} />
  );
  const tile = (k: string, title: string, body: ComponentChildren) => (
    <section class="cmv-tile" aria-labelledby={`${id}-${k}-h`}>
      <H n={level + 1} id={`${id}-${k}-h`} class="cmv-tile__title">
        {title}
      </H>
      <div class="cmv-tile__body">{body}</div>
    </section>
  );

  return (
    <div class="cmv-view cmv-dash">
      <p class="cmv-muted cmv-dash__note">Select a count to list its devices and their reasons.</p>
      <div class="cmv-tiles">
        {tile(
          'os',
          'Client OS distribution',
          <>
            {chart(
              'os',
              'Client devices per operating system group',
              'Operating system',
              tiles.os.map(({ group, count }, k) => ({
                key: `g${k}`,
                label: group,
                count,
                filter: { kind: 'os', group },
              })),
            )}
            {tiles.osOther > 0 && (
              <p class="cmv-muted">In this simulator Windows Server clients are left out: {tiles.osOther}.</p>
            )}
          </>,
        )}
        {tile('funnel', 'Co-management status', funnelBody(id, tiles.funnel, ctx.stepMarks, c, chart))}
        {tile(
          'status',
          'Co-management enrollment status',
          chart(
            'status',
            'Devices per enrollment status',
            'Status',
            tiles.statuses.map(({ status, count }, k) => ({
              key: `s${k}`,
              label: status,
              count,
              filter: { kind: 'status', status },
            })),
          ),
        )}
        {tile(
          'workloads',
          'Workload transition',
          chart(
            'workloads',
            'Devices whose workload is with Intune',
            'Workload',
            tiles.workloads.map(({ workload, label, count }) => ({
              key: workload,
              label,
              count,
              filter: { kind: 'workload', workload },
            })),
          ),
        )}
        {tile('errors', 'Enrollment errors', errorsTable(tiles.errors, c))}
      </div>
      {shown && Drill && <Drill ctx={ctx} filter={shown} onClose={() => setShown(null)} />}
    </div>
  );
}

const view: ViewDefinition = {
  title: (state) => coMgmtNode(state.site.version),
  path: (state) => ['Monitoring', 'Overview', coMgmtNode(state.site.version)],
  View: DashboardView,
};
export default view;
