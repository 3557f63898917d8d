/**
 * Unit folders under `content/lessons/`: each is `NN-slug` with its own NN (the unit order) and its
 * own slug (the URL); and each unit's `checklist.id` in the frontmatter is unique across units.
 */
import type { LessonData } from '../lesson';
import { parseUnitFolder, type UnitRef } from '../../progress/navigation';
import { relativeContentPath, type Report } from './problems';

/** One unit folder's `index.mdx`, as the content collection delivers it. */
export interface LessonEntry {
  /** The numbered folder name, e.g. `02-understand-co-management`. */
  folder: string;
  /** e.g. `content/lessons/02-understand-co-management/index.mdx`. */
  filePath: string;
  /** The frontmatter, already checked by `LessonSchema`. */
  data: LessonData;
  /** The raw MDX body (frontmatter excluded). */
  body: string;
}

/** A lesson whose folder name parses as `NN-slug`, with its order and slug. */
export interface Unit {
  ref: UnitRef;
  lesson: LessonEntry;
}

/**
 * Lesson folders: NN-slug, unique NN, unique slug. Returns every lesson whose folder name parses,
 * in the order given (a duplicate NN or slug is reported and still returned).
 */
export function checkUnitFolders(lessons: readonly LessonEntry[], report: Report): Unit[] {
  const units: Unit[] = [];
  const byNumber = new Map<number, string>();
  const bySlug = new Map<string, string>();
  for (const lesson of lessons) {
    const ref = parseUnitFolder(lesson.folder);
    if (!ref) {
      report(
        lesson.filePath,
        'folder',
        `received folder name "${lesson.folder}"; expected two digits, a hyphen and a kebab-case slug, ` +
          `e.g. "02-understand-co-management"`,
      );
      continue;
    }
    units.push({ ref, lesson });
    const nn = lesson.folder.slice(0, 2);
    const sameNumber = byNumber.get(ref.order);
    if (sameNumber !== undefined) {
      report(
        lesson.filePath,
        'folder',
        `number ${nn} is also used by ${relativeContentPath(sameNumber)}; ` +
          `expected every unit to have its own NN, which sets the unit order`,
      );
    } else {
      byNumber.set(ref.order, lesson.filePath);
    }
    const sameSlug = bySlug.get(ref.slug);
    if (sameSlug !== undefined) {
      report(
        lesson.filePath,
        'folder',
        `slug "${ref.slug}" is also used by ${relativeContentPath(sameSlug)}; ` +
          `expected every unit to have its own slug, which is its URL /units/${ref.slug}/`,
      );
    } else {
      bySlug.set(ref.slug, lesson.filePath);
    }
  }
  return units;
}

/** The units' slugs, each once, in the order of the units that use them first. */
export function unitSlugs(units: readonly Unit[]): string[] {
  return [...new Set(units.map(({ ref }) => ref.slug))];
}

/**
 * Checklist ids are saved in progress, so they must be unique across units. Returns the ids the
 * units declare, each once, in lesson order.
 */
export function checkChecklistIds(lessons: readonly LessonEntry[], report: Report): string[] {
  const checklistOwners = new Map<string, string>();
  for (const lesson of lessons) {
    const id = lesson.data.checklist?.id;
    if (id === undefined) continue;
    const owner = checklistOwners.get(id);
    if (owner === undefined) checklistOwners.set(id, lesson.filePath);
    else {
      report(
        lesson.filePath,
        'checklist.id',
        `received "${id}", which ${relativeContentPath(owner)} already uses; expected an id unique across units`,
      );
    }
  }
  return [...checklistOwners.keys()];
}
