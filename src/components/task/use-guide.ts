/**
 * The task panel's guide (TaskPanel.tsx): which step it is at, what of the step the learner's
 * work has done on the live state (`sim/guide.ts`), where it points next, and its moves. The
 * panel and the strip in an open dialog show it (`guide-view.tsx`).
 */
import type { Ref, RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { statusOf, type StepStatus } from '../../sim/guide';
import type { SimState } from '../../sim/types';
import type { Timeline, TimelineEntry } from '../../stores/simulator-types';
import { viewShown, type Pointer } from './guide-pointer';
import { useGuideStrip } from './guide-view';
import type { TaskPanelProps } from './TaskPanel';
import type { TaskItem, TaskStep } from './types';
import { useGuidePointer } from './use-guide-pointer';

/** The guide as the panel and the dialog strip show it, with its moves. */
export interface Guide {
  /** Null while the guide is closed. */
  status: StepStatus | null;
  steps: TaskStep[];
  stepIndex: number;
  step: TaskStep;
  /** What to do in the step, and which of it is done. */
  items: TaskItem[];
  itemsDone: boolean[];
  nextIndex: number;
  stepDone: boolean;
  last: boolean;
  /** What the guide says is next, or that the step is done. */
  statusText: string;
  pointer: Pointer | null;
  /** The timeline's entries since the step began: the learner's changes, which are theirs. */
  learnerEntries: TimelineEntry[];
  heading: Ref<HTMLHeadingElement>;
  /** "Guide me", or "Close the guide" while it is open. */
  toggle: () => void;
  doStepForMe: () => Promise<void>;
  /** "Next step", or on the last step "Finish and check my work". */
  next: () => void;
  back: () => void;
}

/**
 * The step the guide begins at: the first whose changes the lab's state does not have yet, with the
 * steps of nothing but reading just before it (a new lab: the first step).
 */
function firstStepToDo(steps: TaskStep[], state: SimState) {
  let index = steps.findIndex((s) => s.items.length > 0 && !statusOf(s.targets, state, state, []).done);
  if (index < 0) index = steps.length - 1;
  while (index > 0 && steps[index - 1]!.items.length === 0) index--;
  return index;
}

/** What the guide says is next, or that the step is done. */
const statusText = (stepDone: boolean, last: boolean, pointer: Pointer | null) =>
  stepDone
    ? last
      ? 'This was the last step: close the dialog and check your work.'
      : 'Step done.'
    : pointer
      ? `Next: ${pointer.text}.`
      : '';

/** The guide's state and moves; `checkWork` ends its last step. */
export function useGuide(
  { ctx: { store, open, idPrefix }, data: { steps }, places }: TaskPanelProps,
  section: RefObject<HTMLElement>,
  timeline: Timeline,
  state: SimState,
  setHelped: (helped: boolean) => void,
  checkWork: () => void,
): Guide {
  const [guiding, setGuiding] = useState(false);
  const [stepIndex, setStepIndex] = useState(0);
  // The timeline's cursor when the step began: the learner's changes since then are theirs.
  const [stepStart, setStepStart] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);

  // Work taken back before the step began: the step begins there now.
  useEffect(() => {
    if (timeline.cursor < stepStart) setStepStart(timeline.cursor);
  }, [timeline.cursor]);

  const step = steps[stepIndex]!;
  const learnerEntries = timeline.entries.slice(stepStart, timeline.cursor);
  const learnerActions = learnerEntries.map((entry) => entry.action);
  const status = guiding ? statusOf(step.targets, timeline.states[stepStart]!, state, learnerActions) : null;
  // A step without actions but with a view of its own has one thing to do: open that view.
  const items = step.items.length || !step.viewItem ? step.items : [step.viewItem];
  const itemsDone = step.items.length ? (status?.items.map((item) => item.done) ?? []) : [viewShown(step, places)];
  const nextIndex = itemsDone.indexOf(false);
  const stepDone = !!status && nextIndex < 0;
  const last = stepIndex === steps.length - 1;
  const pointer = useGuidePointer(section, idPrefix, places, status, items, nextIndex, step, timeline);

  const guide: Guide = {
    status,
    steps,
    stepIndex,
    step,
    items,
    itemsDone,
    nextIndex,
    stepDone,
    last,
    pointer,
    learnerEntries,
    statusText: statusText(stepDone, last, pointer),
    heading,
    toggle() {
      if (guiding) return setGuiding(false);
      setStepIndex(firstStepToDo(steps, state));
      setStepStart(timeline.cursor);
      setGuiding(true);
      requestAnimationFrame(() => heading.current?.focus());
    },
    async doStepForMe() {
      // First take back the learner's changes since the step began, then the step's own actions as one change.
      store.goTo(stepStart);
      const actions = store.scenario.steps[stepIndex]!.actions;
      if (actions.length) await store.dispatchApply(actions);
      if (step.view) open(step.view);
      setHelped(true);
    },
    next: last
      ? checkWork
      : () => {
          setStepIndex(stepIndex + 1);
          setStepStart(store.$timeline.get().cursor);
          // The step's title takes the focus, unless a dialog holds it (the strip there shows the step).
          requestAnimationFrame(() => {
            if (!section.current?.closest('[data-lab-console]')?.querySelector('dialog[open]'))
              heading.current?.focus();
          });
        },
    back: store.back,
  };
  useGuideStrip(section, guide);
  return guide;
}
