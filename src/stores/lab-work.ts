/**
 * A learner's lab work as the quiz saves it, and back into a lab's simulator. Saved work carries
 * the rules revision it was made under (`LAB_RULES_REVISION`); work saved before revisions were
 * recorded carries none and is of revision 1. Only the lab's code (`LabTask.tsx`, loaded when a
 * lab opens) uses this module.
 */
import { labResponse } from '../quiz/lab';
import { LAB_RULES_REVISION } from '../sim/revision';
import { replayWork } from './replay-work';
import type { LabTaskResponse } from '../quiz/types';
import type { Goal, SimState, Action } from '../sim/types';
import type { SimulatorStore } from './simulator';

/** A lab task's response as saved: the actions, the goal's verdict, and the rules revision (absent in older work). */
export type SavedLabWork = LabTaskResponse & { revision?: number };

/** The work `actions` leave, with the goal's verdict on `state`, made under the current rules. */
export function labWork(goal: Goal, actions: readonly Action[], state: SimState): SavedLabWork {
  return { ...labResponse(goal, actions, state), revision: LAB_RULES_REVISION };
}

/**
 * Replays saved work onto the store's timeline (from the scenario's start; `replayWork` says what
 * the lab's notice says).
 * Returns the work to save again (the same actions, with the verdict and revision of the current
 * rules) when work of another revision replayed in full; otherwise null, nothing to save.
 * Resolves once the replay is on the timeline.
 */
export async function resumeLabWork(
  store: SimulatorStore,
  goal: Goal,
  saved: LabTaskResponse | undefined,
): Promise<SavedLabWork | null> {
  if (!saved || saved.actions.length === 0) return null;
  const { ok, other } = await replayWork(store, saved);
  if (!ok || !other) return null;
  const { entries, states, cursor } = store.$timeline.get();
  return labWork(
    goal,
    entries.slice(0, cursor).map((entry) => entry.action),
    states[cursor]!,
  );
}
