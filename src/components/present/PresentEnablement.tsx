/** The presenter view with the co-management enablement simulator (one entry per simulator keeps each page to that simulator's code). */
import EnablementSim from '../sim/EnablementSim';
import { Presenter, type PresenterProps } from './Presenter';

export default function PresentEnablement(props: PresenterProps) {
  return <Presenter {...props} Sim={EnablementSim} />;
}
