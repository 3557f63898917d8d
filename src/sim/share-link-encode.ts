/**
 * Making share links: the half of the codec a lab needs to write one (`share-link.ts` says what a
 * code is made of, and reads codes). On its own so that a unit's lab, which makes links but never
 * opens one (links open on a scenario's own page), does not carry the reading half.
 */
import { fieldsOf } from './actions/fields';
import type { FieldKind } from './actions/field-kinds';
import { LAB_RULES_REVISION } from './revision';
import type { Action } from './types';
import { isViewId, type ViewLocation } from './views';

/** The codec version written into every code (a rules revision does not change it). */
export const SHARE_LINK_VERSION = 2;
/** The longest link: `/scenarios/<id>/#s=<code>` stays within this many characters. */
export const SHARE_LINK_MAX = 2000;

// ------------------------------------------------------------------------------------- strings

export function escapeString(s: string): string {
  let out = '';
  for (let k = 0; k < s.length; k++) {
    const ch = s[k]!;
    out += /[A-Za-z0-9-]/.test(ch) ? ch : `*${s.charCodeAt(k).toString(16).padStart(4, '0')}`;
  }
  return out;
}

/** 53-bit string hash (cyrb53), as 11 base-36 digits. */
export function checksum(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let k = 0; k < text.length; k++) {
    const ch = text.charCodeAt(k);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return value.toString(36).padStart(11, '0');
}

// ------------------------------------------------------------------------------------- fields

function encodeField(kind: FieldKind, value: unknown): string {
  switch (kind.kind) {
    case 'enum': {
      const k = kind.values.indexOf(value as string);
      if (k < 0) throw new Error(`share link: "${String(value)}" is not one of ${kind.values.join(', ')}`);
      return k.toString(36);
    }
    case 'bool':
      return value ? '1' : '0';
    case 'int':
      if (!Number.isSafeInteger(value) || (value as number) < 0)
        throw new Error(`share link: ${String(value)} is not a whole number`);
      return (value as number).toString(36);
    case 'collection':
      return kind.nullable && value === null ? '_' : escapeString(String(value));
    case 'device':
    case 'policy':
      return escapeString(String(value));
    case 'devices':
      return (value as string[]).map(escapeString).join(':');
    case 'upload':
      return value === null ? '_' : value === 'all' ? '~' : escapeString((value as { collection: string }).collection);
  }
}

/** One action as text, e.g. `w,0,2` for Compliance policies at Intune. Throws on a malformed action. */
export function encodeAction(action: Action): string {
  const entry = fieldsOf(action.type);
  if (!entry) throw new Error(`share link: unknown action type "${action.type}"`);
  const record = action as unknown as Record<string, unknown>;
  return [entry.tag, ...entry.fields.map(([key, kind]) => encodeField(kind, record[key]))].join(',');
}

// ------------------------------------------------------------------------------------- links

export interface ShareLinkContent {
  scenarioId: string;
  seed: number;
  actions: Action[];
  /** The open view (version 2); absent: the scenario's `opensAt`. */
  location?: ViewLocation | undefined;
}

export type EncodeResult = { ok: true; code: string } | { ok: false; reason: string };
/**
 * A device name a link may carry: letters, digits, space, ".", "_" and "-", from 1 to 64
 * characters, starting with a letter or digit (NetBIOS names are at most 15). Anything else is
 * refused, so nothing from a link reaches the page but plain, short text.
 */
export function isSafeDeviceName(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,63}$/.test(value);
}

function encodeLocation(location: ViewLocation | undefined): string {
  if (!location) return '';
  if (!isViewId(location.view)) throw new Error(`share link: "${String(location.view)}" is not a view of the lab`);
  const view = location.view.replace(/\./g, '_');
  if (location.device === undefined) return view;
  if (!isSafeDeviceName(location.device)) throw new Error('share link: the device name is not one a link can carry');
  return `${view},${escapeString(location.device)}`;
}

/** The path a link opens: `/scenarios/<id>/#s=<code>` (without the site's base path). */
export function shareLinkPath(scenarioId: string, code: string): string {
  return `/scenarios/${scenarioId}/#s=${code}`;
}

/**
 * Encodes a session, with the current rules revision. Fails (without throwing) when an action is
 * malformed or the link would be too long.
 */
export function encodeShareLink(content: ShareLinkContent): EncodeResult {
  try {
    if (!Number.isInteger(content.seed) || content.seed < 0 || content.seed > 0xffffffff)
      return { ok: false, reason: 'The seed must be a whole number from 0 to 4294967295.' };
    const body = [
      escapeString(content.scenarioId),
      content.seed.toString(36),
      encodeLocation(content.location),
      ...content.actions.map(encodeAction),
    ].join('.');
    const header = `${SHARE_LINK_VERSION}r${LAB_RULES_REVISION}.${body.length.toString(36)}`;
    const code = `${header}.${checksum(`${header}.${body}`)}.${body}`;
    const length = shareLinkPath(content.scenarioId, code).length;
    if (length > SHARE_LINK_MAX)
      return {
        ok: false,
        reason: `This session is too long to share as a link (${length} characters; at most ${SHARE_LINK_MAX}).`,
      };
    return { ok: true, code };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
