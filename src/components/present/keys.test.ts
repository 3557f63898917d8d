import { describe, expect, it } from 'vitest';
import { PRESENTER_KEYS, commandForKey, keyTargetOf } from './keys';

const body = { tagName: 'BODY' };

describe('commandForKey', () => {
  it('gives every listed key its command on the page itself', () => {
    for (const entry of PRESENTER_KEYS) {
      for (const key of entry.keys) expect(commandForKey({ key }, body)).toBe(entry.command);
    }
  });

  it('no key is listed under two commands', () => {
    const keys = PRESENTER_KEYS.flatMap((entry) => entry.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('leaves browser shortcuts and unknown keys alone', () => {
    expect(commandForKey({ key: 'ArrowRight', altKey: true }, body)).toBeNull();
    expect(commandForKey({ key: 'f', ctrlKey: true }, body)).toBeNull();
    expect(commandForKey({ key: 'n', metaKey: true }, body)).toBeNull();
    expect(commandForKey({ key: 'x' }, body)).toBeNull();
  });

  it('leaves typing in a text field to the field, except Escape', () => {
    const field = { tagName: 'INPUT', type: 'text' };
    for (const key of ['b', 'n', '?', ' ', 'ArrowLeft', 'Home']) expect(commandForKey({ key }, field)).toBeNull();
    expect(commandForKey({ key: 'Escape' }, field)).toBe('escape');
    expect(commandForKey({ key: 'b' }, { tagName: 'SELECT' })).toBeNull();
  });

  it("leaves arrows to a simulator's radios, and Space to its buttons, but letters still work there", () => {
    const radio = { tagName: 'INPUT', type: 'radio' };
    expect(commandForKey({ key: 'ArrowRight' }, radio)).toBeNull();
    expect(commandForKey({ key: 'Home' }, radio)).toBeNull();
    expect(commandForKey({ key: ' ' }, radio)).toBeNull();
    expect(commandForKey({ key: 'b' }, radio)).toBe('blackout');
    const button = { tagName: 'BUTTON' };
    expect(commandForKey({ key: ' ' }, button)).toBeNull();
    expect(commandForKey({ key: 'ArrowRight' }, button)).toBe('next');
    expect(commandForKey({ key: 'ArrowLeft' }, { tagName: 'DIV', role: 'region' })).toBeNull();
  });

  it('a clicker steps from anywhere outside a text field', () => {
    for (const target of [
      { tagName: 'INPUT', type: 'radio' },
      { tagName: 'BUTTON' },
      { tagName: 'DIV', role: 'region' },
    ]) {
      expect(commandForKey({ key: 'PageDown' }, target)).toBe('next');
      expect(commandForKey({ key: 'PageUp' }, target)).toBe('previous');
    }
  });
});

describe('keyTargetOf', () => {
  const element = (tagName: string, extra: Record<string, unknown> = {}, role: string | null = null) => ({
    tagName,
    getAttribute: () => role,
    ...extra,
  });

  it('treats the page itself, or no element, as no target', () => {
    expect(keyTargetOf(null)).toBeNull();
    expect(keyTargetOf(element('BODY'))).toBeNull();
    expect(keyTargetOf({})).toBeNull();
  });

  it('reads what the handler needs from an element, so a radio keeps its arrows', () => {
    const radio = keyTargetOf(element('INPUT', { type: 'radio', isContentEditable: false }));
    expect(radio).toEqual({ tagName: 'INPUT', type: 'radio', role: null, isContentEditable: false });
    expect(commandForKey({ key: 'ArrowRight' }, radio)).toBeNull();
    expect(keyTargetOf(element('DIV', { isContentEditable: false }, 'region'))?.role).toBe('region');
  });
});
