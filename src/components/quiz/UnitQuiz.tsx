/**
 * A unit's quick check: the quiz island, with ordering steps that can also be dragged. Its own
 * entry so that the self-assessment, which uses the island without dragging, does not carry it.
 */
import QuizIsland, { type QuizIslandProps } from './QuizIsland';
import { startDrag } from './drag-start';

export default function UnitQuiz(props: Omit<QuizIslandProps, 'drag'>) {
  return <QuizIsland {...props} drag={startDrag} />;
}
