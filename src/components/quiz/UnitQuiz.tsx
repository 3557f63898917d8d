/**
 * A unit's quick check: the quiz island, with ordering steps that can also be dragged. Each quiz
 * entry (this, LabQuiz, SelfAssessment) gives the island its dragging: the island's own chunk
 * would carry it for every quiz, and a shared module would be one more script at start.
 */
import QuizIsland, { type QuizIslandProps } from './QuizIsland';
import type { DragStart } from './drag';

// The dragging code loads on the first press on a step's handle (see `DragStart`).
let dragging: Promise<typeof import('./drag')> | undefined;
const startDrag: DragStart = (down, item, drop) => void (dragging ??= import('./drag')).then((drag) => drag.dragStep(down, item, drop));

export default function UnitQuiz(props: Omit<QuizIslandProps, 'drag'>) {
  return <QuizIsland {...props} drag={startDrag} />;
}
