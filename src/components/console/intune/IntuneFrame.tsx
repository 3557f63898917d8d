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
import { MENUS, areaOf, bladeTitle, bladeMenu, breadcrumb, navigation } from './frame-nav';
import '../../../styles/console-intune.css';

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
        {navigation(id, area, ready, navOpen, setNavOpen, toggle, open)}
        <div class="intune__blade">
          {breadcrumb(path, ready, open)}
          <div class="intune__header">
            <Title class="intune__title" tabIndex={-1} ref={heading}>
              {view ? bladeTitle(area, location.view, title) : 'Opening…'}
            </Title>
          </div>
          <div class={menu ? 'intune__split' : 'intune__split intune__split--single'}>
            {menu && bladeMenu(menu, area, location.view, ready, open)}
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

export type { ConsoleContext };
export default IntuneFrame;
