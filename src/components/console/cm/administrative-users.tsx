/** Interim view (branch console only): replaced by the view's own module. */
import type { ViewDefinition } from '../types';

const view: ViewDefinition = {
  title: () => 'cm/administrative-users',
  path: () => ['cm/administrative-users'],
  View: ({ ctx }) => <p>cm/administrative-users ({ctx.location.view})</p>,
};
export default view;
