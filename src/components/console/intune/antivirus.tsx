/** Interim view (branch console only): replaced by the view's own module. */
import type { ViewDefinition } from '../types';

const view: ViewDefinition = {
  title: () => 'intune/antivirus',
  path: () => ['intune/antivirus'],
  View: ({ ctx }) => <p>intune/antivirus ({ctx.location.view})</p>,
};
export default view;
