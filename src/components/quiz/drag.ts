/**
 * Dragging a step of an ordering question by its handle, with a mouse, a pen or a finger (pointer
 * events). Loaded on the first press on a handle. The step is lifted, and moves to whichever
 * place the pointer passes, through the quiz's own `move` (saved, and said in its live region,
 * like the Up and Down buttons), until the pointer is released or cancelled.
 */

/** Drags `item` (an `<li>` of its list) from the press `down`; `move(from, to)` reorders the steps. */
export function dragStep(down: PointerEvent, item: HTMLElement, move: (from: number, to: number) => void): void {
  const listening = new AbortController();
  const follow = (event: PointerEvent) => {
    if (event.pointerId !== down.pointerId) return;
    // No button down: released (or, for a mouse, released before this module had loaded).
    if (event.buttons) {
      const steps = [...item.parentElement!.children];
      // The place under the pointer: the first step whose bottom is below it, else the last.
      const to = steps.findIndex((step) => event.clientY < step.getBoundingClientRect().bottom);
      move(steps.indexOf(item), to < 0 ? steps.length - 1 : to);
    } else {
      listening.abort();
      item.classList.remove('quiz__step--dragged');
    }
  };
  item.classList.add('quiz__step--dragged');
  for (const type of ['pointermove', 'pointerup', 'pointercancel'] as const) addEventListener(type, follow, { signal: listening.signal });
}
