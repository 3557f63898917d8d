/** Interim view (branch console only): replaced by the view's own module. */
import type { ViewDefinition } from '../types';

const view: ViewDefinition = {
  title: () => 'intune/co-management-settings',
  path: () => ['intune/co-management-settings'],
  View: ({ ctx }) => <p>intune/co-management-settings ({ctx.location.view})</p>,
};
export default view;
