/**
 * The presenter's steps: the step on stage and which of its views shows, a fresh stage on every
 * step key (the lab replays the script, dropping live changes), and what the live region says.
 * The step follows the notes window too (BroadcastChannel, stores/presenter.ts).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '../use-store';
import type { SimulatorStore } from '../../stores/simulator';
import type { createPresenterSync } from '../../stores/presenter';
import { scenarioActions } from '../../sim/scenario';
import type { Scenario } from '../../sim/types';
import type { PresentedStep } from './script';

/** `#step=2` keeps the step across a reload of the presenter view. */
function stepFromHash(stepCount: number): number {
  const match = /^#step=(\d{1,3})$/.exec(window.location.hash);
  const step = match ? Number(match[1]) : 0;
  return step <= stepCount ? step : 0;
}

export function useStageSteps(
  store: SimulatorStore,
  sync: ReturnType<typeof createPresenterSync>,
  scenario: Scenario,
  script: PresentedStep[],
) {
  const stepCount = scenario.steps.length;
  const step = useStore(sync.$step);
  // `part`: which of the step's views is on stage; `visit`: counts step keys, each a fresh stage.
  const [shown, setShown] = useState({ part: 0, visit: 0 });
  const [announcement, setAnnouncement] = useState('');
  // Going back from a step's first view lands on the previous step's last view.
  const landAtEnd = useRef(false);
  const stages = script[step]?.stage ?? [];
  const part = Math.min(shown.part, Math.max(0, stages.length - 1));

  /**
   * Puts the lab back on the script at `at` steps (dropping live changes) and opens view `nextPart`
   * on a fresh stage.
   */
  function replay(at: number, nextPart: number): void {
    const following = store.follow(scenarioActions(scenario, at));
    setShown((now) => ({ part: nextPart, visit: now.visit + 1 }));
    const parts = script[at]?.stage.length ?? 0;
    const where =
      (at === 0 ? 'Start of the scenario' : `Step ${at} of ${stepCount}: ${scenario.steps[at - 1]!.title}`) +
      (parts > 1 ? `, view ${nextPart + 1} of ${parts}` : '');
    void following.then((result) =>
      setAnnouncement(
        result.ok ? `${where}.` : `${where}. The lab stopped before an action it refused: ${result.reason}`,
      ),
    );
  }

  useEffect(() => {
    const stop = sync.onGo((at) => {
      const parts = script[at]?.stage.length ?? 0;
      const nextPart = landAtEnd.current ? Math.max(0, parts - 1) : 0;
      landAtEnd.current = false;
      replay(at, nextPart);
      history.replaceState(null, '', at > 0 ? `#step=${at}` : window.location.pathname);
    });
    // Starts where the address says (a reload), and tells an open notes window where that is.
    sync.go(stepFromHash(stepCount));
    return () => {
      stop();
      sync.close();
    };
  }, [sync, store, scenario, stepCount]);

  function forward(): void {
    if (part < stages.length - 1) replay(step, part + 1);
    else sync.next();
  }

  function backward(): void {
    if (part > 0) replay(step, part - 1);
    else if (step > 0) {
      landAtEnd.current = true;
      sync.previous();
    }
  }

  return { step, part, stages, visit: shown.visit, announcement, forward, backward };
}
