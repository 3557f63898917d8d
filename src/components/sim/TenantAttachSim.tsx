/**
 * The tenant attach simulator: the Configuration Manager console (Cloud Attach and its wizard),
 * the acting administrator's rights, and the Microsoft Intune admin center (connector page, All
 * devices, device actions with their log lines). It renders the engine's state and dispatches its
 * actions; every word and rule comes from src/sim/.
 */
import { useEffect, useState } from 'preact/hooks';
import '../../styles/sim-tenant-attach.css';
import { SimShell, useSimulatorStore, type SimIslandProps } from './SimShell';
import { useStore } from '../use-store';
import { Console } from './tenant-attach/Console';
import { ActingAdmin } from './tenant-attach/ActingAdmin';
import { AdminCenter } from './tenant-attach/AdminCenter';
import type { ViewProps } from './tenant-attach/parts';


export default function TenantAttachSim({ scenario, name, base, standalone, store: given }: SimIslandProps) {
  const store = useSimulatorStore(scenario, standalone, given);
  const state = useStore(store.$state);
  // A refusal leaves the state as it was but sets the notice: re-rendering then puts back any
  // radio, checkbox or select the learner changed (Preact compares them with the DOM).
  useStore(store.$notice);
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  // Focus moves only after the learner's own action (never on load or when the timeline moves),
  // once Preact has rendered the change (renders run in a microtask, before this timeout). A
  // part that loads on first use (the wizard) appears a little later: try again for a while.
  const focusNext = (id: string, tries = 25): void => {
    setTimeout(() => {
      const target = document.getElementById(id);
      if (target) target.focus();
      else if (tries > 0) focusNext(id, tries - 1);
    }, tries === 25 ? 0 : 20);
  };
  const view: ViewProps = {
    store,
    state,
    ready,
    level: standalone ? 3 : 4,
    p: `ta-${scenario.id}`,
    focusNext,
    async act(action, target) {
      const { ok } = await store.dispatch(action);
      if (ok && target) focusNext(target);
      return ok;
    },
  };
  return (
    <SimShell store={store} name={name} base={base} headingLevel={standalone ? 2 : 3} timeControls>
      <div class="ta">
        <div class="ta-top">
          <Console {...view} />
          <ActingAdmin {...view} />
        </div>
        <AdminCenter {...view} />
      </div>
    </SimShell>
  );
}
