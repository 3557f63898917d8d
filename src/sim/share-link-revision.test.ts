/**
 * Share links and the lab's rules revision: links made before revisions were recorded (codec
 * version 1 with no revision) still open, are recognised as revision 1 and replay under the
 * current rules; every action type and tag shipped then still decodes to the same action.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../schemas/scenario';
import { LAB_RULES_REVISION, UNRECORDED_REVISION } from './revision';
import { createScenarioState } from './scenario';
import { checksum, decodeShareLink, encodeShareLink, restoreFromLink, shareLinkPath } from './share-link';
import { revisionNotice, workRevision } from './revision-notice';
import { applyActions } from './step';
import { BROKEN_PREREQUISITE_ACTIONS, BROKEN_PREREQUISITE_LINK } from './revision-1-fixtures';
import type { Action, Scenario } from './types';

/**
 * Also made before this change: one action of every type there was then, each written by the
 * codec of that day. A tag or an enum order changed since would decode to something else.
 */
const EVERY_ACTION_LINK =
  '1.90.1qi7bgx68kt.link-test.2r.o.si,1.sm,1.su,pilot-it,1.su,_,0.se,1,pilot-it.se,0,_.sw,6,1,pilot-it.n.f.x.u,~,1.e,2,_.w,5,2.p,7,pilot-it.ca,pilot-it,LT-0001:Weird*0020name*002f*00c9*002e*002c*003a*002a*005f*007e.cr,pilot-it,LT-0001.pa,defender-av,pilot-it.pu,defender-av.scp,0.as,1.g,1.m,1.ap,5,0.cg,pilot-it,1.i.ue,LT-0009.d,LT-0009,2.t,xc0';
const EVERY_ACTION: Action[] = [
  { type: 'open-wizard' },
  { type: 'wizard-sign-in', environment: 'us-government' },
  { type: 'wizard-set-mode', mode: 'customize' },
  { type: 'wizard-set-upload', upload: { collection: 'pilot-it' }, endpointAnalytics: true },
  { type: 'wizard-set-upload', upload: null, endpointAnalytics: false },
  { type: 'wizard-set-enablement', autoEnrollment: 'pilot', collection: 'pilot-it' },
  { type: 'wizard-set-enablement', autoEnrollment: 'none', collection: null },
  { type: 'wizard-set-workload', workload: 'client-apps', position: 'pilot-intune', pilotCollection: 'pilot-it' },
  { type: 'wizard-next' },
  { type: 'wizard-finish' },
  { type: 'wizard-cancel' },
  { type: 'set-upload', upload: 'all', endpointAnalytics: true },
  { type: 'set-auto-enrollment', autoEnrollment: 'all', collection: null },
  { type: 'set-workload', workload: 'office-click-to-run-apps', position: 'intune' },
  { type: 'set-pilot-collection', workload: 'all', collection: 'pilot-it' },
  { type: 'add-to-collection', collection: 'pilot-it', devices: ['LT-0001', 'Weird name/É.,:*_~'] },
  { type: 'remove-from-collection', collection: 'pilot-it', devices: ['LT-0001'] },
  { type: 'assign-policy', policy: 'defender-av', collection: 'pilot-it' },
  { type: 'unassign-policy', policy: 'defender-av' },
  { type: 'set-service-connection-point', online: false },
  { type: 'set-administration-service', working: true },
  { type: 'set-cloud-management-gateway', present: true },
  { type: 'set-mdm-user-scope', scope: 'some' },
  { type: 'set-admin-permission', permission: 'adUserDiscovery', granted: false },
  { type: 'set-collection-rights', collection: 'pilot-it', granted: true },
  { type: 'install-client-from-intune' },
  { type: 'unenroll-device', device: 'LT-0009' },
  { type: 'device-action', device: 'LT-0009', action: 'app-evaluation-cycle' },
  { type: 'advance-time', minutes: 43200 },
];

const OLD_LINK_NOTICE =
  'This link was made with an earlier version of the lab; what you see follows the current rules.';

const brokenPrerequisite = ScenarioSchema.parse(
  parse(readFileSync('content/scenarios/broken-prerequisite.yaml', 'utf8')),
) as Scenario;

