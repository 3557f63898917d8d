import { describe, expect, it } from 'vitest';
import { applyActions } from './step';
import { createScenarioState } from './scenario';
import {
  checksum,
  decodeAction,
  decodeShareLink,
  encodeAction,
  encodeShareLink,
  restoreFromLink,
  shareLinkPath,
  SHARE_LINK_MAX,
} from './share-link';
import { LAB_RULES_REVISION } from './revision';
import { KEPT_V1_LINKS, codeOf } from './share-link-v1-fixtures';
import type { Action, Scenario } from './types';
import { VIEW_IDS, type ViewLocation } from './views';
import { ScenarioSchema } from '../schemas/scenario';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const SCENARIO: Scenario = {
  id: 'link-test',
  title: 'Link test',
  summary: 'A small scenario for the share-link codec.',
  durationMinutes: 5,
  opensAt: 'lab.authority-map',
  siteVersion: 2207,
  seed: 99,
  fleet: {
    prefix: 'LT',
    segments: [
      {
        count: 30,
        os: { 'windows-11-23h2': 2, 'windows-10-22h2': 1 },
        join: 'hybrid-entra-joined',
        department: { IT: 1, Sales: 2 },
      },
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

/** A realistic session. */
const SESSION: Action[] = [
  { type: 'set-pilot-collection', workload: 'compliance-policies', collection: 'pilot-it' },
  { type: 'set-workload', workload: 'compliance-policies', position: 'pilot-intune' },
  { type: 'advance-time', minutes: 15 },
  { type: 'add-to-collection', collection: 'pilot-it', devices: ['LT-0002', 'LT-0003'] },
  { type: 'device-action', device: 'LT-0002', action: 'sync-machine-policy' },
  { type: 'set-workload', workload: 'compliance-policies', position: 'intune' },
  { type: 'advance-time', minutes: 1440 },
];

/** One action of every type, with strings that need escaping. */
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
  { type: 'set-automatic-enrollment-configured', configured: false },
  { type: 'set-unlicensed-admins', allowed: true },
  { type: 'set-co-management-settings-policy', targeted: true },
  { type: 'set-admin-permission', permission: 'adUserDiscovery', granted: false },
  { type: 'set-collection-rights', collection: 'pilot-it', granted: true },
  { type: 'install-client-from-intune' },
  { type: 'unenroll-device', device: 'LT-0009' },
  { type: 'device-action', device: 'LT-0009', action: 'app-evaluation-cycle' },
  { type: 'advance-time', minutes: 43200 },
];

function validCode(actions: Action[] = SESSION, location?: ViewLocation): string {
  const r = encodeShareLink({ scenarioId: 'link-test', seed: 99, actions, location });
  if (!r.ok) throw new Error(r.reason);
  return r.code;
}

describe('share links', () => {
  it('encodes every action type and decodes it back unchanged', () => {
    expect(new Set(EVERY_ACTION.map((a) => a.type)).size).toBe(30);
    for (const action of EVERY_ACTION) expect(decodeAction(encodeAction(action))).toEqual(action);
    // The tags of links made before these actions existed still decode to the same actions.
    expect(decodeAction('m,0')).toEqual({ type: 'set-mdm-user-scope', scope: 'none' });
    expect(decodeAction('i')).toEqual({ type: 'install-client-from-intune' });
    expect(['ac,1', 'ul,0', 'cs,1'].map(decodeAction)).toEqual([
      { type: 'set-automatic-enrollment-configured', configured: true },
      { type: 'set-unlicensed-admins', allowed: false },
      { type: 'set-co-management-settings-policy', targeted: true },
    ]);
    expect(encodeAction({ type: 'set-workload', workload: 'compliance-policies', position: 'intune' })).toBe('w,0,2');
    expect(encodeAction({ type: 'advance-time', minutes: 1440 })).toBe('t,140');
  });

  it('round-trips a session: version, scenario id, seed and actions, in fragment-safe characters', () => {
    const code = validCode(EVERY_ACTION);
    expect(code).toMatch(/^[A-Za-z0-9\-.,:*_~]+$/);
    expect(encodeURIComponent(code).replace(/%2C|%3A|%2A/g, '')).not.toContain('%');
    expect(decodeShareLink(code)).toEqual({
      ok: true,
      version: 2,
      revision: LAB_RULES_REVISION,
      scenarioId: 'link-test',
      seed: 99,
      actions: EVERY_ACTION,
    });
  });

  it('carries the open view (version 2): every view id, and a device page with its device', () => {
    for (const view of VIEW_IDS) {
      const code = validCode(SESSION, { view });
      expect(code.startsWith(`2r${LAB_RULES_REVISION}.`)).toBe(true);
      expect(decodeShareLink(code)).toEqual({
        ok: true,
        version: 2,
        revision: LAB_RULES_REVISION,
        scenarioId: 'link-test',
        seed: 99,
        actions: SESSION,
        location: { view },
      });
    }
    expect(validCode([], { view: 'cm.properties.workloads' })).toMatch(/\.cm_properties_workloads$/);
    const device = validCode(SESSION, { view: 'intune.device', device: 'LT-0002' });
    expect(device).toContain('.intune_device,LT-0002.');
    const restored = restoreFromLink(device, [SCENARIO]);
    expect(restored.ok && restored.location).toEqual({ view: 'intune.device', device: 'LT-0002' });
    // A device the scenario does not have opens the view without one.
    const missing = restoreFromLink(validCode(SESSION, { view: 'intune.device', device: 'NOPE-1' }), [SCENARIO]);
    expect(missing.ok && missing.location).toEqual({ view: 'intune.device' });
    // No view in the link: the scenario's opensAt.
    const none = restoreFromLink(validCode(SESSION), [SCENARIO]);
    expect(none.ok && none.location).toEqual({ view: 'lab.authority-map' });
  });

  it('refuses to encode, and rejects, an unknown view or an unsafe device name', () => {
    const bad = (location: unknown) =>
      encodeShareLink({ scenarioId: 'link-test', seed: 99, actions: [], location: location as ViewLocation });
    expect(bad({ view: 'cm.nowhere' })).toEqual({
      ok: false,
      reason: 'share link: "cm.nowhere" is not a view of the lab',
    });
    for (const device of ['', '<img src=x>', 'a"b', ' lead', 'x'.repeat(65), 'LT/0001'])
      expect(bad({ view: 'intune.device', device })).toEqual({
        ok: false,
        reason: 'share link: the device name is not one a link can carry',
      });
    const forged = (location: string) => {
      const body = `link-test.2r.${location}`;
      const header = `2.${body.length.toString(36)}`;
      return `${header}.${checksum(`${header}.${body}`)}.${body}`;
    };
    expect(decodeShareLink(forged('lab_authority-map'))).toMatchObject({
      ok: true,
      location: { view: 'lab.authority-map' },
    });
    for (const location of [
      'cm_nowhere',
      'cm.devices',
      'CM_DEVICES',
      'intune_device,*003cb*003e',
      'intune_device,',
      'intune_device,a,b',
      'intune_device,*0020x',
    ])
      expect(decodeShareLink(forged(location))).toEqual({
        ok: false,
        reason: 'The link names a view the lab does not have.',
      });
  });

  describe('kept version-1 links (one per former simulator)', () => {
    const load = (id: string) =>
      ScenarioSchema.parse(
        parse(readFileSync(join(process.cwd(), 'content', 'scenarios', `${id}.yaml`), 'utf8')),
      ) as Scenario;
    it('cover the three former simulators', () => {
      expect(KEPT_V1_LINKS.map((kept) => kept.simulator).sort()).toEqual([
        'enablement',
        'tenant-attach',
        'workload-switching',
      ]);
    });
    for (const kept of KEPT_V1_LINKS) {
      it(`${kept.simulator}: ${kept.scenarioId} decodes, replays and opens at the scenario's opensAt`, () => {
        const code = codeOf(kept.link);
        expect(code.startsWith('1r2.')).toBe(true);
        expect(decodeShareLink(code)).toEqual({
          ok: true,
          version: 1,
          revision: 2,
          scenarioId: kept.scenarioId,
          seed: kept.seed,
          actions: kept.actions,
        });
        const scenario = load(kept.scenarioId);
        const restored = restoreFromLink(code, [scenario]);
        expect(restored.ok).toBe(true);
        if (!restored.ok) return;
        expect(restored.location).toEqual({ view: scenario.opensAt });
        expect(restored.state).toEqual(applyActions(createScenarioState(scenario, kept.seed), kept.actions).state);
        expect(restored.notice).toBe(null);
        // Every truncation of a kept link is rejected too.
        for (let k = 0; k < code.length; k++) expect(decodeShareLink(code.slice(0, k)).ok).toBe(false);
      });
    }
  });

  it('keeps a realistic session short, and a 60-action session within the limit', () => {
    expect(validCode().length).toBeLessThan(120);
    const long: Action[] = Array.from({ length: 60 }, (_, k) =>
      k % 3 === 0
        ? {
            type: 'add-to-collection',
            collection: 'pilot-it',
            devices: [`LT-${String((k % 30) + 1).padStart(4, '0')}`],
          }
        : k % 3 === 1
          ? { type: 'set-workload', workload: 'client-apps', position: k % 2 ? 'intune' : 'configmgr' }
          : { type: 'advance-time', minutes: 15 },
    );
    const r = encodeShareLink({ scenarioId: 'link-test', seed: 99, actions: long });
    expect(r.ok && shareLinkPath('link-test', r.code).length).toBeLessThan(SHARE_LINK_MAX);
  });

  it('restores a link to exactly the state of the session', () => {
    const restored = restoreFromLink(validCode(), [SCENARIO]);
    const direct = applyActions(createScenarioState(SCENARIO, 99), SESSION);
    expect(restored.ok).toBe(true);
    expect(restored.ok && restored.state).toEqual(direct.state);
    expect(restoreFromLink(validCode(), { 'link-test': SCENARIO }).ok).toBe(true);
  });

  it('rejects a link of another version', () => {
    for (const version of ['3', '0', '02', '10']) {
      const code = validCode().replace(/^2r/, `${version}r`);
      expect(code).not.toBe(validCode());
      expect(decodeShareLink(code)).toEqual({
        ok: false,
        reason: `The link was made by another version of the lab (link version ${version}; this site reads versions 1 and 2).`,
      });
    }
  });

  it('rejects a link whose checksum does not match', () => {
    const code = validCode();
    const tampered = code.replace('w,0,1', 'w,0,2');
    expect(tampered).not.toBe(code);
    expect(decodeShareLink(tampered)).toEqual({
      ok: false,
      reason: 'The link does not match its checksum: it was changed or damaged.',
    });
    const parts = code.split('.');
    parts[2] = checksum('something else');
    expect(decodeShareLink(parts.join('.')).ok).toBe(false);
  });

  it('refuses to encode, and rejects, a link over 2,000 characters', () => {
    const huge: Action[] = Array.from({ length: 600 }, () => ({ type: 'advance-time', minutes: 15 }));
    const encoded = encodeShareLink({ scenarioId: 'link-test', seed: 99, actions: huge });
    expect(encoded.ok).toBe(false);
    expect(!encoded.ok && encoded.reason).toMatch(
      /^This session is too long to share as a link \(\d+ characters; at most 2000\)\.$/,
    );
    expect(decodeShareLink('1.' + 'a'.repeat(2100))).toEqual({
      ok: false,
      reason: 'The link is too long (2102 characters; at most 2000).',
    });
  });

  it('rejects a link to an unknown scenario', () => {
    const r = encodeShareLink({ scenarioId: 'no-such-scenario', seed: 1, actions: [] });
    expect(r.ok && restoreFromLink(r.code, [SCENARIO])).toEqual({
      ok: false,
      reason: 'The link is for a scenario this site does not have ("no-such-scenario").',
    });
  });

  it('rejects a link with an action the engine refuses', () => {
    const r = encodeShareLink({
      scenarioId: 'link-test',
      seed: 99,
      actions: [
        { type: 'advance-time', minutes: 15 },
        { type: 'set-workload', workload: 'client-apps', position: 'pilot-intune' },
      ],
    });
    expect(r.ok && restoreFromLink(r.code, [SCENARIO])).toEqual({
      ok: false,
      reason:
        'Action 2 of the link (set-workload) was refused: Choose a workload pilot collection for Client apps on the Staging tab first.',
    });
    // Decoding alone accepts it: the engine is the judge.
    expect(r.ok && decodeShareLink(r.code).ok).toBe(true);
  });

  it('rejects every truncation of a valid link', () => {
    const codes = [
      validCode(EVERY_ACTION),
      validCode(EVERY_ACTION, { view: 'intune.device', device: 'LT-0009' }),
      validCode([], { view: 'cm.dashboard' }),
    ];
    for (const code of codes) {
      for (let k = 0; k < code.length; k++) {
        const cut = code.slice(0, k);
        const decoded = decodeShareLink(cut);
        expect(decoded.ok, `truncated to ${k} characters: ${cut}`).toBe(false);
        expect(restoreFromLink(cut, [SCENARIO]).ok).toBe(false);
      }
    }
  });

  it('refuses seeds outside 0-4294967295 both ways', () => {
    expect(encodeShareLink({ scenarioId: 'link-test', seed: 2 ** 32, actions: [] })).toEqual({
      ok: false,
      reason: 'The seed must be a whole number from 0 to 4294967295.',
    });
    const max = encodeShareLink({ scenarioId: 'link-test', seed: 2 ** 32 - 1, actions: [] });
    expect(max.ok && decodeShareLink(max.code)).toEqual({
      ok: true,
      version: 2,
      revision: LAB_RULES_REVISION,
      scenarioId: 'link-test',
      seed: 4294967295,
      actions: [],
    });
    const body = 'link-test.zzzzzzz';
    const header = `1.${body.length.toString(36)}`;
    expect(decodeShareLink(`${header}.${checksum(`${header}.${body}`)}.${body}`)).toEqual({
      ok: false,
      reason: 'The link has no valid seed.',
    });
  });

  it('never throws on garbage', () => {
    for (const junk of [
      undefined,
      null,
      42,
      {},
      '',
      '.',
      '1...',
      '1.0.00000000000.',
      'é',
      '1.zzzz.zzzzzzzzzzz.x',
      `1.5.${checksum('1.5.a.b.q')}.a.b.q`,
    ]) {
      expect(decodeShareLink(junk).ok).toBe(false);
      expect(restoreFromLink(junk, [SCENARIO]).ok).toBe(false);
    }
    // Well formed, but for a scenario that does not exist.
    const wellFormed = `1.3.${checksum('1.3.a.b')}.a.b`;
    expect(decodeShareLink(wellFormed)).toEqual({
      ok: true,
      version: 1,
      revision: 1,
      scenarioId: 'a',
      seed: 11,
      actions: [],
    });
    expect(restoreFromLink(wellFormed, [SCENARIO]).ok).toBe(false);
  });
});
