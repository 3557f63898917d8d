/**
 * Unit order and navigation, derived from the numbered lesson folders (`02-understand-co-management`).
 * Pure: takes plain data, so the site and the tests share one definition of "next unit".
 */

/** A unit folder name: two digits, a hyphen, then a kebab-case slug. */
export const UNIT_FOLDER = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

export interface UnitRef {
  /** URL slug: the folder name without its `NN-` prefix. */
  slug: string;
  /** Position in the module, from the folder's `NN`. */
  order: number;
  /** The numbered folder name the unit was read from. */
  folder: string;
}

/** Parses `NN-slug`; returns null for a folder name that does not follow the pattern. */
export function parseUnitFolder(folder: string): UnitRef | null {
  const match = UNIT_FOLDER.exec(folder);
  if (!match) return null;
  return { slug: match[2]!, order: Number(match[1]), folder };
}

/** Sorts units by their order; ties (which validation rejects) fall back to the slug for stability. */
export function sortUnits<T extends { order: number; slug: string }>(units: readonly T[]): T[] {
  return [...units].sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}

export interface Neighbours<T> {
  previous: T | null;
  next: T | null;
}

/** The units before and after `slug` in an already sorted list; both null for an unknown slug. */
export function neighbours<T extends { slug: string }>(units: readonly T[], slug: string): Neighbours<T> {
  const index = units.findIndex((unit) => unit.slug === slug);
  if (index < 0) return { previous: null, next: null };
  return { previous: units[index - 1] ?? null, next: units[index + 1] ?? null };
}

/**
 * Where "Continue" takes a learner: the last unit they visited if it is not complete yet, otherwise
 * the first unit after it that is not complete, otherwise the first incomplete unit anywhere, and
 * the first unit when everything is done (or nothing is known).
 */
export function continueTarget(
  orderedSlugs: readonly string[],
  completed: readonly string[],
  lastVisited: string | null,
): string | null {
  if (orderedSlugs.length === 0) return null;
  const done = new Set(completed);
  const lastIndex = lastVisited === null ? -1 : orderedSlugs.indexOf(lastVisited);
  if (lastIndex >= 0) {
    const fromLast = orderedSlugs.slice(lastIndex).find((slug) => !done.has(slug));
    if (fromLast !== undefined) return fromLast;
  }
  return orderedSlugs.find((slug) => !done.has(slug)) ?? orderedSlugs[0]!;
}