const SCENARIO: Scenario = {
  id: 'link-revision',
  title: 'Link revisions',
  summary: 'A small scenario for share links of other rules revisions.',
  durationMinutes: 5,
  opensAt: 'lab.authority-map',
  siteVersion: 2207,
  seed: 7,
  fleet: {
    prefix: 'LR',
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

/**
 * `code` with its header rewritten to carry `token` (a version, with or without a revision),
 * checksum recomputed; a version-2 code made into a version-1 one loses its view part.
 */
function withToken(code: string, token: string): string {
  const parts = code.split('.').slice(3);
  const body = (code.startsWith('2') && token.startsWith('1') ? [...parts.slice(0, 2), ...parts.slice(3)] : parts).join(
    '.',
  );
  const header = `${token}.${body.length.toString(36)}`;
  return `${header}.${checksum(`${header}.${body}`)}.${body}`;
}

const codeOf = (path: string) => path.slice(path.indexOf('#s=') + 3);

describe('the rules revision', () => {
  it('is a whole number above the revision of links that carry none', () => {
    expect(UNRECORDED_REVISION).toBe(1);
    expect(Number.isInteger(LAB_RULES_REVISION) && LAB_RULES_REVISION > UNRECORDED_REVISION).toBe(true);
  });

  it('has a notice for a link or saved work of another revision, and none for the current one', () => {
    expect(revisionNotice(LAB_RULES_REVISION, true)).toBeNull();
    expect(revisionNotice(LAB_RULES_REVISION, false)).toBeNull();
    expect(revisionNotice(1, true)).toBe(OLD_LINK_NOTICE);
    expect(revisionNotice(1, false)).toBe(
      'This work was saved with an earlier version of the lab; what you see follows the current rules.',
    );
    expect(revisionNotice(LAB_RULES_REVISION + 1, true)).toBe(
      "This link was made with a newer version of the lab; what you see follows this version's rules.",
    );
  });

  it('of saved lab work is its own, or 1 when it has none or one that is not a whole number from 1', () => {
    const work = { type: 'lab-task', actions: [], passed: [true] };
    expect(workRevision(work)).toBe(1);
    expect(workRevision({ ...work, revision: LAB_RULES_REVISION })).toBe(LAB_RULES_REVISION);
    expect(workRevision({ ...work, revision: 7 })).toBe(7);
    for (const revision of [0, -2, 1.5, '2', null, Number.NaN])
      expect(workRevision({ ...work, revision }), String(revision)).toBe(1);
  });
});

describe('share links and the rules revision', () => {
  it("opens a link made with the day-before's broken-prerequisite scenario as revision 1, replayed under the current rules, with the notice", () => {
    const code = codeOf(BROKEN_PREREQUISITE_LINK);
    expect(BROKEN_PREREQUISITE_LINK).toBe(shareLinkPath('broken-prerequisite', code));
    expect(decodeShareLink(code)).toEqual({
      ok: true,
      version: 1,
      revision: 1,
      scenarioId: 'broken-prerequisite',
      seed: 8000,
      actions: BROKEN_PREREQUISITE_ACTIONS,
    });
    const restored = restoreFromLink(code, [brokenPrerequisite]);
    expect(restored.ok).toBe(true);
    if (!restored.ok) return;
    // The state is whatever the current rules make of those actions, exactly.
    const now = applyActions(createScenarioState(brokenPrerequisite, 8000), BROKEN_PREREQUISITE_ACTIONS);
    expect(now.ok && JSON.stringify(restored.state)).toBe(JSON.stringify(now.state));
    expect(restored.revision).toBe(1);
    expect(restored.notice).toBe(OLD_LINK_NOTICE);
  });

  it('rejects every truncation of that link', () => {
    const code = codeOf(BROKEN_PREREQUISITE_LINK);
    for (let k = 0; k < code.length; k++) expect(decodeShareLink(code.slice(0, k)).ok, code.slice(0, k)).toBe(false);
  });

  it('still decodes every action type and tag of a link made before revisions, to the same actions', () => {
    expect(new Set(EVERY_ACTION.map((action) => action.type)).size).toBe(27);
    expect(decodeShareLink(EVERY_ACTION_LINK)).toEqual({
      ok: true,
      version: 1,
      revision: 1,
      scenarioId: 'link-test',
      seed: 99,
      actions: EVERY_ACTION,
    });
  });

  it('writes the current revision into a new link, and reads it back', () => {
    const encoded = encodeShareLink({
      scenarioId: 'broken-prerequisite',
      seed: 8000,
      actions: BROKEN_PREREQUISITE_ACTIONS,
    });
    expect(encoded.ok).toBe(true);
    if (!encoded.ok) return;
    expect(encoded.code.startsWith(`2r${LAB_RULES_REVISION}.`)).toBe(true);
    // Only the header and the (empty) view differ from the old link: scenario, seed and actions are the same.
    const [id, seed, view, ...actions] = encoded.code.split('.').slice(3);
    expect(view).toBe('');
    expect([id, seed, ...actions]).toEqual(codeOf(BROKEN_PREREQUISITE_LINK).split('.').slice(3));
    const restored = restoreFromLink(encoded.code, [brokenPrerequisite]);
    expect(restored.ok && restored.revision).toBe(LAB_RULES_REVISION);
    expect(restored.ok && restored.notice).toBeNull();
  });

  it('reads an explicit revision 1 as an old link, and refuses a malformed revision or one changed without the checksum', () => {
    const code = codeOf(BROKEN_PREREQUISITE_LINK);
    expect(decodeShareLink(withToken(code, '1r1'))).toMatchObject({ ok: true, revision: 1 });
    expect(decodeShareLink(withToken(code, '1r12'))).toMatchObject({ ok: true, revision: 12 });
    for (const token of ['1r0', '1r02', '1r', 'r2', '1R2', '1r2r2', '1rz', '1r12345'])
      expect(decodeShareLink(withToken(code, token)), token).toEqual({
        ok: false,
        reason: 'The link is malformed (no version).',
      });
    // The checksum covers the revision: a revision written into a link afterwards is refused.
    expect(decodeShareLink(code.replace(/^1\./, '1r2.'))).toEqual({
      ok: false,
      reason: 'The link does not match its checksum: it was changed or damaged.',
    });
    expect(decodeShareLink(withToken(code, '3r2'))).toEqual({
      ok: false,
      reason: 'The link was made by another version of the lab (link version 3; this site reads versions 1 and 2).',
    });
  });

  it('still refuses, with a reason, an old link whose actions the current engine refuses', () => {
    const encoded = encodeShareLink({
      scenarioId: SCENARIO.id,
      seed: 7,
      actions: [{ type: 'set-pilot-collection', workload: 'all', collection: 'no-such-collection' }],
    });
    expect(encoded.ok).toBe(true);
    if (!encoded.ok) return;
    const old = withToken(encoded.code, '1');
    expect(decodeShareLink(old)).toMatchObject({ ok: true, revision: 1 });
    const restored = restoreFromLink(old, [SCENARIO]);
    expect(restored.ok).toBe(false);
    expect(!restored.ok && restored.reason).toMatch(/^Action 1 of the link \(set-pilot-collection\) was refused: /);
  });
});

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    type: fc.constant('set-workload' as const),
    workload: fc.constantFrom('compliance-policies' as const, 'client-apps' as const),
    position: fc.constantFrom('configmgr' as const, 'pilot-intune' as const, 'intune' as const),
  }),
  fc.record({
    type: fc.constant('set-pilot-collection' as const),
    workload: fc.constant('all' as const),
    collection: fc.constant('pilot-it'),
  }),
  fc.record({ type: fc.constant('advance-time' as const), minutes: fc.constantFrom(15, 60, 1440) }),
);

