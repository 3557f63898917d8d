/** The cloud attach diagram stacked for a phone (CloudAttachDiagram.astro says how the two layouts differ). */
import type { Drawing } from './cloud-attach-drawing';

export const NARROW: Drawing = {
  width: 380,
  height: 908,
  zones: [
    { x: 6, y: 8, w: 368, h: 228 },
    { x: 6, y: 246, w: 368, h: 240 },
    { x: 6, y: 496, w: 368, h: 404 },
  ],
  group: { x: 248, y: 262, w: 122, h: 470 },
  boxes: [
    { x: 20, y: 44, w: 224, h: 146, lines: [] },
    { x: 32, y: 80, w: 200, h: 38, variant: 'box--accent', lines: [{ text: 'Intune admin center', kind: 'name' }] },
    {
      x: 32,
      y: 126,
      w: 200,
      h: 54,
      variant: 'box--accent',
      lines: [
        { text: 'Configuration Manager', kind: 'name' },
        { text: 'connector', kind: 'name' },
      ],
    },
    {
      x: 256,
      y: 44,
      w: 110,
      h: 146,
      lines: [
        { text: 'Microsoft', kind: 'title' },
        { text: 'Entra ID', kind: 'title' },
        { text: 'Device and' },
        { text: 'user' },
        { text: 'identities' },
      ],
    },
    {
      x: 52,
      y: 376,
      w: 184,
      h: 90,
      variant: 'box--accent',
      lines: [
        { text: 'Cloud management', kind: 'name' },
        { text: 'gateway (CMG)', kind: 'name' },
        { text: 'hosted in Azure', kind: 'note' },
        { text: 'for internet clients', kind: 'note' },
      ],
    },
    {
      x: 258,
      y: 390,
      w: 102,
      h: 62,
      lines: [
        { text: 'On the', kind: 'name' },
        { text: 'internet', kind: 'name' },
      ],
    },
    {
      x: 258,
      y: 570,
      w: 102,
      h: 62,
      lines: [
        { text: 'On the', kind: 'name' },
        { text: 'intranet', kind: 'name' },
      ],
    },
    // The site, its parts stacked with the management point on top (next to the CMG's arrow).
    { x: 52, y: 530, w: 184, h: 278, lines: [] },
    { x: 64, y: 578, w: 160, h: 44, lines: [{ text: 'Management point', kind: 'name' }] },
    {
      x: 64,
      y: 632,
      w: 160,
      h: 66,
      lines: [
        { text: 'SMS Provider', kind: 'name' },
        { text: 'administration', kind: 'note' },
        { text: 'service', kind: 'note' },
      ],
    },
    { x: 64, y: 708, w: 160, h: 44, lines: [{ text: 'Site server', kind: 'name' }] },
    {
      x: 20,
      y: 822,
      w: 216,
      h: 64,
      lines: [
        { text: 'Service connection point', kind: 'name' },
        { text: '(a site system role)', kind: 'note' },
      ],
    },
  ],
  labels: [
    { x: 20, y: 32, lines: [{ text: 'Microsoft cloud' }], tone: 't-zone' },
    { x: 52, y: 270, lines: [{ text: 'Internet' }], tone: 't-zone' },
    { x: 52, y: 520, lines: [{ text: 'On premises' }], tone: 't-zone' },
    { x: 132, y: 68, anchor: 'middle', lines: [{ text: 'Microsoft Intune', kind: 'title' }] },
    {
      x: 309,
      y: 284,
      anchor: 'middle',
      lines: [
        { text: 'Windows devices', kind: 'note' },
        { text: 'with the', kind: 'note' },
        { text: 'Configuration', kind: 'note' },
        { text: 'Manager client', kind: 'note' },
      ],
    },
    {
      x: 309,
      y: 656,
      anchor: 'middle',
      lines: [
        { text: 'Co-managed', kind: 'note' },
        { text: 'when also', kind: 'note' },
        { text: 'enrolled in', kind: 'note' },
        { text: 'Intune', kind: 'note' },
      ],
    },
    {
      x: 76,
      y: 774,
      lines: [
        { text: 'Configuration', kind: 'title' },
        { text: 'Manager site', kind: 'title' },
      ],
    },
    {
      x: 52,
      y: 298,
      lines: [
        { text: 'Up: device upload,' },
        { text: 'every 15 minutes' },
        { text: 'Down: admin center' },
        { text: 'actions' },
      ],
    },
    {
      x: 214,
      y: 208,
      anchor: 'end',
      lines: [{ text: 'MDM enrollment' }, { text: 'of co-managed devices', kind: 'note' }],
    },
    { x: 322, y: 226, anchor: 'end', lines: [{ text: 'Identity' }] },
  ],
  arrows: [
    { d: 'M40 822 V182', tone: 'accent', both: true },
    { d: 'M258 262 V212 H224 V192', tone: 'accent' },
    { d: 'M330 262 V192', tone: 'muted' },
    { d: 'M258 421 H238', tone: 'accent' },
    { d: 'M144 466 V576', tone: 'accent' },
    { d: 'M258 600 H226', tone: 'accent', both: true },
  ],
};
