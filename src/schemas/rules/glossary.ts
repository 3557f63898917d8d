/** `content/glossary.yaml`: term ids are unique, and each `seeAlso` names another term that exists. */
import type { GlossaryData } from '../glossary';
import { knownList, type Report } from './problems';

/** Checks the glossary and returns its term ids, each once, in the file's order. */
export function checkGlossary(glossary: { filePath: string; data: GlossaryData }, report: Report): string[] {
  const glossaryFile = glossary.filePath;
  const terms = glossary.data.terms;
  const termIndex = new Map<string, number>();
  terms.forEach((term, i) => {
    const first = termIndex.get(term.id);
    if (first !== undefined) {
      report(
        glossaryFile,
        `terms[${i}].id`,
        `id "${term.id}" is already used by terms[${first}]; expected every term id to be unique`,
      );
    } else {
      termIndex.set(term.id, i);
    }
  });
  const termIds = [...termIndex.keys()];
  terms.forEach((term, i) => {
    for (const other of term.seeAlso ?? []) {
      if (other === term.id) {
        report(
          glossaryFile,
          `terms[${i}].seeAlso`,
          `"${other}" is the term itself; expected ids of other, related terms`,
        );
      } else if (!termIndex.has(other)) {
        report(
          glossaryFile,
          `terms[${i}].seeAlso`,
          `received "${other}", but no glossary term has this id` + knownList('known ids include', other, termIds),
        );
      }
    }
  });
  return termIds;
}
