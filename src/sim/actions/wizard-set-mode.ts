/** The wizard's Cloud attach page (2111+): "Use default settings (recommended)" or "Customize settings". */
import { ok, refuse, type ActionHandler } from './contract';
import { needGate, needWizard } from './preconditions';

export const wizardSetMode: ActionHandler<'wizard-set-mode'> = (state, action) => {
  const wrong =
    needWizard(state, 'cloud-attach') ??
    needGate(state, 'cloud-attach-wizard', '"Use default settings" / "Customize settings"');
  if (wrong) return wrong;
  const wizard = state.wizard!;
  if (wizard.environment === 'china' && action.mode === 'customize')
    return refuse(
      'In the Azure China Cloud the default settings are the only option (no device upload, no Endpoint analytics).',
    );
  return ok({ ...state, wizard: { ...wizard, mode: action.mode } });
};
