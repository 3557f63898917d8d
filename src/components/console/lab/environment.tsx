/** Interim view (branch console only): replaced by the view's own module. */
import type { ViewDefinition } from '../types';

const view: ViewDefinition = {
  title: () => 'lab/environment',
  path: () => ['lab/environment'],
  View: ({ ctx }) => <p>lab/environment ({ctx.location.view})</p>,
};
export default view;
