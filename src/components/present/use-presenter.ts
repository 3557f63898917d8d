/**
 * The presenter view's effects, one hook each: the step views' code loaded at idle, what the step
 * on screen changed, bringing that change into view, and the presenter keys.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';
import { FRAME_LOADERS, VIEW_LOADERS } from '../console/registry';
import type { Preloaded } from '../console/types';
import { windowOf, type ViewLocation } from '../../sim/views';
import type { SimState } from '../../sim/types';
import type { SimulatorStore } from '../../stores/simulator';
import { useStore } from '../use-store';
import { commandForKey, keyTargetOf, type PresenterCommand } from './keys';
import type { PresentedStep } from './script';
import { firstShown, revealInside, scrollListTo } from './reveal';

type StepMarking = typeof import('./step-marks');

/** How long (in frames) the stage keeps bringing a step's first change into view while its views load. */
const REVEAL_FRAMES = 45;

/**
 * The views the steps show, and their windows' frames, load at idle and go to the lab with its
 * own code, so each step key renders its stage at once.
 */
export function usePreloadedViews(script: PresentedStep[]): Preloaded {
  const [preloaded, setPreloaded] = useState<Preloaded>({});
  useEffect(() => {
    const views = [...new Set(script.flatMap((s) => s.stage.map((place) => place.view)))];
    const windows = [...new Set(views.map(windowOf))];
    const loadViews = () =>
      Promise.all(views.map((view) => VIEW_LOADERS[view]().then((module) => [view, module.default] as const)));
    const loadFrames = () =>
      Promise.all(windows.map((window) => FRAME_LOADERS[window]().then((module) => [window, module.default] as const)));
    const load = () =>
      void Promise.all([loadViews(), loadFrames()]).then(
        ([loaded, frames]) => setPreloaded({ views: Object.fromEntries(loaded), frames: Object.fromEntries(frames) }),
        () => undefined,
      );
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(load, { timeout: 4000 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(load, 1500);
    return () => clearTimeout(id);
  }, [script]);
  return preloaded;
}

/**
 * What the step on screen changed in the view on stage (with any live changes since): the views
 * mark it. The code that works it out loads with the page, after the view itself.
 */
export function useStepMarks(store: SimulatorStore, before: SimState | null, location: ViewLocation | null) {
  const state = useStore(store.$state);
  const [marking, setMarking] = useState<StepMarking | null>(null);
  useEffect(() => {
    void import('./step-marks').then(setMarking, () => undefined);
  }, []);
  return useMemo(
    () => (marking && before && location ? marking.stageMarks(before, state, location) : null),
    [marking, before, state, location],
  );
}

/**
 * Each fresh stage brings the step's first change into view inside its panes (never the page):
 * a list that renders only the rows in view first scrolls to the first changed row; frame after
 * frame while the views load and lists settle; then the trainer's scrolling is left alone.
 */
export function useRevealFirstChange(
  stage: RefObject<HTMLDivElement>,
  visit: number,
  marked: boolean,
  firstRow: number | null,
) {
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
  }, [visit, marked, firstRow]);
}

/**
 * One key listener for the page's life: each key's command (noted by the class timer), or
 * `onEscape`. It calls the newest commands (which read the current state).
 */
export function usePresenterKeys(
  help: RefObject<HTMLDialogElement>,
  scenarioId: string,
  commands: Record<Exclude<PresenterCommand, 'escape'>, () => void>,
  onEscape: () => void,
) {
  const run = (command: PresenterCommand) => {
    void import('./class-timer-sync').then((timer) => timer.noteStepKey(scenarioId, command));
    if (command === 'escape') onEscape();
    else commands[command]();
  };
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
}
