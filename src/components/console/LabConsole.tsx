/**
 * The lab console: one simulated world seen through the two consoles an administrator uses (the
 * Configuration Manager console and the Microsoft Intune admin center) and the lab's own teaching
 * views, under one lab bar (simulated clock, time, Undo and Redo, Reset, Share link).
 *
 * One window shows at a time under the switcher, like two windows on a desktop; the lab's own
 * views sit in a side panel when the lab is wide enough (960 px, a container query) and are the
 * switcher's third entry when it is not. Views and window frames load on first use through the
 * registry; a page's entry passes its `opensAt` view and frame in `preloaded`, so the page renders
 * them without a click.
 */
import { useMemo, useState } from 'preact/hooks';
import { createSimulatorStore, type SimulatorStore } from '../../stores/simulator';
import { WINDOW_NAMES, type ViewLocation } from '../../sim/views';
import type { Scenario } from '../../sim/types';
import { LabBar, Messages } from './LabBar';
import { useShareLink } from '../sim/use-share-link';
import type { Preloaded } from './types';
import type { TaskData } from '../task/types';
import { loadShareLinkReader } from '../sim/scenario-page-code';
import type { ComponentChildren } from 'preact';
import { TaskPanel, sidePanel, useViews, useWindows } from './lab-console-parts';
import '../../styles/console.css';
import '../../styles/task.css';

export interface LabConsoleProps {
  scenario: Scenario;
  /** Base URL of the site, for share links. */
  base: string;
  /** On the scenario's own page: a level-2 heading, and `#s=` share links are opened. */
  standalone: boolean;
  /** A presenter's session, which drives this lab (no share link is read then). */
  store?: SimulatorStore | undefined;
  /** The view to open first (the scenario's `opensAt` unless given). */
  opensAt?: ViewLocation | undefined;
  /** View and frame code shipped with the page (its entry's), so they render without a click. */
  preloaded?: Preloaded | undefined;
  /** True in the presenter view. */
  presenting?: boolean | undefined;
  /** In the presenter view: what the step on screen changed in the open view (`ConsoleContext.stepMarks`). */
  stepMarks?: ReadonlyMap<string, string> | null | undefined;
  /** Called whenever the learner opens another view (the presenter and share links follow it). */
  onLocation?: ((location: ViewLocation) => void) | undefined;
  /** The task panel's words (a scenario page's lab: the page's script gives the panel's code). */
  task?: TaskData | undefined;
  /** The server's task panel (an Astro slot: TaskShell.astro), shown until the panel's code arrives. */
  children?: ComponentChildren;
}

export function LabConsole(props: LabConsoleProps) {
  const { scenario, base, standalone, preloaded, presenting = false } = props;
  const store = useMemo(
    () =>
      props.store ??
      createSimulatorStore(scenario, {
        shareLinks: preloaded?.shareLinks,
        openLinks: standalone ? loadShareLinkReader : undefined,
      }),
    [scenario, props.store],
  );
  const id = `lab-${scenario.id}`;
  const Heading = standalone ? 'h2' : 'h3';
  const [places, tab, main, open, switcher] = useWindows(
    id,
    props.opensAt ?? { view: scenario.opensAt },
    props.onLocation,
  );
  const [ready, views, frames, context, said] = useViews(props, store, open, id, places[main].view, places.lab.view);
  const [sideShown, setSideShown] = useState(true);

  // On the scenario's own page, `#s=` share links open here (and again when one is pasted in).
  useShareLink(store, standalone && store.canShare, open);

  const Frame = frames[main];
  const SideFrame = frames.lab;
  const mainView = views[places[main].view] ?? null;
  const sideView = views[places.lab.view] ?? null;

  return (
    <section
      class={`lab${presenting ? ' lab--presenting' : ''}${tab === 'lab' ? ' lab--side-open' : ''}${sideShown ? '' : ' lab--side-hidden'}`}
      aria-labelledby={`${id}-title`}
      data-lab-console=""
    >
      <header class="lab__header">
        <Heading id={`${id}-title`} class="lab__title">
          Lab: {scenario.title}
        </Heading>
      </header>
      {props.task &&
        (TaskPanel ? (
          <TaskPanel ctx={context(places[main])} data={props.task} places={places} />
        ) : (
          // The server's panel (TaskShell.astro, the island's children) until the panel's code arrives.
          props.children
        ))}
      <LabBar store={store} base={base} ready={ready} idPrefix={id} location={places[tab]} said={said} />
      {switcher}
      <div class="lab__body">
        <div
          class="lab__window"
          id={`${id}-window`}
          role="tabpanel"
          aria-labelledby={`${id}-tab-${main}`}
          data-window={main}
        >
          {Frame ? (
            <Frame ctx={context(places[main])} view={mainView} window={main} />
          ) : (
            <p class="lab__loading">Opening the {WINDOW_NAMES[main]}…</p>
          )}
        </div>
        {sidePanel(
          id,
          sideShown,
          setSideShown,
          ready,
          SideFrame ? (
            <SideFrame ctx={context(places.lab)} view={sideView} window="lab" />
          ) : (
            <p class="lab__loading">Opening the lab views…</p>
          ),
        )}
      </div>
      <Messages store={store} idPrefix={id} />
    </section>
  );
}

/** Makes a page entry's island: the lab console with the entry's view and frame shipped in. */
export function labConsoleEntry(preloaded: Preloaded) {
  return function LabConsoleEntry(props: LabConsoleProps) {
    return <LabConsole {...props} preloaded={preloaded} />;
  };
}
