/** A user unenrolls the device from Intune. */
import { deviceIndex, mdmEnrolled } from '../derive';
import { ok, refuse, type ActionHandler } from './contract';

export const unenrollDevice: ActionHandler<'unenroll-device'> = (state, action) => {
  const i = deviceIndex(state, action.device);
  if (i < 0) return refuse(`Unknown device "${action.device}".`);
  const d = state.devices[i]!;
  if (!mdmEnrolled(d)) return refuse(`${d.name} is not enrolled in Intune.`);
  const devices = state.devices.slice();
  devices[i] = { ...d, enrollment: { stage: 'none', at: 0, code: null } };
  return ok({ ...state, devices }, [
    { type: 'enrollment', at: state.clock, stage: 'Unenrolled', count: 1, devices: [d.name], code: null },
  ]);
};
