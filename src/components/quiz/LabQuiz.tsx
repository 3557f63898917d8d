/**
 * The quiz island for a quiz with lab tasks (the unit 6 knowledge check): the quiz island with
 * the lab parts. Its own entry, so that quick checks without lab tasks do not carry them.
 */
import { useMemo } from 'preact/hooks';
import QuizIsland, { type LabView, type QuizIslandProps } from './QuizIsland';
import { labParts } from './kinds/lab-task';

type Props = Omit<QuizIslandProps, 'lab'> & {
  /** Each lab task's scenario and goal, by question id. */
  labs: Record<string, LabView>;
};

export default function LabQuiz({ labs, ...props }: Props) {
  const lab = useMemo(() => labParts(labs), [labs]);
  return <QuizIsland {...props} lab={lab} />;
}
