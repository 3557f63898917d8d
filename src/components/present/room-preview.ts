/**
 * The notes window's text preview of the room, made at build time (the notes page carries no
 * simulator): for each step, where the presenter view's stage is and the one-line strip saying
 * what the step did. The engine runs here, in the page's frontmatter, and only words reach the
 * browser.
 *
 * Where a step's effect shows and its strip come from the stage module (`src/sim/stage.ts`,
 * written for the presenter view in this issue): `stageOf(step, events)` and
 * `stepChangeLine(step, events, before, after)`. Until it lands, `STAGE` below is null and the
 * preview falls back to the step's title, with no view.
 *
 * View names are the consoles' own: the window's name and the view's path as its console spells
 * it. The view definitions that hold those paths are Preact modules that bring the consoles'
 * stylesheets with them, so importing them into the notes page would attach those stylesheets
 * to it; `VIEW_PATHS` repeats the paths as plain data, and `room-preview.test.ts` compares every
 * entry with the console's own `path()`.
 */
import { followScript } from '../../sim/run-scenario';
import { VIEW_PATHS } from '../console/guide-words';
import { WINDOW_NAMES, windowOf, type ViewLocation } from '../../sim/views';
import type { Scenario, ScenarioStep, SimEvent, SimState } from '../../sim/types';
import * as stageModule from '../../sim/stage';

/** The two functions of `src/sim/stage.ts` this preview uses, by their signatures there. */
export interface StageModule {
  stageOf(step: ScenarioStep, events: SimEvent[]): ViewLocation[];
  stepChangeLine(step: ScenarioStep, events: SimEvent[], before: SimState, after: SimState): string;
}

// The stage and the strip are the presenter's own (src/sim/stage.ts): the preview names the same views.
const STAGE: StageModule | null = stageModule;

/** What the room sees at one step, in words. */
export interface RoomPreview {
  /**
   * The views the stage shows, in turn on each step key ("Configuration Manager console:
   * Administration > Cloud Services > Cloud Attach"); empty for a step shown by its narration
   * alone; null when the stage is not known (the stage module is missing).
   */
  views: string[] | null;
  /** The one-line strip above the stage: what the step did. */
  change: string;
}

/** Each view's path as its console spells it: the guide's table (plain data, no console code or styles). */
export { VIEW_PATHS };

/** "Microsoft Intune admin center: Devices > All devices > PC-0042"; "Lab views: Authority map". */
export function viewName(location: ViewLocation, version: number): string {
  const windowName = WINDOW_NAMES[windowOf(location.view)];
  const path = VIEW_PATHS[location.view](version, location.device);
  // The lab's own views start their path with the window's name: say it once.
  return `${windowName}: ${(path[0] === windowName ? path.slice(1) : path).join(' > ')}`;
}

/**
 * The preview of every step, in order (index 0 is step 1). `stage` is the stage module; tests pass
 * a stand-in, the page passes nothing and gets the module (or, until it lands, the fallback).
 */
export function roomPreviews(scenario: Scenario, stage: StageModule | null = STAGE): RoomPreview[] {
  return followScript(scenario).map(({ index, refused, events, start, after }) => {
    const step = scenario.steps[index]!;
    // A step the engine refuses fails the presenter's own tests; the preview just names the step.
    if (refused || !stage) return { views: null, change: step.title };
    return {
      views: stage.stageOf(step, events).map((location) => viewName(location, scenario.siteVersion)),
      change: stage.stepChangeLine(step, events, start, after),
    };
  });
}
