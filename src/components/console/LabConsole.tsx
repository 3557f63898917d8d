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
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '../use-store';
import { createSimulatorStore, type SimulatorStore } from '../../stores/simulator';
import {
  WINDOWS,
  WINDOW_HOMES,
  WINDOW_NAMES,
  isViewId,
  windowOf,
  type ViewId,
  type ViewLocation,
  type WindowId,
} from '../../sim/views';
import type { Scenario } from '../../sim/types';
import { FRAME_LOADERS, VIEW_LOADERS } from './registry';
import { LabBar, Messages } from './LabBar';
import { useShareLink } from '../sim/use-share-link';
import type { ConsoleContext, Preloaded, ViewDefinition, WindowFrame } from './types';
import type { TaskData } from '../task/types';
import { loadShareLinkReader, loadTaskPanel } from '../sim/scenario-page-code';
import type { ComponentChildren } from 'preact';
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

// The task panel's code once loaded (shared by every lab on the page; never set on the server).
let TaskPanel: typeof import('../task/TaskPanel').default | undefined;

// Code loaded so far, shared by every lab on the page (never filled on the server).
const SERVER = typeof window === 'undefined';
const loadedViews: Partial<Record<ViewId, ViewDefinition>> = {};
const loadedFrames: Partial<Record<WindowId, WindowFrame>> = {};

type ConsoleWindow = Exclude<WindowId, 'lab'>;

