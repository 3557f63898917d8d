import type { ActionFields } from './field-kinds';

export const wizardNextFields = { tag: 'n', fields: [] } as const satisfies ActionFields<'wizard-next'>;
