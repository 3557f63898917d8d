/**
 * Device actions from the Intune admin center (rule 15, fact sheet 3.3 and 3.7): who may run them,
 * and the outcome with the log lines along their path. Only the engine's step code runs them, so
 * this lives apart from `tenant.ts` (the connector page, which views render): pages render
 * without it (see `astro.config.mjs`, chunk `console-later`).
 */
import { DEVICE_ACTION_LABELS, DEVICE_ACTION_TEMPLATES, passesGate, type DeviceActionKind } from './constants';
import { isMember } from './collections';
import type { RngCursor } from './rng';
import type { DeviceActionRecord, LogLine, SimState } from './types';

/** Discovered by Configuration Manager: either discovery from 2103, both before (fact sheet 3.3). */
export function adminDiscovered(state: SimState): boolean {
  const a = state.admin;
  return passesGate('either-user-discovery', state.site.version)
    ? a.entraUserDiscovery || a.adUserDiscovery
    : a.entraUserDiscovery && a.adUserDiscovery;
}

/** Does the admin hold Configuration Manager rights on a collection that contains device i? */
export function adminHasRightsOn(state: SimState, i: number): boolean {
  return state.admin.collectionRights.some((id) => isMember(state, id, i));
}

/** Why the admin may not run device actions on device i (empty when authorized). */
export function authorizationProblems(state: SimState, i: number): string[] {
  const a = state.admin;
  const problems: string[] = [];
  if (!a.syncedHybridIdentity) problems.push(`${a.name} is not a synced (hybrid) identity in Entra ID`);
  if (!adminDiscovered(state)) {
    problems.push(
      passesGate('either-user-discovery', state.site.version)
        ? `${a.name} is not discovered by Entra ID user discovery or Active Directory user discovery`
        : `${a.name} must be discovered by both Entra ID user discovery and Active Directory user discovery on this version (2010 and earlier)`,
    );
  }
  if (!a.initiateConfigMgrAction)
    problems.push(`${a.name} lacks the Intune permission Remote tasks > Initiate Configuration Manager action`);
  if (!adminHasRightsOn(state, i))
    problems.push(
      `${a.name} has no Configuration Manager rights on a collection that contains ${state.devices[i]!.name}`,
    );
  return problems;
}

/** ConfigMgr resource ID of device i (as logs show it). */
export function resourceId(i: number): number {
  return 16777217 + i;
}

// fact sheet silent on how long an action takes to show Complete; the engine completes it in the
// same simulated minute (clients are always online in the simulation).
/**
 * Runs one device action from the admin center and returns its record: status, Error column and
 * the log lines on the service connection point, management point and client. Draws the task
 * GUID from `rng`.
 */
export function runDeviceAction(
  state: SimState,
  i: number,
  action: DeviceActionKind,
  rng: RngCursor,
): DeviceActionRecord {
  const at = state.clock;
  const device = state.devices[i]!;
  const template = DEVICE_ACTION_TEMPLATES[action];
  const scp = `service connection point (${state.site.code}-CM01)`;
  const mp = `management point (${state.site.code}-MP01)`;
  const client = `client (${device.name})`;
  const id = resourceId(i);
  const logs: LogLine[] = [];
  const line = (log: string, where: string, text: string) => logs.push({ at, log, where, text });
  /** A line of the service connection point's log, where every request from the admin center arrives. */
  const gatewayLine = (text: string) => line('CMGatewayNotificationWorker.log', scp, text);
  const record = (status: DeviceActionRecord['status'], error: string | null): DeviceActionRecord => ({
    at,
    device: device.name,
    action,
    status,
    error,
    logs,
  });

  if (!state.admin.initiateConfigMgrAction) {
    // Fact sheet 3.3, 3.7: the Intune permission is checked in the admin center,
    // which answers "You don't have access…"; no request reaches the site, so nothing is logged.
    return record(
      'Failed',
      `You don't have access to perform this action. (${state.admin.name} lacks the Intune permission Remote tasks > Initiate Configuration Manager action)`,
    );
  }
  if (!state.site.serviceConnectionPoint) {
    // Fact sheet 3.7: "Getting results timed out…" when the SCP is not connected; nothing is logged.
    return record('Failed', 'Getting results timed out. The service connection point is not connected.');
  }
  gatewayLine('Received new notification. Validating basic notification details...');
  if (!state.site.administrationService) {
    // fact sheet silent on the log line; 3.7 lists the administration service among the causes of "Unexpected error occurred".
    gatewayLine('Failed to call the administration service (SMS_REST_PROVIDER) on the SMS Provider.');
    return record(
      'Failed',
      'Unexpected error occurred. Check the service connection point, the administration service and IIS on the SMS Provider.',
    );
  }
  const problems = authorizationProblems(state, i);
  if (problems.length > 0) {
    // Rule 15: a missing Configuration Manager right, or an identity that is not synced or not
    // discovered, ends here with this line and nothing reaches the client (the Intune permission
    // was checked in the admin center above). UNCONFIRMED: rule 15 puts these causes behind this
    // one log line; the admin center's own wording per cause (fact sheet 3.7) is the Error column.
    gatewayLine(`Unauthorized to perform client action. TemplateID: ${template} TargetDeviceIds: ${id}`);
    const a = state.admin;
    const error =
      !a.syncedHybridIdentity || !adminDiscovered(state)
        ? 'Unable to get client details. Make sure Azure AD and AD user discovery are configured and the user is discovered.'
        : 'Unauthorized to perform client action.';
    return record('Failed', `${error} (${problems.join('; ')})`);
  }
  const guid = rng.guid();
  gatewayLine(`Authorized to perform client action. TemplateID: ${template} TargetDeviceIds: ${id}`);
  gatewayLine(`Forwarded BGB remote task. TemplateID: ${template} TaskGuid: ${guid} TargetDeviceIds: ${id}`);
  // UNCONFIRMED: exact wording of the BgbServer.log and CcmNotificationAgent.log lines (the fact sheet describes their content only).
  line(
    'BgbServer.log',
    mp,
    `Received BGB remote task ${guid} (${template}) from SMS_SERVICE_CONNECTOR; pushing it to 1 client`,
  );
  line(
    'CcmNotificationAgent.log',
    client,
    `Receive task from server: taskguid=${guid}, ${DEVICE_ACTION_LABELS[action]}`,
  );
  line('CcmNotificationAgent.log', client, `Send Task response message for taskguid=${guid}`);
  return record('Complete', null);
}
