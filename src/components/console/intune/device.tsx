/**
 * A device's page (Devices > All devices > the device): its essentials, the Configuration Manager
 * device actions in the command bar (Sync Machine Policy, Sync User Policy, App Evaluation Cycle)
 * with the "Device actions status" table and the log lines along the path of its last action, and
 * the policies that concern it with where each comes from (Intune or Configuration Manager),
 * including the settings that stay behind (rules 7 and 8).
 */
import { DEVICE_ACTIONS, DEVICE_ACTION_LABELS, JOIN_LABELS, OS_INFO } from '../../../sim/constants';
import { collectionName, collectionsOf } from '../../../sim/collections';
import { deviceIndex, managedByOf, mdmEnrolled } from '../../../sim/derive';
import type { SimState } from '../../../sim/types';
import type { ViewLocation } from '../../../sim/views';
import type { ConsoleContext, ViewDefinition } from '../types';
import { actionsSection, hasActions } from './device-actions';
import { policiesSection } from './device-policies';
import { Essentials, H, complianceOf, formatCheckIn, lastCheckIn } from './parts';

/** The device the page is about, or -1. */
function indexOf(state: SimState, location: ViewLocation): number {
  return location.device ? deviceIndex(state, location.device) : -1;
}

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
        <button
          type="button"
          class="in-command"
          disabled={!ready}
          onClick={() => void ctx.act({ type: 'unenroll-device', device: name })}
        >
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
          <p>
            {location.device
              ? `No device named ${location.device} in this lab.`
              : 'No device is selected: choose one in All devices.'}
          </p>
          {back}
        </div>
      );
    }
    const device = state.devices[i]!;
    const managedBy = managedByOf(state, i);
    const compliance = complianceOf(state, i);
    const checkIn = lastCheckIn(state, i);
    const collections = collectionsOf(state, i).map((id) => collectionName(state, id));
    const marks = ctx.stepMarks;
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
              Retire removes {device.name} from Intune, as when its user unenrolls it; in this simulator a device that
              co-management targets for automatic enrollment enrolls again at its next policy evaluation.
            </p>
          )}
        </section>

        {actionsSection(p, level, state, i, device, marks)}
        {policiesSection(p, level, state, i, device, marks)}
      </div>
    );
  },
};
export default view;
