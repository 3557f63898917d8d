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
  // The consoles' controls name themselves by one labelling element (a tree item's row), a label, or their text.
  const labelledBy = element.getAttribute('aria-labelledby');
  const labels = (element as HTMLInputElement).labels;
  return squash(
    labelledBy
      ? element.ownerDocument.getElementById(labelledBy)?.textContent
      : labels?.length
        ? [...labels].map((l) => l.textContent).join(' ')
        : element.textContent,
  );
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

/** The first shown element with this role and name (and group) under `root`, or null. */
export function findControl(root: ParentNode, role: Role, name: string, group?: string): HTMLElement | null {
  const want = squash(name);
  let loose: HTMLElement | null = null;
  for (const element of root.querySelectorAll<HTMLElement>(SELECTORS[role])) {
    // Only what is on screen (not hidden, not in a collapsed part).
    if (!element.getClientRects().length) continue;
    if (group !== undefined && groupOf(element) !== squash(group)) continue;
    const have = nameOf(element);
    if (have === want) return element;
    // A node's name may carry a count or a state after it ("Cloud Attach (1)").
    if (!loose && have.startsWith(want)) loose = element;
  }
  return loose;
}

/** True when a control already shows the value its instruction asks for (a chosen radio or option, a box ticked or cleared). */
export const showsValue = (element: HTMLElement, ref: ControlRef): boolean =>
  element instanceof HTMLInputElement
    ? ref.role === 'radio'
      ? element.checked
      : element.checked === ref.checked
    : element instanceof HTMLSelectElement && squash(element.selectedOptions[0]?.textContent) === squash(ref.option);
