/**
 * Dragging a step of an ordering question by its handle, with a mouse, a pen or a finger (pointer
 * events). Loaded on the first press on a handle. While the pointer moves, the step follows it and
 * the steps it passes make room; on release the list is left as it was and `drop` gets the new
 * place, so the quiz saves the order and renders it. Escape, or a cancelled pointer, puts it back.
 */

/** Starts dragging `item` (an `<li>` of its list) from the press `down`. */
export function dragStep(down: PointerEvent, item: HTMLElement, drop: (to: number) => void): void {
  const steps = [...item.parentElement!.children] as HTMLElement[];
  const from = steps.indexOf(item);
  const boxes = steps.map((step) => step.getBoundingClientRect());
  const box = boxes[from]!;
  // The room a step leaves: its height and the gap to the next one.
  const room = box.height + (boxes.length > 1 ? boxes[1]!.top - boxes[0]!.bottom : 0);
  let to = from;

  const place = (y: number) => {
    const shift = y - down.clientY;
    const middle = box.top + box.height / 2 + shift;
    to = boxes.filter((other, index) => index !== from && other.top + other.height / 2 < middle).length;
    steps.forEach((step, index) => {
      const by = index === from ? shift : index > from && index <= to ? -room : index < from && index >= to ? room : 0;
      step.style.transform = by ? `translateY(${by}px)` : '';
    });
  };
  const stop = (commit: boolean) => {
    removeEventListener('pointermove', onMove);
    removeEventListener('pointerup', onUp);
    removeEventListener('pointercancel', onCancel);
    removeEventListener('pointerdown', onCancel);
    removeEventListener('keydown', onKey);
    item.classList.remove('quiz__step--dragged');
    for (const step of steps) step.style.transform = '';
    if (commit && to !== from) drop(to);
  };
  const ours = (event: PointerEvent) => event.pointerId === down.pointerId;
  const onMove = (event: PointerEvent) => {
    if (!ours(event)) return;
    // A mouse released before this module had loaded: the drag is over, nothing moved.
    if (event.buttons === 0) stop(false);
    else place(event.clientY);
  };
  const onUp = (event: PointerEvent) => ours(event) && stop(true);
  // Cancelled by the browser, or another press (a finger lifted before this module had loaded).
  const onCancel = (event: PointerEvent) => event !== down && stop(false);
  const onKey = (event: KeyboardEvent) => event.key === 'Escape' && stop(false);

  item.classList.add('quiz__step--dragged');
  addEventListener('pointermove', onMove);
  addEventListener('pointerup', onUp);
  addEventListener('pointercancel', onCancel);
  addEventListener('pointerdown', onCancel);
  addEventListener('keydown', onKey);
}
