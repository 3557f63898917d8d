/**
 * The presenter view: one scenario's lab console in large type, driven through the scenario's
 * steps by keys (or the buttons in the bar), with the current step's narration on screen, a step
 * counter, a blank screen, a help list of the keys, and a notes window that follows over
 * BroadcastChannel.
 *
 * The lab stays live: a trainer can go off script in it, and any step key (or Home) puts it back
 * on the script. The presenter's session is the lab's store (passed in, `presenting`); the lab's
 * views and frames load on first use, as the trainer opens them.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '../use-store';
import { pageUrl } from '../page-url';
import { createSimulatorStore, sameAction } from '../../stores/simulator';
import { LabConsole } from '../console/LabConsole';
import { createPresenterSync } from '../../stores/presenter';
import { scenarioActions } from '../../sim/scenario';
import type { Scenario } from '../../sim/types';
import { commandForKey, keyTargetOf, type PresenterCommand } from './keys';
import type { KeyHelp } from './key-help';

export interface PresenterProps {
  scenario: Scenario;
  base: string;
  /** The keys as the help lists them (`PRESENTER_KEY_HELP`, passed by the page). */
  keyHelp: KeyHelp[];
}

/** `#step=2` keeps the step across a reload of the presenter view. */
function stepFromHash(stepCount: number): number {
  const match = /^#step=(\d{1,3})$/.exec(window.location.hash);
  const step = match ? Number(match[1]) : 0;
  return step <= stepCount ? step : 0;
}

