/**
 * The lab console's parts (LabConsole.tsx): the windows' places with their switcher, the code the
 * open views need, the context a view is drawn with, and the lab views' side panel. Each is used
 * once, so the hooks return tuples and the panel is a plain render function: no property names
 * to ship with the page.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { useStore } from '../use-store';
import type { SimulatorStore } from '../../stores/simulator';
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
import { FRAME_LOADERS, VIEW_LOADERS } from './registry';
import type { ConsoleContext, ViewDefinition, WindowFrame } from './types';
import { loadTaskPanel } from '../sim/scenario-page-code';
import type { LabConsoleProps } from './LabConsole';

// The task panel's code once loaded (shared by every lab on the page; never set on the server).
export let TaskPanel: typeof import('../task/TaskPanel').default | undefined;

// Code loaded so far, shared by every lab on the page (never filled on the server).
const SERVER = typeof window === 'undefined';
const loadedViews: Partial<Record<ViewId, ViewDefinition>> = {};
const loadedFrames: Partial<Record<WindowId, WindowFrame>> = {};

type ConsoleWindow = Exclude<WindowId, 'lab'>;

/**
 * The windows: the place each one shows, the tab selected, the console window on screen, and the
 * switcher's tabs. Returns `[places, tab, main, open, switcher]`.
 */
export function useWindows(id: string, first: ViewLocation, onLocation: LabConsoleProps['onLocation']) {
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
  const tabs = useRef<Record<WindowId, HTMLButtonElement | null>>({ cm: null, intune: null, lab: null });
  const main = tab === 'lab' ? lastConsole : tab;

  function select(window: WindowId, location: ViewLocation = places[window]): void {
    setPlaces((now) => ({ ...now, [window]: location }));
    // Beside a console (a wide lab) the lab views have no tab of their own: the console's tab stays selected.
    const besideConsole = window === 'lab' && tabs.current.lab !== null && tabs.current.lab.offsetParent === null;
    if (!besideConsole) setTab(window);
    if (window !== 'lab') setLastConsole(window);
    onLocation?.(location);
  }

  function open(where: ViewId | ViewLocation): void {
    const location = typeof where === 'string' ? { view: where } : where;
    if (isViewId(location.view)) select(windowOf(location.view), location);
  }

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

  const switcher = (
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
  );
  return [places, tab, main, open, switcher] as const;
}

/**
 * The views: the code the open places need, loaded once each (the task panel's too, as soon as the
 * lab is live: it restores and saves the learner's work), re-rendering when it arrives, and the
 * context (`ConsoleContext`) they are drawn with. Returns `[ready, views, frames, context, said]`:
 * `ready` once the lab is live, `said` the sentence a view last asked to say.
 */
export function useViews(
  props: LabConsoleProps,
  store: SimulatorStore,
  open: ConsoleContext['open'],
  id: string,
  main: ViewId,
  side: ViewId,
) {
  const { preloaded } = props;
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
  const [ready, setReady] = useState(false);
  const [, setLoaded] = useState(0);

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
  useEffect(() => want(main), [main]);
  useEffect(() => want(side), [side]);

  // The context a view is drawn with, for a place, and the sentence a view last asked to say.
  const state = useStore(store.$state);
  const previous = useStore(store.$previous);
  const entry = useStore(store.$lastEntry);
  // A refusal leaves the state as it was but sets the notice: rendering again puts back any control
  // the learner changed (Preact compares them with the DOM).
  useStore(store.$notice);
  const [said, setSaid] = useState('');
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
    level: props.standalone ? 3 : 4,
    idPrefix: id,
    presenting: props.presenting ?? false,
    stepMarks: props.stepMarks,
  });
  return [ready, views, frames, context, said] as const;
}

/** The lab views' side panel: its title, the button that hides it, and the lab views' window. */
export function sidePanel(
  id: string,
  sideShown: boolean,
  setSideShown: (shown: boolean) => void,
  ready: boolean,
  body: ComponentChildren,
) {
  return (
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
        {body}
      </div>
    </aside>
  );
}
