/**
 * Seeded randomness whose whole state is one unsigned 32-bit integer kept in `SimState.rng`
 * (mulberry32). Pure: every draw returns the value and the next state.
 */

/** Turns any integer seed into a PRNG state. */
export function seedRng(seed: number): number {
  // Mix the seed so that neighbouring seeds start far apart.
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** One draw: a float in [0, 1) and the next state. */
export function nextRandom(state: number): { value: number; state: number } {
  const next = (state + 0x6d2b79f5) >>> 0;
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  const value = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  return { value, state: next };
}

/**
 * A cursor for code that draws several numbers in a row. It mutates only itself; read `.state`
 * at the end and store it in the new world state.
 */
export class RngCursor {
  state: number;
  constructor(state: number) {
    this.state = state >>> 0;
  }
  /** A float in [0, 1). */
  next(): number {
    const { value, state } = nextRandom(this.state);
    this.state = state;
    return value;
  }
  /** An integer in [min, max] (both included). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  /** True with probability p. */
  chance(p: number): boolean {
    if (p <= 0) return false;
    if (p >= 1) return true;
    return this.next() < p;
  }
  /** A key drawn by weight (keys in the given order). */
  weighted<T extends string>(weights: Partial<Record<T, number>>): T {
    const entries = Object.entries(weights) as [T, number][];
    let total = 0;
    for (const [, w] of entries) total += w > 0 ? w : 0;
    let r = this.next() * total;
    for (const [key, w] of entries) {
      if (w <= 0) continue;
      if (r < w) return key;
      r -= w;
    }
    // Rounding: the last positive key.
    for (let i = entries.length - 1; i >= 0; i--) if (entries[i]![1] > 0) return entries[i]![0];
    throw new Error('weighted(): no positive weight');
  }
  /** A GUID-shaped string (for log lines), upper-case hex. */
  guid(): string {
    const hex = (n: number) =>
      Array.from({ length: n }, () => this.int(0, 15).toString(16))
        .join('')
        .toUpperCase();
    return `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`;
  }
}
