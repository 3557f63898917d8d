/**
 * The device list: filter by funnel stage and by collection, at most PAGE more rows per "Show
 * more", each device's stage, status, error code and reason; selecting a device opens its details.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { collectionMark } from '../../../sim/collections';
import type { FunnelView } from '../../../sim/derive';
import type { DeviceDetail as DeviceDetailView } from './DeviceDetail';
import { heading, type EnablementProps } from './shared';

const PAGE = 100;

/** A device's details load the first time a learner opens one (most never do); later opens reuse them. */
let loadedDetail: typeof DeviceDetailView | null = null;
const STAGES = ['Not eligible', 'Eligible', 'Scheduled', 'Enrollment initiated', 'Enrolled', 'Failed', 'Pending user sign in'];

const matches = (v: FunnelView, stage: string) =>
  !stage || (stage === 'Failed' ? v.failed : stage === 'Pending user sign in' ? v.code === stage : v.stage === stage);

export function Devices(props: EnablementProps) {
  const { state, views, level, id } = props;
  const H = heading(level);
  const [stage, setStage] = useState('');
  const [collection, setCollection] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const [selected, setSelected] = useState<number | null>(null);
  const [DeviceDetail, setDeviceDetail] = useState(() => loadedDetail);
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    // Waits for its element: the details appear one render later the first time they load.
    const target = focusNext.current && document.getElementById(focusNext.current);
    if (target) {
      target.focus();
      focusNext.current = null;
    }
  });

  const rows = useMemo(() => {
    const mark = collection ? collectionMark(state, collection) : null;
    const out: number[] = [];
    views.forEach((v, i) => {
      if ((!mark || mark[i]) && matches(v, stage)) out.push(i);
    });
    return out;
  }, [state, views, stage, collection]);
  const shown = rows.slice(0, limit);
  const rowId = (i: number) => `${id}-d${i}`;

  const filter = (set: (value: string) => void) => (e: Event) => {
    set((e.currentTarget as HTMLSelectElement).value);
    setLimit(PAGE);
  };
  function select(i: number) {
    focusNext.current = `${id}-detail`;
    // Selecting the device already shown does not render again, so focus its details now.
    if (i === selected) document.getElementById(focusNext.current)?.focus();
    setSelected(i);
    if (!loadedDetail) {
      void import('./DeviceDetail').then((module) => {
        loadedDetail = module.DeviceDetail;
        setDeviceDetail(() => module.DeviceDetail);
      });
    }
  }

  return (
    <section class="en-panel" aria-labelledby={`${id}-dev`}>
      <H id={`${id}-dev`}>Devices</H>
      <div class="en-filters">
        <label class="en-field">
          Funnel stage
          <select value={stage} onChange={filter(setStage)}>
            <option value="">Any stage</option>
            {STAGES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label class="en-field">
          Collection
          <select value={collection} onChange={filter(setCollection)}>
            <option value="">Any collection</option>
            {state.collections.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div class={selected === null ? 'en-devices' : 'en-devices en-devices--detail'}>
        <div>
          <div class="en-scroll en-scroll--tall" id={`${id}-table`} tabIndex={0} role="region" aria-labelledby={`${id}-cap`}>
            <table class="en-table">
              <caption id={`${id}-cap`}>
                Devices: {rows.length} of {views.length} match
                {rows.length > shown.length ? `, showing ${shown.length}` : ''}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Device</th>
                  <th scope="col">Stage</th>
                  <th scope="col">Status</th>
                  <th scope="col">Error code</th>
                  <th scope="col">Reason</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((i) => {
                  const v = views[i]!;
                  return (
                    <tr key={i} class={i === selected ? 'en-selected' : undefined}>
                      <th scope="row">
                        <button type="button" class="en-link" id={rowId(i)} aria-current={i === selected ? 'true' : undefined} onClick={() => select(i)}>
                          {state.devices[i]!.name}
                        </button>
                      </th>
                      <td>{v.stage}</td>
                      <td>{v.status}</td>
                      <td>{v.code?.startsWith('0x') ? v.code : ''}</td>
                      <td>{v.reason}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {rows.length > shown.length && (
            <button
              type="button"
              class="button button--quiet"
              onClick={() => {
                focusNext.current = rowId(rows[limit]!);
                setLimit(limit + PAGE);
              }}
            >
              Show {Math.min(PAGE, rows.length - shown.length)} more
            </button>
          )}
        </div>
        {selected !== null && DeviceDetail && (
          <DeviceDetail
            {...props}
            index={selected}
            onBack={() => (document.getElementById(rowId(selected)) ?? document.getElementById(`${id}-table`))?.focus()}
          />
        )}
      </div>
    </section>
  );
}
