/** Interim view (branch console only): replaced by the view's own module. */
import type { ViewDefinition } from '../types';

const view: ViewDefinition = {
  title: () => 'intune/device',
  path: () => ['intune/device'],
  View: ({ ctx }) => <p>intune/device ({ctx.location.view})</p>,
};
export default view;
