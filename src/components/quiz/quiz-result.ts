/**
 * The quiz's result once the attempt is finished. Its texts are server-rendered (QuizResult.astro):
 * here its parts are only shown or hidden (`data-when`), filled in (`data-fill`) and wired up.
 */
import type { QuizInProgress } from '../../progress/quiz-record';
import type { scoreQuiz } from '../../quiz/score';

/** A share (0 to 1) as a whole percentage: results are never fractions of a mark. */
export const percent = (value: number) => `${Math.round(value * 100)}%`;

export function showResult(
  box: HTMLElement,
  result: ReturnType<typeof scoreQuiz>,
  attempt: QuizInProgress,
  passMark: number,
  retry: () => void,
): void {
  const all = (selector: string) => box.querySelectorAll<HTMLElement>(selector);
  const states = attempt.revealed
    ? ['revealed']
    : ['scored', result.passed ? 'pass' : 'below', attempt.timeUp ? 'time' : ''];
  const fill: Record<string, string> = { total: percent(result.fraction) };
  for (const { objective, score, max } of result.objectives) {
    fill[objective] = percent(score / max);
    if (score / max + 1e-9 < passMark) states.push(`below:${objective}`);
  }
  for (const question of result.questions) if (!question.correct) states.push(question.id);
  for (const part of all('[data-when]'))
    part.hidden = !part.dataset.when!.split(' ').some((state) => states.includes(state));
  for (const part of all('[data-fill]')) {
    part.textContent = fill[part.dataset.fill!]!;
    if (part instanceof HTMLProgressElement) part.value = parseInt(part.textContent);
  }
  // Its one button starts a new attempt.
  all('button')[0]!.onclick = retry;
}

/**
 * Moves focus to the element the last action asked for, once it is on the page. Preact runs an
 * earlier render's pending effect just before the next render: one that runs before the target
 * exists leaves the request for the render that shows it. The result waits for a render that drew
 * every feedback above it with its code (`everyFeedbackReady` as that render saw it, not as it is
 * when the effect runs), or it would be pushed down as they fill in.
 */
export function moveFocus(focusNext: { current: string }, result: HTMLElement, everyFeedbackReady: boolean): void {
  const target = focusNext.current && document.getElementById(focusNext.current);
  if (target && (target != result || everyFeedbackReady)) {
    // The result, often taller than the screen, would be brought in by its bottom edge: its top first.
    target.focus({ preventScroll: target == result });
    if (target == result) target.scrollIntoView();
    focusNext.current = '';
  }
}
