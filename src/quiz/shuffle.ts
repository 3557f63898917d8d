/**
 * Seeded shuffling for the quiz: the same seed always gives the same order, so an attempt can be
 * saved as its seed and shown again exactly. Draws come from the simulator's PRNG
 * (`src/sim/rng.ts`, mulberry32), whose whole state is one unsigned 32-bit integer.
 */
import { nextRandom, seedRng } from '../sim/rng';

/** How many further shuffles `permutation` draws to honour `avoidInPlace` before it rotates. */
const RESHUFFLES = 16;

export interface PermutationOptions {
  /**
   * Never leave the first `avoidInPlace` items all in their authored places (when there are at
   * least two items and `avoidInPlace` ≥ 1). The whole length means "never the authored order"
   * (an ordering question must not start solved); the number of prompts means "the answers never
   * line up with the prompts" (matching). An unlucky draw is reshuffled from where the PRNG left
   * off, so the result stays deterministic; after {@link RESHUFFLES} unlucky draws in a row the
   * authored order is rotated by one place, which moves the first item away from the first place.
   */
  avoidInPlace?: number;
}

/**
 * A permutation of `0 .. length - 1` drawn from `seed` (Fisher–Yates). Same seed, same
 * permutation; every result holds each index exactly once.
 */
export function permutation(length: number, seed: number, options: PermutationOptions = {}): number[] {
  let state = seedRng(seed);
  const draw = (): number[] => {
    const order = Array.from({ length }, (_, i) => i);
    for (let i = length - 1; i > 0; i--) {
      const next = nextRandom(state);
      state = next.state;
      const j = Math.floor(next.value * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    return order;
  };
  let order = draw();
  const prefix = Math.min(options.avoidInPlace ?? 0, length);
  if (prefix < 1 || length < 2) return order;
  const inPlace = (candidate: readonly number[]) => candidate.slice(0, prefix).every((value, index) => value === index);
  for (let attempt = 0; attempt < RESHUFFLES && inPlace(order); attempt++) order = draw();
  // Astronomically unlikely, but the promise must hold: a rotation puts item 1 in the first place.
  return inPlace(order) ? order.map((_, i) => (i + 1) % length) : order;
}

/** `items` in the order `permutation(items.length, seed, options)` gives; a new array. */
export function shuffle<T>(items: readonly T[], seed: number, options: PermutationOptions = {}): T[] {
  return permutation(items.length, seed, options).map((index) => items[index]!);
}

/**
 * A seed for one part of a larger whole, e.g. one question of a quiz attempt: mixes `seed` with
 * `key` (FNV-1a), so the questions of one attempt are shuffled independently of each other.
 */
export function deriveSeed(seed: number, key: string): number {
  let hash = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
