/** Test helper: a format-1 progress value from its parts (tests build many of them). */
import type { Progress } from './progress';

export const progressOf = (
  completedUnits: string[],
  lastVisitedUnit: string | null = null,
  checkedItems: string[] = [],
): Progress => ({ version: 1, completedUnits, lastVisitedUnit, checkedItems });
