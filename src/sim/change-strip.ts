/**
 * The parts of the presenter's change strip (stepChangeLine, stage.ts, joins them into one line):
 * what a step's actions set, in console words, and what followed from it for the devices. Pure.
 */
import { SLIDER_LABELS, WORKLOAD_LABELS, WORKLOAD_IDS, type WorkloadId } from './constants';
import { collectionName } from './collections';
import { formatSimTime } from './derive';
import { wizardName, wizardPageTitle } from './labels';
import { describeEvent, describeVisible, formatDuration } from './narrate';
import type { Action, ActionType, FunnelEventStage, ScenarioStep, SimEvent, SimState } from './types';

type EventOf<T extends SimEvent['type']> = Extract<SimEvent, { type: T }>;

/** Enrollment stages in the order a room reads them: where devices ended first. */
const FUNNEL_ORDER: readonly FunnelEventStage[] = [
  'Enrolled',
  'Failed',
  'Pending user sign in',
  'Unenrolled',
  'Scheduled',
  'Enrollment initiated',
];
/** Stages on the way: said only when no device got further in the step. */
const ON_THE_WAY: ReadonlySet<FunnelEventStage> = new Set(['Scheduled', 'Enrollment initiated']);

/** The engine's names for the settings the Workloads and Staging tabs change (setting-changed events). */
const SLIDER_SETTINGS = new Set(Object.values(WORKLOAD_LABELS));
const PILOT_SETTING = 'Workload pilot collection of ';

/** What a strip part is made from: the step, its events and the state after it. */
interface StripContext {
  step: ScenarioStep;
  events: readonly SimEvent[];
  after: SimState;
}

/** What an action says in the change strip, in console words. */
interface StripPart<A extends Action> {
  /** Order among the parts the actions make: the sliders, then Staging, then the wizard. */
  rank: number;
  /** The part, or null when another of the step's actions says it. */
  part(action: A, at: StripContext): string | null;
  /** The setting-changed events the part already says (by the event's setting), so they are not said twice. */
  says(setting: string): boolean;
}

/** A slider: its new position, with the workload pilot collection chosen with it. */
const SLIDER: StripPart<Extract<Action, { type: 'set-workload' }>> = {
  rank: 0,
  part: (action, { after }) => {
    const { pilotCollection } = after.settings.coManagement.workloads[WORKLOAD_IDS.indexOf(action.workload)]!;
    const scope =
      action.position === 'pilot-intune' && pilotCollection ? ` for ${collectionName(after, pilotCollection)}` : '';
    return `Workloads: ${WORKLOAD_LABELS[action.workload]} → ${SLIDER_LABELS[action.position]}${scope}`;
  },
  says: (setting) => SLIDER_SETTINGS.has(setting),
};

/** A workload pilot collection; one chosen with its slider reads in the slider's part ("for Pilot-Finance"). */
const STAGING: StripPart<Extract<Action, { type: 'set-pilot-collection' }>> = {
  rank: 1,
  part: (action, { step, after }) => {
    const sameWorkload = (a: Action) =>
      a.type === 'set-workload' && (action.workload === 'all' || a.workload === action.workload);
    if (step.actions.some(sameWorkload)) return null;
    const workload = action.workload === 'all' ? 'every workload' : WORKLOAD_LABELS[action.workload];
    return `Staging: ${workload} → ${collectionName(after, action.collection)}`;
  },
  says: (setting) => setting.startsWith(PILOT_SETTING),
};

/** Any of the wizard's actions: one part for the step, where the wizard got to, and every setting it says. */
const WIZARD: StripPart<Action> = {
  rank: 2,
  part: (_action, { step, events, after }) => {
    const version = after.site.version;
    const name = wizardName(version);
    if (step.actions.some((a) => a.type === 'wizard-finish') && after.wizard === null) {
      const applied = events.flatMap((e) => (e.type === 'setting-changed' ? [`${e.setting}: ${e.to}`] : []));
      return `${name} finished${applied.length ? `: ${applied.join(', ')}` : ''}`;
    }
    if (step.actions.some((a) => a.type === 'wizard-cancel')) return `${name} cancelled`;
    if (!after.wizard) return null;
    const signedIn = events.find((e) => e.type === 'signed-in');
    const who = signedIn ? `, ${describeEvent(signedIn)!.replace(/^S/, 's')}` : '';
    return `${name}: ${wizardPageTitle(version, after.wizard.page)} page${who}`;
  },
  says: () => true,
};

/**
 * Each action type's part of the presenter's change strip. Each type names its part here, so a new
 * action type without one is a type error; null: the action's events say what it set (a setting,
 * a collection, a policy, a device action) and the clock says how long it took.
 */
