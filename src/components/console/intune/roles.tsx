/** Interim view (branch console only): replaced by the view's own module. */
import type { ViewDefinition } from '../types';

const view: ViewDefinition = {
  title: () => 'intune/roles',
  path: () => ['intune/roles'],
  View: ({ ctx }) => <p>intune/roles ({ctx.location.view})</p>,
};
export default view;
