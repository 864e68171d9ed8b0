import { pinyin } from 'pinyin-pro';
import { BRANCH_ORDINAL, BRANCH_STATIONED, BRANCH_TAILS } from './branchTails';
import { CHINESE_INDUSTRY_WORDS, ENGLISH_INDUSTRY_TAIL, GENERIC_BRAND_WORDS } from './industryWords';
import { CHINESE_LEGAL_FORMS, ENGLISH_LEGAL_FORM_TAIL } from './legalForms';
import { canonicalPlace, isPlace, placeLexicon } from './placeNames';
import { normalizeText, removeSeparators, type NormalizedText } from './textNormalization';

/** A parsed company name: 行政区划 + 字号 + 行业 + 组织形式 (+ 分支机构). */
export interface ParsedName {
  raw: string;
  text: NormalizedText;
  /** Places in canonical short form (深圳), wherever they stood: prefix, brackets or before the legal form. */
  places: string[];
  placeInBrackets: boolean;
  /** 字号 */
  brand: string;
  /** 行业 words in order (电子, 科技). */
  industry: string[];
  /** 组织形式, '' when the name has none. */
  legalForm: string;
  /** 分公司/办事处 … and the place written before it. */
  branch: { place: string; tail: string } | null;
  /** The brand alone says nothing (科技有限公司, 中国石化): such names match only on an equal core. */
  generic: boolean;
  latin: boolean;
  /** Toneless pinyin syllables of the brand (the brand itself for Latin names). */
  brandPinyin: string[];
  /** brand + industry: what two names of one company share. */
  core: string;
}

const MIN_PART = 2;
const LATIN = /^[a-z0-9]+$/;
const ENGLISH_INDUSTRY_CANONICAL: Record<string, string> = {
  technologies: 'technology', tech: 'technology', electronic: 'electronics', electric: 'electrical',
  industries: 'industry', industrial: 'industry', chemical: 'chemicals', paint: 'paints', coating: 'coatings',
  material: 'materials', network: 'networks', communication: 'communications', enterprise: 'enterprises',
  optoelectronic: 'optoelectronics', semiconductor: 'semiconductors', system: 'systems', solution: 'solutions',
};

export function parseCompanyName(raw: unknown): ParsedName {
  const text = normalizeText(raw);
  const parts = { places: [] as string[], placeInBrackets: false, legalForm: '', industry: [] as string[] };

  let readable = takeBracketedParts(text.readable, parts);
  readable = stripEnglishTails(readable, parts);
  let rest = removeSeparators(readable);
  const branch = takeBranchTail(rest);
  if (branch) rest = branch.rest;
  rest = takeLegalForm(rest, parts);
  rest = takeTrailingPlace(rest, parts.places);

  const beforeLeadingPlaces = rest;
  const placesBefore = parts.places.length;
  rest = takeLeadingPlaces(rest, parts.places);
  let { brand, industry } = splitIndustry(rest);
  let placeIsBrand = false;
  if (isGenericBrand(brand) && parts.places.length > placesBefore) {
    // The "place" was the brand itself (黄山旅游, 中山精密): keep it as the brand.
    parts.places.length = placesBefore;
    ({ brand, industry } = splitIndustry(beforeLeadingPlaces));
    placeIsBrand = true;
  }
  industry = [...industry, ...parts.industry];
  const latin = LATIN.test(brand);
  return {
    raw: typeof raw === 'string' ? raw : raw == null ? '' : String(raw),
    text,
    places: parts.places,
    placeInBrackets: parts.placeInBrackets,
    brand,
    industry,
    legalForm: parts.legalForm,
    branch: branch && { place: branch.place, tail: branch.tail },
    generic: brand.length > 0 && (placeIsBrand ? isGenericWord(brand) : isGenericBrand(brand)),
    latin,
    brandPinyin: latin ? [brand] : pinyin(brand, { toneType: 'none', type: 'array', v: true }),
    core: brand + industry.join(''),
  };
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

/** （深圳） is a place, （集团） a legal form; anything else in brackets is part of the name. */
function takeBracketedParts(readable: string, parts: PartsSoFar): string {
  return readable.replace(/\(([^()]*)\)/g, (_whole, inner: string) => {
    const content = removeSeparators(inner);
    if (isPlace(content) || placeLexicon().latin.has(content)) {
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

function takeBranchTail(compact: string): { rest: string; place: string; tail: string } | null {
  const tail = BRANCH_TAILS.longestSuffixOf(compact, MIN_PART);
  if (!tail) return null;
  let rest = compact.slice(0, -tail.length);
  const ordinal = BRANCH_ORDINAL.exec(rest);
  let fullTail = tail;
  if (ordinal && rest.length - ordinal[1].length >= MIN_PART) {
    fullTail = ordinal[1] + tail;
    rest = rest.slice(0, -ordinal[1].length);
  }
  const place = longestPlaceSuffix(rest, (p) => isPlace(p));
  if (place) rest = rest.slice(0, -place.length);
  if (rest.endsWith(BRANCH_STATIONED) && rest.length > MIN_PART) rest = rest.slice(0, -BRANCH_STATIONED.length);
  return { rest, place: place ? canonicalPlace(place) : '', tail: fullTail };
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

/** 格林电子(深圳)有限公司 lost its brackets above; 格林电子深圳有限公司 writes the city before the legal form. */
function takeTrailingPlace(compact: string, places: string[]): string {
  const place = longestPlaceSuffix(compact, (p) => placeLexicon().major.has(p));
  if (!place) return compact;
  places.push(canonicalPlace(place));
  return compact.slice(0, -place.length);
}

function longestPlaceSuffix(compact: string, accepts: (p: string) => boolean): string | null {
  const max = Math.min(placeLexicon().longest, compact.length - MIN_PART);
  for (let len = max; len >= MIN_PART; len--) {
    const candidate = compact.slice(-len);
    if (accepts(candidate)) return candidate;
  }
  return null;
}

/** 广东省深圳市宝安区… → 广东, 深圳, 宝安; a district's short form only after a province or city. */
function takeLeadingPlaces(compact: string, places: string[]): string {
  const { major, district, districtShort, longest } = placeLexicon();
  let rest = compact;
  let afterMajor = false;
  for (;;) {
    let found: string | null = null;
    for (let len = Math.min(longest, rest.length - MIN_PART); len >= MIN_PART && !found; len--) {
      const candidate = rest.slice(0, len);
      if (major.has(candidate) || district.has(candidate) || (afterMajor && districtShort.has(candidate))) {
        found = candidate;
      }
    }
    if (!found) return rest;
    afterMajor = afterMajor || major.has(found);
    places.push(canonicalPlace(found));
    rest = rest.slice(found.length);
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
