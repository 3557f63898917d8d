/**
 * What a drawing of the cloud attach diagram is made of. CloudAttachDiagram.astro draws it in two
 * layouts, one a file: cloud-attach-wide.ts and cloud-attach-narrow.ts. Coordinates are viewBox
 * units (diagram-layout.ts).
 */
import type { Box, Line } from './diagram-layout';

export type Tone = 'accent' | 'muted';
export interface Arrow {
  d: string;
  tone: Tone;
  /** An arrowhead at the start too (a two-way connection). */
  both?: boolean;
}
export interface Label {
  x: number;
  y: number;
  lines: Line[];
  anchor?: 'start' | 'middle' | 'end';
  tone?: string;
}
export interface Drawing {
  width: number;
  height: number;
  zones: { x: number; y: number; w: number; h: number }[];
  /** Device group outline. */
  group: { x: number; y: number; w: number; h: number };
  boxes: Box[];
  labels: Label[];
  arrows: Arrow[];
}
