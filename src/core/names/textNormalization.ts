import * as OpenCC from 'opencc-js';

/** Longest text we normalize: keys stay bounded whatever a user pastes (10,000-character names included). */
export const MAX_NAME_LENGTH = 200;

const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });

// Every bracket shape a company name is written with, folded to ASCII parentheses after NFKC.
const OPENING_BRACKETS = /[[{【〔〖《〈「『<]/g;
const CLOSING_BRACKETS = /[\]}】〕〗》〉」』>]/g;
// Letters and digits survive; everything else (punctuation, symbols, spaces, emoji, controls) separates.
const SEPARATOR = /[^\p{L}\p{N}]+/gu;
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;
// Full-width letters and digits (Ａ-Ｚ, ａ-ｚ, ０-９): the width trick proper, as opposed to full-width punctuation.
const FULL_WIDTH_ALPHANUMERIC = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/;

/** The stages a name passes through, kept apart so a match can say which trick two names differ by. */
export interface NormalizedText {
  /** NFKC (full-width → half-width), traditional → simplified, lower case, brackets as ( ), no controls. */
  readable: string;
  /** `readable` with every separator removed: what keys are made from. */
  compact: string;
  /** Which tricks this spelling used (relative to its compact form). */
  usedFullWidth: boolean;
  usedTraditional: boolean;
  usedSeparators: boolean;
  usedUpperCase: boolean;
}

export function removeSeparators(text: string): string {
  return text.replace(SEPARATOR, '');
}

/**
 * Traditional → simplified on the text without its separators, then the separators put back: OpenCC converts by
 * phrase (乾坤 stays, a lone 乾 becomes 干), so 乾.坤 must be converted as 乾坤 or the key would change.
 */
function simplifyIgnoringSeparators(text: string): string {
  // Most names are simplified already: no character that converts on its own, nothing to convert by phrase.
  if (!anyConvertsAlone(text)) return text;
  const characters = [...text];
  const kept = characters.filter((c) => !isSeparator(c));
  const converted = [...toSimplified(kept.join(''))];
  // Phrase conversion may change a length (rare); then per-character conversion keeps the key separator-proof.
  const aligned = converted.length === kept.length ? converted : kept.map((c) => toSimplified(c));
  let next = 0;
  return characters.map((c) => (isSeparator(c) ? c : aligned[next++])).join('');
}

// Whether a character converts on its own (乾 → 干, 國 → 国), learnt once per character: for the BMP in a table
// (0 not learnt, 1 stays, 2 converts), read per code unit on every name; astral characters in a map.
const convertsInBmp = new Uint8Array(0x10000);
const convertsAstral = new Map<string, boolean>();

function convertsAlone(character: string): boolean {
  if (character.length === 1) return bmpConvertsAlone(character.charCodeAt(0));
  let converts = convertsAstral.get(character);
  if (converts === undefined) {
    converts = toSimplified(character) !== character;
    convertsAstral.set(character, converts);
  }
  return converts;
}

function bmpConvertsAlone(code: number): boolean {
  let learnt = convertsInBmp[code];
  if (learnt === 0) convertsInBmp[code] = learnt = toSimplified(String.fromCharCode(code)) !== String.fromCharCode(code) ? 2 : 1;
  return learnt === 2;
}

/** Walks code units, so a name of plain characters allocates nothing; a surrogate pair is read as one character. */
function anyConvertsAlone(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      if (convertsAlone(text.slice(i, i + 2))) return true;
      i++;
    } else if (bmpConvertsAlone(code)) return true;
  }
  return false;
}

function isSeparator(character: string): boolean {
  return !/[\p{L}\p{N}]/u.test(character);
}

// CJK unified ideographs only: NFKC, case, brackets and separators leave such a name as it is.
const PLAIN_IDEOGRAPHS = /^[\u4e00-\u9fff]*$/;

export function normalizeText(raw: unknown): NormalizedText {
  const input = (typeof raw === 'string' ? raw : raw == null ? '' : String(raw)).slice(0, MAX_NAME_LENGTH * 2);
  // Most names are plain ideographs: only traditional → simplified applies, so skip the other passes.
  if (PLAIN_IDEOGRAPHS.test(input)) {
    const simplified = simplifyIgnoringSeparators(input);
    const readable = simplified.slice(0, MAX_NAME_LENGTH);
    return {
      readable, compact: readable, usedFullWidth: false, usedTraditional: simplified !== input,
      usedSeparators: false, usedUpperCase: false,
    };
  }
  const visible = input.replace(INVISIBLE, ' ');
  const halfWidth = visible.normalize('NFKC');
  const simplified = simplifyIgnoringSeparators(halfWidth);
  const lower = simplified.toLowerCase();
  const readable = lower
    .replace(OPENING_BRACKETS, '(')
    .replace(CLOSING_BRACKETS, ')')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_NAME_LENGTH);
  return {
    readable,
    compact: removeSeparators(readable),
    usedFullWidth: FULL_WIDTH_ALPHANUMERIC.test(visible),
    usedTraditional: simplified !== halfWidth,
    usedSeparators: /[^\p{L}\p{N}()]/u.test(readable),
    usedUpperCase: lower !== simplified,
  };
}
