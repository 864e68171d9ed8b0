import { CITIES, HOME_CITIES, PLACE_WORDS, type City } from './chinaPlaces';
import { BRAND_ENDS, BRAND_HEADS, BRAND_WORDS } from './brandVocabulary';
import { INDUSTRY_WORDS, LATIN_BRAND_LETTERS, LEGAL_FORMS } from './companyVocabulary';
import { canonicalIndustryWord } from '../src/core/names/industrySynonyms';
import { SeededRandom } from '../src/hosts/sandbox/seed/seededRandom';

/** How the place shows in the name: 深圳市… / 深圳… / 广东… / 佛山市顺德区… / …（深圳）有限公司 / not at all. */
export type PlaceStyle = 'none' | 'province' | 'city' | 'city-short' | 'district' | 'bracket';

export interface CompanyParts {
  /** The company's home city; kept even when `placeStyle` is 'none', so a variant can add it back. */
  city: City;
  /** Used by the 'district' style only. */
  district: string;
  placeStyle: PlaceStyle;
  /** 字号: two to four Chinese characters, or two to three Latin letters. */
  brand: string;
  industry: string;
  legalForm: string;
}

export interface CompanyName extends CompanyParts {
  name: string;
}

export function renderCompanyName(parts: CompanyParts): string {
  const core = parts.brand + parts.industry;
  switch (parts.placeStyle) {
    case 'none':
      return core + parts.legalForm;
    case 'province':
      return parts.city.province + core + parts.legalForm;
    case 'city':
      return parts.city.name + core + parts.legalForm;
    case 'city-short':
      return parts.city.short + core + parts.legalForm;
    case 'district':
      return parts.city.name + parts.district + core + parts.legalForm;
    case 'bracket':
      return `${core}（${parts.city.short}）${parts.legalForm}`;
  }
}

export function withName(parts: CompanyParts): CompanyName {
  return { ...parts, name: renderCompanyName(parts) };
}

const PLACE_STYLES: readonly { style: PlaceStyle; weight: number }[] = [
  { style: 'city', weight: 45 },
  { style: 'none', weight: 20 },
  { style: 'province', weight: 12 },
  { style: 'bracket', weight: 10 },
  { style: 'city-short', weight: 8 },
  { style: 'district', weight: 5 },
];

function pickWeighted<T>(random: SeededRandom, items: readonly (T & { weight: number })[]): T {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  let ticket = random.next() * total;
  for (const item of items) {
    ticket -= item.weight;
    if (ticket < 0) return item;
  }
  return items[items.length - 1];
}

/** True when a place name hides in the brand (琳雅广东, 宝安): real brands seldom read as an address. */
export function containsPlace(brand: string): boolean {
  for (let start = 0; start < brand.length - 1; start++) {
    for (let end = start + 2; end <= brand.length; end++) {
      if (PLACE_WORDS.has(brand.slice(start, end))) return true;
    }
  }
  return false;
}

/**
 * A deterministic source of plausible, distinct company names. No two names it hands out (or that a caller
 * reserved) share brand + industry, so a register built from it holds no true duplicates to begin with.
 */
export class SyntheticCompanies {
  readonly random: SeededRandom;
  private readonly taken = new Set<string>();

  constructor(seed: number) {
    this.random = new SeededRandom(seed);
  }

  /** Claims brand + industry (synonyms alike: 技术 is 科技) for a caller's own name; false if a company has it. */
  reserve(brand: string, industry: string): boolean {
    const core = brand + canonicalIndustryWord(industry);
    if (this.taken.has(core)) return false;
    this.taken.add(core);
    return true;
  }

  next(): CompanyName {
    for (;;) {
      const brand = this.brand();
      const industry = this.random.pick(INDUSTRY_WORDS);
      if (this.reserve(brand, industry)) return withName(this.partsAround(brand, industry));
    }
  }

  take(count: number): CompanyName[] {
    return Array.from({ length: count }, () => this.next());
  }

  /** Half the register is local (Pearl River Delta); the rest is spread over the country. */
  randomCity(): City {
    return this.random.pick(this.random.chance(0.5) ? HOME_CITIES : CITIES);
  }

  private partsAround(brand: string, industry: string): CompanyParts {
    const city = this.randomCity();
    const legalForm = pickWeighted(this.random, LEGAL_FORMS).form;
    let placeStyle = pickWeighted(this.random, PLACE_STYLES).style;
    if (placeStyle === 'district' && city.districts.length === 0) placeStyle = 'city';
    const district = placeStyle === 'district' ? this.random.pick(city.districts) : '';
    return { city, district, placeStyle, brand, industry, legalForm };
  }

  /** A real-looking 字号: head + end (华达), a word (蓝天), or three and four character mixes (华达通, 蓝天华达). */
  private brand(): string {
    const roll = this.random.next();
    if (roll < 0.05) return this.distinctCharacters(LATIN_BRAND_LETTERS, this.random.int(2, 3));
    for (;;) {
      const pair = () => this.frequent(BRAND_HEADS) + this.frequent(BRAND_ENDS);
      const shape = this.random.next();
      const brand = shape < 0.45 ? pair()
        : shape < 0.55 ? this.frequent(BRAND_WORDS)
          : shape < 0.7 ? pair() + this.frequent(BRAND_ENDS)
            : shape < 0.8 ? this.frequent(BRAND_WORDS) + this.frequent(BRAND_ENDS)
              : shape < 0.9 ? this.frequent(BRAND_HEADS) + this.frequent(BRAND_WORDS)
                : this.frequent(BRAND_WORDS) + pair();
      if (new Set(brand).size === brand.length && !containsPlace(brand)) return brand;
    }
  }

  /** Earlier entries more often (a Zipf-like tail): 华 and 达 start and end far more brands than 柠 and 檬. */
  private frequent(items: readonly string[]): string {
    return items[Math.floor(items.length * this.random.next() ** 1.5)];
  }

  private distinctCharacters(pool: ArrayLike<string>, length: number): string {
    let result = '';
    while (result.length < length) {
      const character = pool[Math.floor(this.random.next() * pool.length)];
      if (!result.includes(character)) result += character;
    }
    return result;
  }
}
