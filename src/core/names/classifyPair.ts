import { message, type Message } from '../../i18n/message';
import { LATIN_BRAND_ALIASES } from './brandAliases';
import { latinPlaceWord } from './candidateKeys';
import { corePinyin } from './latinReadings';
import type { ParsedName } from './parseCompanyName';
import { placesConflict } from './placeNames';
import { fuzzyPinyin } from './fuzzyPinyin';
import { brandTypo, MIN_TYPO_BRAND, type BrandTypo } from './typoRules';

export type Verdict = 'duplicate' | 'possible-duplicate' | 'branch';

export interface PairVerdict {
  verdict: Verdict;
  /** 0–1: how sure; orders matches of one verdict. */
  score: number;
  /** One or more one-line reasons, the most telling first. */
  reasons: Message[];
}

const MIN_LATIN_BRAND = 4;
const MIN_DISTINCTIVE_BRAND = 4;
const VERDICT_RANK: Record<Verdict, number> = { duplicate: 0, branch: 1, 'possible-duplicate': 2 };

/**
 * Decides what two names are to each other. Precision first for 同一客户, which blocks a claim: only names whose
 * core (字号 + 行业) is equal after normalization get it; every fuzzy likeness is at most 疑似重复. A name with two
 * readings (昆山格林电子: 格林电子 in 昆山, or the brand 昆山格林) is judged by the closer one.
 */
export function classifyPair(a: ParsedName, b: ParsedName): PairVerdict | null {
  const best = classifyReadings(a, b);
  if (best?.verdict === 'duplicate' || (!a.alternate && !b.alternate)) return best;
  // Every candidate pair of a whole register's check comes here: the readings are compared without making lists.
  let closest = best;
  if (a.alternate) closest = closer(closest, classifyReadings(a.alternate, b));
  if (b.alternate) closest = closer(closest, classifyReadings(a, b.alternate));
  if (a.alternate && b.alternate) closest = closer(closest, classifyReadings(a.alternate, b.alternate));
  return closest;
}

function closer(best: PairVerdict | null, verdict: PairVerdict | null): PairVerdict | null {
  if (!verdict || !best) return verdict ?? best;
  const rank = VERDICT_RANK[verdict.verdict] - VERDICT_RANK[best.verdict];
  return rank < 0 || (rank === 0 && verdict.score > best.score) ? verdict : best;
}

function classifyReadings(a: ParsedName, b: ParsedName): PairVerdict | null {
  if (!a.core || !b.core) return null;
  if (a.core === b.core) return sameCore(a, b);
  if (a.generic || b.generic) return null;
  const verdict = sameBrand(a, b) ?? homophone(a, b) ?? typo(a, b) ?? industryTypo(a, b) ?? acrossScripts(a, b);
  // Another explicit city is another legal entity: only an equal core (关联公司 above) relates them. Asked last:
  // most candidate pairs match no rule at all, and the places are the dearer question.
  return verdict && !placesConflict(a.places, b.places) ? verdict : null;
}

function sameCore(a: ParsedName, b: ParsedName): PairVerdict {
  const branchA = a.branch ? a.branch.place + a.branch.tail : '';
  const branchB = b.branch ? b.branch.place + b.branch.tail : '';
  if (branchA !== branchB) {
    const tail = (branchA ? a.branch : b.branch)!;
    return { verdict: 'branch', score: 0.85, reasons: [message('names.reason.branch', { tail: tail.place + tail.tail })] };
  }
  // Another explicit city is another legal entity, whatever province both names also write.
  if (placesConflict(a.places, b.places)) {
    return { verdict: 'branch', score: 0.8, reasons: [message('names.reason.otherCity', { a: a.places.join(''), b: b.places.join('') })] };
  }
  return { verdict: 'duplicate', score: 1, reasons: duplicateReasons(a, b) };
}

