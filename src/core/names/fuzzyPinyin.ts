/**
 * Fuzzy pinyin (模糊音) as Chinese input methods apply it: speakers of many dialects do not tell
 * z/zh, c/ch, s/sh, n/l apart, nor an/ang, en/eng, in/ing. Two brands that read alike under these folds are
 * near-homophones.
 */
const FUZZY_INITIALS: [RegExp, string][] = [[/^zh/, 'z'], [/^ch/, 'c'], [/^sh/, 's'], [/^n(?!g)/, 'l']];
const FUZZY_FINALS: [RegExp, string][] = [[/ang$/, 'an'], [/eng$/, 'en'], [/ing$/, 'in']];

// A few hundred syllables exist, and every indexed brand asks for them: fold each once.
const folded = new Map<string, string>();

export function fuzzySyllable(syllable: string): string {
  let s = folded.get(syllable);
  if (s !== undefined) return s;
  s = syllable;
  for (const [from, to] of FUZZY_INITIALS) s = s.replace(from, to);
  for (const [from, to] of FUZZY_FINALS) s = s.replace(from, to);
  folded.set(syllable, s);
  return s;
}

export function fuzzyPinyin(syllables: readonly string[]): string {
  return syllables.map(fuzzySyllable).join(' ');
}
