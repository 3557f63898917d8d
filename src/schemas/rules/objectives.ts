/**
 * Learning objectives across files: `content/module.yaml` declares each objective id once and names
 * the unit that teaches it (a unit that lists the objective); every objective a lesson's frontmatter
 * lists is one `module.yaml` declares.
 */
import type { ModuleData } from '../module';
import { knownList, quoteList, relativeContentPath, type Report } from './problems';
import { unitSlugs, type LessonEntry, type Unit } from './units';

/**
 * module.yaml objectives: unique ids, each naming an existing unit that lists it. Returns the
 * declared ids, each once, in the file's order.
 */
export function checkModuleObjectives(
  module: { filePath: string; data: ModuleData },
  units: readonly Unit[],
  report: Report,
): string[] {
  const moduleFile = module.filePath;
  const knownSlugs = unitSlugs(units);
  const declared = new Map<string, number>();
  module.data.objectives.forEach((objective, i) => {
    const first = declared.get(objective.id);
    if (first !== undefined) {
      report(
        moduleFile,
        `objectives[${i}].id`,
        `id "${objective.id}" is already used by objectives[${first}]; expected each objective exactly once`,
      );
    } else {
      declared.set(objective.id, i);
    }

    const taught = units.filter((unit) => unit.ref.slug === objective.unit);
    if (taught.length === 0) {
      report(
        moduleFile,
        `objectives[${i}].unit`,
        `received "${objective.unit}", but no unit has this slug; expected a lesson folder name without ` +
          `its NN- prefix${knownList('known slugs include', objective.unit, knownSlugs)}`,
      );
      return;
    }
    for (const { lesson } of taught) {
      if (!lesson.data.objectives.includes(objective.id)) {
        report(
          lesson.filePath,
          'objectives',
          `received ${quoteList(lesson.data.objectives)}; expected it to include "${objective.id}", because ` +
            `${relativeContentPath(moduleFile)} names this unit for that objective (objectives[${i}].unit)`,
        );
      }
    }
  });
  return [...declared.keys()];
}

/** Lesson frontmatter: every objective id declared in module.yaml. */
export function checkLessonObjectives(
  lessons: readonly LessonEntry[],
  moduleFile: string,
  declaredIds: readonly string[],
  report: Report,
): void {
  for (const lesson of lessons) {
    lesson.data.objectives.forEach((id, i) => {
      if (!declaredIds.includes(id)) {
        report(
          lesson.filePath,
          `objectives[${i}]`,
          `received "${id}", which ${relativeContentPath(moduleFile)} does not declare; ` +
            `expected one of ${declaredList(declaredIds)}`,
        );
      }
    });
  }
}

/** The objective ids a reference may name, as messages show them. */
export function declaredList(declaredIds: readonly string[]): string {
  return declaredIds.length > 0 ? quoteList(declaredIds) : '(none: module.yaml declares no objectives)';
}