/** Says which tricks separate two spellings of one name: 去掉标点后相同, 繁简体不同, 多了地名前缀 … */
function duplicateReasons(a: ParsedName, b: ParsedName): Message[] {
  if (a.raw === b.raw) return [message('names.reason.identical')];
  const reasons: Message[] = [];
  if (a.text.usedSeparators !== b.text.usedSeparators) reasons.push(message('names.reason.separators'));
  if (a.text.usedTraditional !== b.text.usedTraditional) reasons.push(message('names.reason.traditional'));
  if (a.text.usedFullWidth !== b.text.usedFullWidth) reasons.push(message('names.reason.fullWidth'));
  if (a.text.usedUpperCase !== b.text.usedUpperCase) reasons.push(message('names.reason.letterCase'));
  reasons.push(...placeReasons(a, b), ...legalFormReasons(a, b));
  if (reasons.length > 0) return reasons;
  return [message(a.text.compact === b.text.compact ? 'names.reason.separators' : 'names.reason.normalizedEqual')];
}

function placeReasons(a: ParsedName, b: ParsedName): Message[] {
  const [fewer, more] = a.places.length <= b.places.length ? [a, b] : [b, a];
  const extra = more.places.filter((p) => !fewer.places.includes(p));
  if (extra.length > 0) {
    const key = more.placeInBrackets && !fewer.placeInBrackets && fewer.places.length === 0
      ? 'names.reason.placeBracketed' : 'names.reason.placeAdded';
    return [message(key, { place: extra.join('') })];
  }
  if (a.places.length > 0 && a.placeInBrackets !== b.placeInBrackets) {
    return [message('names.reason.placeBracketed', { place: a.places.join('') })];
  }
  return [];
}

function legalFormReasons(a: ParsedName, b: ParsedName): Message[] {
  if (a.legalForm === b.legalForm) return [];
  if (!a.legalForm || !b.legalForm) return [message('names.reason.legalFormDropped', { form: a.legalForm || b.legalForm })];
  return [message('names.reason.legalFormSwapped', { a: a.legalForm, b: b.legalForm })];
}

function possible(score: number, reason: Message): PairVerdict {
  return { verdict: 'possible-duplicate', score, reasons: [reason] };
}

/** 成和电气 vs 成和电器 (同义), 美的 vs 美的电器, 雅玛西电子 vs 雅玛西电器: one brand, the industry words differ. */
function sameBrand(a: ParsedName, b: ParsedName): PairVerdict | null {
  if (a.brand !== b.brand) return null;
  if (a.industry.length === 0 || b.industry.length === 0) return possible(0.75, message('names.reason.industryMissing'));
  if (a.industryKey === b.industryKey) return possible(0.78, message('names.reason.industrySynonym', industriesOf(a, b)));
  const aShorter = a.industryKey.length <= b.industryKey.length;
  const shorter = aShorter ? a.industryKey : b.industryKey;
  const longer = aShorter ? b.industryKey : a.industryKey;
  if (longer.includes(shorter)) {
    return possible(0.75, message('names.reason.industryAdded', { words: longer.replace(shorter, '') }));
  }
  // 长城汽车 and 长城电脑, 华未来照明 and 华未来医药 are different companies: another trade counts only for a
  // brand of four or more characters, too long to be chosen twice by chance.
  if ([...a.brand].length < MIN_DISTINCTIVE_BRAND) return null;
  return possible(0.65, message('names.reason.industryDiffers', industriesOf(a, b)));
}

/** Both names' industry words, for a reason's text only: most same-brand pairs of a register's check get none. */
function industriesOf(a: ParsedName, b: ParsedName): { a: string; b: string } {
  return { a: a.industry.join(''), b: b.industry.join('') };
}

/**
 * 格林达电子 vs 格琳达电子 (同音字), 华星光电 vs 华兴光电 (the industry word counts: 3+ characters); z/zh, n/l, an/ang … count as near-homophones. Only within one
 * trade (synonyms included): 合升食品 and 合胜智能科技 sound alike but are not one company.
 */
