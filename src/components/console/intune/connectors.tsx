/** Interim view (branch console only): replaced by the view's own module. */
import type { ViewDefinition } from '../types';

const view: ViewDefinition = {
  title: () => 'intune/connectors',
  path: () => ['intune/connectors'],
  View: ({ ctx }) => <p>intune/connectors ({ctx.location.view})</p>,
};
export default view;
