/**
 * Saved lab work back onto a lab's timeline: a lab task's response (`lab-work.ts`) and a lab's
 * record (the task panel) replay the same way. Work of another rules revision replays under the
 * current rules and the lab's notice says so; when the current engine refuses one of its actions,
 * the replay stops there and the notice names the step and the reason.
 */
import { revisionNotice, workRevision } from '../sim/revision-notice';
import type { Action } from '../sim/types';
import type { SimulatorStore } from './simulator';

export interface Replayed {
  /** Every action replayed. */
  ok: boolean;
  /** The notice about another rules revision, or null when the work is of this one. */
  other: string | null;
}

/**
 * Replays `work.actions` from the scenario's start. `work` is the saved object itself: its
 * `revision` (absent in work saved before revisions were recorded) says which rules it was made
 * under. Resolves once the replay is on the timeline.
 */
export async function replayWork(store: SimulatorStore, work: { actions: readonly Action[] }): Promise<Replayed> {
  const replay = await store.follow(work.actions);
  const other = revisionNotice(workRevision(work), false);
  if (!replay.ok) {
    const step = store.$timeline.get().entries.length + 1;
    store.setNotice({
      kind: 'refused',
      text: `${other ? `${other} ` : ''}Your work stops before step ${step}, which the current rules refuse: ${replay.reason}`,
    });
  } else if (other) store.setNotice({ kind: 'other-revision', text: other });
  return { ok: replay.ok, other };
}
