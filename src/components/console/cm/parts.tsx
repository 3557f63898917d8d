/**
 * Pieces every Configuration Manager console view shares: the ribbon's groups and buttons, the
 * list pane and the details pane, the three-stop workload slider and the modal dialog shell (the
 * last two in parts-slider.tsx and parts-dialog.tsx, re-exported here).
 * Their API is described in the notes for the helpers building views on them (cm-parts.md).
 *
 * "No dead controls": a command that is not part of the lab is shown with `notInLab`
 * (aria-disabled, the tooltip and description "Not part of this lab"); a command the engine does
 * not allow right now is shown with `unavailable` (aria-disabled and the reason as its description).
 * Both stay focusable, so a keyboard user can read why.
 */
import type { ComponentChildren, HTMLAttributes } from 'preact';
import { plural as count } from '../../../sim/labels';

export const NOT_IN_LAB = 'Not part of this lab';

/**
 * The console node (Administration > Cloud Services, and Monitoring) and its object's name on this
 * version: "Co-management" in 2103 and earlier, "Cloud Attach" from 2107 (fact sheet 3.2, 5.6).
 */
export function coMgmtNode(version: number): 'Cloud Attach' | 'Co-management' {
  return version >= 2107 ? 'Cloud Attach' : 'Co-management';
}

/** A heading of level `n` (capped at 6). */
export function H({
  n,
  children,
  ...rest
}: HTMLAttributes<HTMLHeadingElement> & {
  n: number;
  children: ComponentChildren;
}) {
  const Tag = `h${Math.max(1, Math.min(6, n))}` as 'h6';
  return <Tag {...rest}>{children}</Tag>;
}

/**
 * The id of the frame's heading that shows the open view's title (the list pane's header). A view's
 * table is named by it and the ListPane's count: aria-labelledby={`${viewTitleId(ctx.idPrefix)} ${countId}`}.
 */
export const viewTitleId = (idPrefix: string) => `${idPrefix}-cm-view-title`;

/** "1 item" / "1,150 items". */
export { count };

// ----------------------------------------------------------------------------------------------
// Ribbon

/** One group of the ribbon's Home tab ("Cloud Attach", "Properties"), named for assistive technology. */
export function RibbonGroup({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="cm-ribbon__group" role="group" aria-label={label}>
      <div class="cm-ribbon__buttons">{children}</div>
      <span class="cm-ribbon__group-label" aria-hidden="true">
        {label}
      </span>
    </div>
  );
}

export interface RibbonButtonProps {
  /** The command's name as the console spells it; the button's accessible name. */
  label: string;
  onClick?: (event: MouseEvent) => void;
  /** Not part of this lab: shown disabled with "Not part of this lab". */
  notInLab?: boolean;
  /** The engine does not allow it now: shown disabled with this reason. */
  unavailable?: string | null | undefined;
  /** A small glyph (our own CSS shape): 'wizard' | 'properties' | 'add' | 'refresh' | 'delete' | 'generic'. */
  icon?: 'wizard' | 'properties' | 'add' | 'refresh' | 'delete' | 'generic' | 'user' | 'collection' | 'device';
  /** Large button (the group's main command) or small (a row of small ones). */
  size?: 'large' | 'small';
  id?: string;
  /** False until the island has hydrated (ctx.ready): the button is disabled then. */
  ready?: boolean;
}

/** A ribbon button. Disabled states use aria-disabled so the reason stays readable by keyboard. */
export function RibbonButton({
  label,
  onClick,
  notInLab,
  unavailable,
  icon = 'generic',
  size = 'large',
  id,
  ready = true,
}: RibbonButtonProps) {
  const reason = notInLab ? NOT_IN_LAB : unavailable || null;
  const descId = id && reason ? `${id}-why` : undefined;
  return (
    <>
      <button
        type="button"
        id={id}
        class={`cm-ribbon__button cm-ribbon__button--${size}`}
        aria-disabled={reason ? 'true' : undefined}
        disabled={!ready}
        title={reason ?? undefined}
        aria-describedby={descId}
        onClick={(event) => {
          if (reason) return;
          onClick?.(event);
        }}
      >
        <span class={`cm-glyph cm-glyph--${icon}`} aria-hidden="true" />
        <span class="cm-ribbon__label">{label}</span>
      </button>
      {descId && (
        <span id={descId} hidden>
          {reason}
        </span>
      )}
    </>
  );
}

