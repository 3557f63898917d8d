/**
 * What an action's field module (`src/sim/actions/<action>.fields.ts`) provides: an
 * `ActionFields<T>`, the action's tag in a share link and its fields in the order a link writes
 * them, each with its kind. The share-link codec encodes and decodes actions by it, and the
 * scenario checks find an action's references (collections, devices, policies) by it; `fields.ts`
 * lists one per action type, so an action without one is a compile error.
 *
 * The fields are apart from the handlers because they load with other code: the share-link codec
 * ships in a chunk of its own that a lab task's page never loads, the handlers with the step code
 * that every lab loads (astro.config.mjs, `console-share` and `console-later`).
 */
import type { ActionType, UploadScope } from '../types';
import type { ActionOf } from './contract';

/**
 * What a field holds. The kinds that name something of the scenario (a collection, a device, a
 * policy) say so, for the scenario checks; the share-link codec writes them as strings.
 */
export type FieldKind =
  | EnumField<string>
  | { kind: 'bool' }
  | { kind: 'int' }
  /** A collection id; `nullable`: or null ("none chosen"). */
  | { kind: 'collection'; nullable: boolean }
  /** An upload scope: null (off), "all", or `{ collection }`. */
  | { kind: 'upload' }
  | { kind: 'device' }
  /** A list of device names, at least one. */
  | { kind: 'devices' }
  | { kind: 'policy' };

/** One of a fixed list of values; a link writes its index, so the list only ever grows at the end. */
export interface EnumField<V extends string> {
  kind: 'enum';
  values: readonly V[];
}

export const enumOf = <V extends string>(values: readonly V[]): EnumField<V> => ({ kind: 'enum', values });
export const BOOL = { kind: 'bool' } as const;
export const INT = { kind: 'int' } as const;
export const COLLECTION = { kind: 'collection', nullable: false } as const;
export const COLLECTION_OR_NULL = { kind: 'collection', nullable: true } as const;
export const UPLOAD = { kind: 'upload' } as const;
export const DEVICE = { kind: 'device' } as const;
export const DEVICES = { kind: 'devices' } as const;
export const POLICY = { kind: 'policy' } as const;

/** The kinds a field of value type `V` may have (so a boolean field cannot be called a collection). */
type FieldKindFor<V> = [V] extends [boolean]
  ? typeof BOOL
  : [V] extends [number]
    ? typeof INT
    : [V] extends [readonly string[]]
      ? typeof DEVICES
      : [V] extends [UploadScope | null]
        ? typeof UPLOAD
        : [V] extends [string | null]
          ? null extends V
            ? typeof COLLECTION_OR_NULL
            : string extends V
              ? typeof COLLECTION | typeof DEVICE | typeof POLICY
              : EnumField<V & string>
          : never;

type FieldKey<A> = Exclude<keyof A, 'type'> & string;

/** One field: its key in the action and its kind. */
export type FieldOf<A> = { [K in FieldKey<A>]: readonly [K, FieldKindFor<A[K]>] }[FieldKey<A>];

export interface ActionFields<T extends ActionType> {
  /** The action's tag in a share link: never reuse or change one, links already made carry it. */
  tag: string;
  /** Every field but `type`, in the order a share link writes them (fixed for the same reason). */
  fields: readonly FieldOf<ActionOf<T>>[];
}
