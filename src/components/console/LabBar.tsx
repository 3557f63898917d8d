/**
 * The lab bar over both consoles: the simulated clock and the buttons that advance it, Undo and
 * Redo (one change at a time: a dialog's Apply is one change), Reset and Share link; under it the
 * notice line and the live region that says what each change did. `Messages` is the lab's list of
 * what happened, newest last, each entry a place to go back to.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '../use-store';
import { pageUrl } from '../page-url';
import type { SimulatorNotice, SimulatorStore, Timeline } from '../../stores/simulator';
import { formatSimTime } from '../../sim/derive';
import '../../styles/console-lab.css';
import type { ViewLocation } from '../../sim/views';
import type { SimState } from '../../sim/types';

/** A page of the site by its path (`/scenarios/<id>/…`, without the base path), as a link. */
const sitePage = (base: string, path: string) => pageUrl(`${base.replace(/\/$/, '')}${path}`);

/** The notice line under the bar: its text, a link to the lab a link was made for, and Dismiss. */
function noticeLine(notice: SimulatorNotice, store: SimulatorStore, base: string) {
  return (
    <div class={`lab__notice lab__notice--${notice.kind}`}>
      <p>{notice.text}</p>
      {/* A link made for another lab: the store's notice names that lab and the link's path on its page. */}
      {notice.kind === 'other-scenario' && notice.path && (
        <p>
          <a href={sitePage(base, notice.path)}>Open the {notice.scenarioId} lab</a>
        </p>
      )}
      <button type="button" class="button button--quiet" onClick={store.dismissNotice}>
        Dismiss
      </button>
    </div>
  );
}

/** The simulated-time steps a learner can take, in minutes. */
export const TIME_STEPS = [
  { minutes: 15, label: 'Advance 15 minutes' },
  { minutes: 60, label: 'Advance 1 hour' },
  { minutes: 1440, label: 'Advance 1 day' },
] as const;

/**
 * The bar's tools: the simulated clock with its time steps, Undo, Redo, Reset and Share link (when
 * the session makes links). Apart from the bar's own state (the link, the sentence read out).
 */
function toolbar(store: SimulatorStore, ready: boolean, timeline: Timeline, state: SimState, copyLink: () => void) {
  return (
    <div class="lab__tools" role="toolbar" aria-label="Lab bar">
      <p class="lab__clock">
        Simulated time: <strong>{formatSimTime(state.clock)}</strong>
      </p>
      <span class="lab__group">
        {TIME_STEPS.map(({ minutes, label }) => (
          <button
            key={minutes}
            type="button"
            class="button button--quiet"
            onClick={() => store.dispatch({ type: 'advance-time', minutes })}
            disabled={!ready}
          >
            {label}
          </button>
        ))}
      </span>
      <span class="lab__group">
        <button
          type="button"
          class="button button--quiet"
          onClick={store.back}
          disabled={!ready || timeline.cursor === 0}
        >
          Undo
        </button>
        <button
          type="button"
          class="button button--quiet"
          onClick={store.forward}
          disabled={!ready || timeline.cursor === timeline.states.length - 1}
        >
          Redo
        </button>
        <button type="button" class="button button--quiet" onClick={store.reset} disabled={!ready}>
          Reset
        </button>
        {store.canShare && (
          <button type="button" class="button button--quiet" onClick={copyLink} disabled={!ready}>
            Share link
          </button>
        )}
      </span>
    </div>
  );
}

interface BarProps {
  store: SimulatorStore;
  base: string;
  ready: boolean;
  idPrefix: string;
  /** The open view, which a share link carries. */
  location: ViewLocation;
  /** A sentence a view asked to say (a selection, a view switch); the store's changes speak for themselves. */
  said: string;
}

