/**
 * The presenter view: one scenario's lab console in large type, driven through the scenario's
 * steps by keys (or the buttons in the bar), with the current step's narration beside a stage
 * that shows where the step's effect is: the view its events point at, or the views the step
 * names (shown in turn on each step key), with a one-line strip of what the step did and the
 * changed elements marked. A blank screen, a help list of the keys, and a notes window that
 * follows over BroadcastChannel.
 *
 * The lab stays live: with "Lab tools" the trainer gets the lab bar's buttons, the window switcher
 * and the consoles' ribbons and navigation, and can go off script. Changes made live stay until
 * the next step key, which replays the script without them (every step key opens a fresh stage).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { atom } from 'nanostores';
import { useStore } from '../use-store';
import { pageUrl } from '../page-url';
import { createSimulatorStore, groupEnd, groupStart, sameAction, type SimulatorStore, type Timeline } from '../../stores/simulator';
import { LabConsole } from '../console/LabConsole';
import { FRAME_LOADERS, VIEW_LOADERS } from '../console/registry';
import type { Preloaded } from '../console/types';
import { WINDOW_NAMES, windowOf } from '../../sim/views';
import { createPresenterSync } from '../../stores/presenter';
import { scenarioActions } from '../../sim/scenario';
import type { Scenario } from '../../sim/types';
import { commandForKey, keyTargetOf, type PresenterCommand } from './keys';
import type { KeyHelp } from './key-help';
import type { PresentedStep } from './script';
import { firstShown, revealInside, scrollListTo } from './reveal';

type StepMarking = typeof import('./step-marks');

/**
 * The session as the presenter's lab shows it: each scripted step is one change, as one step key
 * applied it. One Undo takes a step back, and the authority map's "last change" is the whole step.
 * Changes made live after the script stay changes of their own.
 */
function stepsAsChanges(store: SimulatorStore, scenario: Scenario): SimulatorStore {
  const script = scenarioActions(scenario);
  const starts = new Set(scenario.steps.map((_, k) => scenarioActions(scenario, k).length));
  const grouped = (timeline: Timeline): Timeline => {
    let onScript = true;
    const entries = timeline.entries.map((entry, j) => {
      onScript &&= j < script.length && sameAction(entry.action, script[j]!);
      return onScript ? { ...entry, joined: !starts.has(j) } : entry;
    });
    return { ...timeline, entries };
  };
  // An atom kept in step (nanostores' `computed` would join the site's shared chunk, see stores/simulator.ts).
  const $timeline = atom(grouped(store.$timeline.get()));
  store.$timeline.listen((timeline) => $timeline.set(grouped(timeline)));
  return { ...store, $timeline, back: () => store.goTo(groupStart($timeline.get())), forward: () => store.goTo(groupEnd($timeline.get())) };
}

/** The scenario the running order presents next, for the link at the last step. */
export interface NextScenarioLink {
  id: string;
  title: string;
  /** The activities the running order puts before it. */
  between: string[];
}

export interface PresenterProps {
  scenario: Scenario;
  base: string;
  /** The keys as the help lists them (`PRESENTER_KEY_HELP`, passed by the page). */
  keyHelp: KeyHelp[];
  /** The start and every step as the stage shows them (`presentedSteps`, worked out when the site is built). */
  script: PresentedStep[];
  /** The running order's next scenario, offered at the last step; null when none follows. */
  next: NextScenarioLink | null;
}

/** `#step=2` keeps the step across a reload of the presenter view. */
function stepFromHash(stepCount: number): number {
  const match = /^#step=(\d{1,3})$/.exec(window.location.hash);
  const step = match ? Number(match[1]) : 0;
  return step <= stepCount ? step : 0;
}

/** How long (in frames) the stage keeps bringing a step's first change into view while its views load. */
const REVEAL_FRAMES = 45;

