import type { ActionFields } from './field-kinds';

export const openWizardFields = { tag: 'o', fields: [] } as const satisfies ActionFields<'open-wizard'>;
