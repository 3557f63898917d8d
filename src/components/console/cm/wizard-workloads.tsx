/**
 * The wizard's Workloads page before 2111 (wizard.tsx shows it), in its own file to keep each file
 * short: a slider per workload and the workload pilot collections (the Staging page's choice).
 */
import {
  WORKLOAD_IDS,
  WORKLOAD_LABELS,
  passesGate,
  type SliderPosition,
  type WorkloadId,
} from '../../../sim/constants';
import type { WizardState } from '../../../sim/types';
import type { ConsoleContext } from '../types';
import { ThreeStopSlider } from './parts';
import { CollectionField } from './dialog-parts';

/** Before 2111: the Workloads and Staging pages (each slider change is a wizard-set-workload). */
export function WorkloadsPage({ ctx, wizard, p }: { ctx: ConsoleContext; wizard: WizardState; p: string }) {
  const { state } = ctx;
  const version = state.site.version;
  const perWorkload = passesGate('per-workload-pilot', version);
  const set = (workload: WorkloadId, position: SliderPosition, pilotCollection: string | null) =>
    ctx.act({ type: 'wizard-set-workload', workload, position, pilotCollection });
  return (
    <>
      <p class="cm-hint">
        Workloads: each slider's position. Staging: the workload pilot collection that Pilot Intune uses
        {perWorkload ? ' (one per workload)' : ' (one Pilot collection for every workload before 1906)'}.
      </p>
      <div class="cm-sliders">
        {WORKLOAD_IDS.map((workload, k) => {
          const s = wizard.workloads[k]!;
          const gated =
            (workload === 'resource-access-policies' && !passesGate('resource-access-workload', version)) ||
            (workload === 'endpoint-protection' && !passesGate('endpoint-protection-workload', version));
          return (
            <ThreeStopSlider
              key={workload}
              legend={WORKLOAD_LABELS[workload]}
              name={`${p}-wl-${workload}`}
              value={s.position}
              onChange={(position) => void set(workload, position, s.pilotCollection)}
              disabledStops={{
                ...(gated
                  ? { 'pilot-intune': 'Not available on this version', intune: 'Not available on this version' }
                  : {}),
                ...(s.pilotCollection === null ? { 'pilot-intune': 'Choose a workload pilot collection first' } : {}),
              }}
            />
          );
        })}
      </div>
      <div class="cm-staging">
        {(perWorkload ? WORKLOAD_IDS : (['compliance-policies'] as const)).map((workload) => {
          const k = WORKLOAD_IDS.indexOf(workload);
          const s = wizard.workloads[k]!;
          const label = perWorkload
            ? `Workload pilot collection for ${WORKLOAD_LABELS[workload]}`
            : 'Workload pilot collection for every workload';
          return (
            <CollectionField
              key={workload}
              state={state}
              id={`${p}-pilot-${workload}`}
              label={label}
              value={s.pilotCollection ?? ''}
              none={s.pilotCollection === null}
              onPick={(picked) => set(workload, s.position, picked || null)}
            />
          );
        })}
      </div>
    </>
  );
}
