import { DEVICE_ACTIONS } from '../constants';
import { DEVICE, enumOf, type ActionFields } from './field-kinds';

export const deviceActionFields = {
  tag: 'd',
  fields: [
    ['device', DEVICE],
    ['action', enumOf(DEVICE_ACTIONS)],
  ],
} as const satisfies ActionFields<'device-action'>;
