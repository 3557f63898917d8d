import { describe, expect, test } from 'vitest';
import { paperCode, readPaperCode } from './paper-code';

const SEEDS = [0, 1, 31, 32, 1234567, 0x7fffffff, 0xfffffffe, 0xffffffff];
const DIGITS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

describe('paperCode', () => {
  test('writes eight digits of base 32 as XXXX-XXXX', () => {
    expect(paperCode(0)).toBe('0000-0000');
    for (const seed of SEEDS) expect(paperCode(seed)).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
  });

  test('gives different seeds different codes', () => {
    expect(new Set(SEEDS.map(paperCode)).size).toBe(SEEDS.length);
  });
});

describe('readPaperCode', () => {
  test('reads back the seed of every code, in any case, with or without the hyphen', () => {
    for (const seed of SEEDS) {
      const code = paperCode(seed);
      expect(readPaperCode(code)).toBe(seed);
      expect(readPaperCode(code.toLowerCase())).toBe(seed);
      expect(readPaperCode(code.replace('-', ''))).toBe(seed);
    }
  });

  test('refuses every code with one digit changed', () => {
    for (const seed of [1234567, 0xfffffffe, 987654321]) {
      const code = paperCode(seed).replace('-', '');
      for (let index = 0; index < code.length; index++) {
        for (const digit of DIGITS) {
          if (digit === code[index]) continue;
          const changed = code.slice(0, index) + digit + code.slice(index + 1);
          expect(readPaperCode(changed), changed).toBeNull();
        }
      }
    }
  });

  test('refuses codes of the wrong length, with letters outside the alphabet, or beyond a 32-bit seed', () => {
    const code = paperCode(1234567).replace('-', '');
    for (const bad of ['', code.slice(0, 7), `${code}0`, code.replace(/.$/, 'U'), 'ILOU-ILOU', 'ZZZZ-ZZZZ']) expect(readPaperCode(bad), bad).toBeNull();
  });
});
