/**
 * A lab's task panel (units and scenario pages; not a lab task's lab, not the presenter's): the
 * task in plain words (the scenario's goals), "Guide me" through the scenario's steps, and
 * "Check my work". Loaded right after the lab hydrates (its page entry holds the import), so it
 * can restore the learner's saved lab work and save every change; until then the lab shows the
 * same panel with its buttons not yet ready (`TaskShell` in LabConsole.tsx).
 *
 * The guide's words and the controls it points at are the build's (`task-data.ts`); what is done,
 * what differs and whether the goals are met are the engine's (`sim/guide.ts`, `sim/goals.ts`)
 * on the live state.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '../use-store';
import { gradeGoal } from '../../sim/goals';
import type { ViewLocation, WindowId } from '../../sim/views';
import type { GoalResult } from '../../sim/types';
import type { ConsoleContext } from '../console/types';
import { labRecord, markLabDone, saveLabWork } from '../../stores/labs';
import { replayWork } from '../../stores/replay-work';
import { goalResults } from './goal-results';
import { guideSection } from './guide-view';
import type { TaskData } from './types';
import { useGuide } from './use-guide';

export interface TaskPanelProps {
  /** The lab's console context (its store, id prefix, heading level, and how to open a view). */
  ctx: ConsoleContext;
  data: TaskData;
  /** Where each window is (a dialog's view while it is open). */
  places: Readonly<Record<WindowId, ViewLocation>>;
}

export default function TaskPanel(props: TaskPanelProps) {
  const { store, idPrefix, level } = props.ctx;
  const { scenario } = store;
  const timeline = useStore(store.$timeline);
  const state = useStore(store.$state);
  const [record, setRecord] = useState(() => labRecord(scenario.id));
  // "Do this step for me" was used since the lab last started from the beginning.
  const [helped, setHelped] = useState(false);
  const [results, setResults] = useState<GoalResult[] | null>(null);
  const [restored, setRestored] = useState(false);
  const section = useRef<HTMLElement>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const p = `${idPrefix}-task`;
  const Heading = `h${Math.min(6, level)}` as 'h3';
  const Sub = `h${Math.min(6, level + 1)}` as 'h4';

  // Saved work comes back once, unless the page opened a share link (the link's session wins).
  useEffect(() => {
    const actions = record?.actions;
    if (!actions?.length || location.hash.startsWith('#s=') || store.$timeline.get().entries.length > 0)
      setRestored(true);
    else void replayWork(store, { ...record, actions }).then(() => setRestored(true));
  }, []);

  // Every change saves the learner's work (after the saved work is back), with the goals it meets.
  useEffect(() => {
    if (!restored) return;
    const actions = timeline.entries.slice(0, timeline.cursor).map((entry) => entry.action);
    const met = scenario.goals.filter((goal) => gradeGoal(state, goal).passed).map((goal) => goal.id);
    saveLabWork(scenario.id, actions, met);
    if (timeline.cursor === 0) setHelped(false);
  }, [timeline, restored]);

  const guide = useGuide(props, section, timeline, state, setHelped, checkWork);

  function checkWork() {
    const graded = scenario.goals.map((goal) => gradeGoal(state, goal));
    setResults(graded);
    if (graded.every((goal) => goal.passed)) {
      const met = graded.map((goal) => goal.goalId);
      markLabDone(scenario.id, helped, met);
      setRecord(labRecord(scenario.id));
    }
    requestAnimationFrame(() => resultsHeading.current?.focus());
  }

  const done = record?.done;
  return (
    <section class="task" ref={section} aria-labelledby={`${p}-title`}>
      <div class="task__head">
        <Heading id={`${p}-title`} class="task__title">
          Your task
        </Heading>
        {done && <p class={`task__done task__done--${done}`}>{done === 'help' ? 'Lab done with help' : 'Lab done'}</p>}
      </div>
      <ul class="task__goals">
        {scenario.goals.map((goal) => (
          <li key={goal.id}>{goal.title}</li>
        ))}
      </ul>
      <p class="task__buttons">
        <button
          type="button"
          class="button"
          aria-expanded={!!guide.status}
          aria-controls={`${p}-guide`}
          disabled={!restored}
          onClick={guide.toggle}
        >
          {guide.status ? 'Close the guide' : 'Guide me'}
        </button>
        <button type="button" class="button" disabled={!restored} onClick={checkWork}>
          Check my work
        </button>
      </p>
      {guide.status && guideSection(guide, Sub, p)}
      {results && goalResults(results, scenario, helped, Sub, resultsHeading)}
    </section>
  );
}
