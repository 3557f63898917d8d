/**
 * The Intune admin center frame's ways around (IntuneFrame.tsx draws the rest): the left
 * navigation, the blade menus and the breadcrumb, with the area each view belongs to and the
 * blade title that follows from it. Plain functions called from the frame's render, not
 * components: they take what they draw positionally.
 */
import type { RefObject } from 'preact';
import type { ViewId } from '../../../sim/views';
import { NOT_IN_LAB } from './parts';

type Area = 'home' | 'devices' | 'endpoint-security' | 'tenant-administration';

interface NavItem {
  label: string;
  /** The view it opens, or null when it is not part of this lab. */
  view: ViewId | null;
  area?: Area;
  /** Its glyph: a simple shape of our own (no product artwork). */
  glyph: string;
}

/** The admin center's left navigation, in its order. */
const NAV: readonly NavItem[] = [
  { label: 'Home', view: 'intune.home', area: 'home', glyph: 'home' },
  { label: 'Dashboard', view: null, glyph: 'dashboard' },
  { label: 'All services', view: null, glyph: 'services' },
  { label: 'Devices', view: 'intune.devices', area: 'devices', glyph: 'devices' },
  // The engine has no app: the client it installs comes through the co-management settings profile.
  { label: 'Apps', view: null, glyph: 'apps' },
  { label: 'Endpoint security', view: 'intune.antivirus', area: 'endpoint-security', glyph: 'security' },
  { label: 'Reports', view: null, glyph: 'reports' },
  { label: 'Users', view: null, glyph: 'users' },
  { label: 'Groups', view: null, glyph: 'groups' },
  { label: 'Tenant administration', view: 'intune.roles', area: 'tenant-administration', glyph: 'tenant' },
  { label: 'Troubleshooting + support', view: null, glyph: 'support' },
];

interface MenuEntry {
  label: string;
  view: ViewId | null;
  /** A group heading inside the menu (e.g. "Device onboarding"), shown above the entry. */
  group?: string;
  /** Views that highlight this entry besides its own. */
  also?: ViewId[];
}

const AREA_NAMES: Record<Area, string> = {
  home: 'Home',
  devices: 'Devices',
  'endpoint-security': 'Endpoint security',
  'tenant-administration': 'Tenant administration',
};

/** The blade menus, as the admin center arranges them (entries outside the lab disabled). */
export const MENUS: Partial<Record<Area, readonly MenuEntry[]>> = {
  devices: [
    { label: 'Overview', view: null },
    { label: 'All devices', view: 'intune.devices', also: ['intune.device'] },
    { label: 'Monitor', view: null },
    {
      label: 'Automatic Enrollment',
      view: 'intune.automatic-enrollment',
      group: 'Device onboarding > Enrollment > Windows',
    },
    {
      label: 'Co-management settings',
      view: 'intune.co-management-settings',
      group: 'Device onboarding > Enrollment > Windows',
    },
  ],
  'endpoint-security': [
    { label: 'Overview', view: null },
    { label: 'Antivirus', view: 'intune.antivirus', group: 'Manage' },
    { label: 'Disk encryption', view: null, group: 'Manage' },
    { label: 'Firewall', view: null, group: 'Manage' },
    { label: 'Attack surface reduction', view: null, group: 'Manage' },
  ],
  'tenant-administration': [
    { label: 'Tenant status', view: 'intune.home' },
    { label: 'Roles', view: 'intune.roles' },
    { label: 'Connectors and tokens', view: 'intune.connectors' },
  ],
};

/** Which area of the navigation a view belongs to. */
export function areaOf(view: ViewId): Area {
  switch (view) {
    case 'intune.devices':
    case 'intune.device':
    case 'intune.automatic-enrollment':
    case 'intune.co-management-settings':
      return 'devices';
    case 'intune.antivirus':
      return 'endpoint-security';
    case 'intune.roles':
    case 'intune.connectors':
      return 'tenant-administration';
    default:
      return 'home';
  }
}

