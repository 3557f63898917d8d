/**
 * A checklist whose ticks are saved with the learner's progress (and follow other open tabs).
 * Server-rendered with every box unticked and disabled: without JavaScript nothing could be
 * saved, so the list reads as a list; once hydrated, the boxes work and show saved ticks.
 */
import { useEffect, useState } from 'preact/hooks';
import { useStore } from '../use-store';
import { $progress, checkItem, uncheckItem } from '../../stores/progress';
import type { Checklist } from '../../schemas/lesson';

interface Props {
  checklist: Checklist;
}

export default function ChecklistIsland({ checklist }: Props) {
  const progress = useStore($progress);
  const [live, setLive] = useState(false);
  useEffect(() => setLive(true), []);

  const key = (itemId: string) => `${checklist.id}/${itemId}`;
  const ticked = new Set(live ? progress.checkedItems : []);
  const done = checklist.items.filter((item) => ticked.has(key(item.id))).length;
  const groups = [...new Set(checklist.items.map((item) => item.group))];
  const headingId = `checklist-${checklist.id}-title`;

  return (
    <section class="checklist" aria-labelledby={headingId}>
      <h3 id={headingId}>{checklist.title}</h3>
      <p class="checklist__status" role="status">
        {live
          ? `${done} of ${checklist.items.length} ready.${done === checklist.items.length ? ' Everything on the list is in place.' : ''}`
          : `${checklist.items.length} items to confirm.`}
      </p>
      {groups.map((group) => (
        <fieldset class="checklist__group" key={group}>
          <legend>{group}</legend>
          {checklist.items
            .filter((item) => item.group === group)
            .map((item) => {
              const id = `check-${checklist.id}-${item.id}`;
              const checked = ticked.has(key(item.id));
              return (
                <div class="checklist__item" key={item.id}>
                  <input
                    type="checkbox"
                    id={id}
                    checked={checked}
                    disabled={!live}
                    aria-describedby={`${id}-detail`}
                    onChange={(event) => (event.currentTarget.checked ? checkItem : uncheckItem)(key(item.id))}
                  />
                  <label for={id}>{item.label}</label>
                  <p id={`${id}-detail`}>{item.detail}</p>
                </div>
              );
            })}
        </fieldset>
      ))}
    </section>
  );
}
