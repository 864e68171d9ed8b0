import { pinyin } from 'pinyin-pro';
import { soundAlike, syllableOf } from './brandSounds';
import { CITIES, type City } from './chinaPlaces';
import { BRAND_CHARACTERS } from './companyVocabulary';
import { containsPlace, renderCompanyName, type CompanyName, type CompanyParts, type SyntheticCompanies } from './syntheticNames';
import type { SeededRandom } from '../src/hosts/sandbox/seed/seededRandom';

/**
 * Planted kinds of issue 14 (typos, synonyms, county towns, branch tails, Latin forms, short brands). Each returns
 * the planted name for a base, or null when the trick does not fit it.
 */
export interface Round2Context {
  random: SeededRandom;
  companies: SyntheticCompanies;
}

type Round2Trick = (base: CompanyName, context: Round2Context) => string | null;

const CHINESE = /^[\u4e00-\u9fff]+$/;

function withBrand(base: CompanyName, brand: string, companies: SyntheticCompanies): string | null {
  if (brand === base.brand || containsPlace(brand) || !companies.reserve(brand, base.industry)) return null;
  return renderCompanyName({ ...base, brand });
}

const KEYBOARD = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];

/** Letters whose keys touch on a QWERTY keyboard (rows staggered by half a key). */
function neighbouringKeys(x: string, y: string): boolean {
  const place = (c: string) => KEYBOARD.flatMap((row, r) => (row.includes(c) ? [[r, row.indexOf(c) + r / 2]] : []))[0];
  const [p, q] = [place(x), place(y)];
  return x !== y && !!p && !!q && Math.abs(p[0] - q[0]) <= 1 && Math.abs(p[1] - q[1]) <= 1;
}

/** The same syllable with one letter typed by the key next to it (xi → si). */
function oneKeyApart(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const differ = [...a].flatMap((c, i) => (c === b[i] ? [] : [i]));
  return differ.length === 1 && neighbouringKeys(a[differ[0]], b[differ[0]]);
}

const swappedChars: Round2Trick = (base, { random, companies }) => {
  const brand = [...base.brand];
  if (!CHINESE.test(base.brand) || brand.length < 3) return null;
  const at = random.int(0, brand.length - 2);
  [brand[at], brand[at + 1]] = [brand[at + 1], brand[at]];
  return withBrand(base, brand.join(''), companies);
};

const doubledChar: Round2Trick = (base, { random, companies }) => {
  const brand = [...base.brand];
  if (!CHINESE.test(base.brand)) return null;
  const at = random.int(0, brand.length - 1);
  brand.splice(at, 0, brand[at]);
  return withBrand(base, brand.join(''), companies);
};

const droppedChar: Round2Trick = (base, { random, companies }) => {
  const brand = [...base.brand];
  if (!CHINESE.test(base.brand) || brand.length < 4) return null;
  brand.splice(random.int(0, brand.length - 1), 1);
  return withBrand(base, brand.join(''), companies);
};

/** A character whose pinyin is one neighbouring key off the original's (xi → si), and that does not sound alike. */
const keystrokeTypo: Round2Trick = (base, { random, companies }) => {
  const brand = [...base.brand];
  if (!CHINESE.test(base.brand) || brand.length < 3) return null;
  const at = random.int(0, brand.length - 1);
  const syllable = syllableOf(brand[at]);
  const near = BRAND_CHARACTERS.filter((c) => !brand.includes(c) && !soundAlike(c, brand[at]) && oneKeyApart(syllableOf(c), syllable));
  if (near.length === 0) return null;
  brand[at] = random.pick(near);
  return withBrand(base, brand.join(''), companies);
};

/** 格林电子 → 格林电了: a two-character brand, one character of the industry word mistyped. */
const industryTypo: Round2Trick = (base, { random }) => {
  if (!CHINESE.test(base.brand) || base.brand.length !== 2 || base.industry.length !== 2) return null;
  const industry = [...base.industry];
  const at = 1;
  industry[at] = random.pick(BRAND_CHARACTERS.filter((c) => !industry.includes(c) && !base.brand.includes(c)));
  return renderCompanyName({ ...base, industry: industry.join('') });
};

/** Synonyms as a rep would write them; an independent table, so the bench checks the matcher's list. */
const SYNONYM_OF: Record<string, string> = {
  科技: '技术', 贸易: '商贸', 服装: '服饰', 电器: '电气', 电气: '电器', 机械: '机械设备', 塑胶: '塑料', 照明: '灯饰',
  汽车配件: '汽配', 线缆: '电缆', 电路板: '线路板', 胶粘剂: '胶水', 新材料: '新型材料', 信息技术: '信息科技',
  网络科技: '网络技术', 生物科技: '生物技术', 智能科技: '智能技术', 医药: '药业', 家具: '家私',
};

const industrySynonym: Round2Trick = (base) => {
  const synonym = SYNONYM_OF[base.industry];
  return synonym ? renderCompanyName({ ...base, industry: synonym }) : null;
};

/** The base's own district when it writes one (another district of its city is another seat), else any of its city. */
function countyOf(base: CompanyName, random: SeededRandom): string | null {
  if (base.placeStyle === 'district') return base.district.replace(/[区市县]$/, '');
  return countyShortOf(base.city, random);
}

function countyShortOf(city: City, random: SeededRandom): string | null {
  const shorts = city.districts.map((d) => d.replace(/[区市县]$/, '')).filter((d) => d.length >= 2);
  return shorts.length > 0 ? random.pick(shorts) : null;
}

