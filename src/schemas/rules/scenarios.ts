/**
 * `content/scenarios/*.yaml`: the id written inside each file is the file's name. Pages, lessons and
 * quizzes find a scenario by its file name; share links, presenter notes and simulator element ids
 * are built from its id, so a copied file that keeps the old id would link to the scenario it was
 * copied from.
 */
import { fileStem, type Report } from './problems';

/** Each scenario file's path and the `id` written in it. */
export function checkScenarioFileIds(scenarioFiles: readonly { filePath: string; id: string }[], report: Report): void {
  for (const { filePath, id } of scenarioFiles) {
    const name = fileStem(filePath);
    if (id !== name) {
      report(
        filePath,
        'id',
        `received "${id}"; expected "${name}", the file's name ` +
          `(pages are made per file, links are built from the id)`,
      );
    }
  }
}
