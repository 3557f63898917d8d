/**
 * What the Intune admin center shows for the tenant: the Configuration Manager connector page
 * (rule 14, fact sheet 3.6). Device actions and their log lines (rule 15, fact sheet 3.7) are in
 * `device-actions.ts`.
 */
import { GATES, UPLOAD_CYCLE_MINUTES, passesGate } from './constants';
import { formatSimTime } from './derive';
import type { ConnectorStatus, SimState } from './types';

export interface ConnectorView {
  /** Status column: "No results" before attach, "Healthy" after the first sync, "Unknown" without site information. */
  status: ConnectorStatus;
  /** Name column: the hierarchy, or "No results". */
  name: string;
  /** Last successful synchronization, in simulated minutes, or null. */
  lastSuccessfulSync: number | null;
  /** Version shown with the detail (2006+ hierarchies), or null. */
  version: number | null;
  /** What a careful admin would notice, e.g. the last sync time no longer advancing. */
  symptoms: string[];
}

/** The connector page for this tenant. */
export function connectorView(state: SimState): ConnectorView {
  const attach = state.settings.cloudAttach;
  const { lastSyncAt } = state.upload;
  const noResults: ConnectorView = {
    status: 'No results',
    name: 'No results',
    lastSuccessfulSync: null,
    version: null,
    symptoms: [],
  };
  if (attach === null) return noResults;
  if (attach.offboarded) {
    // Fact sheet 3.6: a site can show as Unknown when site information is lacking (seen when offboarding).
    return {
      status: 'Unknown',
      name: state.site.hierarchyName,
      lastSuccessfulSync: lastSyncAt,
      version: null,
      symptoms: ['Upload to the admin center was turned off: the site was offboarded'],
    };
  }
  if (attach.upload === null) return noResults;
  if (lastSyncAt === null) {
    // fact sheet silent: between finishing the wizard and the first upload cycle the engine keeps "No results".
    const symptoms = state.site.serviceConnectionPoint
      ? [`Waiting for the first upload cycle at ${formatSimTime(state.upload.nextCycleAt ?? state.clock)}`]
      : ['The service connection point is offline: the first upload cannot reach the cloud'];
    return { ...noResults, symptoms };
  }
  const symptoms: string[] = [];
  if (!state.site.serviceConnectionPoint) {
    // fact sheet silent on the status when the service connection point goes offline; the engine
    // keeps the last status and shows the symptom: the last successful sync time stops advancing.
    const missed = Math.floor((state.clock - lastSyncAt) / UPLOAD_CYCLE_MINUTES);
    symptoms.push(
      `The last successful sync time has not advanced since ${formatSimTime(lastSyncAt)} (${missed} upload cycle${missed === 1 ? '' : 's'} missed): the service connection point is offline`,
    );
  }
  if (!passesGate('connector-detail', state.site.version)) {
    // UNCONFIRMED: the fact sheet says detail needs 2006+ and that sites lacking information show
    // Unknown; the engine shows Unknown for hierarchies before 2006.
    return {
      status: 'Unknown',
      name: state.site.hierarchyName,
      lastSuccessfulSync: null,
      version: null,
      symptoms: [GATES['connector-detail'].title, ...symptoms],
    };
  }
  return {
    status: 'Healthy',
    name: state.site.hierarchyName,
    lastSuccessfulSync: lastSyncAt,
    version: state.site.version,
    symptoms,
  };
}
