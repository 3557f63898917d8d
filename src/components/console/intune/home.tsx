/**
 * Home: the tenant's status as the admin center shows it (fact sheet 2.1: Tenant administration >
 * Tenant status, Tenant details), limited to what the engine models: the tenant's name, its Intune
 * and Entra ID P1 licences, whether unlicensed admins may sign in, and the Configuration Manager
 * connector's status, which links to the connector blade.
 */
import { formatSimTime } from '../../../sim/derive';
import { connectorView } from '../../../sim/tenant';
import type { ViewDefinition } from '../types';
import { Essentials, H, Status } from './parts';

const view: ViewDefinition = {
  title: () => 'Home',
  path: () => ['Home'],
  View({ ctx }) {
    const { state, level, idPrefix, ready } = ctx;
    const { tenant } = state;
    const connector = connectorView(state);
    const p = `${idPrefix}-in-home`;
    return (
      <div class="in-tiles">
        <section class="in-tile" aria-labelledby={`${p}-status`}>
          <H n={level + 1} id={`${p}-status`}>
            Tenant status
          </H>
          <Essentials
            items={[
              ['Tenant name', tenant.name],
              [
                'Intune licenses',
                tenant.intuneLicenses ? (
                  <Status kind="ok">Available</Status>
                ) : (
                  <Status kind="warn">None: the tenant has no Intune subscription</Status>
                ),
              ],
              [
                'Microsoft Entra ID P1 or P2',
                tenant.entraIdP1 ? (
                  <Status kind="ok">Yes</Status>
                ) : (
                  <Status kind="warn">No: automatic MDM enrollment is an Entra ID Premium feature</Status>
                ),
              ],
              ['Allow access to unlicensed admins', tenant.allowUnlicensedAdmins ? 'Yes' : 'No'],
            ]}
          />
          <p class="in-hint">
            The admin center's Tenant details also show the MDM authority and licence totals; this lab models only
            whether the licences exist.
          </p>
        </section>
        <section class="in-tile" aria-labelledby={`${p}-connector`}>
          <H n={level + 1} id={`${p}-connector`}>
            Connector status
          </H>
          <p>
            <button type="button" class="in-link" disabled={!ready} onClick={() => ctx.open('intune.connectors')}>
              Microsoft Endpoint Configuration Manager
            </button>
          </p>
          <Essentials
            items={[
              [
                'Status',
                <Status kind={connector.status === 'Healthy' ? 'ok' : connector.status === 'Unknown' ? 'warn' : 'off'}>
                  {connector.status}
                </Status>,
              ],
              [
                'Last successful synchronization',
                connector.lastSuccessfulSync === null ? 'None' : formatSimTime(connector.lastSuccessfulSync),
              ],
            ]}
          />
        </section>
      </div>
    );
  },
};
export default view;
