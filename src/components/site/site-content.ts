/**
 * Loads every content collection once per build, runs the cross-file checks of
 * `validateContent()` and hands pages one validated, ordered view of the module.
 * A problem fails the build with a message that names the file and the field.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { ModuleData } from '../../schemas/module';
import type { ObjectiveId } from '../../schemas/objectives';
import type { Checklist } from '../../schemas/lesson';
import type { GlossaryTerm } from '../../schemas/glossary';
import type { TrainersData } from '../../schemas/trainers';
import type { Scenario } from '../../sim/types';
import type { Quiz } from '../../quiz/types';
import { assertValidContent } from '../../schemas/validate-content';
import { parseUnitFolder, sortUnits } from '../../progress/navigation';
import { placedScenarios } from './placed-scenarios';

export interface SiteUnit {
  slug: string;
  order: number;
  folder: string;
  title: string;
  summary: string;
  durationMinutes: number;
  objectives: ObjectiveId[];
  checklist?: Checklist | undefined;
  /** The scenarios whose labs the unit places with `<SimulatorSlot scenario="...">`, in page order. */
  labs: Scenario[];
  /** The quizzes that belong to the unit (`unit:` in `content/quizzes/`), which its body places with `<Quiz id>`. */
  quizzes: Quiz[];
  entry: CollectionEntry<'lessons'>;
}

export interface SiteScenario {
  scenario: Scenario;
  /** The units that place it with `<SimulatorSlot scenario="...">`, in unit order. */
  usedIn: SiteUnit[];
}

export interface SiteContent {
  module: ModuleData;
  units: SiteUnit[];
  glossary: GlossaryTerm[];
  /** Every quiz of `content/quizzes/`, validated. */
  quizzes: Quiz[];
  totalMinutes: number;
  /** Every scenario, by title. */
  scenarios: SiteScenario[];
  /** `content/trainers.yaml`: the trainers' running order. */
  trainers: TrainersData;
}

/** `getStaticPaths()` of the pages made per scenario: `/scenarios/<id>/`, `/present/<id>/` and its notes. */
export async function scenarioPaths(): Promise<{ params: { id: string }; props: { scenario: Scenario } }[]> {
  const scenarios = await getCollection('scenarios');
  return scenarios.map((entry) => ({ params: { id: entry.id }, props: { scenario: entry.data as Scenario } }));
}

let cached: Promise<SiteContent> | undefined;

export function loadSiteContent(): Promise<SiteContent> {
  cached ??= load();
  return cached;
}

function filePathOf(entry: { filePath?: string | undefined }, fallback: string): string {
  return entry.filePath ?? fallback;
}

async function load(): Promise<SiteContent> {
  const [moduleEntries, lessonEntries, glossaryEntries, scenarioEntries, trainersEntries, quizEntries] =
    await Promise.all([
      getCollection('module'),
      getCollection('lessons'),
      getCollection('glossary'),
      getCollection('scenarios'),
      getCollection('trainers'),
      getCollection('quizzes'),
    ]);
  const moduleEntry = moduleEntries[0];
  const glossaryEntry = glossaryEntries[0];
  const trainersEntry = trainersEntries[0];
  if (!moduleEntry) throw new Error('content/module.yaml: file is missing');
  if (!glossaryEntry) throw new Error('content/glossary.yaml: file is missing');
  if (!trainersEntry) throw new Error('content/trainers.yaml: file is missing');

  assertValidContent({
    module: { filePath: filePathOf(moduleEntry, 'content/module.yaml'), data: moduleEntry.data },
    lessons: lessonEntries.map((entry) => ({
      folder: entry.id,
      filePath: filePathOf(entry, `content/lessons/${entry.id}/index.mdx`),
      data: entry.data,
      body: entry.body ?? '',
    })),
    glossary: { filePath: filePathOf(glossaryEntry, 'content/glossary.yaml'), data: glossaryEntry.data },
    knownScenarios: scenarioEntries.map((entry) => entry.id),
    scenarioFiles: scenarioEntries.map((entry) => ({
      filePath: filePathOf(entry, `content/scenarios/${entry.id}.yaml`),
      id: entry.data.id,
    })),
    scenarioGoals: Object.fromEntries(
      scenarioEntries.map((entry) => [entry.id, entry.data.goals.map((goal) => goal.id)]),
    ),
    trainers: {
      filePath: filePathOf(trainersEntry, 'content/trainers.yaml'),
      data: trainersEntry.data,
      scenarioMinutes: Object.fromEntries(scenarioEntries.map((entry) => [entry.id, entry.data.durationMinutes])),
    },
    quizzes: quizEntries.map((entry) => ({
      filePath: filePathOf(entry, `content/quizzes/${entry.id}.yaml`),
      data: entry.data,
    })),
  });

  const scenarioById = new Map(scenarioEntries.map((entry) => [entry.id, entry.data as Scenario]));
  // By id: the collection's own order can change from build to build, and the LMS launch page writes them in order.
  const quizzes: Quiz[] = quizEntries.map((entry) => entry.data).sort((a, b) => a.id.localeCompare(b.id, 'en'));
  const units = sortUnits(
    lessonEntries.map((entry) => {
      // validateContent has rejected any folder name that does not parse, and any unknown scenario.
      const ref = parseUnitFolder(entry.id)!;
      const labs = placedScenarios(entry.body ?? '').flatMap((id) => scenarioById.get(id) ?? []);
      // validateContent has checked that the unit's body places each of its quizzes exactly once.
      const unitQuizzes = quizzes.filter((quiz) => quiz.unit === ref.slug);
      return { ...ref, ...entry.data, labs, quizzes: unitQuizzes, entry };
    }),
  );
  const scenarios = [...scenarioById.values()]
    .map((scenario) => ({ scenario, usedIn: units.filter((unit) => unit.labs.includes(scenario)) }))
    .sort((a, b) => a.scenario.title.localeCompare(b.scenario.title, 'en'));
  return {
    module: moduleEntry.data,
    units,
    glossary: glossaryEntry.data.terms,
    quizzes,
    totalMinutes: units.reduce((sum, unit) => sum + unit.durationMinutes, 0),
    scenarios,
    trainers: trainersEntry.data,
  };
}
