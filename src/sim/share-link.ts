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
 * Making a code is in `share-link-encode.ts` (re-exported here), so that a lab that only makes
 * links does not load the reading half.
 *
 * `decodeShareLink` never throws; `restoreFromLink` replays the actions under the current rules
 * (whatever the link's revision) and refuses the link when any of them is refused.
 */
import { UNRECORDED_REVISION } from './revision';
import { revisionNotice } from './revision-notice';
import { createScenarioState } from './scenario';
import { ACTION_FIELDS, type AnyActionFields } from './actions/fields';
import type { FieldKind } from './actions/field-kinds';
import { SHARE_LINK_MAX, checksum, isSafeDeviceName, shareLinkPath, type ShareLinkContent } from './share-link-encode';
import { applyActions } from './step';
import type { Action, ActionType, Scenario, SimEvent, SimState } from './types';
import { isViewId, type ViewLocation } from './views';

// Making links (share-link-encode.ts) is part of the codec's interface too.
export {
  SHARE_LINK_MAX,
  SHARE_LINK_VERSION,
  checksum,
  encodeAction,
  encodeShareLink,
  isSafeDeviceName,
  shareLinkPath,
  type EncodeResult,
  type ShareLinkContent,
} from './share-link-encode';

/** The codec versions this site reads: 1 (before the lab console, no view) and 2. */
export const SHARE_LINK_VERSIONS_READ = [1, 2] as const;

const BY_TAG = new Map<string, [ActionType, AnyActionFields]>(
  (Object.entries(ACTION_FIELDS) as [ActionType, AnyActionFields][]).map(([type, entry]) => [entry.tag, [type, entry]]),
);

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
    case 'collection': {
      if (kind.nullable && text === '_') return good(null);
      const s = unescapeString(text);
      return s === null || s === '' ? bad : good(s);
    }
    case 'device':
    case 'policy': {
      const s = unescapeString(text);
      return s === null || s === '' ? bad : good(s);
    }
    case 'devices': {
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

/** Text back to an action, or null when it is not one. */
export function decodeAction(text: string): Action | null {
  const parts = text.split(',');
  const entry = BY_TAG.get(parts[0] ?? '');
  if (!entry) return null;
  const [type, { fields }] = entry;
  if (parts.length !== fields.length + 1) return null;
  const action: Record<string, unknown> = { type };
  for (let k = 0; k < fields.length; k++) {
    const [key, kind] = fields[k]!;
    const field = decodeField(kind, parts[k + 1]!);
    if (!field.ok) return null;
    action[key] = field.value;
  }
  return action as unknown as Action;
}

/**
 * `version`: the link's codec version; `revision`: the rules revision it was made under (1 when it
 * carries none); `location`: the view it opens at, absent in a version-1 link or one that names none.
 */
export type DecodeResult =
  ({ ok: true; version: number; revision: number } & ShareLinkContent) | { ok: false; reason: string };

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
  if (code.length > SHARE_LINK_MAX)
    return fail(`The link is too long (${code.length} characters; at most ${SHARE_LINK_MAX}).`);
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
    return fail(
      `The link was made by another version of the lab (link version ${versionText}; this site reads versions ${SHARE_LINK_VERSIONS_READ.join(' and ')}).`,
    );
  if (third < 0) return fail('The link is incomplete: it was cut short.');
  const lengthText = code.slice(first + 1, second);
  const sum = code.slice(second + 1, third);
  const body = code.slice(third + 1);
  if (!/^[0-9a-z]{1,4}$/.test(lengthText) || !/^[0-9a-z]{11}$/.test(sum))
    return fail('The link is malformed (bad header).');
  if (parseInt(lengthText, 36) !== body.length)
    return fail('The link is incomplete: it was cut short or has extra characters.');
  if (checksum(`${token}.${lengthText}.${body}`) !== sum)
    return fail('The link does not match its checksum: it was changed or damaged.');
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
  if (shareLinkPath(scenarioId, code).length > SHARE_LINK_MAX)
    return fail(`The link is too long (at most ${SHARE_LINK_MAX} characters).`);
  return location
    ? { ok: true, version, revision, scenarioId, seed, actions, location }
    : { ok: true, version, revision, scenarioId, seed, actions };
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
export function restoreFromLink(
  code: unknown,
  scenarios: readonly Scenario[] | Readonly<Record<string, Scenario>>,
): RestoreResult {
  try {
    const decoded = decodeShareLink(code);
    if (!decoded.ok) return decoded;
    const list: readonly Scenario[] = Array.isArray(scenarios) ? scenarios : Object.values(scenarios);
    const scenario = list.find((s) => s.id === decoded.scenarioId);
    if (!scenario)
      return { ok: false, reason: `The link is for a scenario this site does not have ("${decoded.scenarioId}").` };
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
    return {
      ok: true,
      revision,
      notice: revisionNotice(revision, true),
      scenarioId,
      seed,
      actions,
      state: run.state,
      events: run.events,
      location,
    };
  } catch (error) {
    return {
      ok: false,
      reason: `The link could not be replayed: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}
