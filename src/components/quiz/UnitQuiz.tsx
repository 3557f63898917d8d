/**
 * A unit's quick check: the quiz island, with ordering steps that can also be dragged. Its own
 * entry so that the self-assessment, which uses the island without dragging, does not carry it.
 */
import QuizIsland, { type QuizIslandProps } from './QuizIsland';
import type { DragStart } from './drag';

// The dragging code loads on the first press on a step's handle (see `DragStart`).
let dragging: Promise<typeof import('./drag')> | undefined;
const startDrag: DragStart = (down, item, drop) => void (dragging ??= import('./drag')).then((drag) => drag.dragStep(down, item, drop));

export default function UnitQuiz(props: Omit<QuizIslandProps, 'drag'>) {
  return <QuizIsland {...props} drag={startDrag} />;
}
