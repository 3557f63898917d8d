/**
 * Finds a control in the lab by its role and accessible name, as a learner (and the e2e tests)
 * would name it: the guide points at it and "Take me there" focuses it. A small subset of the
 * accessible-name rules, enough for the consoles' own markup: aria-label, aria-labelledby, a
 * label element, then the text.
 */
import type { ControlRef } from '../console/action-homes';

type Role = ControlRef['role'] | 'tab' | 'treeitem' | 'link';

const SELECTORS: Readonly<Record<Role, string>> = {
  button: 'button, [role="button"]',
  radio: 'input[type="radio"], [role="radio"]',
  checkbox: 'input[type="checkbox"], [role="checkbox"]',
  combobox: 'select, [role="combobox"]',
  menuitem: '[role="menuitem"]',
  tab: '[role="tab"]',
  treeitem: '[role="treeitem"]',
  link: 'a[href]',
};

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The accessible name of an element, as far as the lab's markup needs. */
export function nameOf(element: Element): string {
  const label = element.getAttribute('aria-label');
  if (label) return squash(label);
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/)
      .map((id) => element.ownerDocument.getElementById(id)?.textContent ?? '')
      .join(' ');
    if (squash(text)) return squash(text);
  }
  const labels = (element as HTMLInputElement).labels;
  if (labels && labels.length > 0) return squash([...labels].map((l) => l.textContent).join(' '));
  // A tree item's name is its own row, not its subtree.
  if (element.getAttribute('role') === 'treeitem') {
    const row = element.querySelector(':scope > [data-tree-label], :scope > span, :scope > div');
    if (row) return squash(row.textContent);
  }
  return squash(element.textContent);
}

/** The name of the group (fieldset legend, or a labelled radiogroup/group) an element sits in. */
function groupOf(element: Element): string {
  const group = element.closest('fieldset, [role="radiogroup"], [role="group"]');
  if (!group) return '';
  if (group.tagName === 'FIELDSET') {
    const legend = group.querySelector(':scope > legend');
    if (legend) return squash(legend.textContent);
  }
  return nameOf(group);
}

/** True when the element is on screen (not hidden, not in a collapsed part). */
function shown(element: Element): boolean {
  return (element as HTMLElement).getClientRects().length > 0;
}

/** The first shown element with this role and name (and group) under `root`, or null. */
export function findControl(root: ParentNode, role: Role, name: string, group?: string): HTMLElement | null {
  const want = squash(name);
  let loose: HTMLElement | null = null;
  for (const element of root.querySelectorAll<HTMLElement>(SELECTORS[role])) {
    if (!shown(element)) continue;
    if (group !== undefined && groupOf(element) !== squash(group)) continue;
    const have = nameOf(element);
    if (have === want) return element;
    // A node's name may carry a count or a state after it ("Cloud Attach (1)").
    if (!loose && have.startsWith(want)) loose = element;
  }
  return loose;
}

/** True when a control already shows the value its instruction asks for (a chosen radio or option, a box ticked or cleared). */
export function showsValue(element: HTMLElement, ref: ControlRef): boolean {
  if (element instanceof HTMLInputElement) return ref.role === 'radio' ? element.checked : ref.checked !== undefined && element.checked === ref.checked;
  if (element instanceof HTMLSelectElement) return squash(element.selectedOptions[0]?.textContent) === squash(ref.option);
  return element.getAttribute('aria-checked') === 'true';
}
