import { SLIDER_POSITIONS, WORKLOAD_IDS } from '../constants';
import { COLLECTION_OR_NULL, enumOf, type ActionFields } from './field-kinds';

export const wizardSetWorkloadFields = {
  tag: 'sw',
  fields: [
    ['workload', enumOf(WORKLOAD_IDS)],
    ['position', enumOf(SLIDER_POSITIONS)],
    ['pilotCollection', COLLECTION_OR_NULL],
  ],
} as const satisfies ActionFields<'wizard-set-workload'>;
