import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { ScenarioSchema } from './src/schemas/scenario';
import { encodeShareLink } from './src/sim/share-link';
import type { Action, Scenario } from './src/sim/types';
import type { ViewLocation } from './src/sim/views';

const sc = (id: string) => ScenarioSchema.parse(parse(readFileSync(`content/scenarios/${id}.yaml`, 'utf8'))) as Scenario;
const OPEN: Action = { type: 'open-wizard' };
const shots: [string, string, Action[], ViewLocation][] = [
  ['cm.devices', 'compliance-policies-first', [], { view: 'cm.devices' }],
  ['cm.collections', 'compliance-policies-first', [], { view: 'cm.collections' }],
  ['cm.dashboard', 'classroom-10000', [{ type: 'set-auto-enrollment', autoEnrollment: 'all', collection: null }, { type: 'advance-time', minutes: 240 }], { view: 'cm.dashboard' }],
  ['cm.cloud-attach', 'compliance-policies-first', [], { view: 'cm.cloud-attach' }],
  ['cm.wizard', 'tenant-attach-only', [OPEN, { type: 'wizard-sign-in', environment: 'public' }, { type: 'wizard-set-mode', mode: 'customize' }, { type: 'wizard-next' }], { view: 'cm.wizard' }],
  ['cm.properties.configure-upload', 'compliance-policies-first', [], { view: 'cm.properties.configure-upload' }],
  ['cm.properties.enablement', 'pilot-enrollment-for-it', [], { view: 'cm.properties.enablement' }],
  ['cm.properties.workloads', 'compliance-policies-first', [{ type: 'set-pilot-collection', workload: 'compliance-policies', collection: 'pilot-finance' }, { type: 'set-workload', workload: 'compliance-policies', position: 'pilot-intune' }], { view: 'cm.properties.workloads' }],
  ['cm.properties.staging', 'compliance-policies-first', [], { view: 'cm.properties.staging' }],
  ['cm.administrative-users', 'who-can-run-device-actions', [], { view: 'cm.administrative-users' }],
  ['intune.home', 'compliance-policies-first', [], { view: 'intune.home' }],
  ['intune.devices', 'compliance-policies-first', [], { view: 'intune.devices' }],
  ['intune.device', 'device-configuration-moves-endpoint-protection', [{ type: 'assign-policy', policy: 'intune-defender-av', collection: 'pilot-it' }, { type: 'set-pilot-collection', workload: 'device-configuration', collection: 'pilot-it' }, { type: 'set-workload', workload: 'device-configuration', position: 'pilot-intune' }, { type: 'advance-time', minutes: 60 }, { type: 'unassign-policy', policy: 'intune-defender-av' }], { view: 'intune.device', device: 'CON-0001' }],
  ['intune.antivirus', 'device-configuration-moves-endpoint-protection', [], { view: 'intune.antivirus' }],
  ['intune.automatic-enrollment', 'broken-prerequisite', [], { view: 'intune.automatic-enrollment' }],
  ['intune.co-management-settings', 'internet-based-no-cmg', [], { view: 'intune.co-management-settings' }],
  ['intune.roles', 'who-can-run-device-actions', [], { view: 'intune.roles' }],
  ['intune.connectors', 'tenant-attach-only', [], { view: 'intune.connectors' }],
  ['lab.authority-map', 'compliance-policies-first', [{ type: 'set-pilot-collection', workload: 'compliance-policies', collection: 'pilot-finance' }, { type: 'set-workload', workload: 'compliance-policies', position: 'pilot-intune' }], { view: 'lab.authority-map' }],
  ['lab.environment', 'internet-based-no-cmg', [], { view: 'lab.environment' }],
];
const only = process.argv[2];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
for (const [name, id, actions, location] of shots) {
  if (only && !name.startsWith(only)) continue;
  const s = sc(id);
  const link = encodeShareLink({ scenarioId: id, seed: s.seed, actions, location });
  if (!link.ok) throw new Error(link.reason);
  for (const [w, h] of [[1280, 800], [390, 844]]) {
    for (const theme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ viewport: { width: w, height: h }, colorScheme: theme });
      const page = await context.newPage();
      page.on('pageerror', (e) => console.log(name, 'page error:', e.message));
      page.on('console', (m) => m.type() === 'error' && console.log(name, 'console error:', m.text()));
      await page.addInitScript((t) => localStorage.setItem('co-management-lab:theme', t), theme);
      await page.goto(`http://127.0.0.1:4390/scenarios/${id}/#s=${link.code}`);
      const lab = page.locator('section.lab').first();
      await lab.scrollIntoViewIfNeeded();
      await page.getByRole('button', { name: 'Reset' }).first().waitFor();
      await page.waitForTimeout(1500);
      if (w < 600 && name.startsWith('lab.')) await page.getByRole('tab', { name: 'Lab views', exact: true }).click().catch(() => {});
      await page.waitForTimeout(300);
      await lab.evaluate((e) => e.scrollIntoView({ block: 'start' }));
      await page.waitForTimeout(200);
      await page.screenshot({ path: `/tmp/views/${name}-${w}-${theme}.png` });
      await context.close();
    }
  }
}
await browser.close();
