/**
 * The Microsoft Intune admin center's frame: the top bar with the product name, the left
 * navigation (Home, Devices, Endpoint security, Tenant administration; the others shown and
 * marked "Not part of this lab"), and the open blade: its breadcrumb, its title, its menu (the
 * Devices, Endpoint security and Tenant administration blades have one), its command bar
 * (`view.Commands`) and its content. Under 600 px of container width the navigation folds behind
 * the "Console navigation" button.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ViewId } from '../../../sim/views';
import type { ConsoleContext, WindowFrame } from '../types';
import { NOT_IN_LAB } from './parts';
import '../../../styles/console-intune.css';

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
const MENUS: Partial<Record<Area, readonly MenuEntry[]>> = {
  devices: [
    { label: 'Overview', view: null },
    { label: 'All devices', view: 'intune.devices', also: ['intune.device'] },
    { label: 'Monitor', view: null },
    { label: 'Automatic Enrollment', view: 'intune.automatic-enrollment', group: 'Device onboarding > Enrollment > Windows' },
    { label: 'Co-management settings', view: 'intune.co-management-settings', group: 'Device onboarding > Enrollment > Windows' },
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

const IntuneFrame: WindowFrame = ({ ctx, view }) => {
  const { location, state, level, idPrefix, ready } = ctx;
  const id = `${idPrefix}-in`;
  const area = areaOf(location.view);
  const [navOpen, setNavOpen] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const shown = useRef<string | null>(null);
  const key = `${location.view}|${location.device ?? ''}`;
  // A blade the learner opens takes focus (not the one on screen when the window first shows).
  useEffect(() => {
    if (shown.current !== null && shown.current !== key && view) heading.current?.focus();
    if (view) shown.current = key;
  }, [key, view]);

  const open = (target: ViewId, label: string) => {
    setNavOpen(false);
    // The blade already open: nothing changes, so its title takes focus now.
    if (target === location.view && !location.device) heading.current?.focus();
    else ctx.open(target);
    ctx.say(`Opened ${label}.`);
  };
  const title = view ? view.title(state, location) : '';
  const path = view ? view.path(state, location) : [];
  const menu = MENUS[area];
  const Title = `h${Math.min(6, level)}` as 'h6';

  return (
    <div class="intune" data-area={area}>
      <header class="intune__top">
        <p class="intune__product">Microsoft Intune admin center</p>
        <p class="intune__tenant">{state.tenant.name}</p>
        <p class="intune__user">{state.admin.name}</p>
      </header>
      <div class={`intune__body${navOpen ? ' intune__body--nav-open' : ''}`}>
        <button
          ref={toggle}
          type="button"
          class="intune__nav-toggle"
          aria-expanded={navOpen}
          aria-controls={`${id}-nav`}
          onClick={() => setNavOpen(!navOpen)}
          disabled={!ready}
        >
          <span class="in-burger" aria-hidden="true" />
          Console navigation
        </button>
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
                      ? { 'aria-current': current ? 'page' : undefined, disabled: !ready, onClick: () => open(item.view!, item.label) }
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
        <div class="intune__blade">
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
          <div class="intune__header">
            <Title class="intune__title" tabIndex={-1} ref={heading}>
              {view ? bladeTitle(area, location.view, title) : 'Opening…'}
            </Title>
          </div>
          <div class={menu ? 'intune__split' : 'intune__split intune__split--single'}>
            {menu && (
              <nav class="intune__menu" aria-label={`${AREA_NAMES[area]} menu`}>
                <ul>
                  {menu.map((entry, k) => {
                    const target = entry.view;
                    const current = target !== null && (target === location.view || entry.also?.includes(location.view) === true);
                    const groupStart = entry.group && entry.group !== menu[k - 1]?.group;
                    return (
                      <li key={entry.label}>
                        {groupStart && <span class="intune__menu-group">{entry.group}</span>}
                        <button
                          type="button"
                          class="intune__menu-item"
                          {...(target
                            ? { 'aria-current': current ? 'page' : undefined, disabled: !ready, onClick: () => open(target, entry.label) }
                            : { 'aria-disabled': 'true', title: NOT_IN_LAB })}
                        >
                          {entry.label}
                        </button>
                      </li>
                    );
                  })}
                </ul>
              </nav>
            )}
            <div class="intune__content">
              {view?.Commands && (
                <div class="intune__commands" role="group" aria-label="Command bar">
                  <view.Commands ctx={ctx} />
                </div>
              )}
              <div class="intune__view">{view ? <view.View ctx={ctx} /> : <p>Opening the blade…</p>}</div>
            </div>
          </div>
        </div>
      </div>
    </div>
  );
};

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

export type { ConsoleContext };
export default IntuneFrame;
