/**
 * The Configuration Manager console's window: the ribbon (Home tab, the selected node's commands),
 * the address bar, the navigation pane (the workspace's tree and the workspace buttons under it),
 * the view (list pane and details pane) and a status bar. A dialog view (the wizard, Properties)
 * shows over the Cloud Attach node, as in the console.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { dialogParent, type ViewId, type ViewLocation } from '../../../sim/views';
import type { ConsoleContext, ViewDefinition, WindowFrame } from '../types';
import { VIEW_LOADERS } from '../registry';
import { addressOf, titleOf, workspaceOf } from './CmFrame-nav';
import { navigationPane } from './CmFrame-navigation';
import { H, viewTitleId } from './parts';
import '../../../styles/console-cm.css';

// The Cloud Attach node's code, for drawing it behind a dialog. A learner reaches a dialog from the
// node, so it is usually here already; a link straight to a dialog loads it (it is not in the frame's
// own chunk: pages that open at another node do not ship it at start).
let behind: ViewDefinition | null = null;

const CmFrame: WindowFrame = ({ ctx, view }) => {
  const { state, location, idPrefix: p } = ctx;
  const version = state.site.version;
  const [navOpen, setNavOpen] = useState(false);
  // A dialog view: its code may still be loading after a tab change (each Properties tab is its own
  // view id, one module): keep showing the dialog already on screen so its pending changes live on.
  const lastDialog = useRef<{ family: string; view: ViewDefinition } | null>(null);
  const parent = dialogParent(location.view);
  const family = location.view.startsWith('cm.properties.') ? 'properties' : location.view;
  if (parent && view) lastDialog.current = { family, view };
  const dialog = parent ? (view ?? (lastDialog.current?.family === family ? lastDialog.current.view : null)) : null;
  if (location.view === 'cm.cloud-attach' && view) behind = view;
  const [, setLoaded] = useState(0);
  useEffect(() => {
    if (parent && !behind)
      void VIEW_LOADERS['cm.cloud-attach']().then((module) => {
        behind = module.default;
        setLoaded((n) => n + 1);
      });
  }, [parent]);
  const main: ViewDefinition | null = parent ? behind : view;
  const mainLocation: ViewLocation = parent ? { view: parent } : location;
  const mainCtx: ConsoleContext = parent ? { ...ctx, location: mainLocation } : ctx;
  const shown = mainLocation.view;
  const workspace = workspaceOf(shown);
  const navId = `${p}-cm-nav`;
  const Commands = main?.Commands;
  const address = addressOf(version, location.view);

  function open(target: ViewId) {
    setNavOpen(false);
    if (target === shown) return;
    ctx.open(target);
    ctx.say(`${addressOf(version, target).slice(1).join(' > ')} opened.`);
  }

  return (
    <div class={`cm${navOpen ? ' cm--nav-open' : ''}${dialog ? ' cm--dialog' : ''}`} data-workspace={workspace}>
      <div class="cm__ribbon">
        <div class="cm__ribbon-tabs" role="tablist" aria-label="Ribbon">
          <button
            type="button"
            role="tab"
            id={`${p}-cm-home`}
            aria-selected="true"
            aria-controls={`${p}-cm-ribbon`}
            class="cm__ribbon-tab"
          >
            Home
          </button>
        </div>
        <div class="cm-ribbon" id={`${p}-cm-ribbon`} role="tabpanel" aria-labelledby={`${p}-cm-home`}>
          {Commands ? <Commands ctx={mainCtx} /> : <p class="cm-ribbon__empty">No commands for this node.</p>}
        </div>
      </div>
      {addressBar(address, navId, navOpen, setNavOpen)}
      <div class="cm__body">
        {navigationPane(navId, workspace, version, shown, open)}
        <div class="cm__main">
          <div class="cm__view-header">
            <H n={ctx.level} id={viewTitleId(p)} class="cm__view-title" tabIndex={-1}>
              {main ? main.title(state, mainLocation) : titleOf(shown, version)}
            </H>
          </div>
          <div class="cm__view">
            {main ? <main.View ctx={mainCtx} /> : <p class="cm__loading">Opening {titleOf(shown, version)}…</p>}
          </div>
        </div>
      </div>
      <div class="cm__status" aria-label="Status bar" role="group">
        <span>Ready</span>
        <span>
          Site {state.site.code}, Configuration Manager {version}
        </span>
        <span>Signed in as {state.admin.name}</span>
      </div>
      {dialog && <dialog.View ctx={ctx} />}
    </div>
  );
};

export default CmFrame;

/** The address bar: the node's path, and the button that shows the navigation pane on a narrow screen. */
function addressBar(
  address: string[],
  navId: string,
  navOpen: boolean,
  setNavOpen: (open: (was: boolean) => boolean) => void,
) {
  return (
    <div class="cm__address">
      <button
        type="button"
        class="cm__nav-toggle"
        aria-expanded={navOpen}
        aria-controls={navId}
        onClick={() => setNavOpen((open) => !open)}
      >
        <span class="cm-glyph cm-glyph--menu" aria-hidden="true" />
        Console navigation
      </button>
      <nav class="cm__crumbs" aria-label="Address bar">
        <ol>
          {address.map((part, k) => (
            <li key={k} aria-current={k === address.length - 1 ? 'location' : undefined}>
              {part}
            </li>
          ))}
        </ol>
      </nav>
    </div>
  );
}
