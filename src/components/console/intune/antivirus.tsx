/**
 * Endpoint security > Antivirus: the scenario's Intune antivirus policies (source Intune, workload
 * Endpoint Protection) with their assignment. Intune assigns a policy to Entra ID groups; in this
 * simulator each collection has a same-named group. A changed assignment waits for Save (one
 * change, one Undo); unassigning a policy under Pilot Intune leaves its settings on the devices
 * that got Endpoint Protection from Intune through the pilot (rule 7), which the blade lists.
 */
import { useMemo } from 'preact/hooks';
import { WORKLOAD_LABELS } from '../../../sim/constants';
import { collectionName } from '../../../sim/collections';
import type { Policy, SimState } from '../../../sim/types';
import type { ConsoleContext, ViewDefinition } from '../types';
import { antivirusPolicies, assignmentActions, reach } from './antivirus-assignments';
import { H, SaveBar, TableBox, count, usePending } from './parts';

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
      () =>
        Object.fromEntries(
          policies.filter((policy) => policy.assignedTo).map((policy) => [policy.id, reach(state, policy.assignedTo!)]),
        ),
      [state],
    );
    return (
      <div class="in-section">
        <p class="in-callout">
          Intune assigns to Entra ID groups: in this simulator each collection has a same-named group.
        </p>
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
          const reached = reaches[policy.id];
          return (
            <section key={policy.id} class="in-card" aria-labelledby={`${p}-${policy.id}`}>
              <H n={level + 1} id={`${p}-${policy.id}`}>
                {policy.name}
              </H>
              <H n={level + 2}>Assignments</H>
              <label class="in-field">
                <span>Included group</span>
                <select
                  value={value}
                  disabled={!ready}
                  onChange={(event) => set({ [policy.id]: event.currentTarget.value })}
                >
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
                  Assigned to {collectionName(state, policy.assignedTo)} ({count(reached.members, 'device')}): applied
                  on {count(reached.applied, 'device')}
                  {reached.members > reached.applied
                    ? `; not applied on ${count(reached.members - reached.applied, 'device')} (not enrolled in Intune, or Endpoint Protection is with Configuration Manager for them)`
                    : ''}
                  .
                </p>
              )}
              {settingsLeftBehind(ctx, state, ready, policy)}
            </section>
          );
        })}
        {policies.length > 0 && <SaveBar ctx={ctx} actions={actions} reset={reset} />}
      </div>
    );
  },
};
export default view;

/**
 * The devices an unassigned policy left its settings on (rule 7: it was unassigned while the
 * workload that carried it was at Pilot Intune), with a button to open each of the first five.
 * `state` and `ready` are the view's own, from `ctx`.
 */
function settingsLeftBehind(ctx: ConsoleContext, state: SimState, ready: boolean, policy: Policy) {
  const left = state.leftovers.filter((l) => l.policy === policy.id);
  const kept = left.flatMap((l) => l.devices);
  return (
    kept.length > 0 && (
      <div class="in-callout">
        <p>
          Settings stay behind on {count(kept.length, 'device')}: the assignment was removed while{' '}
          {left.map((l) => WORKLOAD_LABELS[l.via]).join(' and ')} was at Pilot Intune, and Intune does not remove the
          settings it deployed. Open one:
        </p>
        <ul class="in-inline-list">
          {kept.slice(0, 5).map((i) => {
            const name = state.devices[i]!.name;
            return (
              <li key={i}>
                <button
                  type="button"
                  class="in-link"
                  disabled={!ready}
                  onClick={() => ctx.open({ view: 'intune.device', device: name })}
                >
                  {name}
                </button>
              </li>
            );
          })}
        </ul>
      </div>
    )
  );
}