/** The blade's title: "Devices | All devices" inside a blade menu, the view's own title otherwise. */
export function bladeTitle(area: Area, view: ViewId, title: string): string {
  return MENUS[area] && view !== 'intune.device' ? `${AREA_NAMES[area]} | ${title}` : title;
}

/** The view a breadcrumb's first step opens. */
function crumbTarget(step: string): ViewId | null {
  switch (step) {
    case 'Devices':
    case 'All devices':
      return 'intune.devices';
    case 'Connectors and tokens':
      return 'intune.connectors';
    case 'Endpoint security':
      return 'intune.antivirus';
    case 'Tenant administration':
      return 'intune.roles';
    default:
      return null;
  }
}

/**
 * The left navigation: the lab's areas open their first blade, the others are shown greyed and
 * announced as not part of this lab. Escape folds it back behind its button when narrow.
 */
export function navigation(
  id: string,
  area: Area,
  ready: boolean,
  navOpen: boolean,
  setNavOpen: (open: boolean) => void,
  toggle: RefObject<HTMLButtonElement>,
  open: (target: ViewId, label: string) => void,
) {
  return (
    <nav
      class="intune__nav"
      id={`${id}-nav`}
      aria-label="Microsoft Intune admin center"
      onKeyDown={(event) => {
        // Escape folds the narrow navigation back behind its button.
        if (event.key === 'Escape' && navOpen) {
          setNavOpen(false);
          toggle.current?.focus();
        }
      }}
    >
      <ul>
        {NAV.map((item) => {
          const current = item.area === area && item.view !== null;
          return (
            <li key={item.label}>
              <button
                type="button"
                class="intune__nav-item"
                {...(item.view
                  ? {
                      'aria-current': current ? 'page' : undefined,
                      disabled: !ready,
                      onClick: () => open(item.view!, item.label),
                    }
                  : { 'aria-disabled': 'true', title: NOT_IN_LAB, 'aria-describedby': `${id}-nil` })}
              >
                <span class={`in-glyph in-glyph--${item.glyph}`} aria-hidden="true" />
                {item.label}
              </button>
            </li>
          );
        })}
      </ul>
      <p class="intune__nav-note" id={`${id}-nil`}>
        Greyed items: {NOT_IN_LAB}.
      </p>
    </nav>
  );
}

/** The blade's breadcrumb: Home, then the steps of the view's path before its own title. */
export function breadcrumb(path: readonly string[], ready: boolean, open: (target: ViewId, label: string) => void) {
  return (
    <nav class="intune__crumbs" aria-label="Breadcrumb">
      <ol>
        <li>
          <button type="button" class="in-crumb" disabled={!ready} onClick={() => open('intune.home', 'Home')}>
            Home
          </button>
        </li>
        {path.slice(0, -1).map((step, k) => {
          const target = crumbTarget(step);
          return (
            <li key={`${k}-${step}`}>
              {target ? (
                <button type="button" class="in-crumb" disabled={!ready} onClick={() => open(target, step)}>
                  {step}
                </button>
              ) : (
                <span>{step}</span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}

/** A blade's menu (Devices, Endpoint security, Tenant administration), with its group headings. */
export function bladeMenu(
  menu: readonly MenuEntry[],
  area: Area,
  view: ViewId,
  ready: boolean,
  open: (target: ViewId, label: string) => void,
) {
  return (
    <nav class="intune__menu" aria-label={`${AREA_NAMES[area]} menu`}>
      <ul>
        {menu.map((entry, k) => {
          const target = entry.view;
          const current = target !== null && (target === view || entry.also?.includes(view) === true);
          const groupStart = entry.group && entry.group !== menu[k - 1]?.group;
          return (
            <li key={entry.label}>
              {groupStart && <span class="intune__menu-group">{entry.group}</span>}
              <button
                type="button"
                class="intune__menu-item"
                {...(target
                  ? {
                      'aria-current': current ? 'page' : undefined,
                      disabled: !ready,
                      onClick: () => open(target, entry.label),
                    }
                  : { 'aria-disabled': 'true', title: NOT_IN_LAB })}
              >
                {entry.label}
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
