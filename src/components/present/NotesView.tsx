/**
 * The notes window as a speaker view, on the trainer's own screen: the time of day; the class
 * timer (shared by every presenter and notes window, `class-timer-sync.ts`) with the time in this
 * scenario and the pace against its plan; the step's note and the next step's title; and a text
 * preview of the room (the stage's view and the step's change strip, made at build time). It
 * follows the presenter view's step over BroadcastChannel, and stepping here moves the presenter
 * view too. It carries no simulator: only words.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { atom } from 'nanostores';
import { useStore } from '../use-store';
import { createPresenterSync } from '../../stores/presenter';
import { commandForKey, keyTargetOf, type PresenterCommand } from './keys';
import { createClassTimerSync, isStepCommand } from './class-timer-sync';
import {
  IDLE_TIMER,
  classElapsed,
  formatElapsed,
  isoClockTime,
  isoDuration,
  paceOf,
  scenarioElapsed,
} from './class-timer';
import type { RoomPreview } from './room-preview';

export interface NotesStep {
  title: string;
  narration: string;
  presenterNote: string;
  /** What the room sees at this step, in words (`roomPreviews()` at build time). */
  room: RoomPreview;
}

interface Props {
  scenarioId: string;
  title: string;
  summary: string;
  durationMinutes: number;
  /** The view the scenario opens at, named as `viewName()` names it. */
  opensAt: string;
  steps: NotesStep[];
}

/** The server HTML (and the first render) has no clock: its readings would be the build's. */
const SERVER_TIMER = atom(IDLE_TIMER);

/** The current time, updated on each whole second, so that every window turns its seconds together. */
function useNow(): number | null {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    let timeout: ReturnType<typeof setTimeout>;
    const tick = () => {
      const time = Date.now();
      setNow(time);
      timeout = setTimeout(tick, 1000 - (time % 1000));
    };
    tick();
    return () => clearTimeout(timeout);
  }, []);
  return now;
}

/**
 * The step keys in the notes window: they move the presenter view too, and start the class timer.
 * Returns `run`, true when the command was a step command.
 */
function useStepKeys(
  sync: ReturnType<typeof createPresenterSync>,
  timer: ReturnType<typeof createClassTimerSync> | null,
  scenarioId: string,
  stepCount: number,
): (command: PresenterCommand) => boolean {
  function run(command: PresenterCommand): boolean {
    if (isStepCommand(command)) timer?.stepKey(scenarioId);
    if (command === 'next') sync.next();
    else if (command === 'previous') sync.previous();
    else if (command === 'start') sync.go(0);
    else if (command === 'end') sync.go(stepCount);
    else return false;
    return true;
  }

  useEffect(() => {
    sync.hello();
    function onKey(event: KeyboardEvent): void {
      const command = commandForKey(event, keyTargetOf(event.target));
      if (command && run(command)) event.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      sync.close();
      timer?.close();
    };
  }, [sync, timer]);
  return run;
}

export default function NotesView({ scenarioId, title, summary, durationMinutes, opensAt, steps }: Props) {
  const sync = useMemo(() => createPresenterSync(scenarioId, steps.length, 'notes'), [scenarioId, steps.length]);
  const timer = useMemo(() => (typeof window === 'undefined' ? null : createClassTimerSync()), []);
  const step = useStore(sync.$step);
  const classTimer = useStore(timer?.$timer ?? SERVER_TIMER);
  const now = useNow();
  const current = step > 0 ? steps[step - 1]! : null;
  const next = steps[step] ?? null;

  const run = useStepKeys(sync, timer, scenarioId, steps.length);

  const inClass = now === null ? null : classElapsed(classTimer, now);
  const inScenario = now === null ? null : scenarioElapsed(classTimer, scenarioId, now);
  const planned = durationMinutes * 60_000;
  const pace = inScenario === null ? null : paceOf(inScenario, durationMinutes, step, steps.length);
  // Before the first step the room sees the lab as it opens, with no strip yet.
  const stage = current ? current.room.views : [opensAt];
  const strip = current ? current.room.change : null;

  return (
    <div class="notes">
      <header class="notes__bar">
        <p class="notes__title">Notes: {title}</p>
        <p class="present__counter" aria-live="polite">
          {step === 0 ? `Start · ${steps.length} steps` : `Step ${step} of ${steps.length}`}
        </p>
        <p class="notes__clock">
          <span class="visually-hidden">Time of day: </span>
          {now !== null && (
            <time dateTime={isoClockTime(new Date(now))}>
              {new Date(now).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}
            </time>
          )}
        </p>
      </header>

      <TimeReadings
        inClass={inClass}
        inScenario={inScenario}
        planned={planned}
        durationMinutes={durationMinutes}
        pace={pace}
        onReset={() => timer?.reset()}
      />

      <div class="notes__main">
        <section class="notes__current" aria-labelledby="notes-step-title">
          <h2 id="notes-step-title">{current ? current.title : 'Before the first step'}</h2>
          <p class="notes__note">{current ? current.presenterNote : `Introduce the scenario: ${summary}`}</p>
          <p class="notes__next">
            {next ? (
              <>
                <strong>Next:</strong> {next.title}
              </>
            ) : (
              'This is the last step.'
            )}
          </p>
        </section>

        <RoomSees stage={stage} strip={strip} narration={current ? current.narration : summary} />
      </div>

      <nav class="present__controls notes__controls" aria-label="Steps">
        <button type="button" class="button button--quiet" onClick={() => run('previous')} disabled={step === 0}>
          Previous step
        </button>
        <button type="button" class="button" onClick={() => run('next')} disabled={step === steps.length}>
          Next step
        </button>
        <button type="button" class="button button--quiet" onClick={() => run('start')}>
          Start over
        </button>
      </nav>
    </div>
  );
}

