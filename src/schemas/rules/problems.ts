/**
 * What every content rule shares: the problem it reports (`ContentProblem`), the callbacks it
 * reports through (`Report`, `Fail`), and the helpers that word its messages: paths shown relative
 * to the project, "did you mean" lists of the nearest known values, quoted lists.
 */

/** One thing wrong with the content. */
export interface ContentProblem {
  /** The file to fix, relative to the project root, e.g. `content/lessons/09-broken/index.mdx`. */
  file: string;
  /** Where in the file: a frontmatter/YAML path (`objectives[2].unit`) or a tag (`<Term id="x">`). */
  field: string;
  /** What was received and what was expected. */
  message: string;
}

/** Records a problem in a file; the file may be given absolute (it is shown relative to the project). */
export type Report = (file: string, field: string, message: string) => void;

/** Records a problem in a field of the question being checked (the file and question id are known). */
export type Fail = (field: string, message: string) => void;

/**
 * Shows an absolute path that lies inside a `content/` folder relative to the project root
 * (`/tmp/x/content/lessons/09-broken/index.mdx` -> `content/lessons/09-broken/index.mdx`); any other
 * path is returned as given, with backslashes turned into slashes.
 */
export function relativeContentPath(filePath: string): string {
  const path = filePath.replace(/\\/g, '/');
  const absolute = path.startsWith('/') || /^[A-Za-z]:\//.test(path);
  if (!absolute) return path;
  // The last match: a parent folder of the project may itself be called "content".
  const at = path.lastIndexOf('/content/');
  return at < 0 ? path : path.slice(at + 1);
}

/** A file's name without its folder and its extension: `content/scenarios/x.yaml` -> `x`. */
export function fileStem(filePath: string): string {
  const name = filePath.replace(/\\/g, '/').split('/').pop() ?? '';
  return name.replace(/\.[^.]*$/, '');
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The `count` known values nearest to `received`, nearest first (ties alphabetical). */
export function nearest(received: string, known: readonly string[], count = 3): string[] {
  return [...new Set(known)]
    .map((value) => ({ value, distance: editDistance(received, value) }))
    .sort((a, b) => a.distance - b.distance || compareStrings(a.value, b.value))
    .slice(0, count)
    .map((entry) => entry.value);
}

/** `; <label> "x", "y"` with the known values nearest to `received` (`, ...` when there are more); `''` if none. */
export function knownList(label: string, received: string, known: readonly string[]): string {
  if (known.length === 0) return '';
  const shown = nearest(received, known);
  const more = new Set(known).size > shown.length ? ', ...' : '';
  return `; ${label} ${shown.map((value) => `"${value}"`).join(', ')}${more}`;
}

/** `["a", "b"]`. */
export function quoteList(values: readonly string[]): string {
  return `[${values.map((value) => `"${value}"`).join(', ')}]`;
}

/** Orders strings by code unit, the same on every machine (unlike `localeCompare`). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
