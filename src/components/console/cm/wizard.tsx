/** Interim view (branch console only): replaced by the view's own module. */
import type { ViewDefinition } from '../types';

const view: ViewDefinition = {
  title: () => 'cm/wizard',
  path: () => ['cm/wizard'],
  View: ({ ctx }) => <p>cm/wizard ({ctx.location.view})</p>,
};
export default view;
