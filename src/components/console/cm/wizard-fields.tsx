/**
 * What the wizard shares with the co-management Properties (properties-tabs.tsx): the choices of
 * "Automatic enrollment in Intune" in the wizard's order with what each does, the collection a
 * choice starts with, and the Configure upload fields. Apart from the wizard's code to keep each
 * file short.
 */
import { useState } from 'preact/hooks';
import type { AutoEnrollment } from '../../../sim/constants';
import { collectionName } from '../../../sim/collections';
import { uploadScopeSize } from '../../../sim/derive';
import type { SimState, UploadScope } from '../../../sim/types';
import { count } from './parts';
import { Check, CollectionField } from './dialog-parts';

/** "Automatic enrollment in Intune" in the order the wizard lists it (Microsoft, Enable cloud attach: All, Pilot, None). */
export const ENROLLMENT_ORDER = ['all', 'pilot', 'none'] as const;

/** What each "Automatic enrollment in Intune" value does (fact sheet 3.4, 4.2). */
export const ENROLLMENT_HINTS: Readonly<Record<AutoEnrollment, string>> = {
  none: 'Co-management is not enabled: no client enrolls.',
  pilot: 'Only eligible members of the Intune Auto Enrollment collection enroll.',
  all: 'Every eligible device enrolls (the Co-management Eligible Devices collection).',
};

/** The collection a "Specific Collection" or Pilot choice starts with: the first one the scenario defines. */
export function firstCollection(state: SimState): string {
  return (state.collections.find((c) => c.kind === 'static') ?? state.collections[0]!).id;
}

/** Devices with the client in a collection and its child collections (what a collection upload takes, rule 13). */
export const uploadMembers = (state: SimState, collection: string): number => uploadScopeSize(state, { collection });

export interface UploadValue {
  upload: UploadScope | null;
  endpointAnalytics: boolean;
}

/**
 * The Configure upload choices: which devices to upload (all, or one collection with its child
 * collections) and Endpoint analytics. The wizard's page sends each change; the Properties tab
 * keeps them pending. With `toggle`, the "Upload to Microsoft Endpoint Manager admin center" box
 * (off = offboard) comes first.
 */
export function UploadFields({
  state,
  id,
  value,
  onChange,
  toggle,
  disabled,
}: {
  state: SimState;
  id: string;
  value: UploadValue;
  onChange: (value: UploadValue) => unknown;
  toggle?: boolean;
  disabled?: boolean;
}) {
  const { upload, endpointAnalytics } = value;
  const specific = upload !== null && upload !== 'all' ? upload.collection : null;
  const [chosen, setChosen] = useState(specific ?? firstCollection(state));
  const collection = specific ?? chosen;
  const members = uploadMembers(state, collection);
  const set = (next: Partial<UploadValue>) => onChange({ upload, endpointAnalytics, ...next });
  const off = toggle && upload === null;
  return (
    <>
      {toggle && (
        <Check
          checked={upload !== null}
          disabled={disabled}
          onCheck={(on) => set(on ? { upload: 'all' } : { upload: null, endpointAnalytics: false })}
        >
          Upload to Microsoft Endpoint Manager admin center
        </Check>
      )}
      <fieldset class="cm-fieldset" disabled={disabled || off}>
        <legend>Devices: select which devices to upload</legend>
        <Check radio name={`${id}-devices`} checked={upload === 'all'} onCheck={(on) => on && set({ upload: 'all' })}>
          All devices managed by Microsoft Endpoint Configuration Manager (recommended)
        </Check>
        <Check
          radio
          name={`${id}-devices`}
          checked={specific !== null}
          onCheck={(on) => on && set({ upload: { collection } })}
        >
          Specific Collection
        </Check>
        <CollectionField
          state={state}
          id={`${id}-collection`}
          label="Collection"
          value={collection}
          disabled={specific === null}
          onPick={(next) => {
            setChosen(next);
            set({ upload: { collection: next } });
          }}
        >
          <p class="cm-hint">
            {collectionName(state, collection)}: {count(members, 'device')} with the Configuration Manager client, child
            collections included.
          </p>
        </CollectionField>
      </fieldset>
      <fieldset class="cm-fieldset" disabled={disabled || off}>
        <legend>Endpoint Analytics</legend>
        <Check checked={endpointAnalytics} onCheck={(on) => set({ endpointAnalytics: on })}>
          Enable Endpoint Analytics for devices uploaded to Microsoft Endpoint Manager
        </Check>
      </fieldset>
    </>
  );
}
