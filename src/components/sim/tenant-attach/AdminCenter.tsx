/**
 * The Microsoft Intune admin center side: the Configuration Manager connector page, Devices > All
 * devices (only what the admin center lists: uploaded devices and devices enrolled in Intune, with
 * Managed by), and a selected device with its three device actions, the "Device actions status"
 * table and the log lines along the path of its last action.
 */
import { useMemo, useState } from 'preact/hooks';
import { DEVICE_ACTIONS, DEVICE_ACTION_LABELS, OS_INFO } from '../../../sim/constants';
import { collectionName, collectionsOf } from '../../../sim/collections';
import { formatSimTime, isUploaded, managedByOf, mdmEnrolled } from '../../../sim/derive';
import { connectorView } from '../../../sim/tenant';
import { H, TableBox, count, onCheck, type ViewProps } from './parts';

const PAGE_SIZE = 20;

export function AdminCenter(props: ViewProps) {
  const { state, level, p, focusNext, ready } = props;
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(0);
  const [selected, setSelected] = useState<number | null>(null);
  const connector = connectorView(state);

  // The admin center lists uploaded Configuration Manager devices and devices enrolled in Intune.
  const listed = useMemo(() => {
    const out: number[] = [];
    state.devices.forEach((d, i) => {
      if (mdmEnrolled(d) || isUploaded(state, i)) out.push(i);
    });
    return out;
  }, [state.devices, state.upload.visible]);
  const needle = query.trim().toLowerCase();
  const shown = needle ? listed.filter((i) => state.devices[i]!.name.toLowerCase().includes(needle)) : listed;
  const pages = Math.max(1, Math.ceil(shown.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const rows = shown.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);

  return (
    <section class="ta-panel" aria-labelledby={`${p}-mac`}>
      <H n={level} id={`${p}-mac`}>
        Microsoft Intune admin center
      </H>

      <H n={level + 1}>Tenant administration &gt; Connectors and tokens &gt; Microsoft Endpoint Configuration Manager</H>
      <TableBox id={`${p}-conn`} caption="Configuration Manager connector">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Status</th>
            <th scope="col">Last successful synchronization</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>{connector.name}</td>
            <td>
              <span class={`ta-status ta-status--${connector.status === 'Healthy' ? 'ok' : 'warn'}`}>{connector.status}</span>
            </td>
            <td>{connector.lastSuccessfulSync === null ? 'None' : formatSimTime(connector.lastSuccessfulSync)}</td>
          </tr>
        </tbody>
      </TableBox>
      {connector.symptoms.length > 0 && (
        <ul class="ta-list">
          {connector.symptoms.map((symptom) => (
            <li key={symptom}>{symptom}</li>
          ))}
        </ul>
      )}

      <H n={level + 1}>Tenant administration &gt; Roles &gt; Administrator Licensing</H>
      <label class="ta-choice">
        <input
          type="checkbox"
          disabled={!ready}
          checked={state.tenant.allowUnlicensedAdmins}
          onChange={onCheck((allowed) => props.act({ type: 'set-unlicensed-admins', allowed }))}
        />
        Allow access to unlicensed admins
      </label>
      <p class="ta-hint">On by default since mid-2020. When it is off, Sign In fails for an admin without an Intune licence.</p>

      <H n={level + 1}>Devices &gt; All devices</H>
      <div class="ta-field">
        <label for={`${p}-search`}>Search by device name</label>
        <input
          id={`${p}-search`}
          type="search"
          disabled={!ready}
          value={query}
          onInput={(event) => {
            setQuery(event.currentTarget.value);
            setPage(0);
          }}
        />
      </div>
      <TableBox nowrap id={`${p}-devices`} caption={`All devices: ${count(shown.length, 'device')}${pages > 1 ? `, page ${current + 1} of ${pages}` : ''}`}>
        <thead>
          <tr>
            <th scope="col">Device name</th>
            <th scope="col">Managed by</th>
            <th scope="col">OS</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((i) => {
            const device = state.devices[i]!;
            return (
              <tr key={i} class={i === selected ? 'ta-selected' : undefined}>
                <th scope="row">
                  <button
                    type="button"
                    class="ta-link"
                    disabled={!ready}
                    aria-pressed={i === selected}
                    onClick={() => {
                      setSelected(i);
                      focusNext(`${p}-device`);
                    }}
                  >
                    {device.name}
                  </button>
                </th>
                <td>{managedByOf(state, i).value}</td>
                <td>{OS_INFO[device.os].label}</td>
              </tr>
            );
          })}
          {rows.length === 0 && (
            <tr>
              <td colSpan={3}>No devices to show.</td>
            </tr>
          )}
        </tbody>
      </TableBox>
      {pages > 1 && (
        <p class="ta-row">
          <button type="button" class="button button--quiet" disabled={current === 0} onClick={() => setPage(current - 1)}>
            Previous page
          </button>
          <button type="button" class="button button--quiet" disabled={current === pages - 1} onClick={() => setPage(current + 1)}>
            Next page
          </button>
        </p>
      )}
      {selected !== null && selected < state.devices.length && <DeviceView {...props} index={selected} />}
    </section>
  );
}

