/** The wizard's Cloud attach page (2111+): "Use default settings (recommended)" or "Customize settings". */
import { passesGate } from '../constants';
import { gated, ok, refuse, type ActionHandler } from './contract';
import { needWizard } from './preconditions';

export const wizardSetMode: ActionHandler<'wizard-set-mode'> = {
  changesAuthority: false,
  apply(state, action) {
    const version = state.site.version;
    const wrong = needWizard(state, 'cloud-attach');
    if (wrong) return wrong;
    if (!passesGate('cloud-attach-wizard', version))
      return gated('cloud-attach-wizard', version, '"Use default settings" / "Customize settings"');
    const wizard = state.wizard!;
    if (wizard.environment === 'china' && action.mode === 'customize')
      return refuse('In the Azure China Cloud the default settings are the only option (no device upload, no Endpoint analytics).');
    return ok({ ...state, wizard: { ...wizard, mode: action.mode } });
  },
};
