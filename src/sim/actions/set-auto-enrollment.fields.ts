import { AUTO_ENROLLMENT_VALUES } from '../constants';
import { COLLECTION_OR_NULL, enumOf, type ActionFields } from './field-kinds';

export const setAutoEnrollmentFields = {
  tag: 'e',
  fields: [
    ['autoEnrollment', enumOf(AUTO_ENROLLMENT_VALUES)],
    ['collection', COLLECTION_OR_NULL],
  ],
} as const satisfies ActionFields<'set-auto-enrollment'>;
