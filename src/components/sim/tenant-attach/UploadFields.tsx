/**
 * The Configure upload choices: which devices to upload (all, or one collection with its child
 * collections) and Endpoint analytics. Used by the wizard's Configure upload page (every change is
 * an action) and by the Properties > Configure upload tab (changes wait for Apply).
 */
import { useState } from 'preact/hooks';
import { collectionTreeMark } from '../../../sim/collections';
import type { SimState, UploadScope } from '../../../sim/types';
import { count, onCheck } from './parts';

export interface UploadValue {
  upload: UploadScope | null;
  endpointAnalytics: boolean;
}

interface Props {
  state: SimState;
  /** Id prefix for this form's controls. */
  id: string;
  value: UploadValue;
  /**
   * Returns (or resolves to) false when the change was refused (the island then re-renders with
   * the state's value).
   */
  onChange: (value: UploadValue) => boolean | Promise<boolean>;
  /** Properties tab: show "Upload to Microsoft Endpoint Manager admin center" (off = offboard). */
  toggle?: boolean;
}

/** The collection a "Specific Collection" choice starts with: the first one the scenario defines. */
export function firstCollection(state: SimState): string {
  return (state.collections.find((c) => c.kind === 'static') ?? state.collections[0]!).id;
}

export function UploadFields({ state, id, value, onChange, toggle }: Props) {
  const { upload, endpointAnalytics } = value;
  const specific = upload !== null && upload !== 'all' ? upload.collection : null;
  const [chosen, setChosen] = useState(specific ?? firstCollection(state));
  const collection = specific ?? chosen;
  // Upload takes devices with the client (Client = Yes) in the collection and its child collections (rule 13).
  let members = 0;
  collectionTreeMark(state, collection).forEach((m, i) => {
    if (m && state.devices[i]!.client) members++;
  });
  const name = state.collections.find((c) => c.id === collection)?.name;
  const set = (next: Partial<UploadValue>) => onChange({ upload, endpointAnalytics, ...next });

  return (
    <>
      {toggle && (
        <label class="ta-choice">
          <input type="checkbox" checked={upload !== null} onChange={onCheck((on) => set({ upload: on ? 'all' : null }))} />
          Upload to Microsoft Endpoint Manager admin center
        </label>
      )}
      <fieldset class="ta-fieldset" disabled={upload === null && toggle}>
        <legend>Devices: select which devices to upload</legend>
        <label class="ta-choice">
          <input type="radio" name={`${id}-devices`} checked={upload === 'all'} onChange={onCheck(() => set({ upload: 'all' }))} />
          All devices managed by Microsoft Endpoint Configuration Manager (recommended)
        </label>
        <label class="ta-choice">
          <input type="radio" name={`${id}-devices`} checked={specific !== null} onChange={onCheck(() => set({ upload: { collection } }))} />
          Specific Collection
        </label>
        <div class="ta-field">
          <label for={`${id}-collection`}>Collection</label>
          <select
            id={`${id}-collection`}
            value={collection}
            disabled={specific === null}
            onChange={(event) => {
              const next = event.currentTarget.value;
              void Promise.resolve(set({ upload: { collection: next } })).then((ok) => ok && setChosen(next));
            }}
          >
            {state.collections.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          <p class="ta-hint">
            {name}: {count(members, 'device')} with the Configuration Manager client, child collections included.
          </p>
        </div>
      </fieldset>
      <fieldset class="ta-fieldset" disabled={upload === null && toggle}>
        <legend>Endpoint Analytics</legend>
        <label class="ta-choice">
          <input type="checkbox" checked={endpointAnalytics} onChange={onCheck((on) => set({ endpointAnalytics: on }))} />
          Enable Endpoint Analytics for devices uploaded to Microsoft Endpoint Manager
        </label>
      </fieldset>
    </>
  );
}
