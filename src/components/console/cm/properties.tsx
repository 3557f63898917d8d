/** Interim view (branch console only): replaced by the view's own module. */
import type { ViewDefinition } from '../types';

const view: ViewDefinition = {
  title: () => 'cm/properties',
  path: () => ['cm/properties'],
  View: ({ ctx }) => <p>cm/properties ({ctx.location.view})</p>,
};
export default view;
