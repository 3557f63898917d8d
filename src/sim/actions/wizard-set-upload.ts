/** The wizard's Configure upload page: which devices to upload (null: none) and Endpoint analytics. */
import { passesGate } from '../constants';
import { gated, ok, refuse, type ActionHandler } from './contract';
import { checkCollection, needWizard } from './preconditions';

export const wizardSetUpload: ActionHandler<'wizard-set-upload'> = {
  changesAuthority: false,
  apply(state, action) {
    const version = state.site.version;
    if (!passesGate('tenant-attach', version)) return gated('tenant-attach', version, 'Configure upload');
    const wrong = needWizard(state, 'configure-upload');
    if (wrong) return wrong;
    const wizard = state.wizard!;
    if (wizard.environment === 'china' && (action.upload !== null || action.endpointAnalytics))
      return refuse('The Azure China Cloud cannot upload devices or use Endpoint analytics.');
    const unknown = action.upload !== null && action.upload !== 'all' && checkCollection(state, action.upload.collection);
    if (unknown) return unknown;
    return ok({ ...state, wizard: { ...wizard, upload: action.upload, endpointAnalytics: action.endpointAnalytics } });
  },
};
