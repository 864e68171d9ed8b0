import { message, type Message } from '../../i18n/message';
import { LATIN_BRAND_ALIASES } from './brandAliases';
import type { ParsedName } from './parseCompanyName';
import { placesOverlap } from './placeNames';
import { fuzzyPinyin } from './fuzzyPinyin';

export type Verdict = 'duplicate' | 'possible-duplicate' | 'branch';

export interface PairVerdict {
  verdict: Verdict;
  /** 0–1: how sure; orders matches of one verdict. */
  score: number;
  /** One or more one-line reasons, the most telling first. */
  reasons: Message[];
}

/** Short brands (美的, 格林) are too easily one keystroke from another company: fuzzy rules need 3+ characters. */
const MIN_FUZZY_BRAND = 3;
const MIN_LATIN_BRAND = 4;

/**
 * Decides what two names are to each other. Precision first for 同一客户, which blocks a claim: only names whose
 * core (字号 + 行业) is equal after normalization get it; every fuzzy likeness is at most 疑似重复.
 */
export function classifyPair(a: ParsedName, b: ParsedName): PairVerdict | null {
  if (!a.core || !b.core) return null;
  if (a.core === b.core) return sameCore(a, b);
  if (a.generic || b.generic) return null;
  return sameBrand(a, b) ?? homophone(a, b) ?? oneCharApart(a, b) ?? acrossScripts(a, b);
}

function sameCore(a: ParsedName, b: ParsedName): PairVerdict {
  const branchA = a.branch ? a.branch.place + a.branch.tail : '';
  const branchB = b.branch ? b.branch.place + b.branch.tail : '';
  if (branchA !== branchB) {
    const tail = (branchA ? a.branch : b.branch)!;
    return { verdict: 'branch', score: 0.85, reasons: [message('names.reason.branch', { tail: tail.place + tail.tail })] };
  }
  const placeA = a.places.join('');
  const placeB = b.places.join('');
  if (placeA && placeB && !a.places.some((p) => b.places.some((q) => placesOverlap(p, q)))) {
    return { verdict: 'branch', score: 0.8, reasons: [message('names.reason.otherCity', { a: placeA, b: placeB })] };
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

/** 雅玛西电子 vs 雅玛西电器, 美的 vs 美的电器: one brand, the industry words differ or are missing. */
function sameBrand(a: ParsedName, b: ParsedName): PairVerdict | null {
  if (a.brand !== b.brand) return null;
  const industryA = a.industry.join('');
  const industryB = b.industry.join('');
  if (!industryA || !industryB) {
    return { verdict: 'possible-duplicate', score: 0.75, reasons: [message('names.reason.industryMissing')] };
  }
  const [shorter, longer] = industryA.length <= industryB.length ? [industryA, industryB] : [industryB, industryA];
  if (longer.includes(shorter)) {
    const words = longer.replace(shorter, '');
    return { verdict: 'possible-duplicate', score: 0.75, reasons: [message('names.reason.industryAdded', { words })] };
  }
  // 长城汽车 and 长城电脑 are different companies: a different industry only counts for a distinctive brand.
  if (a.brand.length < MIN_FUZZY_BRAND) return null;
  return {
    verdict: 'possible-duplicate', score: 0.65,
    reasons: [message('names.reason.industryDiffers', { a: industryA, b: industryB })],
  };
}

/** 格林电子 vs 格琳电子 (同音字), 华星光电 vs 华兴光电; z/zh, n/l, an/ang … count as near-homophones. */
function homophone(a: ParsedName, b: ParsedName): PairVerdict | null {
  if (a.latin || b.latin || a.brand.length !== b.brand.length) return null;
  if (a.industry.join('') !== b.industry.join('')) return null;
  if (a.brand.length < MIN_FUZZY_BRAND && a.industry.length === 0) return null;
  const exact = a.brandPinyin.join(' ') === b.brandPinyin.join(' ');
  if (!exact && fuzzyPinyin(a.brandPinyin) !== fuzzyPinyin(b.brandPinyin)) return null;
  const params = { a: a.brand, b: b.brand };
  return exact
    ? { verdict: 'possible-duplicate', score: 0.8, reasons: [message('names.reason.homophone', params)] }
    : { verdict: 'possible-duplicate', score: 0.72, reasons: [message('names.reason.nearHomophone', params)] };
}

/** 博蓝科技 vs 博兰科技 is caught as a homophone; 雅玛西 vs 雅玛四 is a typo: one edit apart. */
function oneCharApart(a: ParsedName, b: ParsedName): PairVerdict | null {
  if (Math.min(a.brand.length, b.brand.length) < MIN_FUZZY_BRAND) return null;
  if (!withinOneEdit(a.core, b.core)) return null;
  return { verdict: 'possible-duplicate', score: 0.7, reasons: [message('names.reason.oneCharDiff', { a: a.core, b: b.core })] };
}

/** Gelin Electronics vs 格林电子; Midea vs 美的 (known English names). */
function acrossScripts(a: ParsedName, b: ParsedName): PairVerdict | null {
  if (a.latin === b.latin) return null;
  const [latin, chinese] = a.latin ? [a, b] : [b, a];
  if (LATIN_BRAND_ALIASES[latin.brand] === chinese.brand) {
    return {
      verdict: 'possible-duplicate', score: 0.75,
      reasons: [message('names.reason.latinAlias', { latin: latin.brand, brand: chinese.brand })],
    };
  }
  if (latin.brand.length >= MIN_LATIN_BRAND && latin.brand === chinese.brandPinyin.join('')) {
    return {
      verdict: 'possible-duplicate', score: 0.65,
      reasons: [message('names.reason.latinPinyin', { a: latin.brand, b: chinese.brand })],
    };
  }
  return null;
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
