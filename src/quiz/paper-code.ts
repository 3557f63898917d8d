/**
 * A self-assessment paper's code: the seed that draws it, written so that a trainer can put it on
 * a board and a class can type it (`/self-assessment/#paper=<code>`). Seven digits of Crockford's
 * base 32 (no I, L, O or U, which read like other digits) hold any 32-bit seed; an eighth is a
 * Luhn mod 32 check digit, which catches every mistyped digit and most swapped neighbours, so a
 * tampered or mistyped code is refused instead of opening some other paper. Pure.
 */
const DIGITS = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 7;

/** Luhn mod 32 over digit values: from the right, every other value doubled (its two base-32 digits added). */
function checkDigit(values: readonly number[]): number {
  let sum = 0;
  values.forEach((value, index) => {
    const weighted = value * (((values.length - index) % 2) + 1);
    sum += (weighted >> 5) + (weighted & 31);
  });
  return (32 - (sum % 32)) % 32;
}

/** The code of the paper `seed` draws, as `XXXX-XXXX`. */
export function paperCode(seed: number): string {
  const values = Array.from({ length: LENGTH }, (_, index) => Math.floor((seed >>> 0) / 32 ** (LENGTH - 1 - index)) % 32);
  return [...values, checkDigit(values)].map((value) => DIGITS[value]).join('').replace(/^..../, '$&-');
}

/** The seed a code names (any case, with or without its hyphen or spaces), or null when it is not a paper's code. */
export function readPaperCode(code: string): number | null {
  const values = [...code.toUpperCase().replace(/[-\s]/g, '')].map((digit) => DIGITS.indexOf(digit));
  if (values.length !== LENGTH + 1 || values.includes(-1) || checkDigit(values.slice(0, LENGTH)) !== values[LENGTH]) return null;
  const seed = values.slice(0, LENGTH).reduce((sum, value) => sum * 32 + value, 0);
  return seed <= 0xffffffff ? seed : null;
}
