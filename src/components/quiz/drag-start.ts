/**
 * Starts dragging an ordering question's step; the dragging itself (`drag.ts`) loads on the first
 * press on a handle. Only the quiz entries that can afford it pass this to the quiz island.
 */
export type DragStart = (down: PointerEvent, item: HTMLElement, move: (from: number, to: number) => void) => void;

let loading: Promise<typeof import('./drag')> | undefined;

export const startDrag: DragStart = (down, item, move) => void (loading ??= import('./drag')).then((drag) => drag.dragStep(down, item, move));