/** One device's Overview: Managed by, its device actions, their status and log lines. */
function DeviceView({ state, level, p, act, index }: ViewProps & { index: number }) {
  const device = state.devices[index]!;
  const managedBy = managedByOf(state, index);
  const records = state.deviceActions.filter((r) => r.device === device.name).reverse();
  const last = records[0];
  const collections = collectionsOf(state, index).map((id) => collectionName(state, id));
  return (
    <section class="ta-device" aria-labelledby={`${p}-device`}>
      <H n={level + 1} id={`${p}-device`} tabIndex={-1}>
        {device.name}
      </H>
      <p>
        Managed by: {managedBy.value ?? 'not listed'} ({managedBy.reason}). {OS_INFO[device.os].label}.
        {collections.length > 0 && ` Member of ${collections.join(', ')}.`}
      </p>
      <div class="ta-row" role="group" aria-label={`Device actions for ${device.name}`}>
        {DEVICE_ACTIONS.map((action) => (
          <button key={action} type="button" class="button" onClick={() => act({ type: 'device-action', device: device.name, action })}>
            {DEVICE_ACTION_LABELS[action]}
          </button>
        ))}
      </div>
      <TableBox id={`${p}-status`} caption="Device actions status">
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Status</th>
            <th scope="col">Error</th>
            <th scope="col">Time</th>
          </tr>
        </thead>
        <tbody>
          {records.map((r, k) => (
            <tr key={k}>
              <td>{DEVICE_ACTION_LABELS[r.action]}</td>
              <td>
                <span class={`ta-status ta-status--${r.status === 'Complete' ? 'ok' : 'warn'}`}>{r.status}</span>
              </td>
              <td class="ta-wrap">{r.error ?? 'None'}</td>
              <td>{formatSimTime(r.at)}</td>
            </tr>
          ))}
          {records.length === 0 && (
            <tr>
              <td colSpan={4}>No device actions yet.</td>
            </tr>
          )}
        </tbody>
      </TableBox>
      {last && (
        <TableBox nowrap id={`${p}-logs`} caption={`Log lines along the path of ${DEVICE_ACTION_LABELS[last.action]} at ${formatSimTime(last.at)}`}>
          <thead>
            <tr>
              <th scope="col">Log file</th>
              <th scope="col">Where</th>
              <th scope="col">Text</th>
            </tr>
          </thead>
          <tbody>
            {last.logs.map((line, k) => (
              <tr key={k}>
                <td>{line.log}</td>
                <td>{line.where}</td>
                <td class="ta-log">{line.text}</td>
              </tr>
            ))}
            {last.logs.length === 0 && (
              <tr>
                <td colSpan={3} class="ta-wrap">Nothing was logged: the request never reached the service connection point.</td>
              </tr>
            )}
          </tbody>
        </TableBox>
      )}
    </section>
  );
}
