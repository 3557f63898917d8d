/**
 * The three-stop workload slider of the Configuration Manager console (the co-management
 * Properties' Workloads tab, the wizard's Workloads page): one of the pieces every view shares
 * (parts.tsx, which re-exports it), in its own file to keep each file short; it ships with them
 * in the frame's chunk (astro.config.mjs).
 */
import { SLIDER_LABELS, SLIDER_POSITIONS, type SliderPosition } from '../../../sim/constants';

export interface ThreeStopSliderProps {
  /** The group's name: the workload's name exactly ("Compliance policies"). */
  legend: string;
  /** Radio group name (unique on the page). */
  name: string;
  value: SliderPosition;
  onChange: (position: SliderPosition) => void;
  /** Stops that cannot be chosen now, with why (a reason, or true). */
  disabledStops?: Partial<Record<SliderPosition, string | true>>;
  /** The whole slider is disabled (co-management not enabled, not hydrated yet). */
  disabled?: boolean;
  /** Ids of notes that describe the group. */
  describedBy?: string | undefined;
  /** Marks the slider as changed and not applied yet. */
  pending?: boolean;
}

/**
 * A workload slider: a radio group drawn as a track with three stops (Configuration Manager, Pilot
 * Intune, Intune). Native radios: arrows move between the enabled stops, Space picks; the screen
 * reader announces the workload (the group's name) and the position (the radio's name).
 */
export function ThreeStopSlider({
  legend,
  name,
  value,
  onChange,
  disabledStops = {},
  disabled = false,
  describedBy,
  pending,
}: ThreeStopSliderProps) {
  const at = SLIDER_POSITIONS.indexOf(value);
  return (
    <fieldset
      class={`cm-slider${pending ? ' cm-slider--pending' : ''}`}
      aria-describedby={describedBy}
      disabled={disabled}
    >
      <legend class="cm-slider__legend">{legend}</legend>
      <div class="cm-slider__track" data-at={at}>
        <span class="cm-slider__rail" aria-hidden="true">
          <span class={`cm-slider__fill cm-slider__fill--${at}`} />
        </span>
        {SLIDER_POSITIONS.map((position) => {
          const why = disabledStops[position];
          return (
            <label
              class={`cm-slider__stop${position === value ? ' cm-slider__stop--on' : ''}`}
              key={position}
              title={typeof why === 'string' ? why : undefined}
            >
              <input
                type="radio"
                class="cm-slider__radio"
                name={name}
                value={position}
                checked={position === value}
                disabled={why !== undefined}
                onChange={(event) => {
                  if ((event.currentTarget as HTMLInputElement).checked) onChange(position);
                }}
              />
              <span class="cm-slider__knob" aria-hidden="true" />
              <span class="cm-slider__text">{SLIDER_LABELS[position]}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
