import { WORKLOAD_IDS } from '../constants';
import { COLLECTION, enumOf, type ActionFields } from './field-kinds';

export const setPilotCollectionFields = {
  tag: 'p',
  fields: [
    ['workload', enumOf([...WORKLOAD_IDS, 'all'] as const)],
    ['collection', COLLECTION],
  ],
} as const satisfies ActionFields<'set-pilot-collection'>;
