/**
 * The Enablement tab: "Automatic enrollment in Intune" (None / Pilot / All) and, for Pilot, the
 * Intune Auto Enrollment collection. Apply dispatches `set-auto-enrollment`; while cloud attach is
 * not configured yet, it runs the wizard's pages with the same choice instead.
 */
import { useEffect, useState } from 'preact/hooks';
import { AUTO_ENROLLMENT_LABELS, AUTO_ENROLLMENT_VALUES, passesGate, type AutoEnrollment } from '../../../sim/constants';
import { collectionMark, collectionName } from '../../../sim/collections';
import { enablementLabel } from '../../../sim/labels';
import type { Action, SimState } from '../../../sim/types';
import { heading, type EnablementProps } from './shared';

/** The wizard pages that enable co-management when cloud attach is not configured (no device upload). */
export function wizardActions(state: SimState, autoEnrollment: AutoEnrollment, collection: string | null): Action[] {
  const version = state.site.version;
  const actions: Action[] = state.wizard ? [{ type: 'wizard-cancel' }] : [];
  actions.push({ type: 'open-wizard' }, { type: 'wizard-sign-in', environment: 'public' });
  if (version >= 2111) actions.push({ type: 'wizard-set-mode', mode: 'customize' });
  actions.push({ type: 'wizard-next' });
  if (passesGate('tenant-attach', version)) actions.push({ type: 'wizard-set-upload', upload: null, endpointAnalytics: false }, { type: 'wizard-next' });
  actions.push({ type: 'wizard-set-enablement', autoEnrollment, collection }, { type: 'wizard-next' });
  if (version < 2111 && autoEnrollment !== 'none') actions.push({ type: 'wizard-next' });
  actions.push({ type: 'wizard-finish' });
  return actions;
}

export function Enablement({ store, state, views, level, id, ready }: EnablementProps & { ready: boolean }) {
  const H = heading(level);
  const current = state.settings.coManagement;
  const [choice, setChoice] = useState(current.autoEnrollment);
  const [collection, setCollection] = useState(current.autoEnrollmentCollection ?? '');
  // The form shows the setting on screen again after a change, a step back or a reset.
  useEffect(() => {
    setChoice(current.autoEnrollment);
    setCollection(current.autoEnrollmentCollection ?? '');
  }, [current]);

  let hint = 'No client enrolls.';
  if (choice === 'all') hint = `Every eligible client that reaches its site enrolls: ${views.filter((v) => v.eligible).length} devices are eligible.`;
  if (choice === 'pilot') {
    hint = 'Only eligible members of the Intune Auto Enrollment collection enroll: choose one.';
    if (collection) {
      const mark = collectionMark(state, collection);
      let members = 0;
      let eligible = 0;
      mark.forEach((m, i) => {
        members += m;
        if (m && views[i]!.eligible) eligible++;
      });
      hint = `${collectionName(state, collection)} has ${members} members; ${eligible} of them are eligible.`;
    }
  }

  function apply(event: Event) {
    event.preventDefault();
    const chosen = choice === 'pilot' ? collection || null : null;
    if (state.settings.cloudAttach) store.dispatch({ type: 'set-auto-enrollment', autoEnrollment: choice, collection: chosen });
    else store.dispatchAll(wizardActions(state, choice, chosen));
  }

  return (
    <section class="en-panel" aria-labelledby={`${id}-ena`}>
      <H id={`${id}-ena`}>Enablement</H>
      <p>
        Now: <strong>{enablementLabel(state)}</strong>
      </p>
      <form class="en-form" onSubmit={apply}>
        <fieldset disabled={!ready} aria-describedby={`${id}-hint`}>
          <legend>Automatic enrollment in Intune</legend>
          {AUTO_ENROLLMENT_VALUES.map((value) => (
            <label key={value} class="en-radio">
              <input type="radio" name={`${id}-auto`} value={value} checked={choice === value} onChange={() => setChoice(value)} />
              {AUTO_ENROLLMENT_LABELS[value]}
            </label>
          ))}
        </fieldset>
        <label class="en-field">
          Intune Auto Enrollment collection
          <select value={collection} disabled={!ready || choice !== 'pilot'} aria-describedby={`${id}-hint`} onChange={(e) => setCollection(e.currentTarget.value)}>
            <option value="">Choose a collection</option>
            {state.collections.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <p id={`${id}-hint`} class="en-hint">
          {hint}
        </p>
        <button type="submit" class="button" disabled={!ready}>
          Apply
        </button>
      </form>
    </section>
  );
}
