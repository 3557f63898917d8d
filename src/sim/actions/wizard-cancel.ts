/** Cancel: closes the wizard; nothing it held is applied. */
import { ok, type ActionHandler } from './contract';
import { wizardNotOpen } from './preconditions';

export const wizardCancel: ActionHandler<'wizard-cancel'> = (state) => {
  if (!state.wizard) return wizardNotOpen(state);
  return ok({ ...state, wizard: null });
};
