/**
 * The simulation engine's public API: a pure model of tenant attach, co-management enablement and
 * workload switching. Plain data in, plain data out; no Preact, Astro, nanostores or DOM.
 */
export * from './constants';
export type * from './types';
export { FUNNEL_STAGES, WIZARD_PAGES } from './types';
export { seedRng, nextRandom, RngCursor } from './rng';
export { generateFleet, fleetSize, deviceName, selectDevices } from './fleet';
export {
  createState,
  builtInCollections,
  defaultWorkloads,
  DEFAULT_ADMIN,
  DEFAULT_SITE,
  DEFAULT_TENANT,
  type WorldSpec,
} from './world';
export { step, applyActions, wizardPageTitle, wizardName, enablementLabel } from './step';
export {
  deriveAuthorityTable,
  authorityOf,
  explainAuthority,
  coManagedMask,
  isCoManaged,
  notCoManagedReason,
  policyPresent,
  capabilitiesOf,
  CAPABILITY_BITS,
  CAPABILITIES_MODEL,
  funnelOf,
  funnelCounts,
  enrollmentErrors,
  managedByOf,
  isUploaded,
  inUploadScope,
  uploadScopeMark,
  policiesOf,
  describeDevice,
  deviceIndex,
  authorityCounts,
  formatSimTime,
  type AuthorityExplanation,
  type CapabilitiesValue,
  type FunnelView,
  type FunnelCounts,
  type FunnelStageLabel,
  type ManagedByView,
  type PolicyOnDevice,
  type DeviceView,
} from './derive';
export {
  ENROLLMENT_TABLE,
  enrollmentRow,
  ineligibility,
  type EnrollmentRow,
  type EnrollmentConditionId,
} from './enrollment-table';
export { ENROLLMENT_MINUTES, enrollmentWindow } from './enrollment';
export {
  findCollection,
  collectionName,
  collectionMark,
  collectionTreeMark,
  isMember,
  collectionsOf,
  memberCount,
} from './collections';
export { connectorView, type ConnectorView } from './tenant';
export { runDeviceAction, authorizationProblems, adminDiscovered } from './device-actions';
export { gradeGoal, gradeCheck } from './goals';
export { createScenarioState, scenarioActions } from './scenario';
export { applyScenarioStep, runScenario, type ScenarioRun } from './run-scenario';
export {
  encodeShareLink,
  decodeShareLink,
  restoreFromLink,
  encodeAction,
  decodeAction,
  shareLinkPath,
  SHARE_LINK_VERSION,
  SHARE_LINK_MAX,
  type ShareLinkContent,
  type DecodeResult,
  type EncodeResult,
  type RestoreResult,
} from './share-link';
export { runAuthorityBench, formatBenchTable, benchState, fnv1a, type BenchRow, type BenchOptions } from './bench';
