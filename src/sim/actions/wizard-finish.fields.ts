import type { ActionFields } from './field-kinds';

export const wizardFinishFields = { tag: 'f', fields: [] } as const satisfies ActionFields<'wizard-finish'>;
