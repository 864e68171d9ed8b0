import { brandPinyinOf } from './brandPinyin';
import { takeBranchTail, takeEnglishBranch } from './branchParsing';
import { CHINESE_INDUSTRY_WORDS, ENGLISH_INDUSTRY_TAIL, GENERIC_BRAND_WORDS } from './industryWords';
import { canonicalIndustry } from './industrySynonyms';
import { CHINESE_LEGAL_FORMS, ENGLISH_LEGAL_FORM_TAIL } from './legalForms';
import { canonicalPlace, isAnyPlace, isPlace, placeLexicon } from './placeNames';
import { leadingPlaces, MIN_PART, takeTrailingPlace } from './placeParsing';
import { normalizeText, removeSeparators, type NormalizedText } from './textNormalization';

/** A parsed company name: 行政区划 + 字号 + 行业 + 组织形式 (+ 分支机构). */
export interface ParsedName {
  raw: string;
  /** How the name was spelt (the tricks it used) and its compact form; the readable text is not kept. */
  text: Omit<NormalizedText, 'readable'>;
  /** Places in canonical short form (深圳), wherever they stood: prefix, brackets or before the legal form. */
  places: readonly string[];
  placeInBrackets: boolean;
  /** 字号 */
  brand: string;
  /** 行业 words in order (电子, 科技). */
  industry: readonly string[];
  /** The industry words with synonyms folded (技术 → 科技): what rules compare. */
  industryKey: string;
  /** 组织形式, '' when the name has none. */
  legalForm: string;
  /** 分公司/办事处 … and the place (or qualifier) written before it. */
  branch: { place: string; tail: string } | null;
  /** The brand alone says nothing (科技有限公司, 中国石化): such names match only on an equal core. */
  generic: boolean;
  latin: boolean;
  /** Toneless pinyin syllables of the brand (the brand itself for Latin names). */
  brandPinyin: readonly string[];
  /** brand + industry: what two names of one company share. */
  core: string;
  /**
   * The second reading when a leading district short form may be the brand's own start (昆山格林电子 is 格林电子 in
   * 昆山, or the brand 昆山格林): rules try both and keep the closer verdict.
   */
  alternate: ParsedName | null;
}

const LATIN = /^[a-z0-9]+$/;
const HAS_LATIN = /[a-z]/;
const ENGLISH_INDUSTRY_CANONICAL: Record<string, string> = {
  technologies: 'technology', tech: 'technology', electronic: 'electronics', electric: 'electrical',
  industries: 'industry', industrial: 'industry', chemical: 'chemicals', paint: 'paints', coating: 'coatings',
  material: 'materials', network: 'networks', communication: 'communications', enterprise: 'enterprises',
  optoelectronic: 'optoelectronics', semiconductor: 'semiconductors', system: 'systems', solution: 'solutions',
};

export function parseCompanyName(raw: unknown): ParsedName {
  return parseWith(raw, false);
}

function parseWith(raw: unknown, keepBare: boolean): ParsedName {
  const text = normalizeText(raw);
  const parts: PartsSoFar = { places: [], placeInBrackets: false, legalForm: '', industry: [] };

  // Most names have no brackets and no Latin letters: skip those passes (and their regular expressions).
  let readable = text.readable.includes('(') ? takeBracketedParts(text.readable, parts) : text.readable;
  const englishBranch = HAS_LATIN.test(readable) ? takeEnglishBranch(readable) : null;
  if (englishBranch) readable = englishBranch.text;
  if (HAS_LATIN.test(readable)) readable = stripEnglishTails(readable, parts);
  let rest = readable === text.readable ? text.compact : removeSeparators(readable);
  const branch = englishBranch ? null : takeBranchTail(rest);
  if (branch) rest = branch.rest;
  rest = takeLegalForm(rest, parts);
  rest = takeTrailingPlace(rest, parts.places);

  const leading = leadingPlaces(rest, keepBare);
  let kept = leading.length;
  let split = splitAfter(rest, leading, kept);
  // A "place" that leaves no brand was the brand itself (黄山旅游, 深圳市和顺光电): give places back, last first.
  while (kept > 0 && isGenericBrand(split.brand)) split = splitAfter(rest, leading, --kept);
  const placeIsBrand = kept < leading.length;
  const places = joined(parts.places, leading.slice(0, kept).map((p) => canonicalPlace(p.text)));
  const { brand } = split;
  const industry = joined(split.industry, parts.industry);
  const latin = LATIN.test(brand);
  const brandBranch = englishBranch ? { place: englishBranch.place, tail: englishBranch.tail } : branch && { place: branch.place, tail: branch.tail };
  const rawText = typeof raw === 'string' ? raw : raw == null ? '' : String(raw);
  const spelling = {
    // Most names are written compactly already: keep one string, not two equal ones.
    compact: text.compact === rawText ? rawText : text.compact,
    usedFullWidth: text.usedFullWidth,
    usedTraditional: text.usedTraditional,
    usedSeparators: text.usedSeparators,
    usedUpperCase: text.usedUpperCase,
  };
  return {
    raw: rawText,
    text: spelling,
    places,
    placeInBrackets: parts.placeInBrackets,
    brand,
    industry,
    industryKey: canonicalIndustry(industry),
    legalForm: parts.legalForm,
    branch: brandBranch,
    generic: brand.length > 0 && (placeIsBrand ? isGenericWord(brand) : isGenericBrand(brand)),
    latin,
    brandPinyin: latin ? [brand] : brandPinyinOf(brand),
    core: brand + industry.join(''),
    alternate: !keepBare && leading.slice(0, kept).some((p) => p.bare) ? parseWith(raw, true) : null,
  };
}

