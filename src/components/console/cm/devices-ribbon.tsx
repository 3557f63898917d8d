/**
 * Ribbon buttons of the list views: a command that works, a command the lab does not model
 * (disabled, "Not part of this lab"), and a drop-down command with its menu (menu button pattern:
 * Enter, Space or Arrow Down opens it, arrows move, Escape closes and returns focus).
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export const NOT_IN_LAB = 'Not part of this lab';

export function RibbonGroup({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="cmv-ribbon-group" role="group" aria-label={label}>
      {children}
      <span class="cmv-ribbon-group__label" aria-hidden="true">
        {label}
      </span>
    </div>
  );
}

interface ButtonProps {
  label: string;
  /** Absent: the command is not part of this lab (shown disabled, saying so). */
  onClick?: ((button: HTMLButtonElement) => void) | undefined;
  disabled?: boolean | undefined;
  /** Why a command that works is disabled now. */
  disabledNote?: string | undefined;
}

export function RibbonButton({ label, onClick, disabled, disabledNote }: ButtonProps) {
  const off = !onClick || disabled === true;
  const note = !onClick ? NOT_IN_LAB : disabled ? disabledNote : undefined;
  return (
    <button
      type="button"
      class="cmv-ribbon-button"
      aria-disabled={off ? 'true' : undefined}
      title={note}
      aria-description={note}
      onClick={(e) => {
        if (!off) onClick!(e.currentTarget);
      }}
    >
      {label}
    </button>
  );
}

export interface MenuItem {
  label: string;
  /** Absent: not part of this lab. Receives the menu button (focus returns there). */
  onSelect?: ((opener: HTMLElement) => void) | undefined;
}

export function RibbonMenu({ label, items, disabled, disabledNote }: { label: string; items: MenuItem[]; disabled?: boolean; disabledNote?: string }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const [focus, setFocus] = useState(0);
  useEffect(() => {
    if (open) (menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[focus])?.focus();
  }, [open, focus]);
  useEffect(() => {
    if (!open) return;
    const away = (e: MouseEvent) => {
      if (!button.current?.parentElement?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [open]);
  const off = disabled === true;
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div class="cmv-menu">
      <button
        ref={button}
        type="button"
        class="cmv-ribbon-button"
        aria-haspopup="menu"
        aria-expanded={open ? 'true' : 'false'}
        aria-disabled={off ? 'true' : undefined}
        title={off ? disabledNote : undefined}
        aria-description={off ? disabledNote : undefined}
        onClick={() => {
          if (off) return;
          setFocus(0);
          setOpen(!open);
        }}
        onKeyDown={(e) => {
          if (!off && e.key === 'ArrowDown') {
            e.preventDefault();
            setFocus(0);
            setOpen(true);
          }
        }}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul
          ref={menu}
          class="cmv-menu__list"
          role="menu"
          aria-label={label}
          onKeyDown={(e) => {
            const moves: Record<string, number> = { ArrowDown: focus + 1, ArrowUp: focus - 1, Home: 0, End: items.length - 1 };
            if (e.key in moves) {
              e.preventDefault();
              setFocus((moves[e.key]! + items.length) % items.length);
            } else if (e.key === 'Escape' || e.key === 'Tab') {
              e.preventDefault();
              close();
            }
          }}
        >
          {items.map((item, k) => (
            <li
              key={item.label}
              role="menuitem"
              tabIndex={k === focus ? 0 : -1}
              class="cmv-menu__item"
              aria-disabled={item.onSelect ? undefined : 'true'}
              title={item.onSelect ? undefined : NOT_IN_LAB}
              aria-description={item.onSelect ? undefined : NOT_IN_LAB}
              onClick={() => {
                if (!item.onSelect) return;
                setOpen(false);
                item.onSelect(button.current!);
              }}
              onKeyDown={(e) => {
                if ((e.key === 'Enter' || e.key === ' ') && item.onSelect) {
                  e.preventDefault();
                  setOpen(false);
                  item.onSelect(button.current!);
                }
              }}
            >
              {item.label}
              {!item.onSelect && <span class="cmv-muted"> ({NOT_IN_LAB})</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
