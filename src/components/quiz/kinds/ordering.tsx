/**
 * The inputs of an ordering question: the steps in the learner's order, each with Up and Down
 * buttons for the keyboard and a handle to drag it by (`ordering-drag.ts`, loaded on the first
 * press on a handle).
 */
import { shownOrder } from '../../../progress/quiz-record';
import type { ControlsProps } from './controls';

let dragging: Promise<typeof import('./ordering-drag')> | undefined;
const drag = (down: PointerEvent, item: HTMLElement, drop: (to: number) => void) =>
  void (dragging ??= import('./ordering-drag')).then((module) => module.dragStep(down, item, drop));

export function OrderingControls({
  question,
  shown,
  attempt,
  done,
  answer,
  say,
  focus,
  id,
}: ControlsProps<'ordering'>) {
  const order = shownOrder(attempt, question);
  const text = (step: string) => shown.steps.find((candidate) => candidate.id === step)!.text;
  // Moves one step to another place: by its Up and Down buttons (one place) or by dragging it.
  const move = (from: number, to: number) => {
    if (to < 0 || to >= order.length) return;
    const next = [...order];
    next.splice(to, 0, ...next.splice(from, 1));
    answer(question, { type: 'ordering', order: next });
    say(`${text(order[from]!)}: now step ${to + 1} of ${order.length}.`);
  };
  return (
    <ol class="quiz__steps">
      {order.map((step, index) => (
        <li class="quiz__step" key={step}>
          {!done && (
            // For a mouse or a finger; the keyboard has the Up and Down buttons.
            <span
              class="quiz__handle"
              aria-hidden="true"
              onPointerDown={(event) => {
                // The main button or a touch; not a second finger on another handle.
                if (event.button || !event.isPrimary) return;
                event.preventDefault();
                const item = event.currentTarget.parentElement!;
                drag(event, item, (to) => move(index, to));
              }}
            />
          )}
          <span class="quiz__step-text">{text(step)}</span>
          {!done &&
            (['up', 'down'] as const).map((way) => (
              <button
                key={way}
                type="button"
                id={`${id}-${step}-${way}`}
                class="button button--quiet"
                aria-disabled={way === 'up' ? index === 0 : index === order.length - 1}
                onClick={() => {
                  const to = way === 'up' ? index - 1 : index + 1;
                  if (to >= 0 && to < order.length) focus(`${id}-${step}-${way}`);
                  move(index, to);
                }}
              >
                {way === 'up' ? 'Up' : 'Down'}
                <span class="visually-hidden">: {text(step)}</span>
              </button>
            ))}
        </li>
      ))}
    </ol>
  );
}
