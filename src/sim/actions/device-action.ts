/** A Configuration Manager device action run from the Intune admin center (tenant attach). */
import { DEVICE_ACTION_LABELS } from '../constants';
import { deviceIndex, isUploaded } from '../derive';
import { runDeviceAction } from '../device-actions';
import { ok, refuse, type ActionHandler } from './contract';

export const deviceAction: ActionHandler<'device-action'> = (state, action, rng) => {
  const i = deviceIndex(state, action.device);
  if (i < 0) return refuse(`Unknown device "${action.device}".`);
  if (!DEVICE_ACTION_LABELS[action.action]) return refuse(`Unknown device action "${String(action.action)}".`);
  if (state.settings.cloudAttach?.upload == null)
    return refuse('Tenant attach is not set up: the admin center has no Configuration Manager device actions yet.');
  // fact sheet silent: device actions need the device's Configuration Manager record, so the
  // engine offers them only on uploaded devices (a co-managed device outside the scope has none).
  if (!isUploaded(state, i))
    return refuse(
      `${action.device} has no Configuration Manager record in the admin center yet ` +
        '(outside the upload scope, or not uploaded yet).',
    );
  const record = runDeviceAction(state, i, action.action, rng);
  return ok({ ...state, deviceActions: [...state.deviceActions, record] }, [
    { type: 'device-action', at: state.clock, record },
  ]);
};
