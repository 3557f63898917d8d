import { describe, expect, test } from 'vitest';
import { paperCode, readPaperCode } from './paper-code';

const SEEDS = [0, 1, 31, 32, 1234567, 0x7fffffff, 0xfffffffe, 0xffffffff];
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUV';

describe('paperCode', () => {
  test('writes eight base-32 digits in capitals', () => {
    expect(paperCode(0)).toBe('00000000');
    for (const seed of SEEDS) expect(paperCode(seed)).toMatch(/^[0-9A-V]{8}$/);
  });

  test('gives different seeds different codes', () => {
    expect(new Set(SEEDS.map(paperCode)).size).toBe(SEEDS.length);
  });
});

describe('readPaperCode', () => {
  test('reads back the seed of every code, in any case', () => {
    for (const seed of SEEDS) {
      expect(readPaperCode(paperCode(seed))).toBe(seed);
      expect(readPaperCode(paperCode(seed).toLowerCase())).toBe(seed);
    }
  });

  test('refuses every code with one digit changed', () => {
    for (const seed of [1234567, 0xfffffffe, 987654321]) {
      const code = paperCode(seed);
      for (let index = 0; index < code.length; index++) {
        for (const digit of DIGITS) {
          if (digit === code[index]) continue;
          const changed = code.slice(0, index) + digit + code.slice(index + 1);
          expect(readPaperCode(changed), changed).toBeNull();
        }
      }
    }
  });

  test('refuses codes of the wrong length, with other characters, or beyond a 32-bit seed', () => {
    const code = paperCode(1234567);
    for (const bad of [
      '',
      code.slice(0, 7),
      `${code}0`,
      code.replace(/^./, 'W'),
      `${code.slice(0, 4)}-${code.slice(4)}`,
    ])
      expect(readPaperCode(bad), bad).toBeNull();
    // Whatever check digit follows a seed beyond 32 bits, the code is refused.
    const beyond = (2 ** 33 + 5).toString(32);
    for (const digit of DIGITS) expect(readPaperCode(`${beyond}${digit}`)).toBeNull();
  });
});
