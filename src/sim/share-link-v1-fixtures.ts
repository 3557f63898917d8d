/**
 * Share links of codec version 1, one per simulator the site had before the lab console (tenant
 * attach, enablement, workload switching), made with the version-1 encoder and kept as they were
 * so the tests can show that such links still open (at the scenario's `opensAt` view). Never
 * regenerate them: their point is that today's code did not write them. Not shipped.
 */
import type { Action } from './types';

export interface KeptV1Link {
  /** The simulator the scenario opened before the lab console. */
  simulator: 'tenant-attach' | 'enablement' | 'workload-switching';
  scenarioId: string;
  seed: number;
  /** The path the old "Copy link to this state" gave. */
  link: string;
  /** The actions the link replays (the scenario's first steps). */
  actions: Action[];
}

export const KEPT_V1_LINKS: readonly KeptV1Link[] = [
  {
    simulator: 'tenant-attach',
    scenarioId: 'tenant-attach-only',
    seed: 2207,
    link: '/scenarios/tenant-attach-only/#s=1r2.1z.1ehoxq37hgv.tenant-attach-only.1pb.o.si,0.sm,1.n.su,workstations,0.n.se,0,_.n.f.t,u',
    actions: [
      { type: 'open-wizard' },
      { type: 'wizard-sign-in', environment: 'public' },
      { type: 'wizard-set-mode', mode: 'customize' },
      { type: 'wizard-next' },
      { type: 'wizard-set-upload', upload: { collection: 'workstations' }, endpointAnalytics: false },
      { type: 'wizard-next' },
      { type: 'wizard-set-enablement', autoEnrollment: 'none', collection: null },
      { type: 'wizard-next' },
      { type: 'wizard-finish' },
      { type: 'advance-time', minutes: 30 },
    ],
  },
  {
    simulator: 'enablement',
    scenarioId: 'pilot-enrollment-for-it',
    seed: 1906,
    link: '/scenarios/pilot-enrollment-for-it/#s=1r2.1b.0tas4y4zaz1.pilot-enrollment-for-it.1gy.e,1,it-devices.t,2i',
    actions: [
      { type: 'set-auto-enrollment', autoEnrollment: 'pilot', collection: 'it-devices' },
      { type: 'advance-time', minutes: 90 },
    ],
  },
  {
    simulator: 'workload-switching',
    scenarioId: 'compliance-policies-first',
    seed: 1710,
    link: '/scenarios/compliance-policies-first/#s=1r2.1h.1gjrdmzlmf2.compliance-policies-first.1bi.p,0,pilot-finance.w,0,1',
    actions: [
      { type: 'set-pilot-collection', workload: 'compliance-policies', collection: 'pilot-finance' },
      { type: 'set-workload', workload: 'compliance-policies', position: 'pilot-intune' },
    ],
  },
];

/** A kept link's code, the part after `#s=`. */
export const codeOf = (link: string): string => link.slice(link.indexOf('#s=') + 3);
