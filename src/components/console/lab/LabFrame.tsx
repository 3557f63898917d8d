/**
 * The frame of the lab's own views (window 'lab'): teaching aids, not console screens. A small
 * tab strip switches between the authority map and the lab environment (tabs keyboard pattern:
 * arrow keys, Home, End); under it the open view's title and the view.
 */
import { useRef } from 'preact/hooks';
import type { ViewId } from '../../../sim/views';
import type { WindowFrame } from '../types';
import '../../../styles/console-lab.css';

const LAB_VIEWS: readonly { view: ViewId; name: string; note: string }[] = [
  {
    view: 'lab.authority-map',
    name: 'Authority map',
    note: 'Where each device gets each workload from today (effective authority), and what the last change moved. The consoles have no such screen.',
  },
  {
    view: 'lab.environment',
    name: 'Lab environment',
    note: 'What lives outside both consoles, with the place an administrator really changes it.',
  },
];

const LabFrame: WindowFrame = ({ ctx, view }) => {
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const open = ctx.location.view;
  const at = Math.max(
    0,
    LAB_VIEWS.findIndex((entry) => entry.view === open),
  );
  const H = `h${Math.min(6, ctx.level)}` as 'h3';
  const id = `${ctx.idPrefix}-labview`;

  function onKey(event: KeyboardEvent): void {
    const next = {
      ArrowRight: at + 1,
      ArrowLeft: at - 1,
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      Home: 0,
      End: LAB_VIEWS.length - 1,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const k = (next + LAB_VIEWS.length) % LAB_VIEWS.length;
    ctx.open(LAB_VIEWS[k]!.view);
    tabs.current[k]?.focus();
  }

  const current = LAB_VIEWS[at]!;
  const View = view?.View;
  return (
    <div class="lab-frame">
      <div class="lab-frame__tabs" role="tablist" aria-label="Teaching aids" onKeyDown={onKey}>
        {LAB_VIEWS.map((entry, k) => (
          <button
            key={entry.view}
            ref={(element) => {
              tabs.current[k] = element;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${k}`}
            class="lab-frame__tab"
            aria-selected={k === at}
            aria-controls={`${id}-panel`}
            tabIndex={k === at ? 0 : -1}
            onClick={() => ctx.open(entry.view)}
          >
            {entry.name}
          </button>
        ))}
      </div>
      <div class="lab-frame__panel" role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${at}`}>
        <H class="lab-frame__title">
          {view ? view.title(ctx.state, ctx.location) : current.name} <span class="lab-frame__aid">(teaching aid)</span>
        </H>
        <p class="lab-frame__note">{current.note}</p>
        {View ? <View ctx={ctx} /> : <p class="lab__loading">Opening the {current.name.toLowerCase()}…</p>}
      </div>
    </div>
  );
};
export default LabFrame;
