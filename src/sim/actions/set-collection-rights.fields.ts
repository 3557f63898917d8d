import { BOOL, COLLECTION, type ActionFields } from './field-kinds';

export const setCollectionRightsFields = {
  tag: 'cg',
  fields: [
    ['collection', COLLECTION],
    ['granted', BOOL],
  ],
} as const satisfies ActionFields<'set-collection-rights'>;
