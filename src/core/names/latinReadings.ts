import { pinyin } from 'pinyin-pro';
import type { ParsedName } from './parseCompanyName';

// Industry words are few: read each combination once.
const industryPinyin = new Map<string, string>();

/** 格林电子 → gelindianzi: what a rep types who writes the Chinese name in pinyin (Gelin Dianzi). */
export function corePinyin(p: ParsedName): string {
  const industry = p.industry.join('');
  let read = industryPinyin.get(industry);
  if (read === undefined) {
    read = pinyin(industry, { toneType: 'none', separator: '', v: true });
    industryPinyin.set(industry, read);
  }
  return p.brandPinyin.join('') + read;
}
