/**
 * Tenant administration > Connectors and tokens > Microsoft Endpoint Configuration Manager: the
 * Configuration Manager connector with its Name, Status and Last successful synchronization
 * (connectorView, rule 14, fact sheet 3.6), and what a careful admin would notice under it.
 */
import { formatSimTime } from '../../../sim/derive';
import { connectorView } from '../../../sim/tenant';
import type { ViewDefinition } from '../types';
import { H, Status, TableBox } from './parts';

const CONNECTOR = 'Microsoft Endpoint Configuration Manager';

const view: ViewDefinition = {
  title: () => 'Connectors and tokens',
  path: () => ['Tenant administration', 'Connectors and tokens', CONNECTOR],
  View({ ctx }) {
    const { state, level, idPrefix } = ctx;
    const connector = connectorView(state);
    return (
      <section class="in-section" aria-labelledby={`${idPrefix}-in-conn`}>
        <H n={level + 1} id={`${idPrefix}-in-conn`}>
          {CONNECTOR}
        </H>
        <TableBox
          id={`${idPrefix}-in-conn-table`}
          caption={CONNECTOR}
          head={['Name', 'Status', 'Last successful synchronization']}
        >
          <tr data-step-change={ctx.stepMarks?.has('connector') ? '' : undefined}>
            <td>{connector.name}</td>
            <td>
              <Status kind={connector.status === 'Healthy' ? 'ok' : connector.status === 'Unknown' ? 'warn' : 'off'}>
                {connector.status}
              </Status>
            </td>
            <td>{connector.lastSuccessfulSync === null ? 'None' : formatSimTime(connector.lastSuccessfulSync)}</td>
          </tr>
        </TableBox>
        {connector.symptoms.length > 0 && (
          <ul class="in-list">
            {connector.symptoms.map((symptom) => (
              <li key={symptom}>{symptom}</li>
            ))}
          </ul>
        )}
        <p class="in-hint">
          Before the tenant is attached, Status and Name read No results. After the first upload cycle that reaches the
          cloud the hierarchy shows Healthy (full detail for hierarchies on 2006 or later). Changes upload every 15
          minutes and appear 5 to 10 minutes later.
        </p>
      </section>
    );
  },
};
export default view;
