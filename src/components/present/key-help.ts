/**
 * The presenter keys as people read them: the help overlay and the trainers' page. The pages pass
 * this to the islands as props (HTML, not script), so the words cost the presenter view no
 * JavaScript. `key-help.test.ts` checks it against the key table in `keys.ts`.
 */
import type { PresenterCommand } from './keys';

export interface KeyHelp {
  command: PresenterCommand;
  /** The keys as written on a keyboard. */
  shown: string[];
  /** What the command does. */
  description: string;
}

export const PRESENTER_KEY_HELP: KeyHelp[] = [
  {
    command: 'next',
    shown: ['→', 'Page Down', 'Space'],
    description:
      'Next step: applies its actions in the lab (a step that shows several views shows the next one first); drops changes made live',
  },
  {
    command: 'previous',
    shown: ['←', 'Page Up'],
    description: "Previous step (or the step's view before): undoes the current step's actions",
  },
  {
    command: 'start',
    shown: ['Home'],
    description: 'Back to the start: resets the lab, changes made off script included',
  },
  { command: 'end', shown: ['End'], description: 'Last step' },
  { command: 'blackout', shown: ['B', '.'], description: 'Blank the screen; press again to bring it back' },
  { command: 'notes', shown: ['N'], description: 'Open the notes window, which follows every step' },
  { command: 'fullscreen', shown: ['F'], description: 'Full screen on or off' },
  { command: 'help', shown: ['?'], description: 'Show or hide this list of keys' },
  {
    command: 'escape',
    shown: ['Esc'],
    description: "Close this list, bring back a blank screen, or leave the lab's controls so the keys above work again",
  },
];
