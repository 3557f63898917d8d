/**
 * Where a scenario step's effect shows, and what the step did in one line: the presenter view's
 * stage and change strip, and the notes window's text preview of the room. Pure.
 *
 * The stage is derived from the events the step's actions produce (an authority change shows on
 * the authority map, an enrollment on the co-management dashboard's funnel, and so on); a step's
 * `view` overrides it. A step whose events point at no view, and that names none, is told by its
 * narration alone.
 */
import { whatFollowed, whatWasSet } from './change-strip';
import type { ScenarioStep, SimEvent, SimState } from './types';
import { WINDOW_NAMES, windowOf, type ViewId, type ViewLocation } from './views';

type EventType = SimEvent['type'];
type EventOf<T extends EventType> = Extract<SimEvent, { type: T }>;

/** Where an event's effect shows, and how much it matters: among a step's events the lowest rank wins. */
interface StageRule<T extends EventType> {
  rank: number;
  where(event: EventOf<T>): ViewLocation | null;
}

/**
 * The view each kind of event shows on, or null for events that show nowhere in particular (they
 * come with one that does, or say nothing to a room: a clock tick, an upload cycle, an MDM sync).
 * A device action is what its step is about; a wizard page comes next; enrollment outranks the
 * authority changes it brings along (a device that enrolls can take a workload from Intune).
 */
const STAGE_RULES: { readonly [T in EventType]: StageRule<T> | null } = {
  'device-action': { rank: 0, where: (event) => ({ view: 'intune.device', device: event.record.device }) },
  'wizard-page': { rank: 1, where: () => ({ view: 'cm.wizard' }) },
  'signed-in': { rank: 1, where: () => ({ view: 'cm.wizard' }) },
  'app-registered': { rank: 1, where: () => ({ view: 'cm.wizard' }) },
  enrollment: { rank: 2, where: () => ({ view: 'cm.dashboard' }) },
  'authority-changed': {
    rank: 3,
    where: (event) => (event.toIntune > 0 || event.toConfigMgr > 0 ? { view: 'lab.authority-map' } : null),
  },
  'connector-status': { rank: 4, where: () => ({ view: 'intune.connectors' }) },
  'upload-visible': { rank: 5, where: () => ({ view: 'intune.devices' }) },
  'time-advanced': null,
  'setting-changed': null,
  'collection-changed': null,
  'policy-changed': null,
  'mdm-sync': null,
  'upload-cycle': null,
  'client-installed': null,
};

function placeOf(event: SimEvent): { rank: number; location: ViewLocation } | null {
  const rule = STAGE_RULES[event.type] as StageRule<EventType> | null;
  const location = rule?.where(event as never) ?? null;
  return rule && location ? { rank: rule.rank, location } : null;
}

/**
 * The views the presenter shows for a step, in turn on each step key: the step's `view` when it
 * names one, otherwise the one view its events point at (of the events of the winning kind, the
 * latest: the last device acted on). An empty list: the step is told by its narration alone.
 */
export function stageOf(step: ScenarioStep, events: readonly SimEvent[]): ViewLocation[] {
  if (step.view && step.view.length > 0) return step.view.map((place) => ({ ...place }));
  let best: { rank: number; location: ViewLocation } | null = null;
  for (const event of events) {
    const place = placeOf(event);
    if (place && (!best || place.rank <= best.rank)) best = place;
  }
  return best ? [best.location] : [];
}

/** What the room calls each view: the preview of the stage in the notes window. */
export const VIEW_NAMES: Readonly<Record<ViewId, string>> = {
  'cm.devices': 'Devices',
  'cm.collections': 'Device Collections',
  'cm.dashboard': 'Co-management dashboard',
  'cm.cloud-attach': 'Cloud Attach',
  'cm.wizard': 'Cloud Attach Configuration Wizard',
  'cm.properties.configure-upload': 'Properties, Configure upload tab',
  'cm.properties.enablement': 'Properties, Enablement tab',
  'cm.properties.workloads': 'Properties, Workloads tab',
  'cm.properties.staging': 'Properties, Staging tab',
  'cm.administrative-users': 'Administrative Users',
  'intune.home': 'Tenant status',
  'intune.devices': 'All devices',
  'intune.device': 'Device',
  'intune.antivirus': 'Antivirus',
  'intune.automatic-enrollment': 'Automatic Enrollment',
  'intune.co-management-settings': 'Co-management settings',
  'intune.roles': 'Roles',
  'intune.connectors': 'Connectors and tokens',
  'lab.authority-map': 'Authority map',
  'lab.environment': 'Lab environment',
};

/** "Microsoft Intune admin center: Connectors and tokens", "Microsoft Intune admin center: CON-0001". */
export function stageName(location: ViewLocation): string {
  const name = location.view === 'intune.device' && location.device ? location.device : VIEW_NAMES[location.view];
  return `${WINDOW_NAMES[windowOf(location.view)]}: ${name}`;
}

// ---------------------------------------------------------------------------------------------
// The change strip (its parts: change-strip.ts)

/** The most a strip says about what followed from the step, so that it stays one line. */
const MAX_CONSEQUENCES = 2;

/**
 * The strip above the stage: what the step set and what followed, in one line ("Workloads:
 * Compliance policies → Pilot Intune for Pilot-Finance · 30 devices now get Compliance policies
 * from Intune"). `before` and `after` are the states around the step. Empty for a step without
 * actions.
 */
export function stepChangeLine(
  step: ScenarioStep,
  events: readonly SimEvent[],
  before: SimState,
  after: SimState,
): string {
  if (step.actions.length === 0) return '';
  const set = whatWasSet(step, events, before, after);
  const followed = whatFollowed(events, before).slice(0, MAX_CONSEQUENCES);
  const parts = [...new Set([...set, ...followed])];
  return parts.length ? parts.join(' · ') : 'Nothing changed for any device';
}
