/**
 * A self-assessment paper's code: the seed that draws it, written so that a trainer can put it on
 * a board and a class can type it (`/self-assessment/#paper=<code>`). Seven base-32 digits hold
 * any 32-bit seed; an eighth is a Luhn mod 32 check digit, which catches every mistyped digit and
 * most swapped neighbours, so a tampered or mistyped code is refused instead of opening some other
 * paper. Pure.
 */

/** Luhn mod 32 over base-32 digits: from the right, every other digit doubled (its two digits added). */
function checkDigit(digits: string): string {
  let sum = 0;
  [...digits].reverse().forEach((digit, index) => {
    const weighted = parseInt(digit, 32) << (1 - (index & 1));
    sum += (weighted >> 5) + (weighted & 31);
  });
  return (-sum & 31).toString(32);
}

/** The code of the paper `seed` draws: eight base-32 digits in capitals. */
export function paperCode(seed: number): string {
  const digits = (seed >>> 0).toString(32).padStart(7, '0');
  return (digits + checkDigit(digits)).toUpperCase();
}

/** The seed a code names (in any case), or null when it is not a paper's code. */
export function readPaperCode(code: string): number | null {
  const seed = parseInt(code.slice(0, 7), 32);
  return /^[\da-v]{8}$/i.test(code) && paperCode(seed) === code.toUpperCase() ? seed : null;
}
