/**
 * A scenario as the presenter view plays it, worked out when the site is built: for the start and
 * for each step, where the stage is (src/sim/stage.ts) and the one-line strip of what the step did.
 * The page passes it to the island as props, so the browser runs no stage derivation and loads no
 * sentences to show them. The notes window can show the same lines as its preview of the room.
 */
import { followScript } from '../../sim/run-scenario';
import { stageOf, stepChangeLine } from '../../sim/stage';
import type { Scenario } from '../../sim/types';
import type { ViewLocation } from '../../sim/views';
import { VIEW_PATHS } from '../console/guide-words';

export interface PresentedStep {
  /** The views shown, in turn on each step key; empty: the narration alone. */
  stage: ViewLocation[];
  /**
   * Each stage view's menu path (its breadcrumb over the stage), as the view's own code gives it:
   * known here, so the server renders the breadcrumb the browser will show.
   */
  paths: string[][];
  /** What the step did, in one line; empty for the start and for a step without actions. */
  strip: string;
}

/**
 * Index 0 is the start (the scenario's `opensAt` view, no strip); index k is step k. Throws when
 * an action is refused: the scenario files' tests make sure none is.
 */
export function presentedSteps(scenario: Scenario): PresentedStep[] {
  const steps = followScript(scenario).map(({ index, refused, events, start, after }): PresentedStep => {
    if (refused)
      throw new Error(
        `content/scenarios/${scenario.id}.yaml: steps[${index}] is refused by the engine: ${refused.reason}`,
      );
    const step = scenario.steps[index]!;
    const stage = stageOf(step, events);
    return {
      stage,
      paths: stage.map((at) => VIEW_PATHS[at.view](after.site.version, at.device)),
      strip: stepChangeLine(step, events, start, after),
    };
  });
  const opening = { view: scenario.opensAt };
  return [{ stage: [opening], paths: [VIEW_PATHS[opening.view](scenario.siteVersion)], strip: '' }, ...steps];
}
