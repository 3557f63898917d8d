/**
 * The authority map's last change: the change on screen (one action, or one Apply of a dialog,
 * which Undo takes back as one) as a before/after diff per workload: the slider position, the
 * workload pilot collection and the effective-authority counts that changed ("Compliance
 * policies: Intune 0 → 30"), and how many devices moved.
 */
import type { JSX } from 'preact';
import { SLIDER_LABELS, WORKLOAD_IDS, WORKLOAD_LABELS } from '../../../sim/constants';
import { collectionName } from '../../../sim/collections';
import { actionLabel } from '../../../sim/labels';
import type { Action, SimState } from '../../../sim/types';
import { fmt } from './authority-grid';

interface Props {
  id: string;
  level: number;
  state: SimState;
  /** The state before the change on screen, or null at the start. */
  previous: SimState | null;
  /** The actions of the change on screen (one, or an Apply's several). */
  actions: readonly Action[];
  now: number[];
  before: number[] | null;
  /** Devices with at least one workload whose effective authority changed. */
  movedDevices: number;
}

/** The change's label: slider moves first (they are what the learner looks for), then the rest. */
export function changeLabel(actions: readonly Action[]): string {
  const ordered = [
    ...actions.filter((a) => a.type === 'set-workload'),
    ...actions.filter((a) => a.type !== 'set-workload'),
  ];
  return [...new Set(ordered.map(actionLabel))].join('; ');
}

export function LastChange({ id, level, state, previous, actions, now, before, movedDevices }: Props) {
  const H = `h${Math.min(6, level)}` as 'h4';
  const items: JSX.Element[] = [];
  if (previous && before) {
    const total = state.devices.length;
    const pilot = (s: SimState, w: number) => {
      const c = s.settings.coManagement.workloads[w]!.pilotCollection;
      return c === null ? 'None' : collectionName(s, c);
    };
    WORKLOAD_IDS.forEach((workload, w) => {
      const parts: string[] = [];
      const was = previous.settings.coManagement.workloads[w]!.position;
      const is = state.settings.coManagement.workloads[w]!.position;
      if (was !== is) parts.push(`slider ${SLIDER_LABELS[was]} → ${SLIDER_LABELS[is]}`);
      if (pilot(previous, w) !== pilot(state, w))
        parts.push(`workload pilot collection ${pilot(previous, w)} → ${pilot(state, w)}`);
      const a = before[w]!;
      const b = now[w]!;
      if (a !== b)
        parts.push(`Intune ${fmt(a)} → ${fmt(b)}, Configuration Manager ${fmt(total - a)} → ${fmt(total - b)}`);
      else if (parts.length) parts.push('effective authority unchanged');
      if (parts.length)
        items.push(
          <li key={workload}>
            <strong>{WORKLOAD_LABELS[workload]}</strong>: {parts.join('; ')}
          </li>,
        );
    });
  }
  const has = actions.length > 0;
  return (
    <section class="am-section am-last" aria-labelledby={`${id}-last-title`}>
      <H id={`${id}-last-title`} class="am-heading">
        {has ? `Last change: ${changeLabel(actions)}` : 'Last change'}
      </H>
      {!has ? (
        <p>
          None yet: move a slider or choose a workload pilot collection in the Configuration Manager console, and what
          changed shows here, before → after.
        </p>
      ) : (
        <>
          {items.length ? (
            <ul>{items}</ul>
          ) : (
            <p>No slider position, workload pilot collection or effective authority changed.</p>
          )}
          <p>
            {movedDevices === 0
              ? 'No device changed effective authority.'
              : `${fmt(movedDevices)} ${movedDevices === 1 ? 'device' : 'devices'} changed effective authority: marked Δ in the grid (filter "Changed in the last change").`}
          </p>
        </>
      )}
    </section>
  );
}
