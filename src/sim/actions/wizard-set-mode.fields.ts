import { enumOf, type ActionFields } from './field-kinds';

export const wizardSetModeFields = {
  tag: 'sm',
  fields: [['mode', enumOf(['default', 'customize'])]],
} as const satisfies ActionFields<'wizard-set-mode'>;
