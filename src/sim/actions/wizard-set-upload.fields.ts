import { BOOL, UPLOAD, type ActionFields } from './field-kinds';

export const wizardSetUploadFields = {
  tag: 'su',
  fields: [
    ['upload', UPLOAD],
    ['endpointAnalytics', BOOL],
  ],
} as const satisfies ActionFields<'wizard-set-upload'>;
