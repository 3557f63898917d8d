/**
 * What every check grader shares (`Verdict` and its usual sentence, `missing`), and the grader of the
 * checks on the lab's settings: co-management's, cloud attach's and the wizard's sign-in. The checks
 * on devices are graded in device-check-graders.ts, which passes these on; goals.ts ties a verdict
 * to its check.
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
import type { Check, SimState, UploadScope } from './types';

/**
 * A check's grade before goals.ts ties it to its check (a tuple: no property names to ship). The
 * difference says what differs; gradeCheck drops it when the check passes.
 */
export type Verdict = [passed: boolean, actual: string, expected: string, difference: string];

/** The checks on the lab's settings (gradeSettingCheck): co-management's, then cloud attach's. */
export type SettingCheck =
  | Extract<Check, { type: 'slider-position' | 'pilot-collection' | 'auto-enrollment' }>
  | Extract<Check, { type: 'upload-scope' | 'connector-status' | 'signed-in' }>;

// Most differences are the actual state, then what the goal wants: "X is at Intune; the goal wants Pilot Intune".
export const verdict = (passed: boolean, actual: string, expected: string, wants: string): Verdict => [
  passed,
  actual,
  expected,
  `${actual}; the goal wants ${wants}`,
];

/** A check naming a device, collection or policy the lab does not have. */
export const missing = (kind: string, id: string): Verdict => [
  false,
  `no ${kind} ${id}`,
  `${id} exists`,
  `There is no ${kind} ${id}`,
];

function uploadText(state: SimState, upload: UploadScope | null): string {
  if (upload === null) return 'nothing';
  if (upload === 'all') return 'all devices';
  return `the collection ${collectionName(state, upload.collection)}`;
}

/** Grades a check on the lab's settings: the workloads, automatic enrollment, cloud attach, the sign-in. */
export function gradeSettingCheck(state: SimState, check: SettingCheck): Verdict {
  switch (check.type) {
    case 'slider-position': {
      const label = WORKLOAD_LABELS[check.workload];
      const position = state.settings.coManagement.workloads[workloadIndex(check.workload)]!.position;
      return verdict(
        position === check.position,
        `${label} is at ${SLIDER_LABELS[position]}`,
        `${label} at ${SLIDER_LABELS[check.position]}`,
        SLIDER_LABELS[check.position],
      );
    }
    case 'pilot-collection': {
      const label = WORKLOAD_LABELS[check.workload];
      const current = state.settings.coManagement.workloads[workloadIndex(check.workload)]!.pilotCollection;
      const actual =
        current === null
          ? 'no workload pilot collection'
          : `the workload pilot collection ${collectionName(state, current)}`;
      return verdict(
        current === check.collection,
        `${label} has ${actual}`,
        `${label} with the workload pilot collection ${collectionName(state, check.collection)}`,
        collectionName(state, check.collection),
      );
    }
    case 'auto-enrollment': {
      const e = state.settings.coManagement;
      const okValue = e.autoEnrollment === check.autoEnrollment;
      const okCollection = check.collection === undefined || e.autoEnrollmentCollection === check.collection;
      const actual =
        e.autoEnrollment === 'pilot' && e.autoEnrollmentCollection
          ? `Pilot with the Intune Auto Enrollment collection ${collectionName(state, e.autoEnrollmentCollection)}`
          : AUTO_ENROLLMENT_LABELS[e.autoEnrollment];
      const expected =
        check.collection !== undefined
          ? `${AUTO_ENROLLMENT_LABELS[check.autoEnrollment]} with the Intune Auto Enrollment collection ${collectionName(state, check.collection)}`
          : AUTO_ENROLLMENT_LABELS[check.autoEnrollment];
      return verdict(
        okValue && okCollection,
        `Automatic enrollment in Intune is ${actual}`,
        `Automatic enrollment in Intune ${expected}`,
        expected,
      );
    }
    case 'upload-scope': {
      const current = state.settings.cloudAttach?.upload ?? null;
      const same = JSON.stringify(current) === JSON.stringify(check.upload);
      return verdict(
        same,
        `Tenant attach uploads ${uploadText(state, current)}`,
        `Tenant attach uploads ${uploadText(state, check.upload)}`,
        `it to upload ${uploadText(state, check.upload)}`,
      );
    }
    case 'connector-status': {
      const view = connectorView(state);
      return verdict(
        view.status === check.status,
        `The connector shows ${view.status}`,
        `The connector shows ${check.status}`,
        check.status,
      );
    }
    case 'signed-in': {
      // The wizard's sign-in while it is open; once it has finished, the environment cloud attach uses.
      const environment = state.wizard ? state.wizard.environment : (state.settings.cloudAttach?.environment ?? null);
      const label = AZURE_ENVIRONMENT_LABELS[check.environment];
      const actual =
        environment !== null
          ? `Signed in to ${AZURE_ENVIRONMENT_LABELS[environment]}`
          : state.wizard
            ? `The ${wizardName(state.site.version)} has not signed in yet`
            : `The ${wizardName(state.site.version)} is not open and cloud attach is not configured`;
      return verdict(environment === check.environment, actual, `Signed in to ${label}`, `a sign-in to ${label}`);
    }
  }
}