export function LabConsole(props: LabConsoleProps) {
  const { scenario, base, standalone, preloaded, presenting = false } = props;
  // The entry's view and frame render at once, in the server HTML and on hydration alike. In the
  // browser they join the page's code (what loads later joins it too); the server keeps to this
  // island's own preloaded code, since its module state is shared by every page it builds. Views
  // set computed sizes only once live (use-hydrated.ts): the Content-Security-Policy refuses
  // style attributes in HTML.
  const views: Partial<Record<ViewId, ViewDefinition>> = SERVER
    ? { ...preloaded?.views }
    : Object.assign(loadedViews, preloaded?.views);
  const frames: Partial<Record<WindowId, WindowFrame>> = SERVER
    ? { ...preloaded?.frames }
    : Object.assign(loadedFrames, preloaded?.frames);
  const store = useMemo(
    () =>
      props.store ??
      createSimulatorStore(scenario, {
        shareLinks: preloaded?.shareLinks,
        openLinks: standalone ? loadShareLinkReader : undefined,
      }),
    [scenario, props.store],
  );
  const state = useStore(store.$state);
  const previous = useStore(store.$previous);
  const entry = useStore(store.$lastEntry);
  // A refusal leaves the state as it was but sets the notice: rendering again puts back any control
  // the learner changed (Preact compares them with the DOM).
  useStore(store.$notice);
  const [ready, setReady] = useState(false);
  const first: ViewLocation = props.opensAt ?? { view: scenario.opensAt };
  // Each window keeps its own place: switching windows and back returns to it, and on a wide
  // screen the lab views' place shows beside a console's.
  const [places, setPlaces] = useState<Record<WindowId, ViewLocation>>(() => ({
    cm: { view: WINDOW_HOMES.cm },
    intune: { view: WINDOW_HOMES.intune },
    lab: { view: WINDOW_HOMES.lab },
    [windowOf(first.view)]: first,
  }));
  const [tab, setTab] = useState<WindowId>(windowOf(first.view));
  // The console window on screen: the selected one, or the last one when the lab views' tab is.
  const [lastConsole, setLastConsole] = useState<ConsoleWindow>(windowOf(first.view) === 'intune' ? 'intune' : 'cm');
  const [, setLoaded] = useState(0);
  const [said, setSaid] = useState('');
  const [sideShown, setSideShown] = useState(true);
  const tabs = useRef<Record<WindowId, HTMLButtonElement | null>>({ cm: null, intune: null, lab: null });
  const id = `lab-${scenario.id}`;
  const level = standalone ? 3 : 4;
  const Heading = standalone ? 'h2' : 'h3';

  useEffect(() => {
    setReady(true);
    // The task panel loads as soon as the lab is live: it restores and saves the learner's work.
    if (props.task)
      void loadTaskPanel().then((module) => {
        TaskPanel = module.default;
        setLoaded((n) => n + 1);
      });
  }, []);

  // Loads what the open places need (once each); re-renders when it arrives.
  const want = (view: ViewId) => {
    const window = windowOf(view);
    const missing: Promise<unknown>[] = [];
    if (!loadedViews[view]) missing.push(VIEW_LOADERS[view]().then((module) => (loadedViews[view] = module.default)));
    if (!loadedFrames[window])
      missing.push(FRAME_LOADERS[window]().then((module) => (loadedFrames[window] = module.default)));
    if (missing.length) void Promise.all(missing).then(() => setLoaded((n) => n + 1));
  };
  const main = tab === 'lab' ? lastConsole : tab;
  useEffect(() => want(places[main].view), [places[main].view]);
  useEffect(() => want(places.lab.view), [places.lab.view]);

  function select(window: WindowId, location: ViewLocation = places[window]): void {
    setPlaces((now) => ({ ...now, [window]: location }));
    // Beside a console (a wide lab) the lab views have no tab of their own: the console's tab stays selected.
    const besideConsole = window === 'lab' && tabs.current.lab !== null && tabs.current.lab.offsetParent === null;
    if (!besideConsole) setTab(window);
    if (window !== 'lab') setLastConsole(window);
    props.onLocation?.(location);
  }

  function open(where: ViewId | ViewLocation): void {
    const location = typeof where === 'string' ? { view: where } : where;
    if (isViewId(location.view)) select(windowOf(location.view), location);
  }

  // On the scenario's own page, `#s=` share links open here (and again when one is pasted in).
  useShareLink(store, standalone && store.canShare, open);

  const context = (location: ViewLocation): ConsoleContext => ({
    store,
    state,
    previous,
    entry,
    ready,
    location,
    open,
    async act(action) {
      return (await store.dispatch(action)).ok;
    },
    async apply(actions) {
      return (await store.dispatchApply(actions)).ok;
    },
    say: setSaid,
    level,
    idPrefix: id,
    presenting,
    stepMarks: props.stepMarks,
  });

  /** Tabs keyboard pattern: arrows move along the visible tabs, Home and End to the ends. */
  function onTabKey(event: KeyboardEvent): void {
    const visible = WINDOWS.filter((window) => tabs.current[window]?.offsetParent !== null);
    const at = visible.indexOf(tab);
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: visible.length - 1 }[event.key];
    if (next === undefined || visible.length === 0) return;
    event.preventDefault();
    const window = visible[(next + visible.length) % visible.length]!;
    select(window);
    tabs.current[window]?.focus();
  }

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
      <div class="lab__switcher" role="tablist" aria-label="Lab windows" onKeyDown={onTabKey}>
        {WINDOWS.map((window) => (
          <button
            key={window}
            ref={(element) => {
              tabs.current[window] = element;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${window}`}
            class={`lab__tab lab__tab--${window}`}
            aria-selected={tab === window}
            aria-controls={window === 'lab' ? `${id}-side-body` : `${id}-window`}
            tabIndex={tab === window ? 0 : -1}
            onClick={() => select(window)}
          >
            {WINDOW_NAMES[window]}
          </button>
        ))}
      </div>
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
        <aside
          class={sideShown ? 'lab__side' : 'lab__side lab__side--collapsed'}
          id={`${id}-side`}
          aria-labelledby={`${id}-side-title`}
        >
          <div class="lab__side-head">
            <p id={`${id}-side-title`} class="lab__side-title">
              Lab views <span>(teaching aids, not console screens)</span>
            </p>
            {/* Beside a console (wide screens only) the panel can give its width back to the console. */}
            <button
              type="button"
              class="lab__side-toggle"
              aria-expanded={sideShown}
              aria-controls={`${id}-side-body`}
              onClick={() => setSideShown(!sideShown)}
              disabled={!ready}
            >
              {sideShown ? 'Hide lab views' : 'Show lab views'}
            </button>
          </div>
          {/* The lab views' tab (narrow labs only) shows this body: a tab's panel has the tabpanel role. */}
          <div class="lab__side-body" id={`${id}-side-body`} role="tabpanel" aria-labelledby={`${id}-tab-lab`}>
            {SideFrame ? (
              <SideFrame ctx={context(places.lab)} view={sideView} window="lab" />
            ) : (
              <p class="lab__loading">Opening the lab views…</p>
            )}
          </div>
        </aside>
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