/** An old link (no revision) of a session the engine accepts, and that session. */
const oldSession = fc
  .tuple(fc.array(action, { maxLength: 20 }), fc.nat({ max: 0xffffffff }))
  .map(([actions, seed]) => {
    const run = applyActions(createScenarioState(SCENARIO, seed), actions);
    const kept = run.ok ? actions : actions.slice(0, run.index);
    const link = encodeShareLink({ scenarioId: SCENARIO.id, seed, actions: kept });
    return { actions: kept, seed, code: link.ok ? withToken(link.code, '1') : null };
  })
  .filter((value): value is { actions: Action[]; seed: number; code: string } => value.code !== null);

describe('old links (no revision), for any session', () => {
  it('replay the exact state the current rules give their actions, as revision 1', () => {
    fc.assert(
      fc.property(oldSession, ({ actions, seed, code }) => {
        const restored = restoreFromLink(code, [SCENARIO]);
        expect(restored.ok).toBe(true);
        if (!restored.ok) return;
        expect(restored.revision).toBe(1);
        expect(restored.actions).toEqual(actions);
        expect(JSON.stringify(restored.state)).toBe(
          JSON.stringify(applyActions(createScenarioState(SCENARIO, seed), actions).state),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('are refused when cut anywhere', () => {
    fc.assert(
      fc.property(
        oldSession.chain(({ code }) => fc.nat(code.length - 1).map((cut) => code.slice(0, cut))),
        (cut) => {
          expect(restoreFromLink(cut, [SCENARIO]).ok).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });
});
