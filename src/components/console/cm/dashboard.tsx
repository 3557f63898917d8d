/** Interim view (branch console only): replaced by the view's own module. */
import type { ViewDefinition } from '../types';

const view: ViewDefinition = {
  title: () => 'cm/dashboard',
  path: () => ['cm/dashboard'],
  View: ({ ctx }) => <p>cm/dashboard ({ctx.location.view})</p>,
};
export default view;
