/**
 * Property tests (fast-check) of share links, over 1,000+ generated links each: a link made from a
 * session the engine accepts reproduces that session's state exactly; truncated, oversized and
 * mutated links, and any string at all, never throw and are either refused with a reason (the
 * store then opens the scenario's start with a notice) or reproduce exactly the state their own
 * actions give.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WORKLOAD_IDS, SLIDER_POSITIONS } from './constants';
import { createScenarioState } from './scenario';
import { encodeShareLink, restoreFromLink, SHARE_LINK_MAX } from './share-link';
import { applyActions } from './step';
import type { Action, Scenario } from './types';
import { VIEW_IDS, type ViewLocation } from './views';

const SCENARIO: Scenario = {
  id: 'link-property',
  title: 'Link properties',
  summary: 'A small scenario for property tests of the share-link codec.',
  durationMinutes: 5,
  opensAt: 'lab.authority-map',
  siteVersion: 2207,
  seed: 7,
  fleet: {
    prefix: 'LP',
    segments: [
      { count: 20, os: { 'windows-11-23h2': 1 }, join: 'hybrid-entra-joined', department: { IT: 1, Sales: 1 } },
    ],
  },
  collections: [{ id: 'pilot-it', name: 'Pilot-IT', members: { department: 'IT' } }],
  initial: {
    cloudAttach: { upload: 'all', endpointAnalytics: true },
    coManagement: { autoEnrollment: 'all' },
    settled: true,
  },
  steps: [{ title: 'Start', narration: 'Start.', presenterNote: 'Start.', actions: [] }],
  goals: [],
};

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    type: fc.constant('set-workload' as const),
    workload: fc.constantFrom(...WORKLOAD_IDS),
    position: fc.constantFrom(...SLIDER_POSITIONS),
  }),
  fc.record({
    type: fc.constant('set-pilot-collection' as const),
    workload: fc.constantFrom(...WORKLOAD_IDS),
    collection: fc.constant('pilot-it'),
  }),
  fc.record({ type: fc.constant('advance-time' as const), minutes: fc.constantFrom(15, 60, 1440) }),
);

/** The longest prefix of `actions` the engine accepts from the start: a session a learner could have. */
function accepted(actions: Action[]): Action[] {
  const run = applyActions(createScenarioState(SCENARIO), actions);
  return run.ok ? actions : actions.slice(0, run.index);
}

/** The open view: none (the scenario's opensAt), any view, or a device's page with a device of the fleet. */
const location: fc.Arbitrary<ViewLocation | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(...VIEW_IDS).map((view) => ({ view })),
  fc
    .integer({ min: 1, max: 20 })
    .map((k) => ({ view: 'intune.device' as const, device: `LP-${String(k).padStart(4, '0')}` })),
);

interface Session {
  actions: Action[];
  seed: number;
  location: ViewLocation | undefined;
  code: string;
}

/** A session and its link (sessions too long to share are left out). */
const session = fc
  .tuple(fc.array(action, { maxLength: 25 }), fc.nat({ max: 0xffffffff }), location)
  .map(([actions, seed, where]) => {
    const kept = accepted(actions);
    const link = encodeShareLink({ scenarioId: SCENARIO.id, seed, actions: kept, location: where });
    return { actions: kept, seed, location: where, code: link.ok ? link.code : null };
  })
  .filter((value): value is Session => value.code !== null);

const stateJson = (actions: Action[], seed: number) =>
  JSON.stringify(applyActions(createScenarioState(SCENARIO, seed), actions).state);

describe('share links, for any input', () => {
  it('reproduce the exact state of any session they were made from', () => {
    // The generator reaches real sessions, not only empty ones.
    const lengths = fc.sample(session, 300).map(({ actions }) => actions.length);
    expect(Math.max(...lengths)).toBeGreaterThanOrEqual(8);
    expect(lengths.filter((length) => length >= 3).length).toBeGreaterThan(100);
    fc.assert(
      fc.property(session, ({ actions, seed, location: where, code }) => {
        const restored = restoreFromLink(code, [SCENARIO]);
        expect(restored.ok).toBe(true);
        if (restored.ok) {
          expect(restored.actions).toEqual(actions);
          expect(restored.location).toEqual(where ?? { view: SCENARIO.opensAt });
          expect(JSON.stringify(restored.state)).toBe(stateJson(actions, seed));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('refuse every truncation of a link, with a reason', () => {
    fc.assert(
      fc.property(
        session.chain(({ code }) => fc.nat(code.length - 1).map((cut) => code.slice(0, cut))),
        (code) => {
          const restored = restoreFromLink(code, [SCENARIO]);
          expect(restored.ok).toBe(false);
          if (!restored.ok) expect(restored.reason.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('never throw on an oversized or mutated link, and refuse it or give exactly what it says', () => {
    const damaged = session.chain(({ code }) =>
      fc.oneof(
        fc.string({ minLength: 1, maxLength: 50 }).map((tail) => code + tail),
        fc.constant(code + 'A'.repeat(SHARE_LINK_MAX)),
        fc
          .tuple(fc.nat(code.length - 1), fc.constantFrom(...'ABCxyz019-_.~%'))
          .map(([at, char]) => code.slice(0, at) + char + code.slice(at + 1)),
      ),
    );
    fc.assert(
      fc.property(damaged, (code) => {
        const restored = restoreFromLink(code, [SCENARIO]);
        if (restored.ok) {
          expect(JSON.stringify(restored.state)).toBe(stateJson(restored.actions, restored.seed));
          expect(VIEW_IDS).toContain(restored.location.view);
        } else expect(restored.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: 1500 },
    );
  });

  it('never throw on any string or value at all', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 3000 }), fc.anything()), (code) => {
        const restored = restoreFromLink(code, [SCENARIO]);
        expect(typeof restored.ok).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });
});
