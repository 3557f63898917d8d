import { SLIDER_POSITIONS, WORKLOAD_IDS } from '../constants';
import { enumOf, type ActionFields } from './field-kinds';

export const setWorkloadFields = {
  tag: 'w',
  fields: [
    ['workload', enumOf(WORKLOAD_IDS)],
    ['position', enumOf(SLIDER_POSITIONS)],
  ],
} as const satisfies ActionFields<'set-workload'>;