function homophone(a: ParsedName, b: ParsedName): PairVerdict | null {
  if (a.latin || b.latin || a.brand.length !== b.brand.length) return null;
  if (a.industryKey !== b.industryKey) return null;
  // Short brands need an exact core match (SPEC §5): 天麟胶粘剂 / 天霖胶粘剂 are two companies. Two-character
  // brands are few (a few thousand plausible pairs of characters), so at 100,000 names same-pinyin pairs in one trade
  // are mostly unrelated customers: warning on them was 2 % of all new names, for a typo a rep rarely makes in a
  // two-character brand. Brands of three or more characters keep the homophone warning.
  if ([...a.brand].length < MIN_TYPO_BRAND) return null;
  // A misheard or mistyped name keeps most of its characters: 义园 / 亿远 (both changed) are two companies.
  if (differingCharacters(a.brand, b.brand) > Math.max(1, Math.floor(a.brand.length / 2))) return null;
  const exact = a.brandPinyin.join(' ') === b.brandPinyin.join(' ');
  if (!exact && fuzzyPinyin(a.brandPinyin) !== fuzzyPinyin(b.brandPinyin)) return null;
  const params = { a: a.brand, b: b.brand };
  return exact ? possible(0.8, message('names.reason.homophone', params)) : possible(0.72, message('names.reason.nearHomophone', params));
}

function differingCharacters(a: string, b: string): number {
  let count = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) count++;
  return count;
}

const TYPO_REASON: Record<BrandTypo, 'names.reason.swappedChars' | 'names.reason.doubledChar' | 'names.reason.droppedChar' | 'names.reason.pinyinKeystroke'> = {
  swapped: 'names.reason.swappedChars',
  doubled: 'names.reason.doubledChar',
  dropped: 'names.reason.droppedChar',
  keystroke: 'names.reason.pinyinKeystroke',
};

/** 雅玛西 vs 雅西玛, 格林林 vs 格林, 雅玛西达 vs 雅玛达, 雅玛西 vs 雅玛四 (xi/si): one slip of the finger, same trade. */
function typo(a: ParsedName, b: ParsedName): PairVerdict | null {
  if (a.industryKey !== b.industryKey || a.latin !== b.latin) return null;
  const brandA = [...a.brand];
  const brandB = [...b.brand];
  if (a.latin && Math.min(brandA.length, brandB.length) < MIN_LATIN_BRAND) return null;
  const kind = brandTypo(brandA, brandB, a.latin ? [] : a.brandPinyin, b.latin ? [] : b.brandPinyin);
  if (!kind) return null;
  return possible(0.7, message(TYPO_REASON[kind], { a: a.core, b: b.core }));
}

/** 格林电子 vs 格林电了: the brand exact, one character of the industry word mistyped (so it no longer parses). */
function industryTypo(a: ParsedName, b: ParsedName): PairVerdict | null {
  return industryTypoOf(a, b) ?? industryTypoOf(b, a);
}

/** `y` writes `x`'s brand and mistypes one character of `x`'s industry word. */
function industryTypoOf(x: ParsedName, y: ParsedName): PairVerdict | null {
  if (x.industry.length === 0 || y.latin || y.brand === x.brand || y.core.length !== x.core.length) return null;
  if (!y.core.startsWith(x.brand)) return null;
  let differ = 0;
  for (let i = x.brand.length; i < x.core.length && differ < 2; i++) if (x.core[i] !== y.core[i]) differ++;
  return differ === 1 ? possible(0.66, message('names.reason.industryTypo', { a: x.core, b: y.core })) : null;
}

/** Gelin Electronics or Gelin Dianzi vs 格林电子; Midea vs 美的 (known English names). */
function acrossScripts(a: ParsedName, b: ParsedName): PairVerdict | null {
  if (a.latin === b.latin) return null;
  const [latin, chinese] = a.latin ? [a, b] : [b, a];
  if (LATIN_BRAND_ALIASES[latin.brand] === chinese.brand) {
    return possible(0.75, message('names.reason.latinAlias', { latin: latin.brand, brand: chinese.brand }));
  }
  if (latin.brand.length < MIN_LATIN_BRAND) return null;
  const written = [latin.brand, latinPlaceWord(latin) + latin.brand];
  if (written.some((w) => w === chinese.brandPinyin.join('') || w === corePinyin(chinese))) {
    return possible(0.65, message('names.reason.latinPinyin', { a: latin.raw.trim(), b: chinese.core }));
  }
  return null;
}
