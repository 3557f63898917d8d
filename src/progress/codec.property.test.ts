/**
 * Property tests (fast-check) of saved progress: decoding any string never throws and always
 * yields a valid state (one that encodes and decodes back to itself), and every valid state
 * survives encode/decode unchanged.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeProgress, encodeProgress } from './codec';
import { PROGRESS_VERSION, isChecklistItem, isUnitSlug, type Progress } from './progress';

const slug = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}$/);
const item = fc.tuple(slug, slug).map(([list, entry]) => `${list}/${entry}`);
const sortedUnique = <T extends string>(values: T[]) => [...new Set(values)].sort();

/** Any progress the site can save: what the reducer produces (sorted, unique, well-formed). */
const validProgress: fc.Arbitrary<Progress> = fc.record({
  version: fc.constant(PROGRESS_VERSION as 3),
  completedUnits: fc.array(slug, { maxLength: 10 }).map(sortedUnique),
  lastVisitedUnit: fc.option(slug, { nil: null }),
  checkedItems: fc.array(item, { maxLength: 20 }).map(sortedUnique),
  quizzes: fc.dictionary(
    slug,
    fc.record({
      attempts: fc.array(
        fc.record({ seed: fc.nat(), score: fc.double({ min: 0, max: 1, noNaN: true }), passed: fc.boolean() }),
        { maxLength: 3 },
      ),
      best: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
      current: fc.constant(null),
    }),
    { maxKeys: 4 },
  ),
  labs: fc.dictionary(
    slug,
    fc.record(
      {
        met: fc.array(slug, { maxLength: 3 }).map(sortedUnique),
        done: fc.constantFrom('self', 'help'),
        actions: fc.array(fc.record({ type: fc.constant('advance-time'), minutes: fc.nat(600) }), { maxLength: 3 }),
        revision: fc.integer({ min: 1, max: 3 }),
      },
      { requiredKeys: ['met'] },
    ),
    { maxKeys: 4 },
  ),
});

/** Is `progress` a state the site accepts? */
function isValid(progress: Progress): boolean {
  return (
    progress.version === PROGRESS_VERSION &&
    progress.completedUnits.every(isUnitSlug) &&
    (progress.lastVisitedUnit === null || isUnitSlug(progress.lastVisitedUnit)) &&
    progress.checkedItems.every(isChecklistItem) &&
    typeof progress.quizzes === 'object' &&
    progress.quizzes !== null &&
    typeof progress.labs === 'object' &&
    progress.labs !== null
  );
}

describe('saved progress, for any input', () => {
  it('decodes any string without throwing, to a valid state that round-trips', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          validProgress.map(encodeProgress).chain((text) => fc.nat(text.length).map((cut) => text.slice(0, cut))),
        ),
        (raw) => {
          const { progress } = decodeProgress(raw);
          expect(isValid(progress)).toBe(true);
          expect(decodeProgress(encodeProgress(progress)).progress).toEqual(progress);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('keeps every valid state exactly through encode and decode', () => {
    fc.assert(
      fc.property(validProgress, (progress) => {
        expect(decodeProgress(encodeProgress(progress))).toEqual({ progress, problem: null });
      }),
      { numRuns: 1000 },
    );
  });
});
