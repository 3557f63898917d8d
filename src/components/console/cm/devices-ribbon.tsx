/**
 * A drop-down ribbon command ("Add Selected Items") with its menu, in the menu button pattern:
 * Enter, Space or Arrow Down opens it, the arrows move, Enter picks, Escape closes and returns
 * focus. A menu item the lab does not model is shown disabled with "Not part of this lab". Drawn
 * with the ribbon's classes (console-cm.css) so it sits among the frame's ribbon buttons.
 */
import type { Ref } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { NOT_IN_LAB } from './parts';

export interface MenuItem {
  label: string;
  /** Absent: not part of this lab. */
  onSelect?: (() => void) | undefined;
}

export interface RibbonMenuProps {
  label: string;
  /** Element id of the menu button (focus returns there after a dialog). */
  id: string;
  items: MenuItem[];
  /** Why the command cannot be used now (aria-disabled, readable), or null. */
  unavailable?: string | null | undefined;
  ready?: boolean | undefined;
}

export function RibbonMenu({ label, id, items, unavailable, ready = true }: RibbonMenuProps) {
  const [open, setOpen] = useState(false);
  const [focus, setFocus] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (open) menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[focus]?.focus();
  }, [open, focus]);
  useEffect(() => {
    if (!open) return;
    const away = (e: MouseEvent) => {
      if (!button.current?.parentElement?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [open]);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const pick = (item: MenuItem) => {
    if (!item.onSelect) return;
    setOpen(false);
    // The command keeps the focus: a dialog it opens returns focus there when it closes.
    button.current?.focus();
    item.onSelect();
  };
  return (
    <div class="cmv-menu">
      <button
        ref={button}
        id={id}
        type="button"
        class="cm-ribbon__button cm-ribbon__button--large"
        aria-haspopup="menu"
        aria-expanded={open ? 'true' : 'false'}
        aria-controls={open ? `${id}-menu` : undefined}
        aria-disabled={unavailable ? 'true' : undefined}
        aria-describedby={unavailable ? `${id}-why` : undefined}
        title={unavailable ?? undefined}
        disabled={!ready}
        onClick={() => {
          if (unavailable) return;
          setFocus(0);
          setOpen(!open);
        }}
        onKeyDown={(e) => {
          if (!unavailable && e.key === 'ArrowDown') {
            e.preventDefault();
            setFocus(0);
            setOpen(true);
          }
        }}
      >
        <span class="cm-glyph cm-glyph--add" aria-hidden="true" />
        <span class="cm-ribbon__label">{label}</span>
        <span aria-hidden="true"> ▾</span>
        {unavailable && (
          <span id={`${id}-why`} class="visually-hidden">
            {unavailable}
          </span>
        )}
      </button>
      {open && menuList(id, label, items, menu, focus, setFocus, close, pick)}
    </div>
  );
}

/** The open menu: the arrows, Home and End move, Enter or Space picks, Escape or Tab closes it. */
function menuList(
  id: string,
  label: string,
  items: MenuItem[],
  menu: Ref<HTMLUListElement>,
  focus: number,
  setFocus: (focus: number) => void,
  close: () => void,
  pick: (item: MenuItem) => void,
) {
  return (
    <ul
      ref={menu}
      id={`${id}-menu`}
      class="cmv-menu__list"
      role="menu"
      aria-label={label}
      onKeyDown={(e) => {
        const moves: Record<string, number> = {
          ArrowDown: focus + 1,
          ArrowUp: focus - 1,
          Home: 0,
          End: items.length - 1,
        };
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
          onClick={() => pick(item)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              pick(item);
            }
          }}
        >
          {item.label}
          {!item.onSelect && <span class="cmv-muted"> ({NOT_IN_LAB})</span>}
        </li>
      ))}
    </ul>
  );
}
