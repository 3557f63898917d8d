/**
 * The self-assessment island: the quiz island in draw mode, with lab tasks, followed by the
 * learner's past attempts with their dates and scores. Each attempt is a paper, drawn by its
 * seed: the first one at random, then one per new attempt, or the one a `#paper=<code>` link
 * names. Its own entry, so unit pages carry none of this.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import QuizIsland, { percent, type LabView, type QuizIslandProps } from './QuizIsland';
import { labParts } from './kinds/lab-task';
import { drawQuiz } from '../../quiz/draw';
import { paperCode, readPaperCode } from '../../quiz/paper-code';
import { isFinished, type QuizInProgress, type QuizRecord } from '../../progress/quiz-record';
import type { QuizStore } from '../../stores/quiz';

const when = (at: number) => new Date(at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

interface PaperProps {
  record: QuizRecord;
  attempt: QuizInProgress;
  store: QuizStore;
  /** Checks the attempt as it stands (the island's "Check all answers"). */
  finish: (type: 'check-all') => void;
}

/** An exam's time left, by the second; at nothing, `end` checks the attempt as it stands. */
function Countdown({ endsAt, end }: { endsAt: number; end: () => void }) {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, []);
  const left = Math.max(0, Math.ceil((endsAt - now) / 1000));
  useEffect(() => {
    if (!left) end();
  }, [left]);
  return (
    <p class="quiz__timer" role="timer">
      Time left: {Math.floor(left / 60)}:{String(left % 60).padStart(2, '0')}
    </p>
  );
}

/**
 * Opens the paper a `#paper=<code>` link names (once, when the quiz comes alive), unless an
 * attempt on another paper is under way; names the paper and its date in the result (the page
 * holds the texts: `data-paper`, `data-paper-note`); and lists past attempts.
 */
function Paper({ record, attempt, store, finish }: PaperProps) {
  const finished = isFinished(store.quizFor(attempt.seed), attempt);
  useEffect(() => {
    // The link stays in the address bar: a reload opens its paper again (or finds it open).
    const code = /#paper=(.*)/.exec(location.hash)?.[1];
    if (code === undefined) return;
    const seed = readPaperCode(code);
    const busy =
      seed !== attempt.seed &&
      Object.keys(attempt.responses).length > 0 &&
      !isFinished(store.quizFor(attempt.seed), attempt);
    if (seed !== null && !busy) store.retry(seed);
    // The page's note on what became of the link: opened, no paper's code, or another attempt kept.
    document.querySelector<HTMLElement>(`[data-note=${seed === null ? 'unknown' : busy ? 'busy' : 'opened'}]`)!.hidden =
      false;
  }, []);
  useEffect(() => {
    const paper: Record<string, string> = {
      code: paperCode(attempt.seed),
      date: when(record.attempts.at(-1)?.at ?? Date.now()),
    };
    for (const part of document.querySelectorAll<HTMLElement>('[data-paper]'))
      part.textContent = paper[part.dataset.paper!]!;
    // Exam mode is chosen before the attempt: the choice shows on an untouched attempt, a line saying so during an exam.
    const mode = finished ? '' : attempt.exam ? 'exam' : Object.keys(attempt.responses).length ? '' : 'fresh';
    for (const part of document.querySelectorAll<HTMLElement>('[data-mode]')) part.hidden = part.dataset.mode !== mode;
    document.querySelector<HTMLElement>('[data-mode] button')!.onclick = () => {
      const minutes = Number(document.querySelector<HTMLSelectElement>('[data-mode] select')!.value);
      store.retry(attempt.seed, { endsAt: minutes ? Date.now() + minutes * 60_000 : undefined });
      const started = document.querySelector<HTMLElement>('[data-mode=exam]')!;
      started.hidden = false;
      started.focus();
    };
  });
  const timer = attempt.endsAt && !finished && <Countdown endsAt={attempt.endsAt} end={() => finish('check-all')} />;
  if (record.attempts.length === 0) return timer;
  return (
    <>
      {timer}
      <section class="quiz__history" aria-label="Past attempts">
        <h3>Past attempts</h3>
        <ol reversed>
          {[...record.attempts].reverse().map((past, index) => (
            <li key={index}>
              {percent(past.score)}, {past.passed ? 'a pass' : 'below the pass mark'}
              {/* Older records have no date. */}
              {past.at && (
                <>
                  , <time dateTime={new Date(past.at).toISOString()}>{when(past.at)}</time>
                </>
              )}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

type Props = Omit<QuizIslandProps, 'draw' | 'footer' | 'lab'> & {
  /** Each lab task's scenario and goal, by question id. */
  labs: Record<string, LabView>;
  /** The objectives every attempt draws three questions from. */
  objectiveIds: string[];
};

export default function SelfAssessment({ objectiveIds, labs, ...props }: Props) {
  const { quiz } = props;
  const lab = useMemo(() => labParts(labs), [labs]);
  const draw = useMemo(() => (seed: number) => drawQuiz(quiz, objectiveIds, seed), [quiz, objectiveIds]);
  return (
    <QuizIsland
      {...props}
      lab={lab}
      draw={draw}
      footer={(record, attempt, store, finish) => (
        <Paper record={record} attempt={attempt} store={store} finish={finish} />
      )}
    />
  );
}
