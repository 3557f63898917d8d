/** Interim view (branch console only): replaced by the view's own module. */
import type { ViewDefinition } from '../types';

const view: ViewDefinition = {
  title: () => 'cm/cloud-attach',
  path: () => ['cm/cloud-attach'],
  View: ({ ctx }) => <p>cm/cloud-attach ({ctx.location.view})</p>,
};
export default view;
