/**
 * The Configuration Manager console's modal dialog shell, its footer buttons and its tab strip
 * (the wizard, the Properties dialogs, Add Selected Items): pieces every view shares (parts.tsx,
 * which re-exports them), in their own file to keep each file short; they ship with them in the
 * frame's chunk (astro.config.mjs).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';

export interface CmDialogProps {
  /** The dialog's title (its accessible name). */
  title: string;
  /** Unique id for the title. */
  id: string;
  /** Escape and the title bar's close button: Cancel. */
  onCancel: () => void;
  /** Id of the element focus returns to when the dialog closes, when the opener is gone. */
  returnFocusTo?: string;
  /** Element to focus first (an id); else the first focusable element of the body. */
  initialFocus?: string;
  class?: string;
  children: ComponentChildren;
  /** The button row (OK, Cancel, Apply; or Previous, Next, Summary, Cancel). */
  footer: ComponentChildren;
  /**
   * In the presenter view: shown in place (not modal) as the stage itself, and focus stays where
   * it is, so the presenter's keys keep working.
   */
  inline?: boolean;
}

/**
 * A modal `<dialog>` opened with showModal() when it mounts and closed when it unmounts: labelled
 * by its title, focus moves in, Escape is Cancel, focus returns to the element that had it before
 * (the ribbon command that opened it) or to `returnFocusTo`.
 */
export function CmDialog({
  title,
  id,
  onCancel,
  returnFocusTo,
  initialFocus,
  class: extra,
  children,
  footer,
  inline = false,
}: CmDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef(onCancel);
  cancel.current = onCancel;
  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // In place, the dialog is open from its first render: show() would move focus into it.
    if (inline) return;
    const opener =
      document.activeElement instanceof HTMLElement && !dialog.contains(document.activeElement)
        ? document.activeElement
        : null;
    if (!dialog.open && typeof dialog.showModal === 'function') dialog.showModal();
    const first =
      (initialFocus && document.getElementById(initialFocus)) || dialog.querySelector<HTMLElement>('[data-autofocus]');
    first?.focus();
    return () => {
      if (dialog.open) dialog.close();
      const back =
        (opener && opener.isConnected ? opener : null) ??
        (returnFocusTo ? document.getElementById(returnFocusTo) : null);
      // After the render that removed the dialog (the opener may re-render).
      requestAnimationFrame(() => {
        const target = back?.isConnected ? back : returnFocusTo ? document.getElementById(returnFocusTo) : null;
        target?.focus();
      });
    };
  }, []);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const onCancelEvent = (event: Event) => {
      event.preventDefault();
      cancel.current();
    };
    dialog.addEventListener('cancel', onCancelEvent);
    return () => dialog.removeEventListener('cancel', onCancelEvent);
  }, []);
  return (
    <dialog
      ref={ref}
      open={inline || undefined}
      class={`cm-dialog${inline ? ' cm-dialog--inline' : ''}${extra ? ` ${extra}` : ''}`}
      aria-labelledby={`${id}-title`}
    >
      <div class="cm-dialog__titlebar">
        <p class="cm-dialog__title" id={`${id}-title`}>
          {title}
        </p>
        {/* The title bar's close box, for the mouse; the keyboard has Escape and the Cancel button. */}
        <button
          type="button"
          class="cm-dialog__x"
          tabIndex={-1}
          aria-hidden="true"
          title="Close (same as Cancel)"
          onClick={() => cancel.current()}
        >
          ×
        </button>
      </div>
      {/* A modal dialog makes the rest of the page inert: the task panel's guide shows its next
          step here while the dialog is open (TaskPanel renders into this slot). */}
      <div class="cm-dialog__guide" data-guide-slot="" />
      <div class="cm-dialog__body">{children}</div>
      <div class="cm-dialog__footer">{footer}</div>
    </dialog>
  );
}

/** A dialog footer button (OK, Cancel, Apply, Next...). Disabled ones use aria-disabled with a reason. */
export function DialogButton({
  label,
  onClick,
  unavailable,
  primary,
  id,
}: {
  label: string;
  onClick: () => void;
  unavailable?: string | null | undefined;
  primary?: boolean;
  id?: string;
}) {
  return (
    <button
      type="button"
      id={id}
      class={`cm-dialog__button${primary ? ' cm-dialog__button--primary' : ''}`}
      aria-disabled={unavailable ? 'true' : undefined}
      title={unavailable ?? undefined}
      onClick={() => {
        if (!unavailable) onClick();
      }}
    >
      {label}
    </button>
  );
}

/**
 * A tab strip inside a dialog (Properties): the tabs keyboard pattern (arrows, Home, End move and
 * select; the selected tab is the only one in the tab order).
 */
export function DialogTabs<T extends string>({
  id,
  label,
  tabs,
  selected,
  onSelect,
}: {
  id: string;
  label: string;
  tabs: readonly { id: T; label: string }[];
  selected: T;
  onSelect: (tab: T) => void;
}) {
  const refs = useRef<Partial<Record<string, HTMLButtonElement | null>>>({});
  function onKey(event: KeyboardEvent) {
    const at = tabs.findIndex((tab) => tab.id === selected);
    const next = {
      ArrowRight: at + 1,
      ArrowLeft: at - 1,
      Home: 0,
      End: tabs.length - 1,
    }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const tab = tabs[(next + tabs.length) % tabs.length]!;
    onSelect(tab.id);
    refs.current[tab.id]?.focus();
  }
  return (
    <div class="cm-tabs" role="tablist" aria-label={label} onKeyDown={onKey}>
      {tabs.map((tab) => (
        <button
          key={tab.id}
          ref={(element) => {
            refs.current[tab.id] = element;
          }}
          type="button"
          role="tab"
          id={`${id}-tab-${tab.id}`}
          aria-selected={tab.id === selected}
          aria-controls={`${id}-panel`}
          tabIndex={tab.id === selected ? 0 : -1}
          class="cm-tabs__tab"
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}
