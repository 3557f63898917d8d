/**
 * The list inside Messages: one entry per change (an Apply's actions together), each a place to
 * go back to, with "N more" expanding to the change's real events. It loads the first time
 * Messages is opened (LabBar.tsx), so a lab's first paint does not carry it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { groupStart, type SimulatorStore, type Timeline, type TimelineEntry } from '../../stores/simulator';
import { actionLabel } from '../../sim/labels';
import type { SimEvent, SimState } from '../../sim/types';
import { changesOf } from './LabBar';

/** Events that say something (what "N more" counts before the sentences have loaded). */
function counted(events: readonly SimEvent[]): number {
  let n = 0;
  for (const event of events)
    if (
      event.type !== 'time-advanced' &&
      !(event.type === 'authority-changed' && event.toIntune === 0 && event.toConfigMgr === 0)
    )
      n++;
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

/** The changes of the timeline, newest last; the entry on screen marked and scrolled into view. */
export default function MessageList({
  store,
  timeline,
  idPrefix,
  box,
}: {
  store: SimulatorStore;
  timeline: Timeline;
  idPrefix: string;
  box: { current: HTMLDetailsElement | null };
}) {
  const current = useRef<HTMLLIElement>(null);
  const list = useRef<HTMLOListElement>(null);
  // The changes whose events are expanded, by their first entry (a change dropped from the timeline drops out).
  const [open, setOpen] = useState<readonly TimelineEntry[]>([]);
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
  const changes = changesOf(timeline);
  const here = groupStart(timeline);
  return (
    <ol class="lab__message-list" ref={list} aria-label="Changes in this lab" id={`${idPrefix}-messages`} tabIndex={-1}>
      <li ref={timeline.cursor === 0 ? current : undefined}>
        <button
          type="button"
          class="lab__message"
          aria-current={timeline.cursor === 0 ? 'step' : undefined}
          onClick={() => store.goTo(0)}
        >
          Start of the scenario
        </button>
      </li>
      {changes.map(({ start, end }) => {
        const entries = timeline.entries.slice(start, end);
        const events = entries.flatMap((entry) => entry.events);
        const more = counted(events);
        const isCurrent = timeline.cursor > 0 && here === start;
        const eventsId = `${idPrefix}-events-${start}`;
        const expanded = open.includes(entries[0]!);
        return (
          <li key={start} ref={isCurrent ? current : undefined}>
            <button
              type="button"
              class="lab__message"
              aria-current={isCurrent ? 'step' : undefined}
              onClick={() => store.goTo(end)}
            >
              <strong>{entries.map((entry) => actionLabel(entry.action)).join('; ')}</strong>
              <span>{entries.map((entry) => entry.summary).join(' ')}</span>
            </button>
            {more > 0 && (
              <>
                <button
                  type="button"
                  class="lab__more"
                  aria-expanded={expanded}
                  aria-controls={eventsId}
                  onClick={() =>
                    setOpen(expanded ? open.filter((entry) => entry !== entries[0]) : [...open, entries[0]!])
                  }
                >
                  {more} more
                </button>
                {expanded && <EventList id={eventsId} before={timeline.states[start]!} events={events} />}
              </>
            )}
          </li>
        );
      })}
    </ol>
  );
}
