/**
 * The lab bar over both consoles: the simulated clock and the buttons that advance it, Undo and
 * Redo (one change at a time: a dialog's Apply is one change), Reset and Share link; under it the
 * notice line and the live region that says what each change did. `Messages` is the lab's list of
 * what happened, newest last, each entry a place to go back to.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { useStore } from '../use-store';
import { pageUrl } from '../page-url';
import { groupStart, type SimulatorStore } from '../../stores/simulator';
import { formatSimTime } from '../../sim/derive';
import { actionLabel } from '../../sim/labels';
import type { SimEvent, SimState } from '../../sim/types';
import '../../styles/console-lab.css';
import type { ViewLocation } from '../../sim/views';

/** The simulated-time steps a learner can take, in minutes. */
export const TIME_STEPS = [
  { minutes: 15, label: 'Advance 15 minutes' },
  { minutes: 60, label: 'Advance 1 hour' },
  { minutes: 1440, label: 'Advance 1 day' },
] as const;

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
  // The link belongs to the timeline it was made from; a later change makes it stale.
  const [shared, setShared] = useState<{ link: string; from: typeof timeline } | null>(null);
  const link = shared && shared.from === timeline ? shared.link : null;
  const linkField = useRef<HTMLInputElement>(null);
  // The newer of the two sentences is read: a view's, or the store's after a change.
  const [spoken, setSpoken] = useState('');
  useEffect(() => setSpoken(announcement), [announcement]);
  useEffect(() => setSpoken(said), [said]);

  async function copyLink() {
    const from = store.$timeline.get();
    const result = await store.sharePath(location);
    if (!result.ok) {
      store.setNotice({ kind: 'copy-failed', text: result.reason });
      return;
    }
    // Against the page's address: in an LMS package the base is relative (`../../`).
    const url = new URL(pageUrl(`${base.replace(/\/$/, '')}${result.path}`), window.location.href).href;
    setShared({ link: url, from });
    try {
      await navigator.clipboard.writeText(url);
      store.setNotice({ kind: 'copied', text: 'Link copied. Anyone who opens it sees this state of the lab, at this view.' });
    } catch {
      store.setNotice({ kind: 'copy-failed', text: 'Copying was not allowed here: select the link below and copy it yourself.' });
    }
    requestAnimationFrame(() => linkField.current?.select());
  }

  return (
    <div class="lab__bar">
      <div class="lab__tools" role="toolbar" aria-label="Lab bar">
        <p class="lab__clock">
          Simulated time: <strong>{formatSimTime(state.clock)}</strong>
        </p>
        <span class="lab__group">
          {TIME_STEPS.map(({ minutes, label }) => (
            <button key={minutes} type="button" class="button button--quiet" onClick={() => store.dispatch({ type: 'advance-time', minutes })} disabled={!ready}>
              {label}
            </button>
          ))}
        </span>
        <span class="lab__group">
          <button type="button" class="button button--quiet" onClick={() => store.back()} disabled={!ready || timeline.cursor === 0}>
            Undo
          </button>
          <button type="button" class="button button--quiet" onClick={() => store.forward()} disabled={!ready || timeline.cursor === timeline.states.length - 1}>
            Redo
          </button>
          <button type="button" class="button button--quiet" onClick={() => store.reset()} disabled={!ready}>
            Reset
          </button>
          <button type="button" class="button button--quiet" onClick={() => void copyLink()} disabled={!ready}>
            Share link
          </button>
        </span>
      </div>
      {link && (
        <p class="lab__link">
          <label for={`${idPrefix}-link`}>Link to this state</label>
          <input id={`${idPrefix}-link`} ref={linkField} type="text" readOnly value={link} />
        </p>
      )}
      {notice && (
        <div class={`lab__notice lab__notice--${notice.kind}`}>
          <p>{notice.text}</p>
          <button type="button" class="button button--quiet" onClick={() => store.dismissNotice()}>
            Dismiss
          </button>
        </div>
      )}
      <p class="lab__live" role="status" aria-live="polite" aria-atomic="true">
        {spoken}
      </p>
    </div>
  );
}

