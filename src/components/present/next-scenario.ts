/**
 * The scenario a class sees after this one, from the trainers' running order
 * (`content/trainers.yaml`): the presenter view offers it at the last step. Pure.
 */
import type { TrainersData } from '../../schemas/trainers';

export interface NextInOrder {
  /** The next scenario's id. */
  scenario: string;
  /** The activities the running order puts between the two (a discussion, a checklist), in order. */
  between: string[];
}

/**
 * The next scenario item after `scenarioId` in the running order, with the activities on the way;
 * null when no scenario follows, or the scenario is not in the running order. A swap-in
 * (`alternatives`) that says which scenario it `replaces` continues from that scenario's place.
 */
export function nextInRunningOrder(trainers: TrainersData, scenarioId: string): NextInOrder | null {
  const swapIn = trainers.alternatives.find((item) => item.scenario === scenarioId) as
    { replaces?: unknown } | undefined;
  const place = typeof swapIn?.replaces === 'string' ? swapIn.replaces : scenarioId;
  const at = trainers.runningOrder.findIndex((item) => 'scenario' in item && item.scenario === place);
  if (at < 0) return null;
  const between: string[] = [];
  for (const item of trainers.runningOrder.slice(at + 1)) {
    if ('scenario' in item) return { scenario: item.scenario, between };
    between.push(item.activity);
  }
  return null;
}
