/**
 * The Configuration Manager console's workspaces and their trees as the frame draws them (the
 * navigation pane, the address bar, the workspace buttons): data and pure look-ups, apart from the
 * frame's code (CmFrame.tsx) to keep each file short, and in the frame's chunk (astro.config.mjs).
 */
import { dialogParent, type ViewId } from '../../../sim/views';
import { coMgmtNode } from './parts';

export type Workspace = 'assets' | 'library' | 'monitoring' | 'administration' | 'community';

export const WORKSPACE_NAMES: Readonly<Record<Workspace, string>> = {
  assets: 'Assets and Compliance',
  library: 'Software Library',
  monitoring: 'Monitoring',
  administration: 'Administration',
  community: 'Community',
};

/** A node of a workspace's tree: a view of the lab, a folder, or a node not in the lab. */
export interface NavNode {
  key: string;
  label: string;
  view?: ViewId;
  notInLab?: boolean;
  children?: NavNode[];
}

/** The workspaces' trees, as the console names their nodes (the lab's nodes and a few neighbours). */
export function navTree(version: number): Record<Workspace, NavNode[] | null> {
  const node = coMgmtNode(version);
  return {
    assets: [
      {
        key: 'assets-overview',
        label: 'Overview',
        children: [
          { key: 'users', label: 'Users', notInLab: true },
          { key: 'devices', label: 'Devices', view: 'cm.devices' },
          { key: 'user-collections', label: 'User Collections', notInLab: true },
          { key: 'device-collections', label: 'Device Collections', view: 'cm.collections' },
        ],
      },
    ],
    library: null,
    monitoring: [
      {
        key: 'monitoring-overview',
        label: 'Overview',
        children: [
          { key: 'dashboard', label: node, view: 'cm.dashboard' },
          { key: 'deployments', label: 'Deployments', notInLab: true },
        ],
      },
    ],
    administration: [
      {
        key: 'administration-overview',
        label: 'Overview',
        children: [
          {
            key: 'cloud-services',
            label: 'Cloud Services',
            children: [
              { key: 'azure-services', label: 'Azure Services', notInLab: true },
              { key: 'cloud-attach', label: node, view: 'cm.cloud-attach' },
              { key: 'cloud-management-gateway', label: 'Cloud Management Gateway', notInLab: true },
            ],
          },
          {
            key: 'security',
            label: 'Security',
            children: [
              { key: 'administrative-users', label: 'Administrative Users', view: 'cm.administrative-users' },
              { key: 'security-roles', label: 'Security Roles', notInLab: true },
            ],
          },
        ],
      },
    ],
    community: null,
  };
}

/** The workspace a view belongs to. */
export function workspaceOf(view: ViewId): Workspace {
  if (view === 'cm.devices' || view === 'cm.collections') return 'assets';
  if (view === 'cm.dashboard') return 'monitoring';
  return 'administration';
}

/** The node path of a view in its workspace's tree ("Overview", "Cloud Services", "Cloud Attach"). */
export function nodePath(tree: NavNode[], view: ViewId): NavNode[] {
  for (const node of tree) {
    if (node.view === view) return [node];
    const below = node.children ? nodePath(node.children, view) : [];
    if (below.length) return [node, ...below];
  }
  return [];
}

/** What the address bar shows: "\", the workspace, then the node path. */
export function addressOf(version: number, view: ViewId): string[] {
  const shown = dialogParent(view) ?? view;
  const workspace = workspaceOf(shown);
  return [
    '\\',
    WORKSPACE_NAMES[workspace],
    ...nodePath(navTree(version)[workspace] ?? [], shown).map((node) => node.label),
  ];
}

/** The first view of a workspace (what its button opens). */
export const WORKSPACE_HOMES: Partial<Record<Workspace, ViewId>> = {
  assets: 'cm.devices',
  monitoring: 'cm.dashboard',
  administration: 'cm.cloud-attach',
};

/** The node name of a view while its code loads. */
export function titleOf(view: ViewId, version: number): string {
  const trees = navTree(version);
  const path = nodePath(trees[workspaceOf(view)] ?? [], view);
  return path[path.length - 1]?.label ?? '';
}
