/**
 * What every check grader shares (`Verdict`, `CheckGrader`, the usual sentence), and the graders of
 * the checks on the lab's settings. The registry of every check type's grader is in goals.ts.
 */
import {
  AUTO_ENROLLMENT_LABELS,
  AZURE_ENVIRONMENT_LABELS,
  SLIDER_LABELS,
  WORKLOAD_LABELS,
  workloadIndex,
} from './constants';
import { collectionName } from './collections';
import { connectorView } from './tenant';
import { wizardName } from './labels';
import type { Check, CheckResult, SimState, UploadScope } from './types';

function uploadText(state: SimState, upload: UploadScope | null): string {
  if (upload === null) return 'nothing';
  if (upload === 'all') return 'all devices';
  return `the collection ${collectionName(state, upload.collection)}`;
}

/** A check's grade before it is tied to its check: `difference` is dropped when it passes. */
export type Verdict = Omit<CheckResult, 'check'> & { difference: string };

/** Grades one kind of check. */
export type CheckGrader<T extends Check['type']> = (state: SimState, check: Extract<Check, { type: T }>) => Verdict;

// Most differences are the actual state, then what the goal wants: "X is at Intune; the goal wants Pilot Intune".
export const wants = (passed: boolean, actual: string, expected: string, wanted: string): Verdict => ({
  passed,
  actual,
  expected,
  difference: `${actual}; the goal wants ${wanted}`,
});

/** A check naming a device, collection or policy the lab does not have. */
export const missing = (kind: string, id: string): Verdict => ({
  passed: false,
  actual: `no ${kind} ${id}`,
  expected: `${id} exists`,
  difference: `There is no ${kind} ${id}`,
});

export const gradeSliderPosition: CheckGrader<'slider-position'> = (state, check) => {
  const label = WORKLOAD_LABELS[check.workload];
  const position = state.settings.coManagement.workloads[workloadIndex(check.workload)]!.position;
  return wants(
    position === check.position,
    `${label} is at ${SLIDER_LABELS[position]}`,
    `${label} at ${SLIDER_LABELS[check.position]}`,
    SLIDER_LABELS[check.position],
  );
};

export const gradePilotCollection: CheckGrader<'pilot-collection'> = (state, check) => {
  const label = WORKLOAD_LABELS[check.workload];
  const current = state.settings.coManagement.workloads[workloadIndex(check.workload)]!.pilotCollection;
  const actual =
    current === null
      ? 'no workload pilot collection'
      : `the workload pilot collection ${collectionName(state, current)}`;
  return wants(
    current === check.collection,
    `${label} has ${actual}`,
    `${label} with the workload pilot collection ${collectionName(state, check.collection)}`,
    collectionName(state, check.collection),
  );
};

export const gradeAutoEnrollment: CheckGrader<'auto-enrollment'> = (state, check) => {
  const e = state.settings.coManagement;
  const okValue = e.autoEnrollment === check.autoEnrollment;
  const okCollection = check.collection === undefined || e.autoEnrollmentCollection === check.collection;
  const actual =
    e.autoEnrollment === 'pilot' && e.autoEnrollmentCollection
      ? `Pilot with the Intune Auto Enrollment collection ${collectionName(state, e.autoEnrollmentCollection)}`
      : AUTO_ENROLLMENT_LABELS[e.autoEnrollment];
  const expected =
    check.collection !== undefined
      ? `${AUTO_ENROLLMENT_LABELS[check.autoEnrollment]} with the Intune Auto Enrollment collection ` +
        collectionName(state, check.collection)
      : AUTO_ENROLLMENT_LABELS[check.autoEnrollment];
  return wants(
    okValue && okCollection,
    `Automatic enrollment in Intune is ${actual}`,
    `Automatic enrollment in Intune ${expected}`,
    expected,
  );
};

export const gradeUploadScope: CheckGrader<'upload-scope'> = (state, check) => {
  const current = state.settings.cloudAttach?.upload ?? null;
  return wants(
    JSON.stringify(current) === JSON.stringify(check.upload),
    `Tenant attach uploads ${uploadText(state, current)}`,
    `Tenant attach uploads ${uploadText(state, check.upload)}`,
    `it to upload ${uploadText(state, check.upload)}`,
  );
};

export const gradeConnectorStatus: CheckGrader<'connector-status'> = (state, check) => {
  const view = connectorView(state);
  return wants(
    view.status === check.status,
    `The connector shows ${view.status}`,
    `The connector shows ${check.status}`,
    check.status,
  );
};

export const gradeSignedIn: CheckGrader<'signed-in'> = (state, check) => {
  // The wizard's sign-in while it is open; once it has finished, the environment cloud attach uses.
  const environment = state.wizard ? state.wizard.environment : (state.settings.cloudAttach?.environment ?? null);
  const label = AZURE_ENVIRONMENT_LABELS[check.environment];
  const actual =
    environment !== null
      ? `Signed in to ${AZURE_ENVIRONMENT_LABELS[environment]}`
      : state.wizard
        ? `The ${wizardName(state.site.version)} has not signed in yet`
        : `The ${wizardName(state.site.version)} is not open and cloud attach is not configured`;
  return wants(environment === check.environment, actual, `Signed in to ${label}`, `a sign-in to ${label}`);
};
