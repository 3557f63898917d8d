/** Interim view (branch console only): replaced by the view's own module. */
import type { ViewDefinition } from '../types';

const view: ViewDefinition = {
  title: () => 'cm/collections',
  path: () => ['cm/collections'],
  View: ({ ctx }) => <p>cm/collections ({ctx.location.view})</p>,
};
export default view;
