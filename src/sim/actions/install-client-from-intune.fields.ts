import type { ActionFields } from './field-kinds';

export const installClientFromIntuneFields = {
  tag: 'i',
  fields: [],
} as const satisfies ActionFields<'install-client-from-intune'>;
