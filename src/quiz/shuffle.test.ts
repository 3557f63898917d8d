import { describe, expect, it } from 'vitest';
import { deriveSeed, permutation, shuffle } from './shuffle';

const identity = (length: number) => Array.from({ length }, (_, i) => i);
const sorted = (values: readonly number[]) => [...values].sort((a, b) => a - b);

describe('permutation', () => {
  it('returns the same permutation for the same seed', () => {
    expect(permutation(5, 7)).toEqual(permutation(5, 7));
  });

  it('pins the order a seed gives (saved attempts rely on it)', () => {
    expect(permutation(3, 0)).toEqual([2, 0, 1]);
    expect(permutation(3, 1)).toEqual([0, 2, 1]);
    expect(permutation(3, 3)).toEqual([1, 2, 0]);
  });

  it('always returns a permutation, for 1,000 seeds and lengths 0 to 7', () => {
    for (let seed = 0; seed < 1000; seed++) {
      for (let length = 0; length <= 7; length++) {
        expect(sorted(permutation(length, seed))).toEqual(identity(length));
      }
    }
  });

  it('gives different orders for different seeds', () => {
    const orders = new Set(Array.from({ length: 200 }, (_, seed) => permutation(4, seed).join(',')));
    // 24 possible orders of four; 200 seeds should reach nearly all of them.
    expect(orders.size).toBeGreaterThanOrEqual(20);
  });

  it('with avoidInPlace = length never returns the authored order, reshuffling deterministically', () => {
    let reshuffled = 0;
    for (let seed = 0; seed < 2000; seed++) {
      for (const length of [2, 3, 4]) {
        const avoided = permutation(length, seed, { avoidInPlace: length });
        expect(sorted(avoided)).toEqual(identity(length));
        expect(avoided).not.toEqual(identity(length));
        expect(permutation(length, seed, { avoidInPlace: length })).toEqual(avoided);
        const free = permutation(length, seed);
        if (free.join() === identity(length).join()) reshuffled++;
        // A first draw that is not the authored order is kept as it is.
        else expect(avoided).toEqual(free);
      }
    }
    // The reshuffle path really ran (about 1/2 + 1/6 + 1/24 of the draws start in authored order).
    expect(reshuffled).toBeGreaterThan(100);
  });

  it('with avoidInPlace = k never leaves the first k items all in place', () => {
    for (let seed = 0; seed < 2000; seed++) {
      const order = permutation(5, seed, { avoidInPlace: 3 });
      expect(sorted(order)).toEqual(identity(5));
      expect(order.slice(0, 3)).not.toEqual([0, 1, 2]);
    }
  });

  it('ignores avoidInPlace for fewer than two items', () => {
    expect(permutation(0, 5, { avoidInPlace: 1 })).toEqual([]);
    expect(permutation(1, 5, { avoidInPlace: 1 })).toEqual([0]);
  });
});

describe('shuffle', () => {
  it('orders the items as permutation() says and leaves the input alone', () => {
    const items = ['a', 'b', 'c'] as const;
    expect(shuffle(items, 0)).toEqual(['c', 'a', 'b']);
    expect(items).toEqual(['a', 'b', 'c']);
  });
});

describe('deriveSeed', () => {
  it('is stable and differs by key and by seed', () => {
    expect(deriveSeed(1, 'wizard-pages')).toBe(deriveSeed(1, 'wizard-pages'));
    expect(deriveSeed(1, 'wizard-pages')).not.toBe(deriveSeed(1, 'wizard-node'));
    expect(deriveSeed(1, 'wizard-pages')).not.toBe(deriveSeed(2, 'wizard-pages'));
  });

  it('returns an unsigned 32-bit integer', () => {
    for (const seed of [0, 1, -1, 2 ** 32 - 1, 123456789]) {
      const derived = deriveSeed(seed, 'q');
      expect(Number.isInteger(derived) && derived >= 0 && derived < 2 ** 32).toBe(true);
    }
  });
});
