/**
 * Share links: `/scenarios/<id>/#s=<code>`. The code carries the codec version, the lab's rules
 * revision, the scenario id, the seed and the action list, with a checksum, in characters that are
 * safe in a URL fragment.
 *
 *   code     = version [ "r" revision ] "." length "." checksum "." body
 *   body     = scenarioId "." seed [ "." location ] ( "." action )*     (location: version 2 only)
 *   location = [ view [ "," device ] ]
 *   action   = tag ( "," field )*
 *
 * Version 2 (the lab console) adds the open view: `view` is a view id (`views.ts`) with each "."
 * written as "_" (`cm_dashboard`), `device` the name of the device a device's page is about, as
 * a string field; an empty location opens the scenario's `opensAt`. A version-1 link has no
 * location and opens at the scenario's `opensAt`; both versions are read.
 * `revision` (decimal, no leading zero) is the rules revision the link was made under
 * (`LAB_RULES_REVISION`, see `revision.ts`); a link without one (every link made before revisions
 * were recorded) is of revision 1. A revision does not change how the rest of the code is read.
 * `length` (base 36) is the body's length and `checksum` (11 base-36
 * digits, a 53-bit hash) covers the version and revision, the length and the body, so every
 * truncation is rejected: a shorter body no longer matches its length, and a cut header is
 * malformed. Fields: integers and enum indices in base 36, booleans 0/1, "_" for null, "~" for
 * "all devices", strings with every character outside [A-Za-z0-9-] written as "*" plus four hex
 * digits, lists joined by ":".
 *
 * `decodeShareLink` never throws; `restoreFromLink` replays the actions under the current rules
 * (whatever the link's revision) and refuses the link when any of them is refused.
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
import { LAB_RULES_REVISION, UNRECORDED_REVISION } from './revision';
import { revisionNotice } from './revision-notice';
import { createScenarioState } from './scenario';
import { applyActions } from './step';
import type { Action, ActionType, Scenario, SimEvent, SimState } from './types';
import { isViewId, type ViewLocation } from './views';

/** The codec version written into every code (a rules revision does not change it). */
export const SHARE_LINK_VERSION = 2;
/** The codec versions this site reads: 1 (before the lab console, no view) and 2. */
export const SHARE_LINK_VERSIONS_READ = [1, 2] as const;
/** The longest link: `/scenarios/<id>/#s=<code>` stays within this many characters. */
export const SHARE_LINK_MAX = 2000;

type FieldKind =
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

interface ActionCodec {
  tag: string;
  fields: readonly (readonly [string, FieldKind])[];
}

