import { BOOL, UPLOAD, type ActionFields } from './field-kinds';

export const setUploadFields = {
  tag: 'u',
  fields: [
    ['upload', UPLOAD],
    ['endpointAnalytics', BOOL],
  ],
} as const satisfies ActionFields<'set-upload'>;