export function Presenter({ scenario, base, keyHelp, script, next }: PresenterProps) {
  const stepCount = scenario.steps.length;
  const store = useMemo(() => createSimulatorStore(scenario), [scenario]);
  const stageStore = useMemo(() => stepsAsChanges(store, scenario), [store, scenario]);
  const sync = useMemo(() => createPresenterSync(scenario.id, stepCount, 'presenter'), [scenario, stepCount]);
  const step = useStore(sync.$step);
  const timeline = useStore(store.$timeline);
  const state = useStore(store.$state);
  // `part`: which of the step's views is on stage; `visit`: counts step keys, each a fresh stage.
  const [shown, setShown] = useState({ part: 0, visit: 0 });
  const [tools, setTools] = useState(false);
  const [blank, setBlank] = useState(false);
  const [notice, setNotice] = useState('');
  const [storageBlocked, setStorageBlocked] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const frame = useRef<HTMLDivElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const help = useRef<HTMLDialogElement>(null);
  // Going back from a step's first view lands on the previous step's last view.
  const landAtEnd = useRef(false);
  const notesUrl = pageUrl(`${base.replace(/\/$/, '')}/present/${scenario.id}/notes/`);
  const current = step > 0 ? scenario.steps[step - 1]! : null;
  const stages = script[step]?.stage ?? [];
  const part = Math.min(shown.part, Math.max(0, stages.length - 1));
  const location = stages[part] ?? null;
  const strip = script[step]?.strip ?? '';
  // The breadcrumb over the stage, worked out at build (script.ts): the server renders it as the
  // browser will, so nothing moves when the stage's code loads.
  const path = script[step]?.paths[part] ?? [];
  const windowName = location ? WINDOW_NAMES[windowOf(location.view)] : '';

  /** Puts the lab back on the script at `at` steps (dropping live changes) and opens view `nextPart` on a fresh stage. */
  function replay(at: number, nextPart: number): void {
    const following = store.follow(scenarioActions(scenario, at));
    setShown((now) => ({ part: nextPart, visit: now.visit + 1 }));
    const parts = script[at]?.stage.length ?? 0;
    const where =
      (at === 0 ? 'Start of the scenario' : `Step ${at} of ${stepCount}: ${scenario.steps[at - 1]!.title}`) +
      (parts > 1 ? `, view ${nextPart + 1} of ${parts}` : '');
    void following.then((result) => setAnnouncement(result.ok ? `${where}.` : `${where}. The lab stopped before an action it refused: ${result.reason}`));
  }

  useEffect(() => {
    const stop = sync.onGo((at) => {
      const parts = script[at]?.stage.length ?? 0;
      const nextPart = landAtEnd.current ? Math.max(0, parts - 1) : 0;
      landAtEnd.current = false;
      replay(at, nextPart);
      history.replaceState(null, '', at > 0 ? `#step=${at}` : window.location.pathname);
    });
    // Starts where the address says (a reload), and tells an open notes window where that is.
    sync.go(stepFromHash(stepCount));
    setStorageBlocked(document.documentElement.classList.contains('no-storage'));
    return () => {
      stop();
      sync.close();
    };
  }, [sync, store, scenario, stepCount]);

  // The views the steps show, and their windows' frames, load at idle and go to the lab with its
  // own code, so each step key renders its stage at once.
  const [preloaded, setPreloaded] = useState<Preloaded>({});
  useEffect(() => {
    const views = [...new Set(script.flatMap((s) => s.stage.map((place) => place.view)))];
    const windows = [...new Set(views.map(windowOf))];
    const load = () =>
      void Promise.all([
        Promise.all(views.map((view) => VIEW_LOADERS[view]().then((module) => [view, module.default] as const))),
        Promise.all(windows.map((window) => FRAME_LOADERS[window]().then((module) => [window, module.default] as const))),
      ]).then(([loaded, frames]) => setPreloaded({ views: Object.fromEntries(loaded), frames: Object.fromEntries(frames) }), () => undefined);
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(load, { timeout: 4000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(load, 1500);
    return () => clearTimeout(id);
  }, [script]);

  function forward(): void {
    if (part < stages.length - 1) replay(step, part + 1);
    else sync.next();
  }

  function backward(): void {
    if (part > 0) replay(step, part - 1);
    else if (step > 0) {
      landAtEnd.current = true;
      sync.previous();
    }
  }

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
    else {
      dialog.showModal();
      // The list opens at its heading (focus on Close, the last control, could scroll it away).
      dialog.querySelector<HTMLElement>('h2')?.focus();
    }
  }

  function run(command: PresenterCommand): void {
    void import('./class-timer-sync').then((timer) => timer.noteStepKey(scenario.id, command));
    if (command === 'next') forward();
    else if (command === 'previous') backward();
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
      // With the help open, only "?" and Escape act: the keys stay readable. Escape is closed here
      // rather than left to the browser, which now and then let a modal dialog ignore it.
      if (help.current?.open && command !== 'help') {
        if (command !== 'escape') return;
        event.preventDefault();
        help.current.close();
        return;
      }
      event.preventDefault();
      runLatest.current(command);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const scripted = scenarioActions(scenario, step);
  const onScript = timeline.cursor === scripted.length && scripted.every((action, index) => sameAction(action, timeline.entries[index]!.action));

  // What the step on screen changed in the view on stage (with any live changes since): the views
  // mark it. The code that works it out loads with the page, after the view itself.
  const [marking, setMarking] = useState<StepMarking | null>(null);
  useEffect(() => {
    void import('./step-marks').then(setMarking, () => undefined);
  }, []);
  const stepStart = step > 0 ? scenarioActions(scenario, step - 1).length : null;
  const before = stepStart !== null && timeline.cursor >= stepStart ? timeline.states[stepStart]! : null;
  const marks = useMemo(() => (marking && before && location ? marking.stageMarks(before, state, location) : null), [marking, before, state, location]);

  // Each fresh stage brings the step's first change into view inside its panes (never the page):
  // a list that renders only the rows in view first scrolls to the first changed row; frame after
  // frame while the views load and lists settle; then the trainer's scrolling is left alone.
  const firstRow = marks?.firstRow ?? null;
  useEffect(() => {
    const root = stage.current;
    if (!root) return;
    let frames = 0;
    let listed = firstRow === null;
    let id = 0;
    const tick = () => {
      if (!listed) listed = scrollListTo(root, firstRow!);
      const first = firstShown(root, '[data-step-change]');
      if (first) revealInside(first, root);
      if (++frames < REVEAL_FRAMES) id = requestAnimationFrame(tick);
    };
    id = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(id);
  }, [shown.visit, marks !== null, firstRow]);

  const atEnd = step === stepCount;
  return (
    <div class={`present${location ? '' : ' present--narration'}${tools ? ' present--tools' : ''}`} ref={frame} tabindex={-1}>
      <header class="present__bar">
        <p class="present__title">{scenario.title}</p>
        <p class="present__counter">
          {step === 0 ? `Start · ${stepCount} steps` : `Step ${step} of ${stepCount}`}
          {stages.length > 1 && <span class="present__part"> · view {part + 1} of {stages.length}</span>}
        </p>
        {!onScript && <p class="present__live">Live changes: the next step returns to the script</p>}
        <nav class="present__controls" aria-label="Presenter controls">
          <button type="button" class="button button--quiet" onClick={backward} disabled={step === 0 && part === 0}>
            Previous step
          </button>
          <button type="button" class="button" onClick={forward} disabled={atEnd && part >= stages.length - 1}>
            Next step
          </button>
          <button type="button" class="button button--quiet" onClick={() => sync.go(0)}>
            Start over
          </button>
          <a class="button button--quiet" href={notesUrl} target={`co-management-lab-notes-${scenario.id}`}>
            Notes window
          </a>
          <button type="button" class="button button--quiet" onClick={() => setTools(!tools)} aria-pressed={tools}>
            Lab tools
          </button>
          <button type="button" class="button button--quiet" onClick={toggleHelp} aria-haspopup="dialog">
            Keys
          </button>
          <button type="button" class="button button--quiet" onClick={toggleFullscreen}>
            Full screen
          </button>
        </nav>
      </header>
      {storageBlocked && (
        <p class="present__line" role="status">
          <span>This browser is not letting the course save anything, so your progress will not be saved. The lab still works.</span>
          <button type="button" class="button button--quiet" onClick={() => setStorageBlocked(false)}>
            Dismiss
          </button>
        </p>
      )}
      {notice && (
        <div class="present__line" role="alert">
          <span>{notice}</span>
          <button type="button" class="button button--quiet" onClick={() => setNotice('')}>
            Dismiss
          </button>
        </div>
      )}
      <div class="present__main">
        <section class="present__narration" aria-labelledby="present-step-title" tabIndex={0}>
          <h2 id="present-step-title">{current ? current.title : 'Before the first step'}</h2>
          <p>{current ? current.narration : scenario.summary}</p>
          {atEnd && next && (
            <p class="present__next">
              Next:{' '}
              <a href={pageUrl(`${base.replace(/\/$/, '')}/present/${next.id}/`)}>{next.title}</a>
              {next.between.length > 0 && <span class="present__between"> (after {next.between.join(', then ')})</span>}
            </p>
          )}
        </section>
        <div class="present__stage-column" hidden={!location}>
          {strip && (
            <p class="present__strip">
              <span class="visually-hidden">What this step did: </span>
              {strip}
            </p>
          )}
          {location && !tools && (
            <nav class="present__path" aria-label="Where this is">
              <ol>
                {[windowName, ...(path[0] === windowName ? path.slice(1) : path)].map((part, k, all) => (
                  <li key={k} aria-current={k === all.length - 1 ? 'location' : undefined}>
                    {part}
                  </li>
                ))}
              </ol>
            </nav>
          )}
          <div class="present__stage" ref={stage}>
            <LabConsole
              key={shown.visit}
              scenario={scenario}
              base={base}
              standalone
              store={stageStore}
              preloaded={preloaded}
              presenting
              opensAt={location ?? { view: scenario.opensAt }}
              stepMarks={marks?.marks}
            />
          </div>
        </div>
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <dialog class="present__help" ref={help} aria-labelledby="present-help-title">
        <h2 id="present-help-title" tabIndex={-1}>
          Presenter keys
        </h2>
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
