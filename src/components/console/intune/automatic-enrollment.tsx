/** Interim view (branch console only): replaced by the view's own module. */
import type { ViewDefinition } from '../types';

const view: ViewDefinition = {
  title: () => 'intune/automatic-enrollment',
  path: () => ['intune/automatic-enrollment'],
  View: ({ ctx }) => <p>intune/automatic-enrollment ({ctx.location.view})</p>,
};
export default view;
