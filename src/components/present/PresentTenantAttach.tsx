/** The presenter view with the tenant attach simulator (one entry per simulator keeps each page to that simulator's code). */
import TenantAttachSim from '../sim/TenantAttachSim';
import { Presenter, type PresenterProps } from './Presenter';

export default function PresentTenantAttach(props: PresenterProps) {
  return <Presenter {...props} Sim={TenantAttachSim} />;
}
