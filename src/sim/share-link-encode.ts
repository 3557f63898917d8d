/**
 * Making share links: the half of the codec a lab needs to write one (`share-link.ts` says what a
 * code is made of, and reads codes). On its own so that a unit's lab, which makes links but never
 * opens one (links open on a scenario's own page), does not carry the reading half.
 */
import {
  ADMIN_PERMISSIONS,
  AUTO_ENROLLMENT_VALUES,
  AZURE_ENVIRONMENTS,
  DEVICE_ACTIONS,
  MDM_USER_SCOPES,
  SLIDER_POSITIONS,
  WORKLOAD_IDS,
} from './constants';
import { LAB_RULES_REVISION } from './revision';
import type { Action, ActionType } from './types';
import { isViewId, type ViewLocation } from './views';

/** The codec version written into every code (a rules revision does not change it). */
export const SHARE_LINK_VERSION = 2;
/** The longest link: `/scenarios/<id>/#s=<code>` stays within this many characters. */
export const SHARE_LINK_MAX = 2000;

export type FieldKind =
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'bool' }
  | { kind: 'int' }
  | { kind: 'str' }
  | { kind: 'optstr' }
  | { kind: 'strlist' }
  | { kind: 'upload' };

const enumOf = (values: readonly string[]): FieldKind => ({ kind: 'enum', values });
const BOOL: FieldKind = { kind: 'bool' };
const INT: FieldKind = { kind: 'int' };
const STR: FieldKind = { kind: 'str' };
const OPTSTR: FieldKind = { kind: 'optstr' };
const STRLIST: FieldKind = { kind: 'strlist' };
const UPLOAD: FieldKind = { kind: 'upload' };

export interface ActionCodec {
  tag: string;
  fields: readonly (readonly [string, FieldKind])[];
}

/** One entry per action type: the compiler flags a missing one. */
export const CODECS = {
  'open-wizard': { tag: 'o', fields: [] },
  'wizard-sign-in': { tag: 'si', fields: [['environment', enumOf(AZURE_ENVIRONMENTS)]] },
  'wizard-set-mode': { tag: 'sm', fields: [['mode', enumOf(['default', 'customize'])]] },
  'wizard-set-upload': { tag: 'su', fields: [['upload', UPLOAD], ['endpointAnalytics', BOOL]] },
  'wizard-set-enablement': { tag: 'se', fields: [['autoEnrollment', enumOf(AUTO_ENROLLMENT_VALUES)], ['collection', OPTSTR]] },
  'wizard-set-workload': {
    tag: 'sw',
    fields: [['workload', enumOf(WORKLOAD_IDS)], ['position', enumOf(SLIDER_POSITIONS)], ['pilotCollection', OPTSTR]],
  },
  'wizard-next': { tag: 'n', fields: [] },
  'wizard-finish': { tag: 'f', fields: [] },
  'wizard-cancel': { tag: 'x', fields: [] },
  'set-upload': { tag: 'u', fields: [['upload', UPLOAD], ['endpointAnalytics', BOOL]] },
  'set-auto-enrollment': { tag: 'e', fields: [['autoEnrollment', enumOf(AUTO_ENROLLMENT_VALUES)], ['collection', OPTSTR]] },
  'set-workload': { tag: 'w', fields: [['workload', enumOf(WORKLOAD_IDS)], ['position', enumOf(SLIDER_POSITIONS)]] },
  'set-pilot-collection': { tag: 'p', fields: [['workload', enumOf([...WORKLOAD_IDS, 'all'])], ['collection', STR]] },
  'add-to-collection': { tag: 'ca', fields: [['collection', STR], ['devices', STRLIST]] },
  'remove-from-collection': { tag: 'cr', fields: [['collection', STR], ['devices', STRLIST]] },
  'assign-policy': { tag: 'pa', fields: [['policy', STR], ['collection', STR]] },
  'unassign-policy': { tag: 'pu', fields: [['policy', STR]] },
  'set-service-connection-point': { tag: 'scp', fields: [['online', BOOL]] },
  'set-administration-service': { tag: 'as', fields: [['working', BOOL]] },
  'set-cloud-management-gateway': { tag: 'g', fields: [['present', BOOL]] },
  'set-mdm-user-scope': { tag: 'm', fields: [['scope', enumOf(MDM_USER_SCOPES)]] },
  'set-automatic-enrollment-configured': { tag: 'ac', fields: [['configured', BOOL]] },
  'set-unlicensed-admins': { tag: 'ul', fields: [['allowed', BOOL]] },
  'set-co-management-settings-policy': { tag: 'cs', fields: [['targeted', BOOL]] },
  'set-admin-permission': { tag: 'ap', fields: [['permission', enumOf(ADMIN_PERMISSIONS)], ['granted', BOOL]] },
  'set-collection-rights': { tag: 'cg', fields: [['collection', STR], ['granted', BOOL]] },
  'install-client-from-intune': { tag: 'i', fields: [] },
  'unenroll-device': { tag: 'ue', fields: [['device', STR]] },
  'device-action': { tag: 'd', fields: [['device', STR], ['action', enumOf(DEVICE_ACTIONS)]] },
  'advance-time': { tag: 't', fields: [['minutes', INT]] },
} as const satisfies Record<ActionType, ActionCodec>;

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
      if (!Number.isSafeInteger(value) || (value as number) < 0) throw new Error(`share link: ${String(value)} is not a whole number`);
      return (value as number).toString(36);
    case 'str':
      return escapeString(String(value));
    case 'optstr':
      return value === null ? '_' : escapeString(String(value));
    case 'strlist':
      return (value as string[]).map(escapeString).join(':');
    case 'upload':
      return value === null ? '_' : value === 'all' ? '~' : escapeString((value as { collection: string }).collection);
  }
}

/** One action as text, e.g. `w,0,2` for Compliance policies at Intune. Throws on a malformed action. */
export function encodeAction(action: Action): string {
  const codec: ActionCodec | undefined = (CODECS as Record<string, ActionCodec>)[action.type];
  if (!codec) throw new Error(`share link: unknown action type "${action.type}"`);
  const record = action as unknown as Record<string, unknown>;
  return [codec.tag, ...codec.fields.map(([key, kind]) => encodeField(kind, record[key]))].join(',');
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
      return { ok: false, reason: `This session is too long to share as a link (${length} characters; at most ${SHARE_LINK_MAX}).` };
    return { ok: true, code };
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}
