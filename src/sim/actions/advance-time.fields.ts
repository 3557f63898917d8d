import { INT, type ActionFields } from './field-kinds';

export const advanceTimeFields = {
  tag: 't',
  fields: [['minutes', INT]],
} as const satisfies ActionFields<'advance-time'>;
