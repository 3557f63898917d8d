/** Interim view (branch console only): replaced by the view's own module. */
import type { ViewDefinition } from '../types';

const view: ViewDefinition = {
  title: () => 'lab/authority-map',
  path: () => ['lab/authority-map'],
  View: ({ ctx }) => <p>lab/authority-map ({ctx.location.view})</p>,
};
export default view;
