/**
 * The contract between the lab console's frame (LabConsole and the two console frames) and its
 * views. A view is a module whose default export is a `ViewDefinition`; the registry loads it on
 * first use (the `opensAt` view of a page ships with the page's entry, so it renders without a
 * click). Everything a view shows is derived from `ctx.state`; every change goes through `ctx.act`.
 */
import type { ComponentType } from 'preact';
import type { SimulatorStore, SimulatorStoreOptions, TimelineEntry } from '../../stores/simulator';
import type { Action, SimState } from '../../sim/types';
import type { ViewId, ViewLocation, WindowId } from '../../sim/views';

export interface ConsoleContext {
  store: SimulatorStore;
  /** The engine's state on screen. */
  state: SimState;
  /** The state before the change on screen (for "last change" views); null at the start. */
  previous: SimState | null;
  /** The timeline entry that produced the state on screen; null at the start. */
  entry: TimelineEntry | null;
  /** False in the server HTML and until the island has hydrated: controls stay disabled. */
  ready: boolean;
  /** Where the learner is: the open view (and its device, for a device's page). */
  location: ViewLocation;
  /** Opens a view in its window (switching windows when needed). */
  open(location: ViewId | ViewLocation): void;
  /**
   * Applies one action (one control's change: a wizard page's choice, a device action). Resolves
   * to whether the engine applied it; a refusal shows the engine's reason in the lab bar.
   */
  act(action: Action): Promise<boolean>;
  /** Applies several actions as one change (a dialog's Apply or OK): one Undo takes them back. */
  apply(actions: readonly Action[]): Promise<boolean>;
  /** Says a sentence in the lab's live region (what a view switch or a selection did). */
  say(text: string): void;
  /** Heading level of a view's own title (3 on a scenario page, 4 in a unit). */
  level: number;
  /** A prefix for element ids, unique per lab on the page. */
  idPrefix: string;
  /** True in the presenter view (large type; the trainer's audience). */
  presenting: boolean;
  /**
   * In the presenter view, what the step on screen changed in this view, by key ("connector",
   * "funnel:enrolled", "device:12"...), each with a short text to show beside it ("+36") or "".
   * Views put `data-step-change` on the elements whose key is here. Worked out by the presenter
   * (src/components/present/step-marks.ts); absent elsewhere.
   */
  stepMarks?: ReadonlyMap<string, string> | null | undefined;
}

/** A view of one of the lab's windows. */
export interface ViewDefinition {
  /** The view's title as its console spells it ("Cloud Attach", "All devices", "Antivirus"). */
  title(state: SimState, location: ViewLocation): string;
  /**
   * The real console's path to it, outermost first, as its console spells it:
   * ["Administration", "Cloud Services", "Cloud Attach"], ["Devices", "All devices"].
   */
  path(state: SimState, location: ViewLocation): string[];
  /** The view's content. */
  View: ComponentType<{ ctx: ConsoleContext }>;
  /**
   * The commands of the selected node or blade: the Configuration Manager ribbon's buttons, or
   * the Intune blade's command bar. Optional: a view without commands shows none.
   */
  Commands?: ComponentType<{ ctx: ConsoleContext }>;
}

/** The frame of one window: its navigation, its header (ribbon or blade header) and the view. */
export type WindowFrame = ComponentType<{ ctx: ConsoleContext; view: ViewDefinition | null; window: WindowId }>;

/** View and frame code a page's entry loads with the island (the `opensAt` view's), by id. */
export interface Preloaded {
  views?: Partial<Record<ViewId, ViewDefinition>>;
  frames?: Partial<Record<WindowId, WindowFrame>>;
  /**
   * Loads the share-link codec: the lab on a unit's or a scenario's page makes and opens share
   * links. Given by each entry, so that only those pages can load the codec at all.
   */
  shareLinks?: SimulatorStoreOptions['shareLinks'];
}
