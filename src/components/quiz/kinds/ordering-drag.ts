/**
 * Dragging a step of an ordering question by its handle, with a mouse, a pen or a finger (pointer
 * events). Loaded on the first press on a handle. The step is lifted and moves, in the page only,
 * to whichever place the pointer passes; on release the list is put back as it was and `drop`
 * gets the new place, so the quiz saves the order, says it and renders it, as for the Up and Down
 * buttons. A cancelled pointer leaves the order as it was.
 */

/** Drags `item` (an `<li>` of its list) from the press `down`. */
export function dragStep(down: PointerEvent, item: HTMLElement, drop: (to: number) => void): void {
  const list = item.parentElement!;
  const home = item.nextSibling;
  const from = [...list.children].indexOf(item);
  const listening = new AbortController();
  const follow = (event: PointerEvent) => {
    if (event.pointerId !== down.pointerId) return;
    const steps = [...list.children];
    const at = steps.indexOf(item);
    // No button down: released (or, for a mouse, released before this module had loaded).
    if (event.buttons) {
      // The place under the pointer: the first step whose bottom is below it, else the last.
      const to = steps.findIndex((step) => event.clientY < step.getBoundingClientRect().bottom);
      const before = to < 0 ? null : to > at ? steps[to]!.nextSibling : steps[to]!;
      if (before !== item) list.insertBefore(item, before);
    } else {
      listening.abort();
      item.classList.remove('quiz__step--dragged');
      // The list the quiz rendered, which it reorders itself.
      list.insertBefore(item, home);
      if (event.type === 'pointerup' && at !== from) drop(at);
    }
  };
  item.classList.add('quiz__step--dragged');
  for (const type of ['pointermove', 'pointerup', 'pointercancel'] as const)
    addEventListener(type, follow, { signal: listening.signal });
}
