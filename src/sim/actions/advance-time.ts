/** Simulated time moves on: enrollment and upload cycles run up to the new minute. */
import { MAX_ADVANCE_MINUTES } from '../constants';
import { advanceEnrollment, advanceUpload } from '../advance';
import type { SimEvent, SimState } from '../types';
import { ok, refuse, type ActionHandler } from './contract';

export const advanceTime: ActionHandler<'advance-time'> = (state, action, rng) => {
  const minutes = action.minutes;
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_ADVANCE_MINUTES)
    return refuse(`Advance time by 1 to ${MAX_ADVANCE_MINUTES} whole minutes (30 days); received ${String(minutes)}.`);
  const at = state.clock;
  const to = at + minutes;
  const enrolled = advanceEnrollment(state, to);
  const afterEnrollment: SimState = { ...state, devices: enrolled.devices };
  const uploaded = advanceUpload(afterEnrollment, to, rng, enrolled.changedPerSlot);
  const events: SimEvent[] = [
    ...enrolled.events,
    ...uploaded.events,
    { type: 'time-advanced', at: to, from: at, minutes },
  ];
  return ok({ ...afterEnrollment, upload: uploaded.upload, clock: to }, events);
};
