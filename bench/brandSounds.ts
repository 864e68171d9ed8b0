import { pinyin } from 'pinyin-pro';
import { BRAND_CHARACTERS } from './companyVocabulary';

/** Toneless pinyin of one character (its most common reading). */
export function syllableOf(character: string): string {
  return pinyin(character, { toneType: 'none' });
}

/** Folds the pairs a southern speaker or a pinyin IME blurs: z/zh c/ch s/sh n/l an/ang en/eng in/ing. */
export function fuzzySyllable(syllable: string): string {
  return syllable
    .replace(/^([zcs])h/, '$1')
    .replace(/^n(?=[aeiou])/, 'l')
    .replace(/([aei])ng$/, '$1n');
}

interface SoundGroups {
  exact: Map<string, string[]>;
  fuzzy: Map<string, string[]>;
}

let groups: SoundGroups | undefined;

/** Brand characters grouped by sound, built once on first use (pinyin lookups are not free). */
function soundGroups(): SoundGroups {
  if (groups) return groups;
  const built: SoundGroups = { exact: new Map(), fuzzy: new Map() };
  for (const character of BRAND_CHARACTERS) {
    const syllable = syllableOf(character);
    for (const [map, key] of [[built.exact, syllable], [built.fuzzy, fuzzySyllable(syllable)]] as const) {
      const members = map.get(key) ?? [];
      members.push(character);
      map.set(key, members);
    }
  }
  groups = built;
  return built;
}

/** Other brand characters with exactly the same toneless pinyin (兴 → 星). */
export function homophonesOf(character: string): string[] {
  return (soundGroups().exact.get(syllableOf(character)) ?? []).filter((other) => other !== character);
}

/** Brand characters that sound the same only under fuzzy pinyin (盛 sheng → 森 sen, 兴 xing → 新 xin). */
export function fuzzyHomophonesOf(character: string): string[] {
  const syllable = syllableOf(character);
  return (soundGroups().fuzzy.get(fuzzySyllable(syllable)) ?? []).filter((other) => syllableOf(other) !== syllable);
}

/** True when two characters would pass for each other by ear, fuzzy pairs included. */
export function soundAlike(a: string, b: string): boolean {
  return fuzzySyllable(syllableOf(a)) === fuzzySyllable(syllableOf(b));
}
