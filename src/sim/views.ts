/**
 * The lab console's views: one closed list of ids, used by a scenario's `opensAt`, by share links
 * (codec version 2 carries the open view) and by the console's registry of view code. An id names
 * the window it opens in (`cm.` the Configuration Manager console, `intune.` the Microsoft Intune
 * admin center, `lab.` the lab's own teaching views) and the place inside it.
 *
 * Adding a view: add its id here, then TypeScript asks for its entry in the console's registry
 * (`src/components/console/registry.ts`) and its entry below.
 */
export const VIEW_IDS = [
  'cm.devices',
  'cm.collections',
  'cm.dashboard',
  'cm.cloud-attach',
  'cm.wizard',
  'cm.properties.configure-upload',
  'cm.properties.enablement',
  'cm.properties.workloads',
  'cm.properties.staging',
  'cm.administrative-users',
  'intune.home',
  'intune.devices',
  'intune.device',
  'intune.antivirus',
  'intune.automatic-enrollment',
  'intune.co-management-settings',
  'intune.roles',
  'intune.connectors',
  'lab.authority-map',
  'lab.environment',
] as const;
export type ViewId = (typeof VIEW_IDS)[number];

/** The three windows of the lab: the two consoles and the lab's own views. */
export const WINDOWS = ['cm', 'intune', 'lab'] as const;
export type WindowId = (typeof WINDOWS)[number];

export const WINDOW_NAMES: Readonly<Record<WindowId, string>> = {
  cm: 'Configuration Manager console',
  intune: 'Microsoft Intune admin center',
  lab: 'Lab views',
};

export function isViewId(value: unknown): value is ViewId {
  return typeof value === 'string' && (VIEW_IDS as readonly string[]).includes(value);
}

/** The window a view opens in. */
export function windowOf(view: ViewId): WindowId {
  return view.slice(0, view.indexOf('.')) as WindowId;
}

/**
 * Where the learner is in the lab: a view, and for a view about one device (`intune.device`) the
 * device's name. Share links (version 2) carry it.
 */
export interface ViewLocation {
  view: ViewId;
  device?: string | undefined;
}

/**
 * The view a window shows when the learner switches to it without a place in mind: its home.
 * Dialogs (the wizard, Properties) are not homes: they open over `cm.cloud-attach`.
 */
export const WINDOW_HOMES: Readonly<Record<WindowId, ViewId>> = {
  cm: 'cm.cloud-attach',
  intune: 'intune.home',
  lab: 'lab.authority-map',
};

/** A view that opens as a modal dialog, and the view it opens over. */
export function dialogParent(view: ViewId): ViewId | null {
  return view === 'cm.wizard' || view.startsWith('cm.properties.') ? 'cm.cloud-attach' : null;
}