const STRIP_PARTS = {
  'open-wizard': WIZARD,
  'wizard-sign-in': WIZARD,
  'wizard-set-mode': WIZARD,
  'wizard-set-upload': WIZARD,
  'wizard-set-enablement': WIZARD,
  'wizard-set-workload': WIZARD,
  'wizard-next': WIZARD,
  'wizard-finish': WIZARD,
  'wizard-cancel': WIZARD,
  'set-upload': null,
  'set-auto-enrollment': null,
  'set-workload': SLIDER,
  'set-pilot-collection': STAGING,
  'add-to-collection': null,
  'remove-from-collection': null,
  'assign-policy': null,
  'unassign-policy': null,
  'set-service-connection-point': null,
  'set-administration-service': null,
  'set-cloud-management-gateway': null,
  'set-mdm-user-scope': null,
  'set-automatic-enrollment-configured': null,
  'set-unlicensed-admins': null,
  'set-co-management-settings-policy': null,
  'set-admin-permission': null,
  'set-collection-rights': null,
  'install-client-from-intune': null,
  'unenroll-device': null,
  'device-action': null,
  'advance-time': null,
} satisfies { [T in ActionType]: StripPart<Extract<Action, { type: T }>> | null };

const stripPart = (action: Action) => STRIP_PARTS[action.type] as StripPart<Action> | null;

/** What the step's actions set, in console words (one part per kind of change). */
export function whatWasSet(
  step: ScenarioStep,
  events: readonly SimEvent[],
  before: SimState,
  after: SimState,
): string[] {
  const at: StripContext = { step, events, after };
  const ranked: { rank: number; text: string }[] = [];
  for (const action of step.actions) {
    const strip = stripPart(action);
    const text = strip?.part(action, at) ?? null;
    if (strip && text !== null) ranked.push({ rank: strip.rank, text });
  }
  // A stable sort: parts of the same rank keep the order of their actions.
  const parts = [...new Set(ranked.sort((a, b) => a.rank - b.rank).map((p) => p.text))];
  for (const event of events) {
    switch (event.type) {
      case 'setting-changed':
        // What the actions' own parts say is not said again.
        if (step.actions.some((action) => stripPart(action)?.says(event.setting))) break;
        parts.push(describeEvent(event)!);
        break;
      case 'device-action':
      case 'policy-changed':
      case 'client-installed':
      case 'collection-changed':
        parts.push(describeEvent(event)!);
        break;
      default:
        break;
    }
  }
  const minutes = after.clock - before.clock;
  if (minutes > 0) parts.push(`Time: +${formatDuration(minutes)} (${formatSimTime(after.clock)})`);
  return parts;
}

/** What followed from the step for the devices: authority, enrollment, the connector, the admin center's list. */
export function whatFollowed(events: readonly SimEvent[], before: SimState): string[] {
  const authority = new Map<WorkloadId, { toIntune: number; toConfigMgr: number }>();
  const enrollment = new Map<string, EventOf<'enrollment'>>();
  let connector = null as { from: string; to: string } | null;
  let visible = null as number | null;
  for (const event of events) {
    if (event.type === 'authority-changed') {
      const sum = authority.get(event.workload) ?? { toIntune: 0, toConfigMgr: 0 };
      authority.set(event.workload, {
        toIntune: sum.toIntune + event.toIntune,
        toConfigMgr: sum.toConfigMgr + event.toConfigMgr,
      });
    } else if (event.type === 'enrollment') {
      const key = `${event.stage}|${event.code ?? ''}`;
      const sum = enrollment.get(key);
      enrollment.set(key, sum ? { ...sum, count: sum.count + event.count } : event);
    } else if (event.type === 'connector-status') connector = { from: connector?.from ?? event.from, to: event.to };
    else if (event.type === 'upload-visible') visible = event.devices;
  }
  const parts: string[] = [];
  // Enrollment first: the authority changes that come with it follow from it.
  const stages = [...enrollment.values()].sort((a, b) => FUNNEL_ORDER.indexOf(a.stage) - FUNNEL_ORDER.indexOf(b.stage));
  const arrived = stages.some((stage) => !ON_THE_WAY.has(stage.stage));
  for (const stage of stages) if (!arrived || !ON_THE_WAY.has(stage.stage)) parts.push(describeEvent(stage)!);
  for (const [workload, sum] of authority) {
    const text = describeEvent({ type: 'authority-changed', at: 0, workload, ...sum });
    if (text) parts.push(text);
  }
  if (connector && connector.from !== connector.to) parts.push(`Connector status: ${connector.from} → ${connector.to}`);
  if (visible !== null && visible !== before.upload.visible.length)
    parts.push(describeVisible(before.upload.visible.length, visible));
  return parts;
}
