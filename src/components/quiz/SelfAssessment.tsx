/**
 * The self-assessment island: the quiz island in draw mode, with lab tasks, followed by the
 * learner's past attempts with their dates and scores (or that the answers were shown). Its own
 * entry, so unit pages do not carry the history.
 */
import { useMemo } from 'preact/hooks';
import QuizIsland, { type LabView, type QuizIslandProps } from './QuizIsland';
import { labParts } from './LabParts';
import { drawQuiz } from '../../quiz/draw';
import type { QuizRecord } from '../../progress/quiz-record';

const percent = (value: number) => `${Math.round(value * 100)}%`;
const when = (at: number) => new Date(at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

function PastAttempts({ record, id }: { record: QuizRecord; id: string }) {
  if (record.attempts.length === 0) return null;
  return (
    <section class="quiz__history" aria-labelledby={`${id}-history`}>
      <h3 id={`${id}-history`}>Past attempts</h3>
      <ol reversed>
        {[...record.attempts].reverse().map((past, index) => (
          <li key={`${past.seed}-${index}`}>
            {past.at !== undefined ? <time dateTime={new Date(past.at).toISOString()}>{when(past.at)}</time> : 'Date not recorded'}:{' '}
            {'revealed' in past ? 'answers shown, no score' : `${percent(past.score)}, ${past.passed ? 'a pass' : 'below the pass mark'}`}
          </li>
        ))}
      </ol>
    </section>
  );
}

interface Props extends Omit<QuizIslandProps, 'draw' | 'footer' | 'Controls' | 'details'> {
  /** Each lab task's scenario and goal, by question id. */
  labs: Record<string, LabView>;
  /** The objectives every attempt draws three questions from. */
  objectiveIds: string[];
}

export default function SelfAssessment({ objectiveIds, labs, ...props }: Props) {
  const { quiz } = props;
  const parts = useMemo(() => labParts(labs), [labs]);
  const draw = useMemo(() => (seed: number) => drawQuiz(quiz, objectiveIds, seed), [quiz, objectiveIds]);
  return <QuizIsland {...props} {...parts} draw={draw} footer={(record) => <PastAttempts record={record} id={quiz.id} />} />;
}
