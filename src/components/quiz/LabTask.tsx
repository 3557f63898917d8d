/**
 * A lab task's working parts, loaded the first time a learner opens a lab (or a checked lab task
 * needs its feedback): the lab console on the task's scenario, bound to the quiz so that every
 * change saves the learner's work with the goal's verdict, and the feedback that replays the work
 * and names what differs from the goal. The console's views and frames load on first use.
 */
import { useEffect, useMemo } from 'preact/hooks';
import { createSimulatorStore } from '../../stores/simulator';
import { labWork, resumeLabWork } from '../../stores/lab-work';
import { gradeLab, labSteps } from '../../quiz/lab';
import { MAX_LAB_ACTIONS } from '../../progress/quiz-record';
import { revisionNotice, workRevision } from '../../sim/revision-notice';
import type { LabTaskQuestion, LabTaskResponse } from '../../quiz/types';
import { LabConsole } from '../console/LabConsole';
import type { LabView } from './QuizIsland';

interface LabWorkProps {
  lab: LabView;
  /** The work saved in this attempt so far, restored into the lab when it opens. */
  saved: LabTaskResponse | undefined;
  /** Saves the learner's work (called after every change on the lab's timeline). */
  onWork: (response: LabTaskResponse) => void;
}

/** The lab console, started at the scenario's start with the saved work replayed on top. */
export function LabWork({ lab, saved, onWork }: LabWorkProps) {
  const store = useMemo(() => createSimulatorStore(lab.scenario), [lab.scenario]);

  useEffect(() => {
    let alive = true;
    // Saved work comes back as it was left; an action the engine now refuses (the saved value was
    // edited, or the course changed) stops the replay there, and the lab says why. Work
    // saved under another rules revision replays under the current rules, says so, and is saved
    // again with the verdict of what the learner now sees.
    // The learner's own changes are saved from when the replay is on the timeline.
    let stop = () => {};
    void resumeLabWork(store, lab.goal, saved).then((again) => {
      if (!alive) return;
      if (again) onWork(again);
      stop = store.$timeline.listen((timeline) => {
        const actions = timeline.entries.slice(0, timeline.cursor).map((entry) => entry.action);
        if (actions.length > MAX_LAB_ACTIONS) {
          store.setNotice({
            kind: 'refused',
            text: `A lab keeps at most ${MAX_LAB_ACTIONS} steps of work: step back or reset to save your work again.`,
          });
          return;
        }
        onWork(labWork(lab.goal, actions, timeline.states[timeline.cursor]!));
      });
    });
    return () => {
      alive = false;
      stop();
    };
    // The store and the saved work are read once, when the lab opens.
  }, [store]);

  return (
    <div class="quiz__lab-sim">
      <LabConsole scenario={lab.scenario} base={lab.base} standalone={false} store={store} />
    </div>
  );
}

/** The engine's texts can start with a lower-case word ("no device action has run…"). */
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

interface LabFeedbackProps {
  question: LabTaskQuestion;
  lab: LabView;
  response: LabTaskResponse | undefined;
}

/** What the checks found at the end of the learner's work, why the goal is right, and one way to reach it. */
export function LabFeedback({ question, lab, response }: LabFeedbackProps) {
  const { run, result } = useMemo(() => gradeLab(lab, response?.actions ?? []), [lab, response]);
  const steps = useMemo(() => labSteps(lab).filter((step) => step.actions.length > 0), [lab]);
  const count = response?.actions.length ?? 0;
  // Work saved under another rules revision is replayed under the current ones: say so.
  const other = count > 0 ? revisionNotice(workRevision(response!), false) : null;
  return (
    <>
      {other && <p>{other}</p>}
      <p>
        {response
          ? `The goal's checks after your ${count} ${count === 1 ? 'step' : 'steps'} in the lab:`
          : 'You did not work in the lab. The goal checks:'}
      </p>
      <ul>
        {result.checks.map((check, index) => (
          <li key={index} class={`quiz__fb quiz__fb--${check.passed ? 'chosen-correct' : 'chosen-wrong'}`}>
            <strong>{check.passed ? 'Met:' : 'Not met:'}</strong>{' '}
            {capitalised(check.passed ? check.actual : (check.difference ?? ''))}.
          </li>
        ))}
      </ul>
      {!run.ok && (
        <p>
          Your saved work could be replayed only up to step {run.index + 1}: {run.reason}
        </p>
      )}
      <p>{question.explanation}</p>
      {steps.length > 0 && (
        <>
          <p>One way to reach the goal:</p>
          <ol>
            {steps.map((step) => (
              <li key={step.title}>{step.title}</li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