/** One entry per action type: the compiler flags a missing one. */
const CODECS = {
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

const BY_TAG = new Map<string, [ActionType, ActionCodec]>(
  (Object.entries(CODECS) as [ActionType, ActionCodec][]).map(([type, codec]) => [codec.tag, [type, codec]]),
);

// ------------------------------------------------------------------------------------- strings

function escapeString(s: string): string {
  let out = '';
  for (let k = 0; k < s.length; k++) {
    const ch = s[k]!;
    out += /[A-Za-z0-9-]/.test(ch) ? ch : `*${s.charCodeAt(k).toString(16).padStart(4, '0')}`;
  }
  return out;
}

function unescapeString(s: string): string | null {
  let out = '';
  for (let k = 0; k < s.length; k++) {
    const ch = s[k]!;
    if (ch === '*') {
      const hex = s.slice(k + 1, k + 5);
      if (!/^[0-9a-f]{4}$/.test(hex)) return null;
      out += String.fromCharCode(parseInt(hex, 16));
      k += 4;
    } else if (/[A-Za-z0-9-]/.test(ch)) out += ch;
    else return null;
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

function decodeField(kind: FieldKind, text: string): { ok: true; value: unknown } | { ok: false } {
  const bad = { ok: false } as const;
  const good = (value: unknown) => ({ ok: true, value }) as const;
  switch (kind.kind) {
    case 'enum': {
      if (!/^[0-9a-z]+$/.test(text)) return bad;
      const k = parseInt(text, 36);
      return k < kind.values.length ? good(kind.values[k]) : bad;
    }
    case 'bool':
      return text === '1' ? good(true) : text === '0' ? good(false) : bad;
    case 'int': {
      if (!/^[0-9a-z]{1,10}$/.test(text)) return bad;
      const n = parseInt(text, 36);
      return Number.isSafeInteger(n) ? good(n) : bad;
    }
    case 'str': {
      const s = unescapeString(text);
      return s === null || s === '' ? bad : good(s);
    }
    case 'optstr': {
      if (text === '_') return good(null);
      const s = unescapeString(text);
      return s === null || s === '' ? bad : good(s);
    }
    case 'strlist': {
      const items = text.split(':').map(unescapeString);
      return items.some((s) => s === null || s === '') ? bad : good(items);
    }
    case 'upload': {
      if (text === '_') return good(null);
      if (text === '~') return good('all');
      const s = unescapeString(text);
      return s === null || s === '' ? bad : good({ collection: s });
    }
  }
}

/** One action as text, e.g. `w,0,2` for Compliance policies at Intune. Throws on a malformed action. */
export function encodeAction(action: Action): string {
  const codec: ActionCodec | undefined = (CODECS as Record<string, ActionCodec>)[action.type];
  if (!codec) throw new Error(`share link: unknown action type "${action.type}"`);
  const record = action as unknown as Record<string, unknown>;
  return [codec.tag, ...codec.fields.map(([key, kind]) => encodeField(kind, record[key]))].join(',');
}

/** Text back to an action, or null when it is not one. */
export function decodeAction(text: string): Action | null {
  const parts = text.split(',');
  const entry = BY_TAG.get(parts[0] ?? '');
  if (!entry) return null;
  const [type, codec] = entry;
  if (parts.length !== codec.fields.length + 1) return null;
  const action: Record<string, unknown> = { type };
  for (let k = 0; k < codec.fields.length; k++) {
    const [key, kind] = codec.fields[k]!;
    const field = decodeField(kind, parts[k + 1]!);
    if (!field.ok) return null;
    action[key] = field.value;
  }
  return action as unknown as Action;
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
 * `version`: the link's codec version; `revision`: the rules revision it was made under (1 when it
 * carries none); `location`: the view it opens at, absent in a version-1 link or one that names none.
 */
export type DecodeResult = ({ ok: true; version: number; revision: number } & ShareLinkContent) | { ok: false; reason: string };

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

/** The location part of a version-2 body: null when malformed, undefined when empty. */
function decodeLocation(text: string): ViewLocation | undefined | null {
  if (text === '') return undefined;
  const [viewText = '', deviceText, ...rest] = text.split(',');
  if (rest.length > 0 || !/^[a-z_-]+$/.test(viewText)) return null;
  const view = viewText.replace(/_/g, '.');
  if (!isViewId(view)) return null;
  if (deviceText === undefined) return { view };
  const device = unescapeString(deviceText);
  return isSafeDeviceName(device) ? { view, device } : null;
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

const CODE_CHARS = /^[A-Za-z0-9\-.,:*_~]*$/;

/** Decodes a code (the part after `#s=`). Never throws. */
export function decodeShareLink(code: unknown): DecodeResult {
  try {
    return decode(code);
  } catch {
    return { ok: false, reason: 'The link could not be read.' };
  }
}

function decode(code: unknown): DecodeResult {
  const fail = (reason: string): DecodeResult => ({ ok: false, reason });
  if (typeof code !== 'string' || code.length === 0) return fail('The link has no simulation in it.');
  if (code.length > SHARE_LINK_MAX) return fail(`The link is too long (${code.length} characters; at most ${SHARE_LINK_MAX}).`);
  if (!CODE_CHARS.test(code)) return fail('The link contains characters a lab link never has.');
  const first = code.indexOf('.');
  const second = first < 0 ? -1 : code.indexOf('.', first + 1);
  const third = second < 0 ? -1 : code.indexOf('.', second + 1);
  const token = first < 0 ? code : code.slice(0, first);
  const versioned = /^([0-9]+)(?:r([1-9][0-9]{0,3}))?$/.exec(token);
  if (!versioned) return fail('The link is malformed (no version).');
  const versionText = versioned[1]!;
  const version = Number(versionText);
  const revision = versioned[2] === undefined ? UNRECORDED_REVISION : Number(versioned[2]);
  if (!(SHARE_LINK_VERSIONS_READ as readonly number[]).includes(version) || versionText !== String(version))
    return fail(`The link was made by another version of the lab (link version ${versionText}; this site reads versions ${SHARE_LINK_VERSIONS_READ.join(' and ')}).`);
  if (third < 0) return fail('The link is incomplete: it was cut short.');
  const lengthText = code.slice(first + 1, second);
  const sum = code.slice(second + 1, third);
  const body = code.slice(third + 1);
  if (!/^[0-9a-z]{1,4}$/.test(lengthText) || !/^[0-9a-z]{11}$/.test(sum)) return fail('The link is malformed (bad header).');
  if (parseInt(lengthText, 36) !== body.length) return fail('The link is incomplete: it was cut short or has extra characters.');
  if (checksum(`${token}.${lengthText}.${body}`) !== sum) return fail('The link does not match its checksum: it was changed or damaged.');
  const parts = body.split('.');
  const scenarioId = unescapeString(parts[0] ?? '');
  if (scenarioId === null || scenarioId === '') return fail('The link names no scenario.');
  const seedText = parts[1] ?? '';
  if (!/^[0-9a-z]{1,7}$/.test(seedText)) return fail('The link has no valid seed.');
  const seed = parseInt(seedText, 36);
  if (seed > 0xffffffff) return fail('The link has no valid seed.');
  let firstAction = 2;
  let location: ViewLocation | undefined;
  if (version >= 2) {
    if (parts.length < 3) return fail('The link names no view.');
    const decoded = decodeLocation(parts[2]!);
    if (decoded === null) return fail('The link names a view the lab does not have.');
    location = decoded;
    firstAction = 3;
  }
  const actions: Action[] = [];
  for (let k = firstAction; k < parts.length; k++) {
    const action = decodeAction(parts[k]!);
    if (action === null) return fail(`Action ${k - firstAction + 1} of the link is not one the lab knows.`);
    actions.push(action);
  }
  if (shareLinkPath(scenarioId, code).length > SHARE_LINK_MAX) return fail(`The link is too long (at most ${SHARE_LINK_MAX} characters).`);
  return location ? { ok: true, version, revision, scenarioId, seed, actions, location } : { ok: true, version, revision, scenarioId, seed, actions };
}

export type RestoreResult =
  | ({
      ok: true;
      revision: number;
      /** `revisionNotice` for the link: what to tell the learner when its revision is not the current one, else null. */
      notice: string | null;
      state: SimState;
      events: SimEvent[];
      /** The view to open: the link's, else the scenario's `opensAt` (a version-1 link has none). */
      location: ViewLocation;
    } & Omit<ShareLinkContent, 'location'>)
  | { ok: false; reason: string };

/**
 * Decodes a code and replays it on its scenario under the current rules (with `notice`, the
 * sentence to show when the link's rules revision is not the current one). Refuses
 * the link (never throws) for any decode problem, an unknown scenario, or an action the engine
 * refuses; the caller then opens the scenario's start with a notice.
 */
export function restoreFromLink(code: unknown, scenarios: readonly Scenario[] | Readonly<Record<string, Scenario>>): RestoreResult {
  try {
    const decoded = decodeShareLink(code);
    if (!decoded.ok) return decoded;
    const list: readonly Scenario[] = Array.isArray(scenarios) ? scenarios : Object.values(scenarios);
    const scenario = list.find((s) => s.id === decoded.scenarioId);
    if (!scenario) return { ok: false, reason: `The link is for a scenario this site does not have ("${decoded.scenarioId}").` };
    const start = createScenarioState(scenario, decoded.seed);
    const run = applyActions(start, decoded.actions);
    if (!run.ok) {
      const action = decoded.actions[run.index]!;
      return { ok: false, reason: `Action ${run.index + 1} of the link (${action.type}) was refused: ${run.reason}` };
    }
    const { revision, scenarioId, seed, actions } = decoded;
    // A device the scenario does not have opens the view without it (the view says none is chosen).
    const linked = decoded.location;
    const location: ViewLocation = !linked
      ? { view: scenario.opensAt }
      : linked.device !== undefined && !run.state.devices.some((d) => d.name === linked.device)
        ? { view: linked.view }
        : linked;
    return { ok: true, revision, notice: revisionNotice(revision, true), scenarioId, seed, actions, state: run.state, events: run.events, location };
  } catch (error) {
    return { ok: false, reason: `The link could not be replayed: ${error instanceof Error ? error.message : String(error)}` };
  }
}
