import { DEVICE, type ActionFields } from './field-kinds';

export const unenrollDeviceFields = {
  tag: 'ue',
  fields: [['device', DEVICE]],
} as const satisfies ActionFields<'unenroll-device'>;
