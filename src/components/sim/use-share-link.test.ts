import { describe, expect, it } from 'vitest';
import { shareCodeOf } from './use-share-link';

describe('shareCodeOf', () => {
  it('reads the code of a #s= fragment, and nothing else', () => {
    expect(shareCodeOf('#s=2r2.1b.0tas4y4zaz1.x.1.')).toBe('2r2.1b.0tas4y4zaz1.x.1.');
    for (const hash of ['', '#', '#s=', '#step=2', '#s', '#x=1', 's=abc']) expect(shareCodeOf(hash), hash).toBeNull();
  });
});
