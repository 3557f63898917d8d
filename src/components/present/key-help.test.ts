import { describe, expect, it } from 'vitest';
import { PRESENTER_KEYS } from './keys';
import { PRESENTER_KEY_HELP } from './key-help';

/** How a `KeyboardEvent.key` value is written on a keycap. */
const KEYCAP: Record<string, string> = {
  ArrowRight: '→',
  ArrowLeft: '←',
  PageDown: 'Page Down',
  PageUp: 'Page Up',
  ' ': 'Space',
  Escape: 'Esc',
};

describe('the presenter key help', () => {
  it('describes every command once, in the order of the key table', () => {
    expect(PRESENTER_KEY_HELP.map((entry) => entry.command)).toEqual(PRESENTER_KEYS.map((entry) => entry.command));
  });

  it('shows exactly the keys that give each command (letters once, in capitals)', () => {
    for (const { command, keys } of PRESENTER_KEYS) {
      const shown = PRESENTER_KEY_HELP.find((entry) => entry.command === command)!.shown;
      const expected = [...new Set(keys.map((key) => KEYCAP[key] ?? (key.length === 1 ? key.toUpperCase() : key)))];
      expect(shown, command).toEqual(expected);
    }
  });
});
