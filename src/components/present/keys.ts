/**
 * The presenter view's keys: the table that drives the key handler. Its words for people (the help
 * overlay, the trainers' page) are in `key-help.ts`, which a test keeps in step with this table;
 * they reach the browser as island props, not as script. Pure: no DOM, so vitest checks it.
 */

export type PresenterCommand =
  'next' | 'previous' | 'start' | 'end' | 'blackout' | 'help' | 'notes' | 'fullscreen' | 'escape';

export interface PresenterKey {
  command: PresenterCommand;
  /** `KeyboardEvent.key` values that give the command. */
  keys: readonly string[];
}

/** Which keys give which command. How the keys are written for people is in `key-help.ts`. */
export const PRESENTER_KEYS: readonly PresenterKey[] = [
  { command: 'next', keys: ['ArrowRight', 'PageDown', ' '] },
  { command: 'previous', keys: ['ArrowLeft', 'PageUp'] },
  { command: 'start', keys: ['Home'] },
  { command: 'end', keys: ['End'] },
  { command: 'blackout', keys: ['b', 'B', '.'] },
  { command: 'notes', keys: ['n', 'N'] },
  { command: 'fullscreen', keys: ['f', 'F'] },
  { command: 'help', keys: ['?'] },
  { command: 'escape', keys: ['Escape'] },
];

/** What the key handler knows about the element a key was pressed on. */
export interface KeyTarget {
  /** Upper-case tag name, e.g. `INPUT`. */
  tagName: string;
  /** The `type` of an input. */
  type?: string | undefined;
  /** The ARIA role, if any. */
  role?: string | null | undefined;
  isContentEditable?: boolean | undefined;
}

/**
 * The key handler's view of an event target: null for the page itself (or no element). Reads only
 * properties, so it stays testable without a DOM.
 */
export function keyTargetOf(target: unknown): KeyTarget | null {
  const element = target as {
    tagName?: unknown;
    type?: unknown;
    isContentEditable?: unknown;
    getAttribute?: (name: string) => string | null;
  } | null;
  if (!element || typeof element.tagName !== 'string' || element.tagName === 'BODY' || element.tagName === 'HTML')
    return null;
  return {
    tagName: element.tagName,
    type: typeof element.type === 'string' ? element.type : undefined,
    role: element.getAttribute?.('role') ?? null,
    isContentEditable: element.isContentEditable === true,
  };
}

export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

const TEXT_INPUT = new Set(['text', 'search', 'email', 'url', 'tel', 'number', 'password', 'date', 'time']);
/** Roles whose widgets move with arrow keys (and Home/End) themselves. */
const ARROW_ROLES = new Set([
  'radio',
  'radiogroup',
  'tab',
  'tablist',
  'slider',
  'option',
  'listbox',
  'menuitem',
  'grid',
  'gridcell',
  'tree',
  'treeitem',
  'region',
]);
const NAVIGATION_KEYS = new Set(['ArrowRight', 'ArrowLeft', 'Home', 'End']);

function takesText(target: KeyTarget): boolean {
  if (target.isContentEditable) return true;
  if (target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  return target.tagName === 'INPUT' && TEXT_INPUT.has((target.type ?? 'text').toLowerCase());
}

/** Space and Enter press buttons, links, summaries, checkboxes and radios. */
function takesSpace(target: KeyTarget): boolean {
  return (
    ['BUTTON', 'A', 'SUMMARY', 'INPUT'].includes(target.tagName) ||
    target.role === 'button' ||
    target.role === 'checkbox' ||
    target.role === 'radio'
  );
}

function takesArrows(target: KeyTarget): boolean {
  if (target.tagName === 'INPUT' && ['radio', 'range'].includes((target.type ?? '').toLowerCase())) return true;
  return target.role != null && ARROW_ROLES.has(target.role);
}

/**
 * The command a key press gives, or null when the key belongs to the element it was pressed on
 * (so the live simulator keeps working with the keyboard) or to the browser (any modifier).
 * Page Up and Page Down always step: they are what a presentation clicker sends.
 */
export function commandForKey(press: KeyPress, target: KeyTarget | null): PresenterCommand | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  const binding = PRESENTER_KEYS.find((entry) => entry.keys.includes(press.key));
  if (!binding) return null;
  if (!target || binding.command === 'escape') return binding.command;
  if (takesText(target)) return null;
  if (press.key === ' ' && takesSpace(target)) return null;
  if (NAVIGATION_KEYS.has(press.key) && takesArrows(target)) return null;
  return binding.command;
}
