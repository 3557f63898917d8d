/**
 * "Add Selected Items to Existing Device Collection": the console's Select Collection dialog. Only
 * collections with direct members can take devices; the built-in ones get theirs from a query and
 * are listed disabled, saying so. OK adds the devices (engine action add-to-collection, one Undo
 * step); Cancel and Escape close without a change; focus returns to the command.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { memberCount } from '../../../sim/collections';
import { plural } from '../../../sim/labels';
import type { ConsoleContext } from '../types';

export interface SelectCollectionProps {
  ctx: ConsoleContext;
  /** Names of the devices to add. */
  devices: readonly string[];
  /** Closes the dialog (after OK or Cancel); focus goes back to `returnTo`. */
  onClose(): void;
  returnTo: HTMLElement | null;
}

export function SelectCollectionDialog({ ctx, devices, onClose, returnTo }: SelectCollectionProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const state = ctx.state;
  const statics = state.collections.filter((c) => c.kind === 'static');
  const [choice, setChoice] = useState(statics[0]?.id ?? '');
  const id = `${ctx.idPrefix}-selcol`;

  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
    return () => returnTo?.focus();
  }, []);

  function close() {
    dialog.current?.close();
    onClose();
  }

  async function ok(event: Event) {
    event.preventDefault();
    if (!choice) return;
    const applied = await ctx.apply([{ type: 'add-to-collection', collection: choice, devices: [...devices] }]);
    if (applied) close();
  }

  return (
    <dialog
      ref={dialog}
      class="cmv-dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
    >
      <form onSubmit={ok}>
        <h2 id={`${id}-title`} class="cmv-dialog__title">
          Select Collection
        </h2>
        <p>
          Add {devices.length === 1 ? devices[0] : plural(devices.length, 'device')} to a device collection. Only collections with direct
          members can take them.
        </p>
        <fieldset class="cmv-dialog__list">
          <legend>Device Collections</legend>
          {state.collections.map((c) => {
            const disabled = c.kind !== 'static';
            return (
              <label key={c.id} class={disabled ? 'cmv-radio cmv-radio--disabled' : 'cmv-radio'}>
                <input
                  type="radio"
                  name={`${id}-c`}
                  value={c.id}
                  checked={choice === c.id}
                  disabled={disabled}
                  aria-describedby={disabled ? `${id}-builtin` : undefined}
                  onChange={() => setChoice(c.id)}
                />
                {c.name} <span class="cmv-muted">({plural(memberCount(state, c.id), 'member')})</span>
              </label>
            );
          })}
          <p id={`${id}-builtin`} class="cmv-muted">
            Built-in collections (All Systems, All Desktop and Server Clients, Co-management Eligible Devices) take their members from a
            query, so devices cannot be added to them.
          </p>
        </fieldset>
        <div class="cmv-dialog__buttons">
          <button type="submit" class="button" disabled={!choice || !ctx.ready}>
            OK
          </button>
          <button type="button" class="button button--quiet" onClick={close}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
