import { COLLECTION, DEVICES, type ActionFields } from './field-kinds';

export const addToCollectionFields = {
  tag: 'ca',
  fields: [
    ['collection', COLLECTION],
    ['devices', DEVICES],
  ],
} as const satisfies ActionFields<'add-to-collection'>;

export const removeFromCollectionFields = {
  tag: 'cr',
  fields: [
    ['collection', COLLECTION],
    ['devices', DEVICES],
  ],
} as const satisfies ActionFields<'remove-from-collection'>;