/** 昆山格林电子: the bare short form of a county or district of the company's own city. */
const countyPrefix: Round2Trick = (base, { random }) => {
  const county = countyOf(base, random);
  return county && county + renderCompanyName({ ...base, placeStyle: 'none' });
};

const countyBracketed: Round2Trick = (base, { random }) => {
  const county = countyOf(base, random);
  return county && `${base.brand}${base.industry}（${county}）${base.legalForm}`;
};

const countyAfterProvince: Round2Trick = (base, { random }) => {
  const county = countyOf(base, random);
  return county && base.city.province + county + renderCompanyName({ ...base, placeStyle: 'none' });
};

/** 广东省深圳市X vs 广东省广州市X: another city of the same province, the province written too. */
const otherCitySameProvince: Round2Trick = (base, { random }) => {
  if (base.placeStyle === 'none' || base.placeStyle === 'province') return null;
  const others = CITIES.filter((c) => c.province === base.city.province && c.name !== base.city.name);
  if (others.length === 0) return null;
  const other = random.pick(others);
  return `${base.city.province}${other.name}${base.brand}${base.industry}${base.legalForm}`;
};

const BRANCH_TAILS = ['服务中心', '销售分公司', '分部', '售后服务中心', '华南分公司', '营销中心'];

/** 格林电子有限公司服务中心, 格林电子驻广州办事处, 格林电子有限公司华南分公司 … with or without the legal form. */
const branchTail: Round2Trick = (base, { random, companies }) => {
  const head = random.chance(0.5) ? base.name : base.brand + base.industry;
  const stationed = random.chance(0.2) ? `驻${companies.randomCity().short}办事处` : null;
  return head + (stationed ?? random.pick(BRANCH_TAILS));
};

const FULL_WIDTH_CO_LTD = 'ＣＯ．，ＬＴＤ';

const latinFullWidthForm: Round2Trick = (base) =>
  CHINESE.test(base.brand) ? renderCompanyName({ ...base, legalForm: '' }) + FULL_WIDTH_CO_LTD : null;

const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Gelin Dianzi (Co., Ltd.): the whole name in pinyin. */
const pinyinName: Round2Trick = (base, { random }) => {
  if (!CHINESE.test(base.brand)) return null;
  const brand = pinyin(base.brand, { toneType: 'none', separator: '', v: true });
  if (brand.length < 4) return null;
  const industry = pinyin(base.industry, { toneType: 'none', separator: '', v: true });
  return `${capitalized(brand)} ${capitalized(industry)}${random.chance(0.5) ? ' Co., Ltd.' : ''}`;
};

/** 格林电子 vs 格林美电子: a two-character brand inside a longer one is another company. */
const brandInside: Round2Trick = (base, { random, companies }) => {
  if (!CHINESE.test(base.brand) || base.brand.length !== 2) return null;
  const extra = random.pick(BRAND_CHARACTERS.filter((c) => !base.brand.includes(c)));
  return withBrand(base, base.brand + extra, companies);
};

/** 合升食品 vs 合胜智能科技: a brand that sounds the same, in another trade. */
const homophoneOtherIndustry: Round2Trick = (base, { random, companies }) => {
  const brand = [...base.brand];
  if (!CHINESE.test(base.brand)) return null;
  const at = random.int(0, brand.length - 1);
  const same = BRAND_CHARACTERS.filter((c) => c !== brand[at] && syllableOf(c) === syllableOf(brand[at]));
  if (same.length === 0) return null;
  brand[at] = random.pick(same);
  const industry = random.pick(['食品', '物流', '纺织', '家具', '陶瓷', '医药'].filter((w) => w !== base.industry));
  const next = brand.join('');
  if (containsPlace(next) || !companies.reserve(next, industry)) return null;
  return renderCompanyName({ ...base, brand: next, industry } as CompanyParts);
};

/** 深圳市兴源科技 vs 深圳市新华兴源科技: a district short form of elsewhere is part of the other brand. */
const notAPlace: Round2Trick = (base, { random, companies }) => {
  if (base.placeStyle !== 'city' || !CHINESE.test(base.brand)) return null;
  const elsewhere = CITIES.filter((c) => c.province !== base.city.province && c.districts.length > 0);
  const county = countyShortOf(random.pick(elsewhere), random);
  if (!county || base.city.districts.some((d) => d.startsWith(county))) return null;
  const brand = county + base.brand;
  if (!companies.reserve(brand, base.industry)) return null;
  return renderCompanyName({ ...base, brand });
};

export const ROUND2_TRICKS = {
  'swapped-chars': swappedChars,
  'doubled-char': doubledChar,
  'dropped-char': droppedChar,
  'keystroke-typo': keystrokeTypo,
  'industry-typo': industryTypo,
  'industry-synonym': industrySynonym,
  'county-prefix': countyPrefix,
  'county-bracketed': countyBracketed,
  'county-after-province': countyAfterProvince,
  'other-city-same-province': otherCitySameProvince,
  'branch-tail': branchTail,
  'latin-full-width-form': latinFullWidthForm,
  'pinyin-name': pinyinName,
  'brand-inside': brandInside,
  'homophone-other-industry': homophoneOtherIndustry,
  'not-a-place': notAPlace,
} as const satisfies Record<string, Round2Trick>;
