/**
 * How the task panel's guide shows (TaskPanel.tsx, `use-guide.ts`): its section in the panel, and
 * its strip in an open dialog, each with the guide's own buttons.
 */
import { render, type RefObject } from 'preact';
import { useEffect, useLayoutEffect } from 'preact/hooks';
import type { Guide } from './use-guide';

/** The guide's own buttons, in the panel and in an open dialog's strip. */
const buttons = ({ pointer, stepDone, doStepForMe, last, next }: Guide, inStrip?: boolean) => [
  pointer?.element && !stepDone && (
    // Focus moves (and scrolls) to the control; the highlight alone never moves it.
    <button type="button" class="button" onClick={() => pointer.element!.focus()}>
      Take me there
    </button>
  ),
  <button type="button" class="button button--quiet" onClick={() => void doStepForMe()} disabled={stepDone}>
    Do this step for me
  </button>,
  // On the last step the dialog's strip has no "Finish": the dialog is to be closed first.
  (!last || !inStrip) && (
    <button type="button" class="button" onClick={next} disabled={!stepDone}>
      {last ? 'Finish and check my work' : 'Next step'}
    </button>
  ),
];

/**
 * While a modal dialog is open the panel is inert: the guide's next step shows inside the dialog.
 * Drawn in a layout effect, so the strip changes in the same frame as the panel (a strip left one
 * frame behind showed the step before's "Step done." and its enabled Next step button), and again
 * after the paint, when a dialog this render opened (in its own effect) is open.
 */
export function useGuideStrip(section: RefObject<HTMLElement>, guide: Guide) {
  const drawStrip = () => {
    const slot = section.current
      ?.closest('[data-lab-console]')
      ?.querySelector<HTMLElement>('dialog[open] [data-guide-slot]');
    if (!slot) return;
    render(
      guide.status ? (
        <div class="task-strip" role="group" aria-label="Guide">
          <p class="task-strip__step">
            Guide, step {guide.stepIndex + 1} of {guide.steps.length}: {guide.step.title}
          </p>
          <p class="task-strip__status" role="status">
            {guide.statusText}
          </p>
          {buttons(guide, true)}
        </div>
      ) : null,
      slot,
    );
  };
  useLayoutEffect(drawStrip);
  useEffect(drawStrip);
}

/** The guide's section of the panel, while it is open: the step, what to do in it, and its buttons. */
export function guideSection(guide: Guide, Sub: 'h4', p: string) {
  const { steps, step, stepIndex, items, itemsDone, nextIndex, stepDone, last, learnerEntries } = guide;
  const status = guide.status!;
  return (
    <div class="task__guide" id={`${p}-guide`}>
      <Sub id={`${p}-step`} class="task__step-title" tabIndex={-1} ref={guide.heading}>
        Step {stepIndex + 1} of {steps.length}: {step.title}
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
                class={itemDone ? 'task__item task__item--done' : isNext ? 'task__item task__item--next' : 'task__item'}
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
                {learnerEntries[index]?.summary}{' '}
                {asked < 0 ? 'This step does not ask for that.' : `This step asks: ${step.items[asked]!.text}.`}
              </li>
            ))}
          </ul>
          <button type="button" class="button" onClick={guide.back}>
            Undo
          </button>
        </div>
      )}
      <p class="task__status" role="status">
        {stepDone && last ? 'This was the last step: check your work.' : guide.statusText}
      </p>
      <p class="task__buttons">{buttons(guide)}</p>
    </div>
  );
}
