/**
 * Progress as a file the learner keeps: what "Export my progress" writes, exactly as this browser
 * saves it. Pure. Reading such a file back is `import-file.ts`, apart, so that the export every page
 * offers does not carry the import's checks.
 */
import { encodeProgress } from './codec';
import type { Progress } from './progress';

/** The file as exported: the saved progress, exactly as this browser keeps it. */
export const exportText = (progress: Progress): string => encodeProgress(progress);

/** A name that says what the file is and when it was written: `co-management-lab-progress-2026-12-05.json` (UTC date). */
export const exportFileName = (at: Date): string => `co-management-lab-progress-${at.toISOString().slice(0, 10)}.json`;