// ----------------------------------------------------------------------------------------------
// List pane and details pane

export interface ListPaneProps {
  /**
   * A title over the list. The frame already shows the view's title as its heading, so a view's
   * main list leaves it out; a second list in a view names itself here.
   */
  title?: string;
  /** Items in the list ("1 items" in the console; here "1 item"). */
  items: number;
  /** The id of the element that names the list (the pane's header); the view's table can use it. */
  id: string;
  /** A search box over the list (the console's "Search" bar), when the view filters. */
  search?: ComponentChildren;
  children: ComponentChildren;
}

/** The list pane: a header with the node's title and item count, an optional search bar, the list. */
export function ListPane({ title, items, id, search, children }: ListPaneProps) {
  return (
    <div class="cm-list-pane">
      <p class="cm-list-pane__header" id={id}>
        {title && <span class="cm-list-pane__title">{title} </span>}
        <span class="cm-list-pane__count">{count(items, 'item')}</span>
      </p>
      {search && <div class="cm-list-pane__search">{search}</div>}
      <div class="cm-list-pane__body">{children}</div>
    </div>
  );
}

/**
 * A small list (a few rows, no windowing) as the console draws it: column headers, one selectable
 * row per object. The first column is the row header, a button that selects the row; the selected
 * row carries aria-selected. Large device lists build their own windowed table with the same classes.
 */
export function ListTable<T>({
  labelledBy,
  columns,
  rows,
  rowKey,
  cells,
  selected,
  onSelect,
  empty,
}: {
  labelledBy: string;
  columns: string[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  /** The row's cells, the first one the object's name. */
  cells: (row: T) => ComponentChildren[];
  selected: string | null;
  onSelect: (key: string) => void;
  /** Text when there are no rows. */
  empty: string;
}) {
  return (
    <div class="cm-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <table class="cm-table" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            {columns.map((column) => (
              <th scope="col" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 ? (
            <tr>
              <td colSpan={columns.length}>{empty}</td>
            </tr>
          ) : (
            rows.map((row) => {
              const key = rowKey(row);
              const [first, ...rest] = cells(row);
              const isSelected = key === selected;
              return (
                <tr key={key} class={isSelected ? 'cm-table__row--selected' : undefined} aria-selected={isSelected}>
                  <th scope="row">
                    <button
                      type="button"
                      class="cm-table__select"
                      aria-pressed={isSelected}
                      onClick={() => onSelect(key)}
                    >
                      {first}
                    </button>
                  </th>
                  {rest.map((cell, k) => (
                    <td key={k}>{cell}</td>
                  ))}
                </tr>
              );
            })
          )}
        </tbody>
      </table>
    </div>
  );
}

/** The details pane under the list: the selected object's properties, under its own heading. */
export function DetailsPane({
  title,
  level,
  id,
  children,
}: {
  title: string;
  level: number;
  id: string;
  children: ComponentChildren;
}) {
  return (
    <section class="cm-details" aria-labelledby={id}>
      <H n={level} id={id} class="cm-details__title">
        {title}
      </H>
      <div class="cm-details__body">{children}</div>
    </section>
  );
}

/** A two-column list of properties ("Upload to ...": "All devices ..."). */
export function Props({ items }: { items: readonly (readonly [string, ComponentChildren])[] }) {
  return (
    <dl class="cm-props">
      {items.map(([term, value]) => (
        <div class="cm-props__row" key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

// The three-stop slider, and the modal dialog shell with its buttons and tabs: in files of their own.
export { ThreeStopSlider, type ThreeStopSliderProps } from './parts-slider';
export { CmDialog, DialogButton, DialogTabs, type CmDialogProps } from './parts-dialog';
