/**
 * Links and saved lab work made before the lab recorded its rules revision (issue 15) still open:
 * they replay under the current rules, and the simulator says so. The link and the saved progress
 * below were made with the code of that day, as the lab made them.
 */
import { getTestStorage, setTestStorageKey, useProgressTestStorage } from './test-storage';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../schemas/scenario';
import { decodeProgress } from '../progress/codec';
import { readQuizRecord } from '../progress/quiz-record';
import { quizFiles } from '../quiz/test-content';
import type { LabTaskResponse } from '../quiz/types';
import { LAB_RULES_REVISION } from '../sim/revision';
import { BROKEN_PREREQUISITE_ACTIONS, BROKEN_PREREQUISITE_CODE, OLD_SAVED_PROGRESS } from '../sim/revision-1-fixtures';
import { createScenarioState } from '../sim/scenario';
import { applyActions } from '../sim/step';
import type { Goal, Scenario } from '../sim/types';
import { labWork, resumeLabWork } from './lab-work';
import { $progress, PROGRESS_KEY } from './progress';
import { createQuizStore } from './quiz';
import { createSimulatorStore } from './simulator';

/** A lab on its own page: it makes and opens share links. */
const LINKS = { shareLinks: () => import('../sim/share-link-encode'), openLinks: () => import('../sim/share-link') };

const OLD_LINK_NOTICE =
  'This link was made with an earlier version of the lab; what you see follows the current rules.';
const OLD_WORK_NOTICE =
  'This work was saved with an earlier version of the lab; what you see follows the current rules.';

const scenario = ScenarioSchema.parse(
  parse(readFileSync('content/scenarios/broken-prerequisite.yaml', 'utf8')),
) as Scenario;
const goal = scenario.goals.find((candidate) => candidate.id === 'every-device-enrolled') as Goal;
const bank = quizFiles().find(({ quiz }) => quiz.id === 'self-assessment')!.quiz;

useProgressTestStorage();

describe('a share link made before rules revisions', () => {
  it('opens the broken-prerequisite link made that day, replayed under the current rules, with the notice', async () => {
    const store = createSimulatorStore(scenario, LINKS);
    expect(await store.openLink(BROKEN_PREREQUISITE_CODE)).toEqual({ ok: true, location: { view: scenario.opensAt } });
    expect(store.$timeline.get().entries.map((entry) => entry.action)).toEqual(BROKEN_PREREQUISITE_ACTIONS);
    const now = applyActions(createScenarioState(scenario, 8000), BROKEN_PREREQUISITE_ACTIONS);
    expect(now.ok && store.$state.get()).toEqual(now.ok && now.state);
    expect(store.$notice.get()).toEqual({
      kind: 'other-revision',
      text: `Opened a shared session: 4 steps restored. ${OLD_LINK_NOTICE}`,
    });
    expect(store.$announcement.get()).toBe(`Opened a shared session with 4 steps. ${OLD_LINK_NOTICE}`);
  });

  it('opens a link made now without that notice', async () => {
    const made = createSimulatorStore(scenario, LINKS);
    await made.dispatchAll(BROKEN_PREREQUISITE_ACTIONS);
    const code = await made.shareCode();
    const store = createSimulatorStore(scenario, LINKS);
    expect(code.ok && (await store.openLink(code.code))).toEqual({ ok: true, location: { view: scenario.opensAt } });
    expect(store.$notice.get()).toEqual({ kind: 'link-restored', text: 'Opened a shared session: 4 steps restored.' });
  });

  it("still opens the start with the rejection notice when the current engine refuses an old link's action", async () => {
    const store = createSimulatorStore(scenario, LINKS);
    // An old link (no revision) whose first action names a collection the scenario does not have.
    const { checksum } = await import('../sim/share-link');
    const body = 'broken-prerequisite.668.e,1,no-such-collection';
    const header = `1.${body.length.toString(36)}`;
    expect(await store.openLink(`${header}.${checksum(`${header}.${body}`)}.${body}`)).toEqual({ ok: false });
    expect(store.$timeline.get().entries).toEqual([]);
    expect(store.$notice.get()?.kind).toBe('link-rejected');
    expect(store.$notice.get()?.text).toMatch(
      /^This link could not be opened, so the lab starts at the beginning of the scenario\. Action 1 of the link \(set-auto-enrollment\) was refused: /,
    );
  });
});

