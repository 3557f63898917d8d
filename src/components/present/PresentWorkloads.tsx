/** The presenter view with the workload switching simulator (one entry per simulator keeps each page to that simulator's code). */
import WorkloadSim from '../sim/WorkloadSim';
import { Presenter, type PresenterProps } from './Presenter';

export default function PresentWorkloads(props: PresenterProps) {
  return <Presenter {...props} Sim={WorkloadSim} />;
}
