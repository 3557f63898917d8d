/**
 * "Add Selected Items to Existing Device Collection": the console's Select Collection dialog. Only
 * collections with direct members can take devices; the built-in ones get theirs from a query and
 * are listed disabled, saying so. OK adds the devices (engine action add-to-collection, one Undo
 * step); Cancel and Escape close without a change; focus returns to the command.
 */
import { useState } from 'preact/hooks';
import { memberCount } from '../../../sim/collections';
import type { ConsoleContext } from '../types';
import { CmDialog, DialogButton, count } from './parts';

export interface SelectCollectionProps {
  ctx: ConsoleContext;
  /** Names of the devices to add. */
  devices: readonly string[];
  /** Closes the dialog (after OK or Cancel). */
  onClose(): void;
  /** Id of the command that opened it (focus returns there). */
  returnFocusTo: string;
}

export function SelectCollectionDialog({ ctx, devices, onClose, returnFocusTo }: SelectCollectionProps) {
  const state = ctx.state;
  const statics = state.collections.filter((c) => c.kind === 'static');
  const [choice, setChoice] = useState(statics[0]?.id ?? '');
  const id = `${ctx.idPrefix}-selcol`;

  async function ok() {
    if (!choice) return;
    if (await ctx.apply([{ type: 'add-to-collection', collection: choice, devices: [...devices] }])) onClose();
  }

  return (
    <CmDialog
      title="Select Collection"
      id={id}
      onCancel={onClose}
      returnFocusTo={returnFocusTo}
      initialFocus={statics[0] ? `${id}-${statics[0].id}` : undefined}
      class="cmv-dialog"
      footer={
        <>
          <DialogButton
            label="OK"
            primary
            onClick={() => void ok()}
            unavailable={choice ? null : 'No collection with direct members in this lab'}
          />
          <DialogButton label="Cancel" onClick={onClose} />
        </>
      }
    >
      <p>
        Add {devices.length === 1 ? devices[0] : count(devices.length, 'device')} to an existing device collection. Only
        collections with direct members can take them.
      </p>
      <fieldset class="cmv-dialog__list">
        <legend>Device Collections</legend>
        {state.collections.map((c) => {
          const builtIn = c.kind !== 'static';
          return (
            <div key={c.id} class={builtIn ? 'cmv-radio cmv-radio--disabled' : 'cmv-radio'}>
              <input
                type="radio"
                id={`${id}-${c.id}`}
                name={`${id}-c`}
                value={c.id}
                checked={choice === c.id}
                disabled={builtIn}
                aria-describedby={`${id}-${c.id}-n`}
                onChange={() => setChoice(c.id)}
              />
              <label for={`${id}-${c.id}`}>{c.name}</label>{' '}
              <span id={`${id}-${c.id}-n`} class="cmv-muted">
                ({count(memberCount(state, c.id), 'member')}
                {builtIn ? '; built-in: its members come from a query' : ''})
              </span>
            </div>
          );
        })}
      </fieldset>
    </CmDialog>
  );
}