describe('lab work saved before rules revisions', () => {
  const savedWork = (): LabTaskResponse => {
    const { progress, problem } = decodeProgress(OLD_SAVED_PROGRESS);
    expect(problem).toBeNull();
    const record = readQuizRecord(progress.quizzes['self-assessment'], bank);
    const response = record?.current?.responses['sa-lab-fix-mdm-user-scope'];
    if (response?.type !== 'lab-task') throw new Error('the saved lab work did not survive reading');
    return response;
  };

  it('reads back from progress of that day unchanged, with no revision', () => {
    const work = savedWork();
    expect(work).toEqual({ type: 'lab-task', actions: BROKEN_PREREQUISITE_ACTIONS, passed: [true, true] });
    expect('revision' in work).toBe(false);
  });

  it('restores into the lab under the current rules with the notice, and is saved again with the current revision', async () => {
    setTestStorageKey(PROGRESS_KEY, OLD_SAVED_PROGRESS);
    $progress.listen(() => {});
    const quiz = createQuizStore(bank);
    quiz.load();
    const saved = quiz.recordOf($progress.get()).current?.responses['sa-lab-fix-mdm-user-scope'];
    expect(saved?.type).toBe('lab-task');

    const store = createSimulatorStore(scenario);
    const again = await resumeLabWork(store, goal, saved?.type === 'lab-task' ? saved : undefined);
    expect(store.$timeline.get().entries.map((entry) => entry.action)).toEqual(BROKEN_PREREQUISITE_ACTIONS);
    expect(store.$notice.get()).toEqual({ kind: 'other-revision', text: OLD_WORK_NOTICE });
    // Saved again: the same actions, the verdict of the state on screen, and the current revision.
    expect(again).toEqual(labWork(goal, BROKEN_PREREQUISITE_ACTIONS, store.$state.get()));
    expect(again?.revision).toBe(LAB_RULES_REVISION);
    quiz.dispatch({ type: 'answer', question: 'sa-lab-fix-mdm-user-scope', response: again! });
    const stored = JSON.parse(getTestStorage()[PROGRESS_KEY]!);
    expect(stored.quizzes['self-assessment'].current.responses['sa-lab-fix-mdm-user-scope']).toEqual(again);
  });

  it('restores work of the current revision without a notice, and leaves nothing to save', async () => {
    const store = createSimulatorStore(scenario);
    const first = createSimulatorStore(scenario);
    await first.dispatchAll(BROKEN_PREREQUISITE_ACTIONS);
    const current = labWork(goal, BROKEN_PREREQUISITE_ACTIONS, first.$state.get());
    expect(await resumeLabWork(store, goal, current)).toBeNull();
    expect(store.$timeline.get().entries).toHaveLength(4);
    expect(store.$notice.get()).toBeNull();
    expect(await resumeLabWork(createSimulatorStore(scenario), goal, undefined)).toBeNull();
    expect(
      await resumeLabWork(createSimulatorStore(scenario), goal, {
        type: 'lab-task',
        actions: [],
        passed: [false, false],
      }),
    ).toBeNull();
  });

  it('stops old work at an action the current rules refuse, and says both', async () => {
    const store = createSimulatorStore(scenario);
    const work: LabTaskResponse = {
      type: 'lab-task',
      actions: [
        { type: 'advance-time', minutes: 15 },
        { type: 'set-auto-enrollment', autoEnrollment: 'pilot', collection: 'no-such-collection' },
      ],
      passed: [false, false],
    };
    expect(await resumeLabWork(store, goal, work)).toBeNull();
    expect(store.$timeline.get().entries).toHaveLength(1);
    expect(store.$notice.get()?.kind).toBe('refused');
    expect(store.$notice.get()?.text).toMatch(
      new RegExp(
        `^${OLD_WORK_NOTICE.replace(/[.;]/g, '\\$&')} Your work stops before step 2, which the current rules refuse: .+`,
      ),
    );
  });
});
