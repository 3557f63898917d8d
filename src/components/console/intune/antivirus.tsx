/**
 * Endpoint security > Antivirus: the scenario's Intune antivirus policies (source Intune, workload
 * Endpoint Protection) with their assignment. Intune assigns a policy to Entra ID groups; in this
 * simulator each collection has a same-named group. A changed assignment waits for Save (one
 * change, one Undo); unassigning a policy under Pilot Intune leaves its settings on the devices
 * that got Endpoint Protection from Intune through the pilot (rule 7), which the blade lists.
 */
import { useMemo } from 'preact/hooks';
import { W_ENDPOINT_PROTECTION, WORKLOAD_COUNT, WORKLOAD_LABELS } from '../../../sim/constants';
import { collectionMark, collectionName } from '../../../sim/collections';
import { coManagedMask, deriveAuthorityTable, mdmEnrolled } from '../../../sim/derive';
import type { Action, Policy, SimState } from '../../../sim/types';
import type { ViewDefinition } from '../types';
import { H, SaveBar, TableBox, count, usePending } from './parts';

/** The antivirus policies the admin center lists. */
export function antivirusPolicies(state: SimState): Policy[] {
  return state.policies.filter((p) => p.source === 'intune' && p.workload === 'endpoint-protection');
}

/** Devices of a group that receive an Intune Endpoint Protection policy assigned to it, and the rest. */
export function reach(state: SimState, collection: string): { members: number; applied: number } {
  const mark = collectionMark(state, collection);
  const table = deriveAuthorityTable(state);
  const co = coManagedMask(state);
  let members = 0;
  let applied = 0;
  for (let i = 0; i < mark.length; i++) {
    if (!mark[i]) continue;
    members++;
    if (!mdmEnrolled(state.devices[i]!)) continue;
    if (!co[i] || table[i * WORKLOAD_COUNT + W_ENDPOINT_PROTECTION] === 1) applied++;
  }
  return { members, applied };
}

/** The actions that turn the saved assignments into the pending ones. */
export function assignmentActions(state: SimState, pending: Readonly<Record<string, string>>): Action[] {
  const actions: Action[] = [];
  for (const policy of antivirusPolicies(state)) {
    const want = pending[policy.id];
    if (want === undefined || want === (policy.assignedTo ?? '')) continue;
    actions.push(want === '' ? { type: 'unassign-policy', policy: policy.id } : { type: 'assign-policy', policy: policy.id, collection: want });
  }
  return actions;
}

const view: ViewDefinition = {
  title: () => 'Antivirus',
  path: () => ['Endpoint security', 'Antivirus'],
  View({ ctx }) {
    const { state, level, idPrefix, ready } = ctx;
    const p = `${idPrefix}-in-av`;
    const policies = antivirusPolicies(state);
    const [pending, set, reset] = usePending<Record<string, string>>();
    const actions = assignmentActions(state, pending);
    const reaches = useMemo(
      () => Object.fromEntries(policies.filter((policy) => policy.assignedTo).map((policy) => [policy.id, reach(state, policy.assignedTo!)])),
      [state],
    );
    return (
      <div class="in-section">
        <p class="in-callout">Intune assigns to Entra ID groups: in this simulator each collection has a same-named group.</p>
        <TableBox id={`${p}-list`} caption="Antivirus policies" head={['Policy name', 'Assigned', 'Included groups']}>
          {policies.map((policy) => (
            <tr key={policy.id} data-step-change={ctx.stepMarks?.has(`assignment:${policy.id}`) ? '' : undefined}>
              <th scope="row">{policy.name}</th>
              <td>{policy.assignedTo ? 'Yes' : 'No'}</td>
              <td>{policy.assignedTo ? collectionName(state, policy.assignedTo) : 'None'}</td>
            </tr>
          ))}
          {policies.length === 0 && (
            <tr>
              <td colSpan={3}>No antivirus policy in this lab.</td>
            </tr>
          )}
        </TableBox>
        {policies.map((policy) => {
          const value = pending[policy.id] ?? policy.assignedTo ?? '';
          const left = state.leftovers.filter((l) => l.policy === policy.id);
          const kept = left.flatMap((l) => l.devices);
          const reached = reaches[policy.id];
          return (
            <section key={policy.id} class="in-card" aria-labelledby={`${p}-${policy.id}`}>
              <H n={level + 1} id={`${p}-${policy.id}`}>
                {policy.name}
              </H>
              <H n={level + 2}>Assignments</H>
              <label class="in-field">
                <span>Included group</span>
                <select value={value} disabled={!ready} onChange={(event) => set({ [policy.id]: event.currentTarget.value })}>
                  <option value="">None</option>
                  {state.collections.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              </label>
              {policy.assignedTo && reached && (
                <p class="in-hint">
                  Assigned to {collectionName(state, policy.assignedTo)} ({count(reached.members, 'device')}): applied on{' '}
                  {count(reached.applied, 'device')}
                  {reached.members > reached.applied
                    ? `; not applied on ${count(reached.members - reached.applied, 'device')} (not enrolled in Intune, or Endpoint Protection is with Configuration Manager for them)`
                    : ''}
                  .
                </p>
              )}
              {kept.length > 0 && (
                <div class="in-callout">
                  <p>
                    Settings stay behind on {count(kept.length, 'device')}: the assignment was removed while{' '}
                    {left.map((l) => WORKLOAD_LABELS[l.via]).join(' and ')} was at Pilot Intune, and Intune does not remove the settings it deployed.
                    Open one:
                  </p>
                  <ul class="in-inline-list">
                    {kept.slice(0, 5).map((i) => {
                      const name = state.devices[i]!.name;
                      return (
                        <li key={i}>
                          <button type="button" class="in-link" disabled={!ready} onClick={() => ctx.open({ view: 'intune.device', device: name })}>
                            {name}
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                </div>
              )}
            </section>
          );
        })}
        {policies.length > 0 && <SaveBar ctx={ctx} actions={actions} reset={reset} />}
      </div>
    );
  },
};
export default view;
