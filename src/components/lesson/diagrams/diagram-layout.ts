/**
 * Layout helpers shared by the lesson diagrams (static inline SVG, no client JavaScript).
 * Coordinates are viewBox units; every diagram is drawn on a viewBox about 800 units wide,
 * so 1 unit is 1 CSS pixel when the figure is 800 px wide and scales down with the column.
 * Type sizes match the `.t-*` classes in src/styles/diagrams.css (never below 14 units).
 */

/** The kinds of text line; each maps to a `.t-<kind>` class with its own size and weight. */
export type LineKind = 'title' | 'name' | 'body' | 'note' | 'code';

/** A run of text inside a line; `code` renders in the monospace font. */
export interface Span {
  text: string;
  code?: boolean;
}

export interface Line {
  text: string | readonly Span[];
  kind?: LineKind;
}

export interface PlacedLine {
  spans: readonly Span[];
  className: string;
  /** Baseline, in viewBox units. */
  y: number;
}

/** A rectangle with its lines of text, centred in it unless `align` is 'start'. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  /** Extra classes for the rectangle, e.g. 'box--accent'. */
  variant?: string;
  lines: readonly Line[];
  align?: 'middle' | 'start';
}

export const FONT_SIZE: Readonly<Record<LineKind, number>> = {
  title: 17,
  name: 16,
  body: 15,
  note: 14,
  code: 14,
};

const LINE_HEIGHT = 1.38;
/** Distance from the middle of a line box down to its baseline, as a share of the font size. */
const BASELINE_SHIFT = 0.36;

const round = (value: number): number => Math.round(value * 10) / 10;

/** Baselines for `lines`, stacked and centred vertically inside [top, top + height]. */
export function placeLines(lines: readonly Line[], top: number, height: number): PlacedLine[] {
  const sizes = lines.map((line) => FONT_SIZE[line.kind ?? 'body']);
  const total = sizes.reduce((sum, size) => sum + size * LINE_HEIGHT, 0);
  let cursor = top + (height - total) / 2;
  return lines.map((line, index) => {
    const size = sizes[index] ?? FONT_SIZE.body;
    const y = cursor + (size * LINE_HEIGHT) / 2 + size * BASELINE_SHIFT;
    cursor += size * LINE_HEIGHT;
    return {
      spans: typeof line.text === 'string' ? [{ text: line.text }] : line.text,
      className: `t-${line.kind ?? 'body'}`,
      y: round(y),
    };
  });
}

/** The x where a box's text starts (start-aligned) or is centred. */
export function textX(box: Box, padding = 14): number {
  return box.align === 'start' ? box.x + padding : box.x + box.w / 2;
}
