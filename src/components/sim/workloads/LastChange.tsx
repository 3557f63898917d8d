/**
 * The last change as a before/after diff of the state before it and the state on screen: per
 * workload, the slider position, the workload pilot collection and the effective-authority counts
 * that changed ("Compliance policies: Intune 0 → 30").
 */
import { SLIDER_LABELS, WORKLOAD_IDS, WORKLOAD_LABELS } from '../../../sim/constants';
import { collectionName } from '../../../sim/collections';
import { actionLabel } from '../../../sim/labels';
import type { TimelineEntry } from '../../../stores/simulator';
import type { SimState } from '../../../sim/types';
import type { JSX } from 'preact';
import { fmt } from './WorkloadControls';

interface Props {
  Heading: 'h3' | 'h4';
  state: SimState;
  previous: SimState | null;
  entry: TimelineEntry | null;
  now: number[];
  before: number[] | null;
}

export function LastChange({ Heading, state, previous, entry, now, before }: Props) {
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
      if (pilot(previous, w) !== pilot(state, w)) parts.push(`workload pilot collection ${pilot(previous, w)} → ${pilot(state, w)}`);
      const a = before[w]!;
      const b = now[w]!;
      if (a !== b) parts.push(`Intune ${fmt(a)} → ${fmt(b)}, Configuration Manager ${fmt(total - a)} → ${fmt(total - b)}`);
      else if (parts.length) parts.push('effective authority unchanged');
      if (parts.length)
        items.push(
          <li key={workload}>
            <strong>{WORKLOAD_LABELS[workload]}</strong>: {parts.join('; ')}
          </li>,
        );
    });
  }
  return (
    <section class="wl-section wl-diff">
      <Heading>{entry ? `Last change: ${actionLabel(entry.action)}` : 'Last change'}</Heading>
      {!entry ? (
        <p>None yet: move a slider or choose a workload pilot collection, and what changed shows here, before → after.</p>
      ) : items.length ? (
        <ul>{items}</ul>
      ) : (
        <p>No slider position, workload pilot collection or effective authority changed.</p>
      )}
    </section>
  );
}
