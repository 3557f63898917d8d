/**
 * How lab tasks show in a quiz: which scenario, a button that opens the lab console (its code,
 * `LabTask.tsx`, loads then), and once checked, feedback that replays the learner's
 * work. Only the entries whose quizzes have lab tasks (`LabQuiz.tsx`, the self-assessment) carry
 * this module; `labParts(labs)` gives the quiz island what it needs to show them.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { LabParts, LabView } from '../QuizIsland';
import type { LabTaskQuestion, LabTaskResponse } from '../../../quiz/types';
import { controls, type ControlsProps, type ControlsRegistry } from './controls';

type LabModule = typeof import('../LabTask');
let loaded: LabModule | null = null;
let loading: Promise<LabModule> | undefined;
const loadLab = () => (loading ??= import('../LabTask').then((lab) => (loaded = lab)));

/**
 * The lab's code, loaded on first need (once per page). Read from `loaded` on every render too: when
 * the quiz island re-renders because the code is there (it waits for it before it brings the result
 * into view), this render must already show the feedback, not wait for this hook's own update, which
 * could land after the island has scrolled and push the result down, off the screen.
 */
function useLabModule(needed: boolean): LabModule | null {
  const [module, setModule] = useState(() => loaded);
  useEffect(() => {
    if (needed && !module) void loadLab().then((lab) => setModule(() => lab));
  }, [needed, module]);
  return module ?? loaded;
}

interface LabControlsProps extends ControlsProps<'lab-task'> {
  lab: LabView;
}

/**
 * The lab opens on request, with the learner's saved work replayed into it, at the full width of
 * the page's content. Once the answer is checked the lab closes: the feedback says what the work
 * reached, check by check.
 */
function LabControls({ question, lab, response, done, live, answer, id }: LabControlsProps) {
  const [open, setOpen] = useState(false);
  const Lab = useLabModule(open);
  const box = useRef<HTMLDivElement>(null);
  // The button goes away when the lab opens: focus moves to the lab, not to the page.
  useEffect(() => {
    if (open) box.current?.focus();
  }, [open]);
  const saved = response?.actions.length ?? 0;
  return (
    <div class="quiz__lab" id={`${id}-lab`} ref={box} tabindex={-1}>
      <p class="quiz__lab-where">
        In the lab, scenario “{lab.scenario.title}”.
        {!open && !done && response ? ` Your work so far is saved: ${saved} ${saved === 1 ? 'step' : 'steps'}.` : ''}
      </p>
      {done ? null : open ? (
        Lab ? (
          <Lab.LabWork lab={lab} saved={response} onWork={(work) => answer(question, work)} />
        ) : (
          <p class="quiz__lab-loading">Loading the lab…</p>
        )
      ) : (
        // A second action beside the question's own "Check answer", which stays the one that leads.
        <button type="button" class="button button--quiet" disabled={!live} onClick={() => setOpen(true)}>
          {response ? 'Open the lab and continue' : 'Open the lab'}
        </button>
      )}
    </div>
  );
}

/** What the goal's checks found at the end of the learner's work (the lab's code replays it). */
function LabFeedbackSlot(props: { question: LabTaskQuestion; lab: LabView; response: LabTaskResponse | undefined }) {
  const Lab = useLabModule(true);
  return Lab ? <Lab.LabFeedback {...props} /> : <p class="quiz__lab-loading">Replaying your work in the lab…</p>;
}

/** The quiz island's lab parts for a quiz whose lab tasks are `labs` (by question id): every kind's controls, and a lab task's feedback. */
export function labParts(labs: Readonly<Record<string, LabView>>): LabParts {
  return {
    controls: {
      ...controls,
      'lab-task': (props) => <LabControls {...props} lab={labs[props.question.id]!} />,
    } satisfies ControlsRegistry,
    preload: loadLab,
    details(question, response) {
      const lab = question.type === 'lab-task' ? labs[question.id] : undefined;
      return (
        lab &&
        question.type === 'lab-task' && (
          <LabFeedbackSlot
            question={question}
            lab={lab}
            response={response?.type === 'lab-task' ? response : undefined}
          />
        )
      );
    },
  };
}
