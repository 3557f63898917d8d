/**
 * The Configuration Manager console's window: the ribbon (Home tab, the selected node's commands),
 * the address bar, the navigation pane (the workspace's tree and the workspace buttons under it),
 * the view (list pane and details pane) and a status bar. A dialog view (the wizard, Properties)
 * shows over the Cloud Attach node, as in the console.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { dialogParent, type ViewId, type ViewLocation } from '../../../sim/views';
import type { ConsoleContext, ViewDefinition, WindowFrame } from '../types';
import { VIEW_LOADERS } from '../registry';
import {
  WORKSPACE_HOMES,
  WORKSPACE_NAMES,
  addressOf,
  navTree,
  titleOf,
  workspaceOf,
  type NavNode,
  type Workspace,
} from './CmFrame-nav';
import { H, NOT_IN_LAB, viewTitleId } from './parts';
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
  const trees = navTree(version);
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
      <div class="cm__body">
        <div class="cm__nav" id={navId}>
          <p class="cm__nav-title" id={`${navId}-title`}>
            {WORKSPACE_NAMES[workspace]}
          </p>
          <Tree
            id={`${navId}-tree`}
            labelledBy={`${navId}-title`}
            nodes={trees[workspace] ?? []}
            current={shown}
            onOpen={open}
          />
          <nav class="cm__workspaces" aria-label="Workspaces">
            <ul>
              {(Object.keys(WORKSPACE_NAMES) as Workspace[]).map((ws) => {
                const home = WORKSPACE_HOMES[ws];
                return (
                  <li key={ws}>
                    <button
                      type="button"
                      class="cm__workspace"
                      aria-current={ws === workspace ? 'true' : undefined}
                      aria-disabled={home ? undefined : 'true'}
                      title={home ? undefined : NOT_IN_LAB}
                      onClick={() => home && open(home)}
                    >
                      <span class={`cm-glyph cm-glyph--ws-${ws}`} aria-hidden="true" />
                      <span class="cm__workspace-name">{WORKSPACE_NAMES[ws]}</span>
                      {!home && <span class="cm__not-in-lab"> ({NOT_IN_LAB})</span>}
                    </button>
                  </li>
                );
              })}
            </ul>
          </nav>
        </div>
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

// ----------------------------------------------------------------------------------------------
// The navigation tree: the tree keyboard pattern with one tab stop (roving tabindex).

interface Visible {
  node: NavNode;
  level: number;
  parent: string | null;
}

function flatten(
  nodes: NavNode[],
  expanded: Set<string>,
  level = 1,
  parent: string | null = null,
  out: Visible[] = [],
): Visible[] {
  for (const node of nodes) {
    out.push({ node, level, parent });
    if (node.children && expanded.has(node.key)) flatten(node.children, expanded, level + 1, node.key, out);
  }
  return out;
}

function allFolders(nodes: NavNode[], out = new Set<string>()): Set<string> {
  for (const node of nodes) {
    if (node.children) {
      out.add(node.key);
      allFolders(node.children, out);
    }
  }
  return out;
}

export function Tree({
  id,
  labelledBy,
  nodes,
  current,
  onOpen,
}: {
  id: string;
  labelledBy: string;
  nodes: NavNode[];
  current: ViewId;
  onOpen: (view: ViewId) => void;
}) {
  const [collapsed, setCollapsed] = useState<Set<string>>(() => new Set());
  const expanded = new Set([...allFolders(nodes)].filter((key) => !collapsed.has(key)));
  const visible = flatten(nodes, expanded);
  const selectedKey = visible.find((v) => v.node.view === current)?.node.key ?? null;
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const active = visible.some((v) => v.node.key === focusKey)
    ? focusKey
    : (selectedKey ?? visible[0]?.node.key ?? null);
  const refs = useRef<Record<string, HTMLLIElement | null>>({});

  const focus = (key: string) => {
    setFocusKey(key);
    refs.current[key]?.focus();
  };
  const toggle = (key: string, open?: boolean) =>
    setCollapsed((now) => {
      const next = new Set(now);
      const isOpen = !now.has(key);
      if (open ?? !isOpen) next.delete(key);
      else next.add(key);
      return next;
    });
  const activate = (node: NavNode) => {
    if (node.notInLab) return;
    if (node.view) onOpen(node.view);
    else if (node.children) toggle(node.key);
  };

  function onKey(event: KeyboardEvent, item: Visible) {
    const at = visible.indexOf(item);
    const { node } = item;
    let handled = true;
    switch (event.key) {
      case 'ArrowDown':
        if (visible[at + 1]) focus(visible[at + 1]!.node.key);
        break;
      case 'ArrowUp':
        if (visible[at - 1]) focus(visible[at - 1]!.node.key);
        break;
      case 'Home':
        focus(visible[0]!.node.key);
        break;
      case 'End':
        focus(visible[visible.length - 1]!.node.key);
        break;
      case 'ArrowRight':
        if (node.children) {
          if (!expanded.has(node.key)) toggle(node.key, true);
          else if (node.children[0]) focus(node.children[0].key);
        }
        break;
      case 'ArrowLeft':
        if (node.children && expanded.has(node.key)) toggle(node.key, false);
        else if (item.parent) focus(item.parent);
        break;
      case 'Enter':
      case ' ':
        activate(node);
        break;
      default:
        handled = false;
    }
    if (handled) {
      event.preventDefault();
      event.stopPropagation();
    }
  }

  const render = (list: NavNode[], level: number): ComponentChildren =>
    list.map((node) => {
      const item = visible.find((v) => v.node.key === node.key)!;
      const isOpen = expanded.has(node.key);
      const labelId = `${id}-${node.key}`;
      return (
        <li
          key={node.key}
          ref={(element) => {
            refs.current[node.key] = element;
          }}
          role="treeitem"
          aria-labelledby={labelId}
          aria-level={level}
          aria-expanded={node.children ? isOpen : undefined}
          aria-selected={node.key === selectedKey}
          aria-disabled={node.notInLab ? 'true' : undefined}
          aria-describedby={node.notInLab ? `${id}-not-in-lab` : undefined}
          title={node.notInLab ? NOT_IN_LAB : undefined}
          tabIndex={node.key === active ? 0 : -1}
          class={`cm-tree__item${node.key === selectedKey ? ' cm-tree__item--selected' : ''}${node.notInLab ? ' cm-tree__item--off' : ''}`}
          onKeyDown={(event) => onKey(event, item)}
          onFocus={(event) => {
            if (event.target === event.currentTarget) setFocusKey(node.key);
          }}
          onClick={(event) => {
            event.stopPropagation();
            setFocusKey(node.key);
            activate(node);
          }}
        >
          <span class={`cm-tree__row cm-tree__row--level-${Math.min(level, 6)}`}>
            <span
              class={`cm-tree__twisty${node.children ? (isOpen ? ' cm-tree__twisty--open' : '') : ' cm-tree__twisty--leaf'}`}
              aria-hidden="true"
            />
            <span class={`cm-glyph cm-glyph--${node.children ? 'folder' : 'node'}`} aria-hidden="true" />
            <span id={labelId} class="cm-tree__label">
              {node.label}
            </span>
          </span>
          {node.children && isOpen && (
            <ul role="group" class="cm-tree__group">
              {render(node.children, level + 1)}
            </ul>
          )}
        </li>
      );
    });

  return (
    <>
      <ul class="cm-tree" role="tree" id={id} aria-labelledby={labelledBy}>
        {render(nodes, 1)}
      </ul>
      <span id={`${id}-not-in-lab`} hidden>
        {NOT_IN_LAB}
      </span>
    </>
  );
}
