/**
 * Bringing an element into view inside the presenter's stage: its scrolling ancestors up to the
 * stage scroll, the page never does (`scrollIntoView` would scroll the page too, and the room
 * would lose the bar). Browser code with no framework.
 */

/** The first element matching `selector` inside `root` that is rendered (has a box). */
export function firstShown(root: Element, selector: string): HTMLElement | null {
  for (const element of root.querySelectorAll<HTMLElement>(selector))
    if (element.getClientRects().length > 0) return element;
  return null;
}

/** Room left above an element brought into view, for a sticky table header or a row of context. */
const ABOVE = 56;

/**
 * Scrolls each scrolling ancestor of `element` inside `root` (innermost first) just enough that
 * the element is in its box: a change below the box comes up to near its top edge, one above it
 * comes down. Boxes that already show it are left alone.
 */
export function revealInside(element: HTMLElement, root: HTMLElement): void {
  for (let box = element.parentElement; box && root.contains(box); box = box.parentElement) {
    if (box.scrollHeight <= box.clientHeight + 1) continue;
    const overflow = getComputedStyle(box).overflowY;
    if (overflow !== 'auto' && overflow !== 'scroll') continue;
    const inner = element.getBoundingClientRect();
    const outer = box.getBoundingClientRect();
    const room = Math.min(ABOVE, outer.height / 4);
    if (inner.top < outer.top || inner.top > outer.bottom - Math.min(inner.height, outer.height / 2)) {
      box.scrollTop += inner.top - outer.top - room;
    }
  }
}

/**
 * Scrolls a list that renders only the rows in view (its rows carry `aria-rowindex`, the header
 * row 1) so that row `row` (from 0, in list order) shows near its top, below one row of context.
 * The list renders the rows now in view on the scroll event. False when `root` holds no such list.
 */
export function scrollListTo(root: HTMLElement, row: number): boolean {
  const sample = root.querySelector<HTMLElement>('[aria-rowindex]:not([aria-rowindex="1"])');
  const height = sample?.getBoundingClientRect().height ?? 0;
  let box = sample?.parentElement ?? null;
  while (box && root.contains(box) && !/(auto|scroll)/.test(getComputedStyle(box).overflowY)) box = box.parentElement;
  if (!box || !root.contains(box) || height <= 0) return false;
  const top = Math.max(0, row - 1) * height;
  // Already in view from the top: leave the list where it is.
  if ((row + 2) * height > box.clientHeight) box.scrollTop = top;
  return true;
}