export function Presenter({ scenario, base, keyHelp }: PresenterProps) {
  const stepCount = scenario.steps.length;
  const store = useMemo(() => createSimulatorStore(scenario), [scenario]);
  const sync = useMemo(() => createPresenterSync(scenario.id, stepCount, 'presenter'), [scenario, stepCount]);
  const step = useStore(sync.$step);
  const timeline = useStore(store.$timeline);
  const [blank, setBlank] = useState(false);
  const [notice, setNotice] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const frame = useRef<HTMLDivElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const help = useRef<HTMLDialogElement>(null);
  const notesUrl = pageUrl(`${base.replace(/\/$/, '')}/present/${scenario.id}/notes/`);
  const current = step > 0 ? scenario.steps[step - 1]! : null;

  useEffect(() => {
    const stop = sync.onGo((next) => {
      const following = store.follow(scenarioActions(scenario, next));
      history.replaceState(null, '', next > 0 ? `#step=${next}` : window.location.pathname);
      const where = next === 0 ? 'Start of the scenario' : `Step ${next} of ${stepCount}: ${scenario.steps[next - 1]!.title}`;
      void following.then((result) => setAnnouncement(result.ok ? `${where}.` : `${where}. The lab stopped before an action it refused: ${result.reason}`));
    });
    // Starts where the address says (a reload), and tells an open notes window where that is.
    sync.go(stepFromHash(stepCount));
    return () => {
      stop();
      sync.close();
    };
  }, [sync, store, scenario, stepCount]);

  function openNotes(): void {
    const notes = window.open(notesUrl, `co-management-lab-notes-${scenario.id}`, 'popup=yes,width=960,height=720');
    setNotice(notes ? '' : 'The browser blocked the notes window. Open it with the "Notes window" link in the bar.');
  }

  function toggleFullscreen(): void {
    const fail = () => setNotice("Full screen is not allowed here: use the browser's own full screen key (F11).");
    if (document.fullscreenElement) void document.exitFullscreen().catch(fail);
    else void document.documentElement.requestFullscreen?.().catch(fail);
  }

  function toggleHelp(): void {
    const dialog = help.current;
    if (!dialog) return;
    if (dialog.open) dialog.close();
    else dialog.showModal();
  }

  function run(command: PresenterCommand): void {
    void import('./class-timer-sync').then((timer) => timer.noteStepKey(scenario.id, command));
    if (command === 'next') sync.next();
    else if (command === 'previous') sync.previous();
    else if (command === 'start') sync.go(0);
    else if (command === 'end') sync.go(stepCount);
    else if (command === 'notes') openNotes();
    else if (command === 'fullscreen') toggleFullscreen();
    else if (command === 'help') toggleHelp();
    else if (command === 'blackout') {
      setBlank((was) => !was);
    } else if (blank) setBlank(false);
    // Escape inside the lab hands the keys back to the presenter view.
    else if (stage.current?.contains(document.activeElement)) frame.current?.focus();
  }

  // One listener for the page's life; it calls the newest `run` (which reads the current state).
  const runLatest = useRef(run);
  runLatest.current = run;
  useEffect(() => {
    function onKey(event: KeyboardEvent): void {
      const command = commandForKey(event, keyTargetOf(event.target));
      if (!command) return;
      // With the help open, only "?" (and the dialog's own Escape) act: the keys stay readable.
      if (help.current?.open && command !== 'help') return;
      event.preventDefault();
      runLatest.current(command);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const script = scenarioActions(scenario, step);
  const onScript = timeline.cursor === script.length && script.every((action, index) => sameAction(action, timeline.entries[index]!.action));

  return (
    <div class="present" ref={frame} tabindex={-1}>
      <header class="present__bar">
        <p class="present__title">{scenario.title}</p>
        <p class="present__counter">
          {step === 0 ? `Start · ${stepCount} steps` : `Step ${step} of ${stepCount}`}
          {!onScript && <span class="present__off-script"> · off script (Home returns to the start)</span>}
        </p>
        <nav class="present__controls" aria-label="Presenter controls">
          <button type="button" class="button button--quiet" onClick={() => sync.previous()} disabled={step === 0}>
            Previous step
          </button>
          <button type="button" class="button" onClick={() => sync.next()} disabled={step === stepCount}>
            Next step
          </button>
          <button type="button" class="button button--quiet" onClick={() => sync.go(0)}>
            Start over
          </button>
          <a class="button button--quiet" href={notesUrl} target={`co-management-lab-notes-${scenario.id}`}>
            Notes window
          </a>
          <button type="button" class="button button--quiet" onClick={toggleHelp} aria-haspopup="dialog">
            Keys
          </button>
          <button type="button" class="button button--quiet" onClick={toggleFullscreen}>
            Full screen
          </button>
        </nav>
      </header>
      {notice && (
        <div class="notice present__notice" role="alert">
          <p>{notice}</p>
          <button type="button" class="button button--quiet" onClick={() => setNotice('')}>
            Dismiss
          </button>
        </div>
      )}
      <section class="present__narration" aria-labelledby="present-step-title">
        <h2 id="present-step-title">{current ? current.title : 'Before the first step'}</h2>
        <p>{current ? current.narration : scenario.summary}</p>
      </section>
      <div class="present__stage" ref={stage}>
        <LabConsole scenario={scenario} base={base} standalone store={store} presenting />
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <dialog class="present__help" ref={help} aria-labelledby="present-help-title">
        <h2 id="present-help-title">Presenter keys</h2>
        <KeyTable help={keyHelp} />
        <p>Keys typed into the lab's own controls stay with those controls; Escape hands the keys back.</p>
        <form method="dialog">
          <button type="submit" class="button">
            Close
          </button>
        </form>
      </dialog>
      {blank && (
        <div class="present__blank">
          <p class="visually-hidden">The screen is blank. Press B to bring it back.</p>
        </div>
      )}
    </div>
  );
}

/** The presenter keys as a table: the help overlay, and the trainers' page (rendered at build). */
export function KeyTable({ help }: { help: readonly KeyHelp[] }) {
  return (
    <table class="key-table">
      <thead>
        <tr>
          <th scope="col">Key</th>
          <th scope="col">What it does</th>
        </tr>
      </thead>
      <tbody>
        {help.map((entry) => (
          <tr key={entry.command}>
            <td>
              {entry.shown.map((key, index) => (
                <span key={key}>
                  {index > 0 && ' or '}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </td>
            <td>{entry.description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
