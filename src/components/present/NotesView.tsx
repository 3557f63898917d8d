/**
 * The notes window: the current step's presenter note, what the room sees, the next step's title
 * and a timer, kept on the presenter view's step over BroadcastChannel. Stepping here moves the
 * presenter view too. It carries no simulator: only the steps' words.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { useStore } from '../use-store';
import { createPresenterSync } from '../../stores/presenter';
import { commandForKey, keyTargetOf } from './keys';

export interface NotesStep {
  title: string;
  narration: string;
  presenterNote: string;
}

interface Props {
  scenarioId: string;
  title: string;
  summary: string;
  durationMinutes: number;
  steps: NotesStep[];
}

function clock(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}

export default function NotesView({ scenarioId, title, summary, durationMinutes, steps }: Props) {
  const sync = useMemo(() => createPresenterSync(scenarioId, steps.length, 'notes'), [scenarioId, steps.length]);
  const step = useStore(sync.$step);
  const [started, setStarted] = useState(() => Date.now());
  const [now, setNow] = useState(started);
  const current = step > 0 ? steps[step - 1]! : null;
  const next = steps[step] ?? null;

  useEffect(() => {
    sync.hello();
    const tick = setInterval(() => setNow(Date.now()), 1000);
    function onKey(event: KeyboardEvent): void {
      const command = commandForKey(event, keyTargetOf(event.target));
      if (command === 'next') sync.next();
      else if (command === 'previous') sync.previous();
      else if (command === 'start') sync.go(0);
      else if (command === 'end') sync.go(steps.length);
      else return;
      event.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    return () => {
      clearInterval(tick);
      window.removeEventListener('keydown', onKey);
      sync.close();
    };
  }, [sync, steps.length]);

  const elapsed = Math.max(0, Math.floor((now - started) / 1000));
  const over = elapsed > durationMinutes * 60;

  return (
    <div class="notes">
      <header class="notes__bar">
        <p class="notes__title">Notes: {title}</p>
        <p class="present__counter" aria-live="polite">
          {step === 0 ? `Start · ${steps.length} steps` : `Step ${step} of ${steps.length}`}
        </p>
        <p class={over ? 'notes__timer notes__timer--over' : 'notes__timer'}>
          Elapsed <time>{clock(elapsed)}</time> of {durationMinutes} min
          <button
            type="button"
            class="button button--quiet"
            onClick={() => {
              const at = Date.now();
              setStarted(at);
              setNow(at);
            }}
          >
            Restart timer
          </button>
        </p>
      </header>
      <section class="notes__current" aria-labelledby="notes-step-title">
        <h2 id="notes-step-title">
          {current ? current.title : 'Before the first step'}
        </h2>
        <p class="notes__note">{current ? current.presenterNote : `Introduce the scenario: ${summary}`}</p>
        <h3>On the screen</h3>
        <p>{current ? current.narration : summary}</p>
      </section>
      <p class="notes__next">
        {next ? (
          <>
            <strong>Next:</strong> {next.title}
          </>
        ) : (
          'This is the last step.'
        )}
      </p>
      <nav class="present__controls" aria-label="Steps">
        <button type="button" class="button button--quiet" onClick={() => sync.previous()} disabled={step === 0}>
          Previous step
        </button>
        <button type="button" class="button" onClick={() => sync.next()} disabled={step === steps.length}>
          Next step
        </button>
        <button type="button" class="button button--quiet" onClick={() => sync.go(0)}>
          Start over
        </button>
      </nav>
    </div>
  );
}
