/** Interim view (branch console only): replaced by the view's own module. */
import type { ViewDefinition } from '../types';

const view: ViewDefinition = {
  title: () => 'cm/devices',
  path: () => ['cm/devices'],
  View: ({ ctx }) => <p>cm/devices ({ctx.location.view})</p>,
};
export default view;
