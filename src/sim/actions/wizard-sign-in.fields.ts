import { AZURE_ENVIRONMENTS } from '../constants';
import { enumOf, type ActionFields } from './field-kinds';

export const wizardSignInFields = {
  tag: 'si',
  fields: [['environment', enumOf(AZURE_ENVIRONMENTS)]],
} as const satisfies ActionFields<'wizard-sign-in'>;
