/** The wizard's Configure upload page: which devices to upload (null: none) and Endpoint analytics. */
import { ok, refuse, type ActionHandler } from './contract';
import { checkCollection, needGate, needWizard } from './preconditions';

export const wizardSetUpload: ActionHandler<'wizard-set-upload'> = (state, action) => {
  const wrong = needGate(state, 'tenant-attach', 'Configure upload') ?? needWizard(state, 'configure-upload');
  if (wrong) return wrong;
  const wizard = state.wizard!;
  if (wizard.environment === 'china' && (action.upload !== null || action.endpointAnalytics))
    return refuse('The Azure China Cloud cannot upload devices or use Endpoint analytics.');
  const unknown = action.upload !== null && action.upload !== 'all' && checkCollection(state, action.upload.collection);
  if (unknown) return unknown;
  return ok({ ...state, wizard: { ...wizard, upload: action.upload, endpointAnalytics: action.endpointAnalytics } });
};
