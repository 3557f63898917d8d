/**
 * A lab's task panel (units and scenario pages; not a lab task's lab, not the presenter's): the
 * task in plain words (the scenario's goals), "Guide me" through the scenario's steps, and
 * "Check my work". Loaded right after the lab hydrates (its page entry holds the import), so it
 * can restore the learner's saved lab work and save every change; until then the lab shows the
 * same panel with its buttons not yet ready (`TaskShell` in LabConsole.tsx).
 *
 * The guide's words and the controls it points at are the build's (`task-data.ts`); what is done,
 * what differs and whether the goals are met are the engine's (`sim/guide.ts`, `sim/goals.ts`)
 * on the live state.
 */
import { render } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '../use-store';
import { gradeGoal } from '../../sim/goals';
import { statusOf, type StepStatus } from '../../sim/guide';
import type { ViewLocation, WindowId } from '../../sim/views';
import type { GoalResult } from '../../sim/types';
import type { ConsoleContext } from '../console/types';
import { labRecord, markLabDone, saveLabWork } from '../../stores/labs';
import { replayWork } from '../../stores/replay-work';
import { pointFor, viewShown, type Pointer } from './guide-pointer';
import type { TaskData } from './types';

export interface TaskPanelProps {
  /** The lab's console context (its store, id prefix, heading level, and how to open a view). */
  ctx: ConsoleContext;
  data: TaskData;
  /** Where each window is (a dialog's view while it is open). */
  places: Readonly<Record<WindowId, ViewLocation>>;
}

