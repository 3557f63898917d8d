/**
 * `content/trainers.yaml`, the trainers' running order: its scenarios and units exist, no scenario
 * comes twice, the minutes add up to the class; each swap-in replaces a scenario of the running
 * order; the printed checklist is a unit's.
 */
import type { TrainersData } from '../trainers';
import { knownList, type Report } from './problems';

/** `content/trainers.yaml` with each existing scenario's `durationMinutes`, by scenario id. */
export interface TrainersEntry {
  filePath: string;
  data: TrainersData;
  scenarioMinutes: Readonly<Record<string, number>>;
}

/** Checks a scenario reference at `field` and returns the scenario's minutes (0 when it does not exist). */
type CheckScenario = (id: string, field: string) => number;

/** Checks the running order, its swap-ins, its checklist and its total, in that order. */
export function checkRunningOrder(
  trainers: TrainersEntry,
  unitSlugs: ReadonlySet<string>,
  checklistIds: readonly string[],
  report: Report,
): void {
  const { filePath, data } = trainers;
  const checkScenario = scenarioChecker(trainers, report);
  let total = 0;
  data.runningOrder.forEach((item, index) => {
    if ('scenario' in item) {
      total += checkScenario(item.scenario, `runningOrder[${index}].scenario`);
      return;
    }
    total += item.minutes;
    item.units.forEach((slug, k) => {
      if (!unitSlugs.has(slug)) {
        report(
          filePath,
          `runningOrder[${index}].units[${k}]`,
          `received "${slug}", but no unit has this slug; expected one of ${[...unitSlugs].join(', ')}`,
        );
      }
    });
  });
  checkAlternatives(trainers, checkScenario, report);
  if (!checklistIds.includes(data.checklist)) {
    report(
      filePath,
      'checklist',
      `received "${data.checklist}", but no unit declares this checklist; expected the checklist.id of a unit` +
        knownList('units declare', data.checklist, checklistIds),
    );
  }
  if (total !== data.classMinutes) {
    report(
      filePath,
      'runningOrder',
      `the items add up to ${total} minutes (a scenario counts its durationMinutes); ` +
        `expected classMinutes, ${data.classMinutes}`,
    );
  }
}

/** A scenario check that also remembers which field named each scenario first, to refuse a second mention. */
function scenarioChecker({ filePath, scenarioMinutes }: TrainersEntry, report: Report): CheckScenario {
  const known = Object.keys(scenarioMinutes);
  const seen = new Map<string, string>();
  return (id, field) => {
    const minutes = scenarioMinutes[id];
    if (minutes === undefined) {
      report(
        filePath,
        field,
        `received "${id}", but no scenario has this id; expected the id of a file in content/scenarios/` +
          knownList('known scenarios include', id, known),
      );
      return 0;
    }
    const first = seen.get(id);
    if (first !== undefined)
      report(filePath, field, `received "${id}", which ${first} already names; expected each scenario once`);
    else seen.set(id, field);
    return minutes;
  };
}

/** Swap-ins: each scenario exists and is not named elsewhere; each replaces a scenario of the running order. */
function checkAlternatives(trainers: TrainersEntry, checkScenario: CheckScenario, report: Report): void {
  const { filePath, data, scenarioMinutes } = trainers;
  const ordered = data.runningOrder.flatMap((item) => ('scenario' in item ? [item.scenario] : []));
  data.alternatives.forEach((item, index) => {
    checkScenario(item.scenario, `alternatives[${index}].scenario`);
    if (ordered.includes(item.replaces)) return;
    const field = `alternatives[${index}].replaces`;
    if (scenarioMinutes[item.replaces] === undefined) {
      report(
        filePath,
        field,
        `received "${item.replaces}", but no scenario has this id; expected a scenario of the running order` +
          knownList('its scenarios include', item.replaces, ordered),
      );
    } else {
      report(
        filePath,
        field,
        `received "${item.replaces}", which is not in the running order; ` +
          `expected one of its scenarios: ${ordered.join(', ')}`,
      );
    }
  });
}