/**
 * A parsed name lives as long as the register (100,000 of them in an index), and its lists of places and of
 * industry words recur ([深圳], [电子]): one frozen list is shared by every name that has it.
 */
const NOTHING: readonly string[] = Object.freeze([]);
const sharedLists = new Map<string, readonly string[]>();
const MAX_SHARED_LISTS = 10_000;

function joined(a: readonly string[], b: readonly string[]): readonly string[] {
  const length = a.length + b.length;
  if (length === 0) return NOTHING;
  const id = length === 1 ? (a.length === 1 ? a[0] : b[0]) : a.concat(b).join('|');
  let shared = sharedLists.get(id);
  if (!shared) {
    if (sharedLists.size >= MAX_SHARED_LISTS) sharedLists.clear();
    sharedLists.set(id, (shared = Object.freeze(a.concat(b))));
  }
  return shared;
}

function splitAfter(rest: string, leading: readonly { text: string }[], kept: number) {
  let consumed = 0;
  for (let i = 0; i < kept; i++) consumed += leading[i].text.length;
  return splitIndustry(rest.slice(consumed));
}

interface PartsSoFar {
  places: string[];
  placeInBrackets: boolean;
  legalForm: string;
  industry: string[];
}

/** "Shenzhen Gelin Electronics Co., Ltd." → "gelin", with industry and legal form noted. */
function stripEnglishTails(readable: string, parts: PartsSoFar): string {
  let text = readable;
  for (let m = ENGLISH_LEGAL_FORM_TAIL.exec(text); m && m.index > 0; m = ENGLISH_LEGAL_FORM_TAIL.exec(text)) {
    parts.legalForm = m[0].trim() + parts.legalForm;
    text = text.slice(0, m.index);
  }
  for (let m = ENGLISH_INDUSTRY_TAIL.exec(text); m && removeSeparators(text.slice(0, m.index)).length >= MIN_PART;
    m = ENGLISH_INDUSTRY_TAIL.exec(text)) {
    parts.industry.unshift(ENGLISH_INDUSTRY_CANONICAL[m[1]] ?? m[1]);
    text = text.slice(0, m.index);
  }
  const words = text.split(/[\s,.]+/).filter(Boolean);
  if (words.length > 1 && placeLexicon().latin.has(words[0]) && /^[a-z]/.test(words[1])) {
    parts.places.push(words[0]);
    text = words.slice(1).join(' ');
  }
  return text;
}

/** （深圳）and （晋江） are places, （集团） a legal form; anything else in brackets is part of the name. */
function takeBracketedParts(readable: string, parts: PartsSoFar): string {
  return readable.replace(/\(([^()]*)\)/g, (_whole, inner: string) => {
    const content = removeSeparators(inner);
    if (isAnyPlace(content) || placeLexicon().latin.has(content)) {
      parts.places.push(canonicalPlace(content));
      parts.placeInBrackets = true;
      return ' ';
    }
    if (CHINESE_LEGAL_FORMS.has(content)) {
      parts.legalForm += content;
      return ' ';
    }
    return ` ${inner} `;
  });
}

function takeLegalForm(compact: string, parts: PartsSoFar): string {
  let rest = compact;
  for (;;) {
    const form = CHINESE_LEGAL_FORMS.longestSuffixOf(rest, MIN_PART);
    if (!form) return rest;
    parts.legalForm = form + parts.legalForm;
    rest = rest.slice(0, -form.length);
  }
}

function splitIndustry(compact: string): { brand: string; industry: string[] } {
  let brand = compact;
  const industry: string[] = [];
  for (;;) {
    const word = CHINESE_INDUSTRY_WORDS.longestSuffixOf(brand, MIN_PART);
    if (!word) return { brand, industry };
    industry.unshift(word);
    brand = brand.slice(0, -word.length);
  }
}

function isGenericWord(brand: string): boolean {
  return GENERIC_BRAND_WORDS.has(brand) || CHINESE_INDUSTRY_WORDS.has(brand);
}

function isGenericBrand(brand: string): boolean {
  return isGenericWord(brand) || isPlace(brand);
}