export default function TaskPanel({ ctx, data, places }: TaskPanelProps) {
  const { store, idPrefix, level, open } = ctx;
  const { scenario } = store;
  const timeline = useStore(store.$timeline);
  const state = useStore(store.$state);
  const [record, setRecord] = useState(() => labRecord(scenario.id));
  const [guiding, setGuiding] = useState(false);
  const [stepIndex, setStepIndex] = useState(0);
  // The timeline's cursor when the step began: the learner's changes since then are theirs.
  const [stepStart, setStepStart] = useState(0);
  // "Do this step for me" was used since the lab last started from the beginning.
  const [helped, setHelped] = useState(false);
  const [results, setResults] = useState<GoalResult[] | null>(null);
  const [pointer, setPointer] = useState<Pointer | null>(null);
  const [restored, setRestored] = useState(false);
  const section = useRef<HTMLElement>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const guideHeading = useRef<HTMLHeadingElement>(null);
  const p = `${idPrefix}-task`;
  const Heading = `h${Math.min(6, level)}` as 'h3';
  const Sub = `h${Math.min(6, level + 1)}` as 'h4';

  // Saved work comes back once, unless the page opened a share link (the link's session wins).
  useEffect(() => {
    const actions = record?.actions;
    if (!actions?.length || location.hash.startsWith('#s=') || store.$timeline.get().entries.length > 0)
      setRestored(true);
    else void replayWork(store, { ...record, actions }).then(() => setRestored(true));
  }, []);

  // Every change saves the learner's work (after the saved work is back), with the goals it meets.
  useEffect(() => {
    if (!restored) return;
    const actions = timeline.entries.slice(0, timeline.cursor).map((entry) => entry.action);
    const met = scenario.goals.filter((goal) => gradeGoal(state, goal).passed).map((goal) => goal.id);
    saveLabWork(scenario.id, actions, met);
    if (timeline.cursor === 0) setHelped(false);
  }, [timeline, restored]);

  // Work taken back before the step began: the step begins there now.
  useEffect(() => {
    if (timeline.cursor < stepStart) setStepStart(timeline.cursor);
  }, [timeline.cursor]);

  const step = data.steps[stepIndex]!;
  const learnerActions = timeline.entries.slice(stepStart, timeline.cursor).map((entry) => entry.action);
  const status: StepStatus | null = guiding
    ? statusOf(step.targets, timeline.states[stepStart]!, state, learnerActions)
    : null;
  // A step without actions but with a view of its own has one thing to do: open that view.
  const items = step.items.length || !step.viewItem ? step.items : [step.viewItem];
  const itemsDone = step.items.length ? (status?.items.map((item) => item.done) ?? []) : [viewShown(step, places)];
  const nextIndex = itemsDone.indexOf(false);
  const nextItem = status ? items[nextIndex] : undefined;
  const stepDone = !!status && nextIndex < 0;
  const last = stepIndex === data.steps.length - 1;

  // The highlight: on the next control of the path, without moving focus; found again whenever the lab's DOM changes.
  useEffect(() => {
    const root = section.current?.closest<HTMLElement>('[data-lab-console]');
    if (!root || !guiding) {
      setPointer(null);
      return;
    }
    const find = () => {
      const next = nextItem ? pointFor(root, idPrefix, nextItem, places, status?.items[nextIndex]?.remaining) : null;
      setPointer((before) => (before?.element === next?.element && before?.text === next?.text ? before : next));
    };
    find();
    let frame = 0;
    const later = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(find);
    };
    // The lab's DOM changes (a view opens, a dialog's page turns), and a control changes value
    // (a radio chosen changes no attribute): either can move the pointer along the path.
    const observer = new MutationObserver(later);
    observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
    root.addEventListener('change', later, true);
    root.addEventListener('input', later, true);
    return () => {
      observer.disconnect();
      root.removeEventListener('change', later, true);
      root.removeEventListener('input', later, true);
      cancelAnimationFrame(frame);
    };
  }, [guiding, nextItem, step, places, nextIndex, timeline]);

  useEffect(() => {
    const element = pointer?.element;
    if (!element) return;
    element.setAttribute('data-guide-target', '');
    return () => element.removeAttribute('data-guide-target');
  }, [pointer?.element]);

  // The guide's own buttons, in the panel and in an open dialog's strip.
  const take = () =>
    pointer?.element &&
    !stepDone && (
      // Focus moves (and scrolls) to the control; the highlight alone never moves it.
      <button type="button" class="button" onClick={() => pointer.element!.focus()}>
        Take me there
      </button>
    );
  const doIt = () => (
    <button type="button" class="button button--quiet" onClick={() => void doStepForMe()} disabled={stepDone}>
      Do this step for me
    </button>
  );
  const next = () =>
    last ? (
      <button type="button" class="button" onClick={checkWork} disabled={!stepDone}>
        Finish and check my work
      </button>
    ) : (
      <button type="button" class="button" onClick={() => goToStep(stepIndex + 1)} disabled={!stepDone}>
        Next step
      </button>
    );

  // While a modal dialog is open the panel is inert: the guide's next step shows inside the dialog.
  // Drawn in a layout effect, so the strip changes in the same frame as the panel (a strip left one
  // frame behind showed the step before's "Step done." and its enabled Next step button), and again
  // after the paint, when a dialog this render opened (in its own effect) is open.
  const statusText = stepDone
    ? last
      ? 'This was the last step: close the dialog and check your work.'
      : 'Step done.'
    : pointer
      ? `Next: ${pointer.text}.`
      : '';
  const drawStrip = () => {
    const slot = section.current
      ?.closest('[data-lab-console]')
      ?.querySelector<HTMLElement>('dialog[open] [data-guide-slot]');
    if (!slot) return;
    render(
      guiding ? (
        <div class="task-strip" role="group" aria-label="Guide">
          <p class="task-strip__step">
            Guide, step {stepIndex + 1} of {data.steps.length}: {step.title}
          </p>
          <p class="task-strip__status" role="status">
            {statusText}
          </p>
          {take()}
          {doIt()}
          {!last && next()}
        </div>
      ) : null,
      slot,
    );
  };
  useLayoutEffect(drawStrip);
  useEffect(drawStrip);

  function startGuide() {
    // The guide begins at the first step whose changes the lab's state does not have yet, with the
    // steps of nothing but reading just before it (a new lab: the first step).
    let index = data.steps.findIndex((s) => s.items.length > 0 && !statusOf(s.targets, state, state, []).done);
    if (index < 0) index = data.steps.length - 1;
    while (index > 0 && data.steps[index - 1]!.items.length === 0) index--;
    setStepIndex(index);
    setStepStart(timeline.cursor);
    setGuiding(true);
    requestAnimationFrame(() => guideHeading.current?.focus());
  }

  function goToStep(index: number) {
    setStepIndex(index);
    setStepStart(store.$timeline.get().cursor);
    // The step's title takes the focus, unless a dialog holds it (the strip there shows the step).
    requestAnimationFrame(() => {
      if (!section.current?.closest('[data-lab-console]')?.querySelector('dialog[open]')) guideHeading.current?.focus();
    });
  }

  async function doStepForMe() {
    // First take back the learner's changes since the step began, then the step's own actions as one change.
    store.goTo(stepStart);
    const actions = scenario.steps[stepIndex]!.actions;
    if (actions.length) await store.dispatchApply(actions);
    if (step.view) open(step.view);
    setHelped(true);
  }

  function checkWork() {
    const graded = scenario.goals.map((goal) => gradeGoal(state, goal));
    setResults(graded);
    if (graded.every((goal) => goal.passed)) {
      markLabDone(
        scenario.id,
        helped,
        graded.map((goal) => goal.goalId),
      );
      setRecord(labRecord(scenario.id));
    }
    requestAnimationFrame(() => resultsHeading.current?.focus());
  }

  const done = record?.done;
  return (
    <section class="task" ref={section} aria-labelledby={`${p}-title`}>
      <div class="task__head">
        <Heading id={`${p}-title`} class="task__title">
          Your task
        </Heading>
        {done && <p class={`task__done task__done--${done}`}>{done === 'help' ? 'Lab done with help' : 'Lab done'}</p>}
      </div>
      <ul class="task__goals">
        {scenario.goals.map((goal) => (
          <li key={goal.id}>{goal.title}</li>
        ))}
      </ul>
      <p class="task__buttons">
        <button
          type="button"
          class="button"
          aria-expanded={guiding}
          aria-controls={`${p}-guide`}
          disabled={!restored}
          onClick={() => (guiding ? setGuiding(false) : startGuide())}
        >
          {guiding ? 'Close the guide' : 'Guide me'}
        </button>
        <button type="button" class="button" disabled={!restored} onClick={checkWork}>
          Check my work
        </button>
      </p>
      {guiding && status && (
        <div class="task__guide" id={`${p}-guide`}>
          <Sub id={`${p}-step`} class="task__step-title" tabIndex={-1} ref={guideHeading}>
            Step {stepIndex + 1} of {data.steps.length}: {step.title}
          </Sub>
          <p class="task__narration">{step.narration}</p>
          {items.length > 0 ? (
            <ol class="task__items" aria-label="What to do in this step">
              {items.map((item, k) => {
                const itemDone = itemsDone[k];
                const isNext = k === nextIndex;
                return (
                  <li
                    key={k}
                    class={
                      itemDone ? 'task__item task__item--done' : isNext ? 'task__item task__item--next' : 'task__item'
                    }
                  >
                    <span class="task__mark">{itemDone ? 'Done:' : isNext ? 'Next:' : 'Then:'}</span> {item.text}
                  </li>
                );
              })}
            </ol>
          ) : (
            <p class="task__items">Nothing to change in this step: read it, then go on.</p>
          )}
          {status.deviations.length > 0 && (
            <div class="task__deviation">
              <p>Not part of this step:</p>
              <ul>
                {status.deviations.map(({ index, asked }) => (
                  <li key={index}>
                    {timeline.entries[stepStart + index]?.summary}{' '}
                    {asked < 0 ? 'This step does not ask for that.' : `This step asks: ${step.items[asked]!.text}.`}
                  </li>
                ))}
              </ul>
              <button type="button" class="button" onClick={store.back}>
                Undo
              </button>
            </div>
          )}
          <p class="task__status" role="status">
            {stepDone && last ? 'This was the last step: check your work.' : statusText}
          </p>
          <p class="task__buttons">
            {take()}
            {doIt()}
            {next()}
          </p>
        </div>
      )}
      {results && (
        <div class="task__results">
          <Sub class="task__results-title" tabIndex={-1} ref={resultsHeading}>
            {results.every((goal) => goal.passed)
              ? `Every goal met${helped ? ', with help' : ''}: lab done.`
              : 'Not every goal is met yet.'}
          </Sub>
          <ul>
            {results.map((goal) => {
              const title = scenario.goals.find((g) => g.id === goal.goalId)?.title ?? goal.goalId;
              return (
                <li
                  key={goal.goalId}
                  class={goal.passed ? 'task__goal task__goal--met' : 'task__goal task__goal--unmet'}
                >
                  <strong>{goal.passed ? 'Met' : 'Not met'}:</strong> {title}
                  <ul>
                    {goal.checks.map((check, k) => (
                      <li key={k}>{check.passed ? `Met: ${check.actual}.` : `Not met: ${check.difference}.`}</li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
