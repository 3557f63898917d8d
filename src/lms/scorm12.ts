/**
 * The SCORM 1.2 run-time API as a package sees it, how to find it, and the data model's formats.
 * Pure: `findApi` walks any object shaped like a window (the launch page passes `window`).
 */

/** The API object an LMS puts on a window as `API` (SCORM 1.2, section 3.3). Every call returns a string. */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): string;
  LMSFinish(parameter: ''): string;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string;
  LMSCommit(parameter: ''): string;
  LMSGetLastError(): string;
  LMSGetErrorString(code: string): string;
  LMSGetDiagnostic(code: string): string;
}

/** What `findApi` reads of a window: its `API`, its parent and its opener. */
export interface WindowLike {
  API?: unknown;
  parent?: WindowLike | null;
  opener?: WindowLike | null;
}

/** ADL's discovery algorithm gives up after this many parents. */
export const MAX_PARENTS = 7;

const isApi = (value: unknown): value is Scorm12Api =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Scorm12Api).LMSInitialize === 'function' &&
  typeof (value as Scorm12Api).LMSSetValue === 'function';

function searchUp(start: WindowLike): Scorm12Api | null {
  let current: WindowLike | null | undefined = start;
  for (let hops = 0; current && hops <= MAX_PARENTS; hops++) {
    try {
      if (isApi(current.API)) return current.API;
      if (!current.parent || current.parent === current) return null;
      current = current.parent;
    } catch {
      // A window of another origin cannot be read: no API up this way.
      return null;
    }
  }
  return null;
}

/**
 * The LMS's API: on this window or one of its parents (at most seven up), else on the window that
 * opened it and that window's parents. Null means no LMS: the package runs on its own.
 */
export function findApi(win: WindowLike): Scorm12Api | null {
  const found = searchUp(win);
  if (found) return found;
  try {
    return win.opener ? searchUp(win.opener) : null;
  } catch {
    return null;
  }
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** A duration as CMITimespan, `HHHH:MM:SS.SS` (for `cmi.core.session_time`). */
export function timespan(milliseconds: number): string {
  const centiseconds = Math.max(0, Math.round(milliseconds / 10));
  const hours = Math.min(9999, Math.floor(centiseconds / 360000));
  const minutes = Math.floor(centiseconds / 6000) % 60;
  const seconds = Math.floor(centiseconds / 100) % 60;
  return `${pad(hours, 4)}:${pad(minutes)}:${pad(seconds)}.${pad(centiseconds % 100)}`;
}

/** A time of day as CMITime, `HH:MM:SS` (for an interaction's `time`). */
export function timeOfDay(date: Date): string {
  return `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** SCORM 1.2's limits on the values a package writes. */
export const LIMITS = { suspendData: 4096, lessonLocation: 255, feedback: 255, identifier: 255 } as const;
