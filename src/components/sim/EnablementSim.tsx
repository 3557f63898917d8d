/**
 * The co-management enablement simulator: the prerequisites per tenant and per device, the
 * "Automatic enrollment in Intune" choice with the Intune Auto Enrollment collection, and the
 * enrollment funnel as simulated time advances, with every device's stage, status and error code.
 * Everything shown is derived from the engine's state on screen; changes go through the store.
 */
import { useEffect, useState } from 'preact/hooks';
import { SimShell, perState, useSimulatorStore, type SimIslandProps } from './SimShell';
import { useStore } from '../use-store';
import { funnelOf } from '../../sim/derive';
import { Prerequisites } from './enablement/Prerequisites';
import { Enablement } from './enablement/Enablement';
import { Funnel } from './enablement/Funnel';
import { Devices } from './enablement/Devices';
import type { EnablementProps } from './enablement/shared';
import '../../styles/sim-enablement.css';

/** `funnelOf` for every device, once per state (the timeline's states included). */
const funnelViews = perState((state) => state.devices.map((_, i) => funnelOf(state, i)));


export default function EnablementSim({ scenario, name, base, standalone, store: given }: SimIslandProps) {
  const store = useSimulatorStore(scenario, standalone, given);
  const state = useStore(store.$state);
  const views = funnelViews(state);
  // Controls that would do nothing before hydration stay disabled until the island runs.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const props: EnablementProps = { store, state, views, level: standalone ? 3 : 4, id: `sim-${scenario.id}` };
  return (
    <SimShell store={store} name={name} base={base} headingLevel={standalone ? 2 : 3} timeControls>
      <Prerequisites {...props} />
      <div class="en-row">
        <Enablement {...props} ready={ready} />
        <Funnel {...props} />
      </div>
      <Devices {...props} />
    </SimShell>
  );
}
