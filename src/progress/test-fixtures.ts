/** Test helper: a progress value of the current format from its parts (tests build many of them). */
import type { Progress } from './progress';

export const progressOf = (
  completedUnits: string[],
  lastVisitedUnit: string | null = null,
  checkedItems: string[] = [],
  quizzes: Progress['quizzes'] = {},
  labs: Progress['labs'] = {},
): Progress => ({ version: 3, completedUnits, lastVisitedUnit, checkedItems, quizzes, labs });
