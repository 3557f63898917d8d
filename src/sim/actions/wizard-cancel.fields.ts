import type { ActionFields } from './field-kinds';

export const wizardCancelFields = { tag: 'x', fields: [] } as const satisfies ActionFields<'wizard-cancel'>;
