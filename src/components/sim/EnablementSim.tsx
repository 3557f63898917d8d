/** Skeleton: replaced by the full island. */
import { SimShell, useSimulatorStore } from './SimShell';
import type { Scenario } from '../../sim/types';

interface Props {
  scenario: Scenario;
  base: string;
  standalone: boolean;
}

export default function EnablementSim({ scenario, base, standalone }: Props) {
  const store = useSimulatorStore(scenario, standalone);
  return (
    <SimShell store={store} name="EnablementSim" base={base} headingLevel={standalone ? 2 : 3}>
      <p>{scenario.summary}</p>
    </SimShell>
  );
}
