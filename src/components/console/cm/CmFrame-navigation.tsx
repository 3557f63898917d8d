/**
 * The Configuration Manager console's navigation pane: the workspace's tree and the workspace
 * buttons under it. Apart from the frame's code (CmFrame.tsx) to keep each file short, and in the
 * frame's chunk (astro.config.mjs).
 */
import { useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { ViewId } from '../../../sim/views';
import { WORKSPACE_HOMES, WORKSPACE_NAMES, navTree, type NavNode, type Workspace } from './CmFrame-nav';
import { NOT_IN_LAB } from './parts';

/**
 * The navigation pane (id `navId`) of a workspace, with `shown` selected in its tree; `open` opens
 * a node's view.
 */
export function navigationPane(
  navId: string,
  workspace: Workspace,
  version: number,
  shown: ViewId,
  open: (target: ViewId) => void,
) {
  return (
    <div class="cm__nav" id={navId}>
      <p class="cm__nav-title" id={`${navId}-title`}>
        {WORKSPACE_NAMES[workspace]}
      </p>
      <Tree
        id={`${navId}-tree`}
        labelledBy={`${navId}-title`}
        nodes={navTree(version)[workspace] ?? []}
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
  );
}

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

/**
 * The tree's keys on an item: the arrows move the focus and open or close a folder, Home and End go
 * to the first and last item shown, Enter and Space open the item's view.
 */
function onTreeKey(
  event: KeyboardEvent,
  item: Visible,
  visible: Visible[],
  expanded: Set<string>,
  setFocusKey: (key: string) => void,
  refs: { current: Record<string, HTMLLIElement | null> },
  toggle: (key: string, open?: boolean) => void,
  activate: (node: NavNode) => void,
) {
  const focus = (key: string) => {
    setFocusKey(key);
    refs.current[key]?.focus();
  };
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

/** An item's row: its twisty (open, closed, or none for a leaf), its glyph and its label. */
function treeRow(node: NavNode, level: number, isOpen: boolean, labelId: string) {
  return (
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
  );
}

interface TreeProps {
  id: string;
  labelledBy: string;
  nodes: NavNode[];
  current: ViewId;
  onOpen: (view: ViewId) => void;
}

export function Tree({ id, labelledBy, nodes, current, onOpen }: TreeProps) {
  const [collapsed, setCollapsed] = useState<Set<string>>(() => new Set());
  const expanded = new Set([...allFolders(nodes)].filter((key) => !collapsed.has(key)));
  const visible = flatten(nodes, expanded);
  const selectedKey = visible.find((v) => v.node.view === current)?.node.key ?? null;
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const active = visible.some((v) => v.node.key === focusKey)
    ? focusKey
    : (selectedKey ?? visible[0]?.node.key ?? null);
  const refs = useRef<Record<string, HTMLLIElement | null>>({});

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
          onKeyDown={(event) => onTreeKey(event, item, visible, expanded, setFocusKey, refs, toggle, activate)}
          onFocus={(event) => {
            if (event.target === event.currentTarget) setFocusKey(node.key);
          }}
          onClick={(event) => {
            event.stopPropagation();
            setFocusKey(node.key);
            activate(node);
          }}
        >
          {treeRow(node, level, isOpen, labelId)}
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
