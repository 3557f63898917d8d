/** Properties > Configure upload tab: the upload to the admin center (tenant attach) and Endpoint analytics. */
import { collectionName } from '../collections';
import { nextCycleAfter } from '../enrollment';
import type { SimEvent, SimState, UploadScope, UploadState } from '../types';
import { ok, refuse, settingChanged, type ActionHandler } from './contract';
import { checkCollection, needCloudAttach, needGate } from './preconditions';

/** The upload setting as the timeline says it. */
export function uploadLabel(state: SimState, upload: UploadScope | null): string {
  if (upload === null) return 'Off';
  if (upload === 'all') return 'All devices managed by Configuration Manager';
  return `Specific collection: ${collectionName(state, upload.collection)} (with its child collections)`;
}

export const setUpload: ActionHandler<'set-upload'> = (state, action) => {
  const wanted = action.upload !== null || action.endpointAnalytics;
  const missing =
    needCloudAttach(state) ??
    (wanted ? needGate(state, 'tenant-attach', 'Upload to Microsoft Endpoint Manager admin center') : null);
  if (missing) return missing;
  const current = state.settings.cloudAttach!;
  if (current.environment === 'china' && wanted)
    return refuse('The Azure China Cloud cannot upload devices or use Endpoint analytics.');
  const unknown = action.upload !== null && action.upload !== 'all' && checkCollection(state, action.upload.collection);
  if (unknown) return unknown;
  // Fact sheet 3.4 C: turning the upload on signs in as a Global Administrator.
  // fact sheet silent on changing the scope of an upload that is already on; no sign-in asked.
  // fact sheet silent on how fast records leave the admin center after the upload is turned
  // off; the engine removes them at once and shows the connector as Unknown (offboarding, 3.6).
  const turningOn = current.upload === null && action.upload !== null;
  if (turningOn && !state.admin.globalAdministrator)
    return refuse(
      'Turning on the upload onboards the hierarchy, which needs an Entra Global Administrator; ' +
        `${state.admin.name} is not one.`,
    );
  const offboarded = action.upload === null ? current.upload !== null || current.offboarded : false;
  const upload: UploadState =
    action.upload === null
      ? { nextCycleAt: null, lastSyncAt: state.upload.lastSyncAt, visible: [], pending: null }
      : turningOn
        ? { ...state.upload, nextCycleAt: nextCycleAfter(state.clock) }
        : state.upload;
  const events: SimEvent[] = [];
  if (JSON.stringify(current.upload) !== JSON.stringify(action.upload))
    events.push(
      settingChanged(
        state,
        'Upload to the admin center',
        uploadLabel(state, current.upload),
        uploadLabel(state, action.upload),
      ),
    );
  if (current.endpointAnalytics !== action.endpointAnalytics)
    events.push(
      settingChanged(
        state,
        'Endpoint analytics',
        current.endpointAnalytics ? 'On' : 'Off',
        action.endpointAnalytics ? 'On' : 'Off',
      ),
    );
  const cloudAttach = { ...current, upload: action.upload, endpointAnalytics: action.endpointAnalytics, offboarded };
  return ok({ ...state, upload, settings: { ...state.settings, cloudAttach } }, events);
};