/** Events that say something (what "N more" counts before the sentences have loaded). */
function counted(events: readonly SimEvent[]): number {
  let n = 0;
  for (const event of events) if (event.type !== 'time-advanced' && !(event.type === 'authority-changed' && event.toIntune === 0 && event.toConfigMgr === 0)) n++;
  return n;
}

/** One change's real events, each with its simulated time: what "N more" expands to. */
function EventList({ id, before, events }: { id: string; before: SimState; events: readonly SimEvent[] }) {
  const [lines, setLines] = useState<{ at: string; text: string }[] | null>(null);
  useEffect(() => {
    let live = true;
    // The sentences load with the learner's first action; by now they are there.
    void import('../../sim/narrate').then(({ eventLines }) => live && setLines(eventLines(before, events)));
    return () => {
      live = false;
    };
  }, [before, events]);
  return (
    <ol class="lab__events" id={id} aria-label="Events of this change">
      {lines
        ? lines.map((line, k) => (
            <li key={k}>
              <span class="lab__event-time">{line.at}</span> {line.text}
            </li>
          ))
        : null}
    </ol>
  );
}

/** What happened in the lab, one entry per change (an Apply's actions together), each a place to go back to. */
export function Messages({ store, idPrefix }: { store: SimulatorStore; idPrefix: string }) {
  const timeline = useStore(store.$timeline);
  const current = useRef<HTMLLIElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const box = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState<Record<number, boolean>>({});
  // The list scrolls itself (never the page) so that the entry on screen is in view.
  const reveal = () => {
    const item = current.current;
    const scroller = list.current;
    if (!item || !scroller || !box.current?.open) return;
    const top = item.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
    const bottom = top + item.offsetHeight;
    if (top < scroller.scrollTop) scroller.scrollTop = top;
    else if (bottom > scroller.scrollTop + scroller.clientHeight) scroller.scrollTop = bottom - scroller.clientHeight;
  };
  useEffect(reveal, [timeline.cursor, timeline.entries.length]);
  const count = timeline.entries.length;
  // Changes: an Apply's entries (joined) are one change.
  const changes: { start: number; end: number }[] = [];
  timeline.entries.forEach((entry, index) => {
    if (entry.joined && changes.length) changes[changes.length - 1]!.end = index + 1;
    else changes.push({ start: index, end: index + 1 });
  });
  const here = groupStart(timeline);
  return (
    <details class="lab__messages" ref={box} onToggle={reveal}>
      <summary>
        Messages: {changes.length} {changes.length === 1 ? 'change' : 'changes'}
        {timeline.cursor < count ? `, showing ${timeline.cursor === 0 ? 'the start' : `change ${changes.findIndex((c) => c.end === timeline.cursor) + 1}`}` : ''}
      </summary>
      <ol class="lab__message-list" ref={list} aria-label="Changes in this lab" id={`${idPrefix}-messages`} tabIndex={-1}>
        <li ref={timeline.cursor === 0 ? current : undefined}>
          <button type="button" class="lab__message" aria-current={timeline.cursor === 0 ? 'step' : undefined} onClick={() => store.goTo(0)}>
            Start of the scenario
          </button>
        </li>
        {changes.map(({ start, end }) => {
          const entries = timeline.entries.slice(start, end);
          const events = entries.flatMap((entry) => entry.events);
          const more = counted(events);
          const isCurrent = timeline.cursor > 0 && here === start;
          const eventsId = `${idPrefix}-events-${start}`;
          return (
            <li key={start} ref={isCurrent ? current : undefined}>
              <button type="button" class="lab__message" aria-current={isCurrent ? 'step' : undefined} onClick={() => store.goTo(end)}>
                <strong>{entries.map((entry) => actionLabel(entry.action)).join('; ')}</strong>
                <span>{entries.map((entry) => entry.summary).join(' ')}</span>
              </button>
              {more > 0 && (
                <>
                  <button
                    type="button"
                    class="lab__more"
                    aria-expanded={open[start] === true}
                    aria-controls={eventsId}
                    onClick={() => setOpen({ ...open, [start]: !open[start] })}
                  >
                    {more} more
                  </button>
                  {open[start] && <EventList id={eventsId} before={timeline.states[start]!} events={events} />}
                </>
              )}
            </li>
          );
        })}
      </ol>
    </details>
  );
}
