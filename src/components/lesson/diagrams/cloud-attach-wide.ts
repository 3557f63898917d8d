/** The cloud attach diagram side by side (CloudAttachDiagram.astro says how the two layouts differ). */
import type { Drawing, Label } from './cloud-attach-drawing';

const ZONE_NAMES = ['Microsoft cloud', 'Internet', 'On premises'] as const;

export const WIDE: Drawing = {
  width: 800,
  height: 690,
  zones: [
    { x: 8, y: 8, w: 784, h: 188 },
    { x: 8, y: 206, w: 784, h: 186 },
    { x: 8, y: 402, w: 784, h: 280 },
  ],
  group: { x: 540, y: 236, w: 240, h: 404 },
  boxes: [
    // Microsoft Intune: the container, its title is a label.
    { x: 22, y: 44, w: 350, h: 140, lines: [] },
    { x: 38, y: 80, w: 318, h: 38, variant: 'box--accent', lines: [{ text: 'Intune admin center', kind: 'name' }] },
    {
      x: 38,
      y: 128,
      w: 318,
      h: 42,
      variant: 'box--accent',
      lines: [{ text: 'Configuration Manager connector', kind: 'name' }],
    },
    {
      x: 580,
      y: 44,
      w: 198,
      h: 140,
      lines: [{ text: 'Microsoft Entra ID', kind: 'title' }, { text: 'Device and user' }, { text: 'identities' }],
    },
    {
      x: 318,
      y: 240,
      w: 200,
      h: 122,
      variant: 'box--accent',
      lines: [
        { text: 'Cloud management', kind: 'name' },
        { text: 'gateway (CMG)', kind: 'name' },
        { text: 'hosted in Azure', kind: 'note' },
        { text: 'for internet clients', kind: 'note' },
      ],
    },
    { x: 552, y: 298, w: 216, h: 62, lines: [{ text: 'On the internet', kind: 'name' }] },
    { x: 552, y: 566, w: 216, h: 62, lines: [{ text: 'On the intranet', kind: 'name' }] },
    {
      x: 38,
      y: 436,
      w: 262,
      h: 64,
      lines: [
        { text: 'Service connection point', kind: 'name' },
        { text: '(a site system role)', kind: 'note' },
      ],
    },
    // The site: container, then its parts.
    { x: 22, y: 516, w: 508, h: 152, lines: [] },
    { x: 38, y: 556, w: 148, h: 96, lines: [{ text: 'Site server', kind: 'name' }] },
    {
      x: 202,
      y: 556,
      w: 148,
      h: 96,
      lines: [
        { text: 'SMS Provider', kind: 'name' },
        { text: 'administration', kind: 'note' },
        { text: 'service', kind: 'note' },
      ],
    },
    {
      x: 366,
      y: 556,
      w: 148,
      h: 96,
      lines: [
        { text: 'Management', kind: 'name' },
        { text: 'point', kind: 'name' },
      ],
    },
  ],
  labels: [
    ...ZONE_NAMES.map((text, index): Label => ({
      x: 22,
      y: [32, 230, 426][index] ?? 0,
      lines: [{ text }],
      tone: 't-zone',
    })),
    {
      x: 660,
      y: 260,
      anchor: 'middle',
      lines: [{ text: 'Windows devices with the' }, { text: 'Configuration Manager client' }],
    },
    {
      x: 660,
      y: 480,
      anchor: 'middle',
      lines: [
        { text: 'Co-managed when also', kind: 'note' },
        { text: 'enrolled in Intune', kind: 'note' },
      ],
    },
    { x: 197, y: 68, anchor: 'middle', lines: [{ text: 'Microsoft Intune', kind: 'title' }] },
    { x: 38, y: 540, lines: [{ text: 'Configuration Manager site', kind: 'title' }] },
    { x: 150, y: 262, lines: [{ text: 'Device upload,' }, { text: 'every 15 minutes' }] },
    { x: 282, y: 322, anchor: 'end', lines: [{ text: 'Admin center' }, { text: 'actions' }] },
    { x: 465, y: 100, anchor: 'middle', lines: [{ text: 'MDM enrollment' }] },
    { x: 465, y: 132, anchor: 'middle', lines: [{ text: 'of co-managed devices', kind: 'note' }] },
    { x: 700, y: 226, lines: [{ text: 'Identity' }] },
  ],
  arrows: [
    // Service connection point <-> Configuration Manager connector
    { d: 'M140 436 V172', tone: 'accent' },
    { d: 'M292 171 V434', tone: 'accent' },
    // Co-managed devices -> Intune (MDM enrollment); devices and users -> Entra ID (identity)
    { d: 'M556 236 V110 H374', tone: 'accent' },
    { d: 'M690 236 V186', tone: 'muted' },
    // Internet client -> CMG -> management point; intranet clients <-> management point
    { d: 'M552 330 H520', tone: 'accent' },
    { d: 'M440 362 V554', tone: 'accent' },
    { d: 'M552 597 H516', tone: 'accent', both: true },
  ],
};
