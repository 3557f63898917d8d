/**
 * Checks that several actions share before they change anything: the wizard on the right page,
 * cloud attach or co-management already set up, a known collection, a workload's version gates.
 * Each returns the refusal, or null when the action may go on.
 */
import { passesGate, WORKLOAD_LABELS, workloadIndex, type GateId, type WorkloadId } from '../constants';
import { findCollection } from '../collections';
import { coManagementEnabled } from '../enrollment-table';
import { wizardName, wizardPageTitle } from '../labels';
import type { SimState, WizardPage } from '../types';
import { gated, refuse, type Refusal } from './contract';

/** The refusal when the site's version does not have the feature behind `gate` (`what`), or null. */
export const needGate = (state: SimState, gate: GateId, what: string): Refusal | null =>
  passesGate(gate, state.site.version) ? null : gated(gate, state.site.version, what);

export const unknownCollection = (state: SimState, id: string): Refusal =>
  refuse(`Unknown collection "${id}". Known collections: ${state.collections.map((c) => c.name).join(', ')}.`);

/** The refusal for a collection id the world does not have, or null (null ids are "none chosen"). */
export const checkCollection = (state: SimState, id: string | null): Refusal | null =>
  id !== null && !findCollection(state, id) ? unknownCollection(state, id) : null;

export const wizardNotOpen = (state: SimState): Refusal => refuse(`The ${wizardName(state.site.version)} is not open.`);

/** The refusal when the wizard is not open on `page`, or null. */
export function needWizard(state: SimState, page: WizardPage): Refusal | null {
  const wizard = state.wizard;
  if (!wizard) return wizardNotOpen(state);
  if (wizard.page === page) return null;
  const version = state.site.version;
  return refuse(
    `That choice is on the ${wizardPageTitle(version, page)} page; ` +
      `the wizard is on the ${wizardPageTitle(version, wizard.page)} page.`,
  );
}

export const needCloudAttach = (state: SimState): Refusal | null =>
  state.settings.cloudAttach === null
    ? refuse(
        `Cloud attach is not configured yet: run the ${wizardName(state.site.version)} first ` +
          '(Administration > Cloud Services > Cloud Attach).',
      )
    : null;

export const needCoManagement = (state: SimState): Refusal | null =>
  coManagementEnabled(state)
    ? null
    : refuse(
        'Co-management is not enabled yet: set Automatic enrollment in Intune to Pilot or All (Enablement) first.',
      );

/** A slider position for a workload: the workload and position exist, and the site's version allows it. */
export function workloadGate(state: SimState, workload: WorkloadId, position: string): Refusal | null {
  if (workloadIndex(workload) < 0) return refuse(`Unknown workload "${workload}".`);
  const moved = position !== 'configmgr';
  const gate =
    moved && workload === 'resource-access-policies'
      ? needGate(state, 'resource-access-workload', WORKLOAD_LABELS[workload])
      : moved && workload === 'endpoint-protection'
        ? needGate(state, 'endpoint-protection-workload', WORKLOAD_LABELS[workload])
        : null;
  if (gate) return gate;
  if (moved && position !== 'pilot-intune' && position !== 'intune')
    return refuse(`Unknown slider position "${position}".`);
  return null;
}
