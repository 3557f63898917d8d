/**
 * The quiz island for a quiz with lab tasks (the unit 6 knowledge check): the quiz island with
 * the lab parts, and ordering steps that can also be dragged. Its own entry, so that quick checks without lab tasks do not carry them.
 */
import { useMemo } from 'preact/hooks';
import QuizIsland, { type LabView, type QuizIslandProps } from './QuizIsland';
import { labParts } from './LabParts';
import type { DragStart } from './drag';

interface Props extends Omit<QuizIslandProps, 'Controls' | 'details' | 'drag'> {
  /** Each lab task's scenario and goal, by question id. */
  labs: Record<string, LabView>;
}

// The dragging code loads on the first press on a step's handle (see `DragStart`).
let dragging: Promise<typeof import('./drag')> | undefined;
const startDrag: DragStart = (down, item, drop) => void (dragging ??= import('./drag')).then((drag) => drag.dragStep(down, item, drop));

export default function LabQuiz({ labs, ...props }: Props) {
  const parts = useMemo(() => labParts(labs), [labs]);
  return <QuizIsland {...props} {...parts} drag={startDrag} />;
}
