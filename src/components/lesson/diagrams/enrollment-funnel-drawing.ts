/**
 * The enrollment funnel's drawing, computed (EnrollmentFunnelDiagram.astro draws it): the stages'
 * trapezoids, the drop-out boxes and the arrows between them, in viewBox units (diagram-layout.ts).
 */
import { placeLines, type Line, type Box } from './diagram-layout';

/** Funnel geometry: each stage a trapezoid centred on CENTRE, narrower than the one above. */
const CENTRE = 230;
const TOP = 110;
const STAGE_H = 90;
const STEP = 112;
const SLANT = 17;

const stageLines: Line[][] = [
  [
    { text: 'Eligible', kind: 'title' },
    { text: 'Supported Windows, hybrid Entra' },
    { text: 'joined or Entra joined, not a server' },
  ],
  [
    { text: 'Scheduled', kind: 'title' },
    { text: 'Enrollment is planned, spread' },
    { text: 'over time by the number of clients' },
  ],
  [
    { text: 'Enrollment initiated', kind: 'title' },
    { text: 'The client starts MDM enrollment' },
    { text: 'with its Entra device token' },
  ],
  [{ text: 'Enrolled', kind: 'title' }, { text: 'Enrolled in Intune:' }, { text: 'the device is co-managed' }],
];

export type Tone = 'accent' | 'warn' | 'done';
interface Arrow {
  d: string;
  tone: Tone;
}

/** A stage's trapezoid, centred on `centre`, `half` wide at the top, narrowing by SLANT. */
const trapezoid = (lines: Line[], centre: number, top: number, half: number) => {
  const points = [
    [centre - half, top],
    [centre + half, top],
    [centre + half - SLANT, top + STAGE_H],
    [centre - half + SLANT, top + STAGE_H],
  ]
    .map(([x, y]) => `${x},${y}`)
    .join(' ');
  /** x of the right-hand edge at height y (for the drop-out arrows). */
  const rightAt = (y: number) => Math.round(centre + half - (SLANT * (y - top)) / STAGE_H);
  return { top, centre, points, rightAt, lines: placeLines(lines, top, STAGE_H) };
};
type Stage = ReturnType<typeof trapezoid>;
const pick = <T>(items: readonly T[], index: number): T => {
  const found = items[index];
  if (found === undefined) throw new Error(`EnrollmentFunnelDiagram: no item ${index}`);
  return found;
};

const CALLOUT_X = 476;
const CALLOUT_W = 312;
const calloutLines: { h: number; variant: string; lines: Line[] }[] = [
  {
    h: 138,
    variant: 'box--warn',
    lines: [
      { text: 'Not eligible', kind: 'title' },
      { text: '• Entra registered only' },
      { text: '• Workgroup device (not joined)' },
      { text: '• Server operating system' },
      { text: '• Windows 7 or Windows 8.1' },
    ],
  },
  {
    h: 122,
    variant: 'box--warn',
    lines: [
      { text: 'Not in scope', kind: 'title' },
      { text: 'Automatic enrollment in Intune' },
      { text: '= Pilot: only eligible members of' },
      { text: 'the Intune Auto Enrollment' },
      { text: 'collection go on to enroll' },
    ],
  },
  {
    h: 128,
    variant: 'box--warn',
    lines: [
      { text: 'Enrollment failed', kind: 'title' },
      { text: 'with an error code, for example:' },
      { text: [{ text: '0x8000FFFF', code: true }, { text: ' MDM not configured' }], kind: 'code' },
      { text: [{ text: '0x80070032', code: true }, { text: ' Windows 10 before 1709' }], kind: 'code' },
      { text: 'Client log: CoManagementHandler.log', kind: 'note' },
    ],
  },
  {
    h: 76,
    variant: 'box--done',
    lines: [
      { text: 'Managed by: Co-managed', kind: 'name' },
      { text: 'in the Intune admin center', kind: 'note' },
    ],
  },
];
const NOTE = 'Stages as the co-management dashboard counts them (Monitoring > Cloud Attach).';

