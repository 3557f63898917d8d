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
import { useMemo, useRef, useState } from 'preact/hooks';
import { atom } from 'nanostores';
import { useStore } from '../use-store';
import { pageUrl } from '../page-url';
import {
  createSimulatorStore,
  groupEnd,
  groupStart,
  sameAction,
  type SimulatorStore,
  type Timeline,
} from '../../stores/simulator';
import { LabConsole } from '../console/LabConsole';
import { createPresenterSync } from '../../stores/presenter';
import { scenarioActions } from '../../sim/scenario';
import type { Action, Scenario, SimState } from '../../sim/types';
import type { PresenterCommand } from './keys';
import type { KeyHelp } from './key-help';
import type { PresentedStep } from './script';
import { BlankScreen, KeysHelp, Narration, PresenterBar, PresenterNotices, StageColumn } from './PresenterParts';
import type { NextScenarioLink } from './PresenterParts';
import { usePreloadedViews, usePresenterKeys, useRevealFirstChange, useStepMarks } from './use-presenter';
import { useStageSteps } from './use-stage-steps';

export type { NextScenarioLink } from './PresenterParts';
// The trainers' page imports the key table from here: with it come the lab's stylesheets, as before the split.
export { KeyTable } from './KeyTable';

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
  return {
    ...store,
    $timeline,
    back: () => store.goTo(groupStart($timeline.get())),
    forward: () => store.goTo(groupEnd($timeline.get())),
  };
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

/** The presenter's session (its own store, a step per change on stage) and the step shared with the notes window. */
function usePresenterStores(scenario: Scenario) {
  const store = useMemo(() => createSimulatorStore(scenario), [scenario]);
  const stageStore = useMemo(() => stepsAsChanges(store, scenario), [store, scenario]);
  const sync = useMemo(() => createPresenterSync(scenario.id, scenario.steps.length, 'presenter'), [scenario]);
  return { store, stageStore, sync };
}

const NO_FULLSCREEN = "Full screen is not allowed here: use the browser's own full screen key (F11).";

/** Opens the notes window; the notice to show (a blocked window), or ''. */
function openNotes(notesUrl: string, scenarioId: string): string {
  const notes = window.open(notesUrl, `co-management-lab-notes-${scenarioId}`, 'popup=yes,width=960,height=720');
  return notes ? '' : 'The browser blocked the notes window. Open it with the "Notes window" link in the bar.';
}

function toggleFullscreen(fail: () => void): void {
  if (document.fullscreenElement) void document.exitFullscreen().catch(fail);
  else void document.documentElement.requestFullscreen?.().catch(fail);
}

function toggleHelp(dialog: HTMLDialogElement | null): void {
  if (!dialog) return;
  if (dialog.open) dialog.close();
  else {
    dialog.showModal();
    // The list opens at its heading (focus on Close, the last control, could scroll it away).
    dialog.querySelector<HTMLElement>('h2')?.focus();
  }
}

/** The state the step on screen began from, when the timeline holds it (null at the start). */
function stepStartState(scenario: Scenario, step: number, timeline: Timeline): SimState | null {
  const stepStart = step > 0 ? scenarioActions(scenario, step - 1).length : null;
  return stepStart !== null && timeline.cursor >= stepStart ? timeline.states[stepStart]! : null;
}

/** True when the lab shows exactly the script's first `step` steps (no live changes). */
function isOnScript(scenario: Scenario, step: number, timeline: Timeline): boolean {
  const scripted = scenarioActions(scenario, step);
  const same = (action: Action, index: number) => sameAction(action, timeline.entries[index]!.action);
  return timeline.cursor === scripted.length && scripted.every(same);
}

export function Presenter({ scenario, base, keyHelp, script, next }: PresenterProps) {
  const stepCount = scenario.steps.length;
  const { store, stageStore, sync } = usePresenterStores(scenario);
  const { step, part, stages, visit, announcement, forward, backward } = useStageSteps(store, sync, scenario, script);
  const timeline = useStore(store.$timeline);
  const [tools, setTools] = useState(false);
  const [blank, setBlank] = useState(false);
  const [notice, setNotice] = useState('');
  const frame = useRef<HTMLDivElement>(null);
  const stage = useRef<HTMLDivElement>(null);
  const help = useRef<HTMLDialogElement>(null);
  const notesUrl = pageUrl(`${base.replace(/\/$/, '')}/present/${scenario.id}/notes/`);
  const location = stages[part] ?? null;
  const preloaded = usePreloadedViews(script);
  const marks = useStepMarks(store, stepStartState(scenario, step, timeline), location);
  useRevealFirstChange(stage, visit, marks !== null, marks?.firstRow ?? null);

  const commands: Record<Exclude<PresenterCommand, 'escape'>, () => void> = {
    next: forward,
    previous: backward,
    start: () => sync.go(0),
    end: () => sync.go(stepCount),
    notes: () => setNotice(openNotes(notesUrl, scenario.id)),
    fullscreen: () => toggleFullscreen(() => setNotice(NO_FULLSCREEN)),
    help: () => toggleHelp(help.current),
    blackout: () => setBlank((was) => !was),
  };
  usePresenterKeys(help, scenario.id, commands, () => {
    if (blank) setBlank(false);
    // Escape inside the lab hands the keys back to the presenter view.
    else if (stage.current?.contains(document.activeElement)) frame.current?.focus();
  });

  // The narration alone when the step shows no view; the lab's tools when they are on.
  const frameClass = `present${location ? '' : ' present--narration'}${tools ? ' present--tools' : ''}`;
  return (
    <div class={frameClass} ref={frame} tabindex={-1}>
      <PresenterBar
        title={scenario.title}
        step={step}
        stepCount={stepCount}
        part={part}
        parts={stages.length}
        onScript={isOnScript(scenario, step, timeline)}
        notesUrl={notesUrl}
        notesTarget={`co-management-lab-notes-${scenario.id}`}
        tools={tools}
        onTools={() => setTools(!tools)}
        commands={commands}
      />
      <PresenterNotices notice={notice} onDismissNotice={() => setNotice('')} />
      <div class="present__main">
        <Narration scenario={scenario} base={base} step={step} next={next} />
        <StageColumn
          location={location}
          strip={script[step]?.strip ?? ''}
          path={tools ? null : (script[step]?.paths[part] ?? [])}
          stage={stage}
        >
          <LabConsole
            key={visit}
            scenario={scenario}
            base={base}
            standalone
            store={stageStore}
            preloaded={preloaded}
            presenting
            opensAt={location ?? { view: scenario.opensAt }}
            stepMarks={marks?.marks}
          />
        </StageColumn>
      </div>
      <p class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      <KeysHelp help={help} keyHelp={keyHelp} />
      {blank && <BlankScreen />}
    </div>
  );
}
