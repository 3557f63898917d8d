/** Interim view (branch console only): replaced by the view's own module. */
import type { ViewDefinition } from '../types';

const view: ViewDefinition = {
  title: () => 'intune/home',
  path: () => ['intune/home'],
  View: ({ ctx }) => <p>intune/home ({ctx.location.view})</p>,
};
export default view;