interface TimeReadingsProps {
  /** Time in class and in this scenario (ms); null before the first step key or on the server. */
  inClass: number | null;
  inScenario: number | null;
  /** The scenario's planned time (ms), also in minutes. */
  planned: number;
  durationMinutes: number;
  pace: ReturnType<typeof paceOf> | null;
  onReset(): void;
}

/** The class timer, the time in this scenario against its plan, and the pace. */
function TimeReadings({ inClass, inScenario, planned, durationMinutes, pace, onReset }: TimeReadingsProps) {
  return (
    <section class="notes__times" aria-labelledby="notes-times-title">
      <h2 id="notes-times-title" class="visually-hidden">
        Time
      </h2>
      <dl class="notes__readings">
        <div class="notes__reading">
          <dt>Class</dt>
          <dd>
            <span class="notes__big">
              {inClass === null ? '0:00' : <time dateTime={isoDuration(inClass)}>{formatElapsed(inClass)}</time>}
            </span>
            {inClass === null && <span class="notes__hint">Starts at the first step key</span>}
            <button type="button" class="button button--quiet" onClick={onReset} disabled={inClass === null}>
              Reset class timer
            </button>
          </dd>
        </div>
        <div
          class={inScenario !== null && inScenario > planned ? 'notes__reading notes__reading--over' : 'notes__reading'}
        >
          <dt>This scenario</dt>
          <dd>
            <span class="notes__big">
              {inScenario === null ? (
                '0:00'
              ) : (
                <time dateTime={isoDuration(inScenario)}>{formatElapsed(inScenario)}</time>
              )}
            </span>
            <span class="notes__hint">
              of <time dateTime={isoDuration(planned)}>{durationMinutes} min</time>
            </span>
          </dd>
        </div>
        <div class={pace && pace.minutes > 0 ? 'notes__reading notes__reading--over' : 'notes__reading'}>
          <dt>Pace</dt>
          <dd>
            <span class="notes__big">
              {pace === null ? (
                'Not started'
              ) : pace.minutes === 0 ? (
                pace.label
              ) : (
                <time dateTime={isoDuration(Math.abs(pace.minutes) * 60_000)}>{pace.label}</time>
              )}
            </span>
            {pace && pace.minutes !== 0 && (
              <span class="notes__hint">{pace.minutes > 0 ? 'behind the plan' : 'ahead of the plan'}</span>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}

/** What the room sees at this step, in words: the stage's views, the strip over it and the narration. */
function RoomSees(props: { stage: readonly string[] | null; strip: string | null; narration: string }) {
  const { stage, strip, narration } = props;
  return (
    <section class="notes__room" aria-labelledby="notes-room-title">
      <h2 id="notes-room-title">The room sees</h2>
      <dl>
        {stage !== null && (
          <>
            <dt>{stage.length > 1 ? 'Stage, in turn on each step key' : 'Stage'}</dt>
            {stage.length === 0 ? <dd>The narration only</dd> : stage.map((view) => <dd key={view}>{view}</dd>)}
          </>
        )}
        {strip !== null && (
          <>
            <dt>Strip above the stage</dt>
            <dd class="notes__strip">{strip}</dd>
          </>
        )}
        <dt>Narration</dt>
        <dd>{narration}</dd>
      </dl>
    </section>
  );
}
