/**
 * The drawings behind `Icon.astro`: each icon is a list of SVG path data on a 24 x 24 grid, drawn
 * as 1.75-unit round strokes with no fill (global.css, `.icon`). Our own simple shapes, so they
 * carry no third-party licence and stay legible at text size.
 */
import type { ObjectiveId } from '../../schemas/objectives';

export const ICON_PATHS = {
  /** A flask: a hands-on lab. */
  lab: ['M9 3h6', 'M10 3v5.5l-5.2 9.1A2.3 2.3 0 0 0 6.8 21h10.4a2.3 2.3 0 0 0 2-3.4L14 8.5V3', 'M7.2 14h9.6'],
  /** A clipboard with a tick: a quiz or knowledge check. */
  quiz: [
    'M9 4.5H6.5A1.5 1.5 0 0 0 5 6v13.5A1.5 1.5 0 0 0 6.5 21h11a1.5 1.5 0 0 0 1.5-1.5V6a1.5 1.5 0 0 0-1.5-1.5H15',
    'M9 3h6v3H9z',
    'M8.5 13.5l2.5 2.5 4.5-5',
  ],
  /** An arrow in a target: the self-assessment. */
  'self-assessment': ['M20.5 11A8.5 8.5 0 1 1 13 3.5', 'M16 12a4 4 0 1 1-4-4', 'M12 12l7-7', 'M16 5h3v3'],
  /** A presentation screen on a stand: the trainers' kit. */
  trainers: [
    'M3 4h18',
    'M4.5 4v10.5a1 1 0 0 0 1 1h13a1 1 0 0 0 1-1V4',
    'M12 15.5V18',
    'M8.5 21l3.5-3 3.5 3',
    'M8 12l2.5-3 2 2 3.5-4',
  ],
  /** Two sliders: workloads and who is in charge of them. */
  workloads: [
    'M4 7h9',
    'M17 7h3',
    'M4 17h3',
    'M11 17h9',
    'M15 5a2 2 0 1 0 0 4 2 2 0 0 0 0-4z',
    'M9 15a2 2 0 1 0 0 4 2 2 0 0 0 0-4z',
  ],
  /** A list with two items ticked and one still open: prerequisites. */
  prerequisites: [
    'M10.5 6H20',
    'M10.5 12H20',
    'M10.5 18H20',
    'M3.5 6l1.6 1.6L8 4.7',
    'M3.5 12l1.6 1.6L8 10.7',
    'M4 16.5h3v3H4z',
  ],
  /** A plug: the Configuration Manager connector and its status. */
  connector: ['M9 3v4', 'M15 3v4', 'M6.5 7h11v3.5a5.5 5.5 0 0 1-11 0z', 'M12 16v5'],
  /** One road that forks in two: the paths to co-management. */
  paths: ['M6 21V4', 'M6 15a6 6 0 0 1 6-6h6', 'M3.5 6.5L6 4l2.5 2.5', 'M15.5 6.5L18 9l-2.5 2.5'],
  /** A clock face: how long something takes. */
  clock: ['M12 3a9 9 0 1 0 0 18 9 9 0 0 0 0-18z', 'M12 7.5V12l3 2'],
} as const satisfies Record<string, readonly string[]>;

export type IconName = keyof typeof ICON_PATHS;

/** The icon of each learning objective (the module's four areas), wherever an objective is listed. */
export const OBJECTIVE_ICONS = {
  benefits: 'workloads',
  prerequisites: 'prerequisites',
  'connector-status': 'connector',
  paths: 'paths',
} as const satisfies Record<ObjectiveId, IconName>;
