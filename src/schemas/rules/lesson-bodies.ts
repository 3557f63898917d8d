/**
 * The MDX bodies of the units: each is valid MDX; `<Term id>` names a glossary term,
 * `<SimulatorSlot scenario>` a scenario that exists, and `<Checklist id>` the unit's own checklist,
 * placed exactly once (the tags are read by `../mdx-body.ts`). Also the heading ids Astro gives a
 * body, which quiz anchors point at.
 */
import { MdxBodyError, tryReadMdxBody, type MdxBody } from '../mdx-body';
import { knownList, relativeContentPath, type Report } from './problems';
import type { LessonEntry } from './units';

/** What the body rules need to know about the rest of the content. */
export interface BodyContext {
  /** `content/glossary.yaml`, where `<Term id>` ids come from. */
  glossaryFile: string;
  /** The glossary's term ids. */
  termIds: readonly string[];
  /** Scenario ids that exist; when undefined, `<SimulatorSlot>` tags are not checked. */
  knownScenarios?: readonly string[] | undefined;
}

/** Lesson bodies: valid MDX, and <Term id>, <Checklist id> and <SimulatorSlot scenario> refer to things that exist. */
export function checkLessonBodies(lessons: readonly LessonEntry[], context: BodyContext, report: Report): void {
  for (const lesson of lessons) {
    const body = tryReadMdxBody(lesson.body);
    if (body instanceof MdxBodyError) {
      // Astro's MDX compile stops a build on such a body first, with its own line and column.
      report(lesson.filePath, 'body', `is not valid MDX: ${body.message}`);
      continue;
    }
    checkTermTags(lesson, body, context, report);
    checkChecklistTags(lesson, body, report);
    if (context.knownScenarios !== undefined) checkSimulatorSlotTags(lesson, body, context.knownScenarios, report);
  }
}

function checkTermTags(lesson: LessonEntry, body: MdxBody, context: BodyContext, report: Report): void {
  const glossaryShown = relativeContentPath(context.glossaryFile);
  const { termIds } = context;
  for (const tag of body.tags('Term')) {
    const id = tag.attributes.get('id');
    if (id === undefined) {
      report(
        lesson.filePath,
        '<Term>',
        `has no id (body line ${tag.line}); expected <Term id="glossary-id">text</Term> ` +
          `with an id from ${glossaryShown}`,
      );
    } else if (id.kind === 'expression') {
      report(
        lesson.filePath,
        `<Term id={${id.value}}>`,
        `received an expression (body line ${tag.line}); expected a quoted glossary id, e.g. <Term id="mdm">`,
      );
    } else if (!termIds.includes(id.value)) {
      report(
        lesson.filePath,
        `<Term id="${id.value}">`,
        `no glossary term has this id (body line ${tag.line}); expected an id from ${glossaryShown}` +
          knownList('known ids include', id.value, termIds),
      );
    }
  }
}

function checkSimulatorSlotTags(
  lesson: LessonEntry,
  body: MdxBody,
  scenarios: readonly string[],
  report: Report,
): void {
  for (const tag of body.tags('SimulatorSlot')) {
    const scenario = tag.attributes.get('scenario');
    if (scenario === undefined) {
      report(
        lesson.filePath,
        '<SimulatorSlot>',
        `has no scenario (body line ${tag.line}); expected <SimulatorSlot scenario="scenario-id" />`,
      );
    } else if (scenario.kind === 'expression') {
      report(
        lesson.filePath,
        `<SimulatorSlot scenario={${scenario.value}}>`,
        `received an expression (body line ${tag.line}); expected a quoted scenario id`,
      );
    } else if (!scenarios.includes(scenario.value)) {
      report(
        lesson.filePath,
        `<SimulatorSlot scenario="${scenario.value}">`,
        `no scenario has this id (body line ${tag.line}); expected the id of a file in content/scenarios/` +
          knownList('known scenarios include', scenario.value, scenarios),
      );
    }
  }
}

/**
 * A unit's checklist: item ids unique (ticks are saved by them); placed exactly where the body
 * says `<Checklist id="...">` with the unit's own checklist id; never declared and left unplaced.
 */
function checkChecklistTags(lesson: LessonEntry, body: MdxBody, report: Report): void {
  const checklist = lesson.data.checklist;
  const seen = new Set<string>();
  checklist?.items.forEach((item, index) => {
    if (seen.has(item.id)) {
      report(
        lesson.filePath,
        `checklist.items[${index}].id`,
        `received "${item.id}" a second time; expected ids unique within the checklist`,
      );
    }
    seen.add(item.id);
  });
  const tags = body.tags('Checklist');
  for (const tag of tags) {
    const id = tag.attributes.get('id');
    if (id === undefined || id.kind === 'expression') {
      report(
        lesson.filePath,
        '<Checklist>',
        `needs a quoted id (body line ${tag.line}); expected <Checklist id="${checklist?.id ?? 'checklist-id'}" />`,
      );
    } else if (id.value !== checklist?.id) {
      report(
        lesson.filePath,
        `<Checklist id="${id.value}">`,
        checklist
          ? `received "${id.value}" (body line ${tag.line}); expected this unit's checklist id "${checklist.id}"`
          : `this unit declares no checklist (body line ${tag.line}); expected a \`checklist:\` in its frontmatter`,
      );
    }
  }
  if (checklist && tags.length === 0) {
    report(
      lesson.filePath,
      'checklist',
      `"${checklist.id}" is declared but never placed; expected <Checklist id="${checklist.id}" /> in the body`,
    );
  }
}

/**
 * The ids Astro gives the headings of an MDX body, in order (`mdx-body.ts` runs Astro's own
 * heading-id step). A body that is not valid MDX has none here; its lesson reports why.
 */
export function headingIds(body: string): string[] {
  return mdxBodyOrNull(body)?.headings.map((heading) => heading.slug) ?? [];
}

/** The body read as MDX, or null when it is not valid MDX (`checkLessonBodies` reports why). */
export function mdxBodyOrNull(body: string): MdxBody | null {
  const read = tryReadMdxBody(body);
  return read instanceof MdxBodyError ? null : read;
}
