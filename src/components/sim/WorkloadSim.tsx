/**
 * The workload switching simulator: the seven workloads' slider positions (radios) with their
 * workload pilot collections, the last change as a before/after diff, a device x workload grid of
 * effective authority (only visible rows rendered) and the selected cell's chain of reasons.
 * Everything shown is derived from the engine; the authority table is derived once per state.
 */
import { useState } from 'preact/hooks';
import { SimShell, perState, useSimulatorStore, type SimIslandProps } from './SimShell';
import type { Outcome } from '../../stores/simulator';
import { useStore } from '../use-store';
import { authorityCounts, deriveAuthorityTable } from '../../sim/derive';
import type { SliderPosition, WorkloadId } from '../../sim/constants';
import { WorkloadControls } from './workloads/WorkloadControls';
import { LastChange } from './workloads/LastChange';
import { AuthorityGrid, type Selection } from './workloads/AuthorityGrid';
import { CellDetails } from './workloads/CellDetails';
import '../../styles/sim-workloads.css';


/** What the views need from one state, derived once per state object (states never change). */
interface Derived {
  /** `devices x 7` bytes, 1 = Intune (deriveAuthorityTable). */
  table: Uint8Array;
  /** Devices with Intune as effective authority, per workload (authorityCounts). */
  counts: number[];
}

const derive = perState((state): Derived => {
  const table = deriveAuthorityTable(state);
  return { table, counts: authorityCounts(table) };
});

export default function WorkloadSim({ scenario, name, base, standalone, store: given }: SimIslandProps) {
  const store = useSimulatorStore(scenario, standalone, given);
  const state = useStore(store.$state);
  const previous = useStore(store.$previous);
  const entry = useStore(store.$lastEntry);
  const [selection, setSelection] = useState<Selection | null>(null);
  // A refused action leaves the state as it was: render again so the radios and selects show it.
  const [, setRefusals] = useState(0);
  const id = `wl-${scenario.id}`;
  const sub = standalone ? 'h3' : 'h4';
  const now = derive(state);

  const run = (result: Promise<Outcome>) =>
    void result.then(({ ok }) => {
      if (!ok) setRefusals((n) => n + 1);
    });
  const setPosition = (workload: WorkloadId, position: SliderPosition) => run(store.dispatch({ type: 'set-workload', workload, position }));
  const setPilot = (workload: WorkloadId, collection: string) => run(store.dispatch({ type: 'set-pilot-collection', workload, collection }));

  return (
    <SimShell store={store} name={name} base={base} headingLevel={standalone ? 2 : 3} timeControls={scenario.simulators.includes('enablement')}>
      <WorkloadControls id={id} Heading={sub} state={state} counts={now.counts} onPosition={setPosition} onPilot={setPilot} />
      <LastChange Heading={sub} state={state} previous={previous} entry={entry} now={now.counts} before={previous ? derive(previous).counts : null} />
      <AuthorityGrid id={id} Heading={sub} state={state} table={now.table} counts={now.counts} selection={selection} onSelect={setSelection} />
      <CellDetails id={id} Heading={sub} state={state} table={now.table} selection={selection} />
    </SimShell>
  );
}
