import { pinyin } from 'pinyin-pro';
import type { ParsedName } from './parseCompanyName';

// Industry words are few: read each combination once.
const industryReadings = new Map<string, string>();

/** 格林电子 → gelindianzi: what a rep types who writes the Chinese name in pinyin (Gelin Dianzi). */
export function corePinyin(p: ParsedName): string {
  return p.brandPinyin.join('') + industryPinyin(p.industry);
}

/** 电子 → dianzi. */
export function industryPinyin(words: readonly string[]): string {
  const industry = words.length === 1 ? words[0] : words.join('');
  let read = industryReadings.get(industry);
  if (read === undefined) {
    read = pinyin(industry, { toneType: 'none', separator: '', v: true });
    industryReadings.set(industry, read);
  }
  return read;
}
