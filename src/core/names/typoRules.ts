/**
 * One slip of the finger between two brands (字号), as a Chinese IME makes them: two adjacent characters swapped,
 * a character typed twice, one left out, or a character picked whose pinyin is one keystroke off.
 */
export type BrandTypo = 'swapped' | 'doubled' | 'dropped' | 'keystroke';

/** Below this a one-character difference is another company (格林 vs 格琳 is left to the homophone rule). */
export const MIN_TYPO_BRAND = 3;

/** How brand `b` differs from brand `a` by one typo; null when it does not (or the brands are too short). */
export function brandTypo(a: readonly string[], b: readonly string[], pinyinA: readonly string[], pinyinB: readonly string[]): BrandTypo | null {
  if (a.length === b.length) return sameLengthTypo(a, b, pinyinA, pinyinB);
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  if (long.length - short.length !== 1) return null;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  for (let j = i; j < short.length; j++) if (short[j] !== long[j + 1]) return null;
  // long[i] is the extra character: a doubled one sits beside its twin (格林林 / 格林).
  if ((i > 0 && long[i - 1] === long[i]) || long[i + 1] === long[i]) return short.length >= 2 ? 'doubled' : null;
  return short.length >= MIN_TYPO_BRAND ? 'dropped' : null;
}

function sameLengthTypo(a: readonly string[], b: readonly string[], pinyinA: readonly string[], pinyinB: readonly string[]): BrandTypo | null {
  if (a.length < MIN_TYPO_BRAND) return null;
  const differ: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) differ.push(i);
  if (differ.length === 1) {
    // Any other character is another brand (蓝天翼 / 蓝天宇 are two companies); a slip of the finger picks the
    // character the IME offers for a pinyin one neighbouring key off (xi → si).
    const at = differ[0];
    const typed = pinyinA.length === a.length && pinyinB.length === b.length;
    return typed && oneKeyOff(pinyinA[at], pinyinB[at]) ? 'keystroke' : null;
  }
  if (differ.length === 2 && differ[1] === differ[0] + 1 && a[differ[0]] === b[differ[1]] && a[differ[1]] === b[differ[0]]) {
    return 'swapped';
  }
  return null;
}

const KEYBOARD_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Keys that touch on a QWERTY keyboard, the row above and below included (x touches s, d, z, c). */
function keysTouch(x: string, y: string): boolean {
  const at = (c: string) => {
    const row = KEYBOARD_ROWS.findIndex((r) => r.includes(c));
    return { row, col: row < 0 ? -9 : KEYBOARD_ROWS[row].indexOf(c) + row * 0.5 };
  };
  const p = at(x);
  const q = at(y);
  return p.row >= 0 && q.row >= 0 && Math.abs(p.row - q.row) <= 1 && Math.abs(p.col - q.col) <= 1 && x !== y;
}

/** Two syllables of one length that differ in one letter, typed with a neighbouring key. */
export function oneKeyOff(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  let differ = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (differ >= 0) return false;
    differ = i;
  }
  return keysTouch(a[differ], b[differ]);
}

/** Levenshtein distance ≤ 1, in linear time. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  const tailShort = short.length === long.length ? short.slice(i + 1) : short.slice(i);
  return tailShort === long.slice(i + 1);
}
