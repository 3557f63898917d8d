/**
 * The frame every simulator island shares: title and summary, the toolbar (timeline back/forward,
 * reset, copy link), the notice line, the live region that says what each change did, and the
 * event timeline. The simulator's own controls and views are its children.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useStore } from '../use-store';
import { pageUrl } from '../page-url';
import { createSimulatorStore, type SimulatorStore } from '../../stores/simulator';
import { formatSimTime } from '../../sim/derive';
import { actionLabel } from '../../sim/labels';
import type { Scenario, SimState } from '../../sim/types';

/**
 * Creates the island's store once (or uses `given`, a presenter's, which drives it) and, on a
 * scenario page, opens a share link from `#s=`.
 */
export function useSimulatorStore(scenario: Scenario, readLinkFromUrl: boolean, given?: SimulatorStore): SimulatorStore {
  const store = useMemo(() => given ?? createSimulatorStore(scenario), [scenario, given]);
  useEffect(() => {
    if (!readLinkFromUrl || given) return;
    const match = /^#s=(.*)$/.exec(window.location.hash);
    if (match) void store.openLink(match[1] ?? '');
  }, [store, readLinkFromUrl, given]);
  return store;
}

/**
 * `derive`, computed at most once per state object. The engine never changes a state it returned,
 * so what is derived from one stays true for it: a re-render, or stepping back and forth on the
 * timeline, reuses the earlier result instead of walking every device again, and a state that
 * leaves the timeline takes its entry with it (WeakMap). It lives here, in the module every
 * simulator island loads, so it adds no chunk of its own to a page.
 */
export function perState<T extends object>(derive: (state: SimState) => T): (state: SimState) => T {
  const cache = new WeakMap<SimState, T>();
  return (state) => {
    let value = cache.get(state);
    if (!value) cache.set(state, (value = derive(state)));
    return value;
  };
}

/** What every simulator island takes from its page (or from the presenter view). */
export interface SimIslandProps {
  /** The simulator's name as the site shows it (SIMULATOR_NAMES, passed by the page so no script carries it). */
  name: string;
  scenario: Scenario;
  base: string;
  standalone: boolean;
  /** A presenter's session, which drives this simulator (no share link is read then). */
  store?: SimulatorStore | undefined;
}

interface Props {
  store: SimulatorStore;
  /** The simulator's name, e.g. "Workload switching". */
  name: string;
  /** Base URL of the site, for share links. */
  base: string;
  /** Heading level of the simulator's title: 2 on a scenario page, 3 inside a unit. */
  headingLevel?: 2 | 3;
  /** Show the "Advance time" buttons (simulated time moves only through actions). */
  timeControls?: boolean;
  children: ComponentChildren;
}

/** The simulated-time steps a learner can take, in minutes. */
export const TIME_STEPS = [
  { minutes: 15, label: 'Advance 15 minutes' },
  { minutes: 60, label: 'Advance 1 hour' },
  { minutes: 1440, label: 'Advance 1 day' },
] as const;

export function SimShell({ store, name, base, headingLevel = 3, timeControls = false, children }: Props) {
  const timeline = useStore(store.$timeline);
  const state = useStore(store.$state);
  const announcement = useStore(store.$announcement);
  const notice = useStore(store.$notice);
  // The link belongs to the timeline it was made from; a later change makes it stale. Comparing
  // timelines at render (not clearing in an effect) keeps a quick "advance, then copy" from losing it.
  const [shared, setShared] = useState<{ link: string; from: typeof timeline } | null>(null);
  const link = shared && shared.from === timeline ? shared.link : null;
  const linkField = useRef<HTMLInputElement>(null);
  // Server-rendered buttons would do nothing until the island runs: they stay disabled till then.
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const { scenario } = store;
  const id = `sim-${scenario.id}`;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const SubHeading = headingLevel === 2 ? 'h3' : 'h4';

  async function copyLink() {
    const from = store.$timeline.get();
    const shared = await store.sharePath();
    if (!shared.ok) {
      store.setNotice({ kind: 'copy-failed', text: shared.reason });
      return;
    }
    // Against the page's address: in an LMS package the base is relative (`../../`).
    const url = new URL(pageUrl(`${base.replace(/\/$/, '')}${shared.path}`), window.location.href).href;
    setShared({ link: url, from });
    try {
      await navigator.clipboard.writeText(url);
      store.setNotice({ kind: 'copied', text: 'Link copied. Anyone who opens it sees this state of the simulator.' });
    } catch {
      store.setNotice({ kind: 'copy-failed', text: 'Copying was not allowed here: select the link below and copy it yourself.' });
    }
    requestAnimationFrame(() => linkField.current?.select());
  }

  return (
    <section class="sim" aria-labelledby={`${id}-title`}>
      <header class="sim__header">
        <Heading id={`${id}-title`} class="sim__title">
          {name}: {scenario.title}
        </Heading>
        <p class="sim__clock">Simulated time: {formatSimTime(state.clock)}</p>
      </header>
      <div class="sim__toolbar" role="toolbar" aria-label={`${name} timeline and sharing`}>
        <button type="button" class="button button--quiet" onClick={() => store.back()} disabled={!ready || timeline.cursor === 0}>
          Step back
        </button>
        <button type="button" class="button button--quiet" onClick={() => store.forward()} disabled={!ready || timeline.cursor === timeline.states.length - 1}>
          Step forward
        </button>
        <button type="button" class="button button--quiet" onClick={() => store.reset()} disabled={!ready}>
          Reset
        </button>
        <button type="button" class="button button--quiet" onClick={() => void copyLink()} disabled={!ready}>
          Copy link to this state
        </button>
        {timeControls &&
          TIME_STEPS.map(({ minutes, label }) => (
            <button key={minutes} type="button" class="button" onClick={() => store.dispatch({ type: 'advance-time', minutes })} disabled={!ready}>
              {label}
            </button>
          ))}
      </div>
      {link && (
        <p class="sim__link">
          <label for={`${id}-link`}>Link to this state</label>
          <input id={`${id}-link`} ref={linkField} type="text" readOnly value={link} />
        </p>
      )}
      {notice && (
        <div class={`sim__notice sim__notice--${notice.kind}`}>
          <p>{notice.text}</p>
          <button type="button" class="button button--quiet" onClick={() => store.dismissNotice()}>
            Dismiss
          </button>
        </div>
      )}
      <p class="sim__live" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      <div class="sim__body">{children}</div>
      <details class="sim__timeline">
        <summary>
          Timeline: {timeline.entries.length} {timeline.entries.length === 1 ? 'step' : 'steps'}
          {timeline.cursor < timeline.entries.length ? `, showing step ${timeline.cursor}` : ''}
        </summary>
        <SubHeading class="visually-hidden">Timeline of {name}</SubHeading>
        <ol class="sim__timeline-list" aria-label="Timeline steps">
          <li>
            <button type="button" class="sim__timeline-step" aria-current={timeline.cursor === 0 ? 'step' : undefined} onClick={() => store.goTo(0)}>
              Start of the scenario
            </button>
          </li>
          {timeline.entries.map((entry, index) => (
            <li key={index}>
              <button
                type="button"
                class="sim__timeline-step"
                aria-current={timeline.cursor === index + 1 ? 'step' : undefined}
                onClick={() => store.goTo(index + 1)}
              >
                <strong>{actionLabel(entry.action)}</strong>
                <span>{entry.summary}</span>
              </button>
            </li>
          ))}
        </ol>
      </details>
    </section>
  );
}
