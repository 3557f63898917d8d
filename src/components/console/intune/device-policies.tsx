/**
 * A device's page, its Policies section: the policies that concern the device, where each comes
 * from (Intune or Configuration Manager), its state and why, and the settings that stay behind
 * (rules 7 and 8).
 */
import { WORKLOAD_LABELS } from '../../../sim/constants';
import { policiesOf, type PolicyOnDevice } from '../../../sim/derive';
import type { Device, SimState } from '../../../sim/types';
import { H, Status, TableBox } from './parts';

export const STATE_LABELS: Readonly<Record<PolicyOnDevice['status'], string>> = {
  applied: 'Applied',
  ignored: 'Not applied',
  remains: 'Settings stay behind',
};

export const SOURCE_LABELS: Readonly<Record<PolicyOnDevice['source'], string>> = {
  intune: 'Intune',
  configmgr: 'Configuration Manager',
};

/** The section, with `p` the page's id prefix and `marks` the presenter's step marks. */
export function policiesSection(
  p: string,
  level: number,
  state: SimState,
  i: number,
  device: Device,
  marks: ReadonlyMap<string, string> | null | undefined,
) {
  const policies = policiesOf(state, i);
  const stays = policies.filter((policy) => policy.status === 'remains');
  return (
    <section aria-labelledby={`${p}-policies`}>
      <H n={level + 1} id={`${p}-policies`}>
        Policies
      </H>
      {stays.length > 0 && (
        <p class="in-callout">
          Settings stay behind on {device.name}:{' '}
          {stays.map((policy) => `${policy.name} (${SOURCE_LABELS[policy.source]})`).join(', ')}.
        </p>
      )}
      <TableBox
        id={`${p}-policy-table`}
        caption="Policies and where they come from"
        wide
        head={['Policy', 'Comes from', 'Workload', 'State', 'Why']}
      >
        {policies.map((policy) => (
          <tr
            key={policy.policy}
            class={policy.status === 'remains' ? 'in-row--stays' : undefined}
            data-step-change={marks?.has(`policy:${policy.policy}`) ? '' : undefined}
          >
            <th scope="row">{policy.name}</th>
            <td>{SOURCE_LABELS[policy.source]}</td>
            <td>{WORKLOAD_LABELS[policy.workload]}</td>
            <td>
              <Status kind={policy.status === 'applied' ? 'ok' : policy.status === 'remains' ? 'warn' : 'off'}>
                {STATE_LABELS[policy.status]}
              </Status>
            </td>
            <td class="in-wrap">{policy.reason}</td>
          </tr>
        ))}
        {policies.length === 0 && (
          <tr>
            <td colSpan={5}>No policy in this lab is assigned or deployed to {device.name}.</td>
          </tr>
        )}
      </TableBox>
    </section>
  );
}
