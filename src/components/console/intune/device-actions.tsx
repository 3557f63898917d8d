/**
 * A device's page, its Device actions section: the "Device actions status" table (newest first)
 * and the log lines along the path of the last action. The actions themselves are the command
 * bar's (device.tsx), for devices that tenant attach uploaded.
 */
import { DEVICE_ACTION_LABELS } from '../../../sim/constants';
import { formatSimTime, isUploaded } from '../../../sim/derive';
import type { Device, SimState } from '../../../sim/types';
import { H, Status, TableBox } from './parts';

/** Device actions exist for devices tenant attach uploaded (they need the Configuration Manager record). */
export function hasActions(state: SimState, i: number): boolean {
  return state.settings.cloudAttach?.upload != null && isUploaded(state, i);
}

/** The section, with `p` the page's id prefix and `marks` the presenter's step marks. */
export function actionsSection(
  p: string,
  level: number,
  state: SimState,
  i: number,
  device: Device,
  marks: ReadonlyMap<string, string> | null | undefined,
) {
  // Each record with its place in the engine's list: the presenter marks the ones its step ran (`action:<k>`).
  const records = state.deviceActions.flatMap((r, k) => (r.device === device.name ? [{ ...r, k }] : [])).reverse();
  const last = records[0];
  return (
    <section aria-labelledby={`${p}-actions`}>
      <H n={level + 1} id={`${p}-actions`}>
        Device actions
      </H>
      {!hasActions(state, i) && (
        <p class="in-hint">
          Configuration Manager device actions (Sync Machine Policy, Sync User Policy, App Evaluation Cycle) appear in
          the command bar for devices that tenant attach uploaded; {device.name} has no Configuration Manager record
          here.
        </p>
      )}
      <TableBox id={`${p}-status`} caption="Device actions status" head={['Action', 'Status', 'Error', 'Time']}>
        {records.map((r) => (
          <tr key={r.k} data-step-change={marks?.has(`action:${r.k}`) ? '' : undefined}>
            <td>{DEVICE_ACTION_LABELS[r.action]}</td>
            <td>
              <Status kind={r.status === 'Complete' ? 'ok' : 'warn'}>{r.status}</Status>
            </td>
            <td class="in-wrap">{r.error ?? 'None'}</td>
            <td>{formatSimTime(r.at)}</td>
          </tr>
        ))}
        {records.length === 0 && (
          <tr>
            <td colSpan={4}>No device actions yet.</td>
          </tr>
        )}
      </TableBox>
      {last && (
        <TableBox
          id={`${p}-logs`}
          caption={`Log lines along the path of ${DEVICE_ACTION_LABELS[last.action]} at ${formatSimTime(last.at)}`}
          wide
          head={['Log file', 'Where', 'Text']}
        >
          {last.logs.map((line, k) => (
            <tr key={k}>
              <td>{line.log}</td>
              <td>{line.where}</td>
              <td class="in-log">{line.text}</td>
            </tr>
          ))}
          {last.logs.length === 0 && (
            <tr>
              <td colSpan={3} class="in-wrap">
                Nothing was logged: the request never reached the service connection point.
              </td>
            </tr>
          )}
        </TableBox>
      )}
    </section>
  );
}
