/** Interim view (branch console only): replaced by the view's own module. */
import type { ViewDefinition } from '../types';

const view: ViewDefinition = {
  title: () => 'intune/devices',
  path: () => ['intune/devices'],
  View: ({ ctx }) => <p>intune/devices ({ctx.location.view})</p>,
};
export default view;
