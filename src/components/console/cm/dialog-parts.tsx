/**
 * What the Configuration Manager console's dialogs share (the wizard, the co-management
 * Properties, the administrative user's Properties): check boxes and radio buttons with their
 * label, a collection picker, the refusal line, and the OK / Cancel / Apply footer of a dialog
 * whose changes stay pending until Apply. Only the dialogs import this file.
 */
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { useStore } from '../../use-store';
import type { Action, SimState } from '../../../sim/types';
import type { ConsoleContext } from '../types';
import { DialogButton } from './parts';

/** A check box (or, with `radio`, a radio button) inside its label; `onCheck` gets its new checked value. */
export function Check({
  radio,
  name,
  checked,
  disabled,
  title,
  onCheck,
  children,
}: {
  radio?: boolean;
  name?: string;
  checked: boolean;
  disabled?: boolean;
  title?: string | undefined;
  onCheck: (on: boolean) => unknown;
  children: ComponentChildren;
}) {
  return (
    <label class="cm-check" title={title}>
      <input
        type={radio ? 'radio' : 'checkbox'}
        name={name}
        checked={checked}
        disabled={disabled}
        onChange={(e) => onCheck(e.currentTarget.checked)}
      />
      {children}
    </label>
  );
}

/** A labelled drop-down of the scenario's collections; `none` adds a "None chosen" first option (value ""). */
export function CollectionField({
  state,
  id,
  label,
  value,
  disabled,
  none,
  row,
  onPick,
  children,
}: {
  state: SimState;
  id: string;
  label: string;
  value: string;
  disabled?: boolean;
  none?: boolean;
  row?: boolean;
  onPick: (id: string) => unknown;
  children?: ComponentChildren;
}) {
  return (
    <div class={row ? 'cm-field cm-field--row' : 'cm-field'}>
      <label for={id}>{label}</label>
      <select id={id} value={value} disabled={disabled} onChange={(event) => onPick(event.currentTarget.value)}>
        {none && <option value="">None chosen</option>}
        {state.collections.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </select>
      {children}
    </div>
  );
}

/** The refusal line inside a dialog, when there is one. */
export const Alert = ({ text }: { text: string | null }) =>
  text ? (
    <p class="cm-alert" role="alert">
      {text}
    </p>
  ) : null;

/** A refusal the engine gave since the dialog opened, shown inside it (the lab bar is behind the modal). */
export function useDialogNotices(ctx: ConsoleContext): { refusal: string | null; said: string | null } {
  const notice = useStore(ctx.store.$notice);
  const announcement = useStore(ctx.store.$announcement);
  const first = useRef({ notice, announcement });
  return {
    refusal: notice && notice !== first.current.notice && notice.kind === 'refused' ? notice.text : null,
    said: announcement && announcement !== first.current.announcement ? announcement : null,
  };
}

/**
 * A dialog with pending changes: OK applies them and closes, Cancel closes, Apply applies them
 * (unavailable while nothing is pending). `said` is the engine's announcement once an Apply went
 * through, for the status line.
 */
export function usePendingDialog(ctx: ConsoleContext, pending: Action[], close: () => void) {
  const { refusal, said } = useDialogNotices(ctx);
  const [applied, setApplied] = useState(false);
  async function apply(): Promise<boolean> {
    if (!pending.length) return true;
    const ok = await ctx.apply(pending);
    if (ok) setApplied(true);
    return ok;
  }
  return {
    refusal,
    said: applied ? said : null,
    footer: (
      <>
        <DialogButton label="OK" primary onClick={() => void apply().then((ok) => ok && close())} />
        <DialogButton label="Cancel" onClick={close} />
        <DialogButton
          label="Apply"
          onClick={() => void apply()}
          unavailable={pending.length ? null : 'Nothing has changed since the last Apply.'}
        />
      </>
    ),
  };
}
