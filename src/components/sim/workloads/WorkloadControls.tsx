/**
 * The Workloads and Staging tabs of the co-management Properties, one card per workload: the
 * slider position as three radios (fieldset named after the workload), its workload pilot
 * collection, and how many devices actually get the workload from Intune (effective authority).
 */
import { SLIDER_LABELS, SLIDER_POSITIONS, WORKLOAD_IDS, WORKLOAD_LABELS, passesGate, resourceAccessNote, type SliderPosition, type WorkloadId } from '../../../sim/constants';
import type { SimState } from '../../../sim/types';

interface Props {
  id: string;
  Heading: 'h3' | 'h4';
  state: SimState;
  counts: number[];
  onPosition(workload: WorkloadId, position: SliderPosition): void;
  onPilot(workload: WorkloadId, collection: string): void;
}

export const fmt = (n: number) => n.toLocaleString('en-US');

export function WorkloadControls({ id, Heading, state, counts, onPosition, onPilot }: Props) {
  const { workloads, autoEnrollment } = state.settings.coManagement;
  const total = state.devices.length;
  const raGated = !passesGate('resource-access-workload', state.site.version);
  return (
    <section class="wl-section" aria-labelledby={`${id}-workloads`}>
      <Heading id={`${id}-workloads`}>Workloads: slider positions</Heading>
      <p class="wl-hint">
        The radios show each workload's slider position. What a device actually gets, its effective authority, is in the grid below.
        {autoEnrollment === 'none' && ' Co-management is not enabled yet (Automatic enrollment in Intune is None), so sliders cannot move.'}
      </p>
      <div class="wl-cards">
        {WORKLOAD_IDS.map((workload, w) => {
          const label = WORKLOAD_LABELS[workload];
          const setting = workloads[w]!;
          const gated = workload === 'resource-access-policies' && raGated;
          const key = `${id}-${workload}`;
          const note = [
            workload === 'resource-access-policies' && resourceAccessNote(state.site.version),
            !gated && setting.pilotCollection === null && 'Choose a workload pilot collection to make Pilot Intune available.',
            workload === 'device-configuration' && 'Moving Device configuration also moves Resource access policies and Endpoint Protection for the same devices.',
          ]
            .filter(Boolean)
            .join(' ');
          return (
            <div class="wl-card" key={workload}>
              <fieldset aria-describedby={note ? `${key}-note` : undefined}>
                <legend>{label}</legend>
                {SLIDER_POSITIONS.map((position) => (
                  <label class="wl-radio" key={position}>
                    <input
                      type="radio"
                      name={key}
                      value={position}
                      checked={setting.position === position}
                      disabled={position !== 'configmgr' && (gated || (position === 'pilot-intune' && setting.pilotCollection === null))}
                      onChange={() => onPosition(workload, position)}
                    />
                    {SLIDER_LABELS[position]}
                  </label>
                ))}
              </fieldset>
              <label class="wl-field" for={`${key}-pilot`}>
                Workload pilot collection<span class="visually-hidden"> for {label}</span>
              </label>
              <select id={`${key}-pilot`} value={setting.pilotCollection ?? ''} disabled={gated} onChange={(e) => onPilot(workload, e.currentTarget.value)}>
                {setting.pilotCollection === null && <option value="">None chosen</option>}
                {state.collections.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
              {note && (
                <p class="wl-note" id={`${key}-note`}>
                  {note}
                </p>
              )}
              <p class="wl-effective">
                Effective authority: <strong>Intune on {fmt(counts[w]!)}</strong> of {fmt(total)} devices
              </p>
            </div>
          );
        })}
      </div>
    </section>
  );
}
