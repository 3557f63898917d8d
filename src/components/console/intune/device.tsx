/**
 * A device's page (Devices > All devices > the device): its essentials, the Configuration Manager
 * device actions in the command bar (Sync Machine Policy, Sync User Policy, App Evaluation Cycle)
 * with the "Device actions status" table and the log lines along the path of its last action, and
 * the policies that concern it with where each comes from (Intune or Configuration Manager),
 * including the settings that stay behind (rules 7 and 8).
 */
import { DEVICE_ACTIONS, DEVICE_ACTION_LABELS, JOIN_LABELS, OS_INFO, WORKLOAD_LABELS } from '../../../sim/constants';
import { collectionName, collectionsOf } from '../../../sim/collections';
import { deviceIndex, formatSimTime, isUploaded, managedByOf, mdmEnrolled, policiesOf, type PolicyOnDevice } from '../../../sim/derive';
import type { SimState } from '../../../sim/types';
import type { ViewLocation } from '../../../sim/views';
import type { ConsoleContext, ViewDefinition } from '../types';
import { Essentials, H, Status, TableBox, complianceOf, formatCheckIn, lastCheckIn } from './parts';

/** The device the page is about, or -1. */
function indexOf(state: SimState, location: ViewLocation): number {
  return location.device ? deviceIndex(state, location.device) : -1;
}

/** Device actions exist for devices tenant attach uploaded (they need the Configuration Manager record). */
function hasActions(state: SimState, i: number): boolean {
  return state.settings.cloudAttach?.upload != null && isUploaded(state, i);
}

export const STATE_LABELS: Readonly<Record<PolicyOnDevice['status'], string>> = {
  applied: 'Applied',
  ignored: 'Not applied',
  remains: 'Settings stay behind',
};

export const SOURCE_LABELS: Readonly<Record<PolicyOnDevice['source'], string>> = {
  intune: 'Intune',
  configmgr: 'Configuration Manager',
};

function Commands({ ctx }: { ctx: ConsoleContext }) {
  const { state, location, ready } = ctx;
  const i = indexOf(state, location);
  if (i < 0) return null;
  const name = state.devices[i]!.name;
  const enrolled = mdmEnrolled(state.devices[i]!);
  if (!enrolled && !hasActions(state, i)) return null;
  return (
    <div class="in-commands" role="group" aria-label={`Device actions for ${name}`}>
      {enrolled && (
        // In this simulator Retire is the engine's unenroll-device: the device leaves Intune.
        <button type="button" class="in-command" disabled={!ready} onClick={() => void ctx.act({ type: 'unenroll-device', device: name })}>
          <span class="in-command__glyph in-command__glyph--retire" aria-hidden="true" />
          Retire
        </button>
      )}
      {hasActions(state, i) &&
        DEVICE_ACTIONS.map((action) => (
          <button
            key={action}
            type="button"
            class="in-command"
            disabled={!ready}
            onClick={() => void ctx.act({ type: 'device-action', device: name, action })}
          >
            <span class="in-command__glyph" aria-hidden="true" />
            {DEVICE_ACTION_LABELS[action]}
          </button>
        ))}
    </div>
  );
}

const view: ViewDefinition = {
  title: (_state, location) => location.device ?? 'Device',
  path: (_state, location) => ['Devices', 'All devices', location.device ?? 'Device'],
  Commands,
  View({ ctx }) {
    const { state, location, level, idPrefix, ready } = ctx;
    const p = `${idPrefix}-in-device`;
    const i = indexOf(state, location);
    const back = (
      <p>
        <button type="button" class="in-link" disabled={!ready} onClick={() => ctx.open('intune.devices')}>
          Back to All devices
        </button>
      </p>
    );
    if (i < 0) {
      return (
        <div class="in-section">
          <p>{location.device ? `No device named ${location.device} in this lab.` : 'No device is selected: choose one in All devices.'}</p>
          {back}
        </div>
      );
    }
    const device = state.devices[i]!;
    const managedBy = managedByOf(state, i);
    const compliance = complianceOf(state, i);
    const checkIn = lastCheckIn(state, i);
    const collections = collectionsOf(state, i).map((id) => collectionName(state, id));
    // Each record with its place in the engine's list: the presenter marks the ones its step ran (`action:<k>`).
    const records = state.deviceActions.flatMap((r, k) => (r.device === device.name ? [{ ...r, k }] : [])).reverse();
    const marks = ctx.stepMarks;
    const last = records[0];
    const policies = policiesOf(state, i);
    const stays = policies.filter((policy) => policy.status === 'remains');
    return (
      <div class="in-section">
        {back}
        <section aria-labelledby={`${p}-overview`}>
          <H n={level + 1} id={`${p}-overview`}>
            Overview
          </H>
          <Essentials
            items={[
              ['Device name', device.name],
              ['Managed by', managedBy.value ?? 'Not listed'],
              ['Operating system', OS_INFO[device.os].label],
              ['Join type', JOIN_LABELS[device.join]],
              ['Compliance', compliance.value],
              ['Last check-in time', formatCheckIn(checkIn)],
              ['Configuration Manager client', device.client ? 'Yes' : 'No'],
              ['Collections', collections.length ? collections.join(', ') : 'None'],
            ]}
          />
          <p class="in-hint">
            Managed by {managedBy.value ?? 'nothing listed'}: {managedBy.reason}. Compliance: {compliance.reason}.
          </p>
          {mdmEnrolled(device) && (
            <p class="in-hint">
              Retire removes {device.name} from Intune, as when its user unenrolls it; in this simulator a device that co-management targets for
              automatic enrollment enrolls again at its next policy evaluation.
            </p>
          )}
        </section>

        <section aria-labelledby={`${p}-actions`}>
          <H n={level + 1} id={`${p}-actions`}>
            Device actions
          </H>
          {!hasActions(state, i) && (
            <p class="in-hint">
              Configuration Manager device actions (Sync Machine Policy, Sync User Policy, App Evaluation Cycle) appear in the command bar for devices
              that tenant attach uploaded; {device.name} has no Configuration Manager record here.
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

        <section aria-labelledby={`${p}-policies`}>
          <H n={level + 1} id={`${p}-policies`}>
            Policies
          </H>
          {stays.length > 0 && (
            <p class="in-callout">
              Settings stay behind on {device.name}: {stays.map((policy) => `${policy.name} (${SOURCE_LABELS[policy.source]})`).join(', ')}.
            </p>
          )}
          <TableBox
            id={`${p}-policy-table`}
            caption="Policies and where they come from"
            wide
            head={['Policy', 'Comes from', 'Workload', 'State', 'Why']}
          >
            {policies.map((policy) => (
              <tr
                key={policy.policy}
                class={policy.status === 'remains' ? 'in-row--stays' : undefined}
                data-step-change={marks?.has(`policy:${policy.policy}`) ? '' : undefined}
              >
                <th scope="row">{policy.name}</th>
                <td>{SOURCE_LABELS[policy.source]}</td>
                <td>{WORKLOAD_LABELS[policy.workload]}</td>
                <td>
                  <Status kind={policy.status === 'applied' ? 'ok' : policy.status === 'remains' ? 'warn' : 'off'}>
                    {STATE_LABELS[policy.status]}
                  </Status>
                </td>
                <td class="in-wrap">{policy.reason}</td>
              </tr>
            ))}
            {policies.length === 0 && (
              <tr>
                <td colSpan={5}>No policy in this lab is assigned or deployed to {device.name}.</td>
              </tr>
            )}
          </TableBox>
        </section>
      </div>
    );
  },
};
export default view;