export function LabBar({ store, base, ready, idPrefix, location, said }: BarProps) {
  const timeline = useStore(store.$timeline);
  const state = useStore(store.$state);
  const announcement = useStore(store.$announcement);
  const notice = useStore(store.$notice);
  // The link belongs to the session it was made from; a later change, Undo or Redo makes it stale
  // (the summaries filled in when the sentences load are not a change: the states stay the same).
  const [shared, setShared] = useState<{ link: string; from: typeof timeline } | null>(null);
  const link =
    shared && shared.from.states === timeline.states && shared.from.cursor === timeline.cursor ? shared.link : null;
  const linkField = useRef<HTMLInputElement>(null);
  // The newer of the two sentences is read: a view's, or the store's after a change.
  const [spoken, setSpoken] = useState('');
  useEffect(() => setSpoken(announcement), [announcement]);
  useEffect(() => setSpoken(said), [said]);

  async function copyLink() {
    // The link is made after any change still waiting for the step code (a time step clicked just
    // before): it belongs to the timeline it was made from, not to the one on screen at the click.
    const result = await store.sharePath(location);
    if (!result.ok) {
      store.setNotice({ kind: 'copy-failed', text: result.reason });
      return;
    }
    // Against the page's address: in an LMS package the base is relative (`../../`).
    const url = new URL(sitePage(base, result.path), window.location.href).href;
    setShared({ link: url, from: result.from });
    try {
      await navigator.clipboard.writeText(url);
      store.setNotice({
        kind: 'copied',
        text: 'Link copied. Anyone who opens it sees this state of the lab, at this view.',
      });
    } catch {
      store.setNotice({
        kind: 'copy-failed',
        text: 'Copying was not allowed here: select the link below and copy it yourself.',
      });
    }
    requestAnimationFrame(() => linkField.current?.select());
  }

  return (
    <div class="lab__bar">
      {toolbar(store, ready, timeline, state, copyLink)}
      {link && (
        <p class="lab__link">
          <label for={`${idPrefix}-link`}>Link to this state</label>
          <input id={`${idPrefix}-link`} ref={linkField} type="text" readOnly value={link} />
        </p>
      )}
      {notice && noticeLine(notice, store, base)}
      <p class="lab__live" role="status" aria-live="polite" aria-atomic="true">
        {spoken}
      </p>
    </div>
  );
}

/** The timeline's changes: an Apply's entries (joined) are one change. */
export function changesOf(timeline: Timeline): { start: number; end: number }[] {
  const changes: { start: number; end: number }[] = [];
  timeline.entries.forEach((entry, index) => {
    if (entry.joined && changes.length) changes[changes.length - 1]!.end = index + 1;
    else changes.push({ start: index, end: index + 1 });
  });
  return changes;
}

type MessageListModule = typeof import('./MessageList');

/**
 * What happened in the lab: a closed disclosure whose summary counts the changes. Its list (and
 * the code that draws it) loads the first time it is opened.
 */
export function Messages({ store, idPrefix }: { store: SimulatorStore; idPrefix: string }) {
  const timeline = useStore(store.$timeline);
  const box = useRef<HTMLDetailsElement>(null);
  const [list, setList] = useState<MessageListModule | null>(null);
  const count = timeline.entries.length;
  const changes = changesOf(timeline);
  function onToggle(): void {
    if (box.current?.open && !list) void import('./MessageList').then(setList);
  }
  const List = list?.default;
  return (
    <details class="lab__messages" ref={box} onToggle={onToggle}>
      <summary>
        Messages: {changes.length} {changes.length === 1 ? 'change' : 'changes'}
        {timeline.cursor < count
          ? `, showing ${timeline.cursor === 0 ? 'the start' : `change ${changes.findIndex((c) => c.end === timeline.cursor) + 1}`}`
          : ''}
      </summary>
      {List ? (
        <List store={store} timeline={timeline} idPrefix={idPrefix} box={box} />
      ) : (
        <p class="lab__loading">Loading the messages…</p>
      )}
    </details>
  );
}