/** The funnel on the left, each drop-out in a box to its right. */
function wideDrawing() {
  const stages = stageLines.map((lines, index) => trapezoid(lines, CENTRE, TOP + index * STEP, 215 - index * 22));
  const tops = [14, 166, 312, 456];
  const callouts: Box[] = calloutLines.map((callout, index) => ({
    ...callout,
    x: CALLOUT_X,
    y: pick(tops, index),
    w: CALLOUT_W,
    align: 'start',
  }));
  const stage = (index: number): Stage => pick(stages, index);
  const eligibleY = 180;
  const failedY = stage(2).top + 72;
  const enrolledY = stage(3).top + 45;
  const arrows: Arrow[] = [
    { d: `M${CENTRE} 58 V${TOP - 2}`, tone: 'accent' },
    ...stages.slice(0, -1).map((item, index): Arrow => ({
      d: `M${CENTRE} ${item.top + STAGE_H} V${stage(index + 1).top - 2}`,
      tone: 'accent',
    })),
    { d: `M${CENTRE} 84 H${CALLOUT_X - 2}`, tone: 'warn' },
    { d: `M${stage(0).rightAt(eligibleY)} ${eligibleY} H${CALLOUT_X - 2}`, tone: 'warn' },
    { d: `M${stage(2).rightAt(failedY)} ${failedY} H${CALLOUT_X - 2}`, tone: 'warn' },
    { d: `M${stage(3).rightAt(enrolledY)} ${enrolledY} H${CALLOUT_X - 2}`, tone: 'done' },
  ];
  const clients: Box = {
    x: 110,
    y: 14,
    w: 260,
    h: 44,
    variant: 'box--plain',
    lines: [{ text: 'Configuration Manager clients' }],
  };
  return {
    width: 800,
    height: 576,
    clients,
    stages,
    callouts,
    arrows,
    note: { x: 16, y: 562, lines: [{ text: NOTE, kind: 'note' as const }] },
  };
}

/**
 * One column, top to bottom: clients, Not eligible, Eligible, Not in scope, Scheduled, Enrollment
 * initiated, Enrollment failed, Enrolled, Managed by: Co-managed.
 */
function narrowDrawing() {
  const SPINE = 60;
  const BOX_X = 86;
  const BOX_W = 288;
  const N_CENTRE = 190;
  const clients: Box = {
    x: 16,
    y: 8,
    w: 280,
    h: 44,
    variant: 'box--plain',
    lines: [{ text: 'Configuration Manager clients' }],
  };
  const order = ['callout', 'stage', 'callout', 'stage', 'stage', 'callout', 'stage', 'callout'] as const;
  let cursor = clients.y + clients.h + 20;
  const stages: Stage[] = [];
  const callouts: Box[] = [];
  const arrows: Arrow[] = [];
  let spineFrom = clients.y + clients.h;
  for (const kind of order) {
    if (kind === 'stage') {
      const index = stages.length;
      stages.push(trapezoid(pick(stageLines, index), N_CENTRE, cursor, 178 - index * 8));
      arrows.push({ d: `M${SPINE} ${spineFrom} V${cursor - 2}`, tone: 'accent' });
      spineFrom = cursor + STAGE_H;
      cursor += STAGE_H + 20;
    } else {
      const callout = pick(calloutLines, callouts.length);
      const box: Box = { ...callout, x: BOX_X, y: cursor, w: BOX_W, align: 'start' };
      callouts.push(box);
      const branchY = cursor + Math.round(callout.h / 2);
      const isResult = callout.variant === 'box--done';
      // The drop-outs branch off the spine; the result ends it.
      arrows.push({
        d: isResult ? `M${SPINE} ${spineFrom} V${branchY} H${BOX_X - 2}` : `M${SPINE} ${branchY} H${BOX_X - 2}`,
        tone: isResult ? 'done' : 'warn',
      });
      cursor += callout.h + 20;
    }
  }
  const noteY = cursor + 14;
  return {
    width: 380,
    height: noteY + 30,
    clients,
    stages,
    callouts,
    arrows,
    note: {
      x: 16,
      y: noteY,
      lines: [
        { text: 'Stages as the co-management dashboard', kind: 'note' as const },
        { text: 'counts them (Monitoring > Cloud Attach).', kind: 'note' as const },
      ],
    },
  };
}

/**
 * Two layouts of the same picture (diagrams.css shows one). `wide`: the funnel on the left, each
 * drop-out in a box to its right. `narrow`, for a phone: one column; the main flow runs down a
 * spine on the left and each drop-out box sits below the stage it leaves, so the text keeps a
 * readable size and nothing is cut.
 */
export const funnelDrawing = (layout: 'wide' | 'narrow') => (layout === 'wide' ? wideDrawing() : narrowDrawing());
