import * as OpenCC from 'opencc-js';
import { fuzzyHomophonesOf, homophonesOf, soundAlike } from './brandSounds';
import { type City } from './chinaPlaces';
import { BRAND_CHARACTERS, INDUSTRY_WORDS, SWAPPABLE_LEGAL_FORMS } from './companyVocabulary';
import { SeededRandom } from '../src/hosts/sandbox/seed/seededRandom';
import { ROUND2_TRICKS } from './plantedRound2';
import { containsPlace, renderCompanyName, type CompanyName, type CompanyParts, type SyntheticCompanies } from './syntheticNames';

/** The verdicts the project's matcher gives (src/core/names). */
export type Verdict = 'duplicate' | 'possible-duplicate' | 'branch';

/**
 * What a planted name should get against its base: a verdict, or (hard negatives) anything but 'duplicate', or
 * (other companies the matcher must not even warn about) nothing at all.
 */
export type Expectation = Verdict | 'not-duplicate' | 'none';

/** Each kind of planted name and the verdict it must get against the base it was made from. */
export const PLANTED_KINDS = {
  // The register tricks of the proposal and their relatives: the same customer.
  dot: 'duplicate',
  slash: 'duplicate',
  spaces: 'duplicate',
  hyphen: 'duplicate',
  'middle-dot': 'duplicate',
  'full-width': 'duplicate',
  'bracket-style': 'duplicate',
  traditional: 'duplicate',
  'legal-form-dropped': 'duplicate',
  'legal-form-swapped': 'duplicate',
  'place-added': 'duplicate',
  'place-dropped': 'duplicate',
  'place-bracketed': 'duplicate',
  'place-shortened': 'duplicate',
  mixed: 'duplicate',
  // Probably the same customer, misheard (typos: swapped-chars … below).
  homophone: 'possible-duplicate',
  'fuzzy-homophone': 'possible-duplicate',
  // The same company elsewhere.
  'branch-company': 'branch',
  'branch-office': 'branch',
  'branch-bracketed': 'branch',
  'other-city': 'branch',
  // Hard negatives: look-alikes that are other companies and must never be called the same customer.
  'shared-char': 'not-duplicate',
  'brand-extended': 'not-duplicate',
  'other-industry': 'not-duplicate',
  // Issue 14: typos, synonyms, county towns, branch tails, Latin forms, short brands (plantedRound2.ts).
  'swapped-chars': 'possible-duplicate',
  'doubled-char': 'possible-duplicate',
  'dropped-char': 'possible-duplicate',
  'keystroke-typo': 'possible-duplicate',
  'industry-typo': 'possible-duplicate',
  'industry-synonym': 'possible-duplicate',
  'pinyin-name': 'possible-duplicate',
  'county-prefix': 'duplicate',
  'county-bracketed': 'duplicate',
  'county-after-province': 'duplicate',
  'latin-full-width-form': 'duplicate',
  'other-city-same-province': 'branch',
  'branch-tail': 'branch',
  'not-a-place': 'not-duplicate',
  'brand-inside': 'none',
  'homophone-other-industry': 'none',
} as const satisfies Record<string, Expectation>;

export type PlantedKind = keyof typeof PLANTED_KINDS;

export interface PlantedName {
  name: string;
  /** Index of the base name (in the list given to plantNames) this one was made from. */
  baseIndex: number;
  kind: PlantedKind;
  expected: Expectation;
}

interface PlantingContext {
  random: SeededRandom;
  companies: SyntheticCompanies;
}

/** Makes one planted name from a base, or null when the trick does not fit that base. */
type Trick = (base: CompanyName, context: PlantingContext) => string | null;
/** Rewrites the parts of a name (place, legal form, brand); null when it does not fit. */
type PartsTrick = (parts: CompanyParts, context: PlantingContext) => CompanyParts | null;
/** Rewrites the text of a rendered name; `core` (brand + industry) is where a rep inserts separators. */
type TextTrick = (text: string, core: string, context: PlantingContext) => string | null;

const cnToTw = OpenCC.Converter({ from: 'cn', to: 'tw' });

function changed(before: string, after: string): string | null {
  return after === before ? null : after;
}

const CHINESE = /^[\u4e00-\u9fff]+$/;

// ---- tricks on the text: what a rep types to slip past a plain lookup ----

/** One separator typed somewhere inside brand + industry (华为.技术, 华为/技术). */
function separatorInCore(separator: string): TextTrick {
  return (text, core, { random }) => {
    const at = text.indexOf(core);
    if (at < 0 || core.length < 2) return null;
    const position = at + random.int(1, core.length - 1);
    return text.slice(0, position) + separator + text.slice(position);
  };
}

const spacedCore: TextTrick = (text, core) => text.replace(core, [...core].join(' '));

/** ASCII letters, digits and brackets typed in their full-width forms (ＴＣＬ, （）). */
const fullWidth: TextTrick = (text) =>
  /[A-Za-z0-9]/.test(text) ? text.replace(/[A-Za-z0-9()]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)) : null;

const BRACKET_PAIRS: readonly [string, string][] = [['(', ')'], ['【', '】']];

const bracketStyle: TextTrick = (text, _core, { random }) => {
  if (!text.includes('（')) return null;
  const [open, close] = random.pick(BRACKET_PAIRS);
  return text.replace('（', open).replace('）', close);
};

const traditional: TextTrick = (text) => cnToTw(text);

// ---- tricks on the parts: place and legal form added, dropped, moved ----

const legalFormDropped: PartsTrick = (parts) => (parts.legalForm ? { ...parts, legalForm: '' } : null);

const legalFormSwapped: PartsTrick = (parts, { random }) =>
  SWAPPABLE_LEGAL_FORMS.includes(parts.legalForm)
    ? { ...parts, legalForm: random.pick(SWAPPABLE_LEGAL_FORMS.filter((form) => form !== parts.legalForm)) }
    : null;

const placeAdded: PartsTrick = (parts) => (parts.placeStyle === 'none' ? { ...parts, placeStyle: 'city' } : null);

const placeDropped: PartsTrick = (parts) => (parts.placeStyle === 'none' ? null : { ...parts, placeStyle: 'none' });

/** 深圳市格林电子有限公司 ⇄ 格林电子（深圳）有限公司. */
const placeBracketed: PartsTrick = (parts) => {
  switch (parts.placeStyle) {
    case 'city':
    case 'city-short':
    case 'district':
      return { ...parts, placeStyle: 'bracket' };
    case 'bracket':
      return { ...parts, placeStyle: 'city' };
    default:
      return null;
  }
};

/** 深圳市… ⇄ 深圳…, and 佛山市顺德区… → 佛山市…. */
const placeShortened: PartsTrick = (parts) => {
  switch (parts.placeStyle) {
    case 'city':
      return { ...parts, placeStyle: 'city-short' };
    case 'city-short':
    case 'district':
      return { ...parts, placeStyle: 'city' };
    default:
      return null;
  }
};

/** A city in another province than the base's, so it cannot be read as the same place. */
function elsewhere(city: City, companies: SyntheticCompanies): City {
  for (;;) {
    const other = companies.randomCity();
    if (other.province !== city.province) return other;
  }
}

const otherCity: PartsTrick = (parts, { random, companies }) => {
  if (parts.placeStyle === 'none') return null;
  const city = elsewhere(parts.city, companies);
  if (parts.placeStyle !== 'district') return { ...parts, city };
  return city.districts.length > 0
    ? { ...parts, city, district: random.pick(city.districts) }
    : { ...parts, city, placeStyle: 'city' };
};

// ---- tricks on the brand: each result is reserved, so it never collides with another company, and (like a base
// brand) never contains a place name ----

/** Replaces the brand characters at `positions` using `replacementFor`; tries a few draws before giving up. */
function substituteBrand(
  parts: CompanyParts,
  { random, companies }: PlantingContext,
  positions: (brand: string[]) => number[],
  replacementFor: (character: string) => readonly string[],
): CompanyParts | null {
  if (!CHINESE.test(parts.brand)) return null;
  for (let attempt = 0; attempt < 8; attempt++) {
    const brand = [...parts.brand];
    const chosen = positions(brand);
    if (chosen.length === 0) return null;
    for (const position of chosen) {
      const candidates = replacementFor(brand[position]).filter((c) => !brand.includes(c));
      if (candidates.length === 0) return null;
      brand[position] = random.pick(candidates);
    }
    const next = brand.join('');
    if (!containsPlace(next) && companies.reserve(next, parts.industry)) return { ...parts, brand: next };
  }
  return null;
}

/** Pool characters that neither are nor sound like `character`: a slip of the finger, not of the ear. */
function unlike(character: string): string[] {
  return BRAND_CHARACTERS.filter((other) => other !== character && !soundAlike(other, character));
}

const onePosition =
  (random: SeededRandom, eligible: (character: string) => boolean) =>
  (brand: string[]): number[] => {
    const positions = brand.flatMap((character, index) => (eligible(character) ? [index] : []));
    return positions.length > 0 ? [random.pick(positions)] : [];
  };

/** Homophones are planted in brands of three or more characters: a two-character brand needs an exact core match. */
const homophone: PartsTrick = (parts, context) =>
  [...parts.brand].length < 3 ? null : substituteBrand(parts, context, onePosition(context.random, (c) => homophonesOf(c).length > 0), homophonesOf);

/** Near-homophones likewise, in brands of three or more characters. */
const fuzzyHomophone: PartsTrick = (parts, context) =>
  [...parts.brand].length < 3 ? null : substituteBrand(parts, context, onePosition(context.random, (c) => fuzzyHomophonesOf(c).length > 0), fuzzyHomophonesOf);

/** Another brand of the same length that keeps just one character in place (华兴光电 vs 华美光电). */
const sharedCharacter: PartsTrick = (parts, context) => {
  const keep = context.random.int(0, [...parts.brand].length - 1);
  return substituteBrand(parts, context, (brand) => brand.flatMap((_, index) => (index === keep ? [] : [index])), unlike);
};

/** The brand with one more character (美的 vs 美的美). */
const brandExtended: PartsTrick = (parts, { random, companies }) => {
  if (!CHINESE.test(parts.brand) || parts.brand.length > 3) return null;
  const brand = parts.brand + random.pick(BRAND_CHARACTERS);
  return !containsPlace(brand) && companies.reserve(brand, parts.industry) ? { ...parts, brand } : null;
};

const otherIndustry: PartsTrick = (parts, { random, companies }) => {
  const industry = random.pick(INDUSTRY_WORDS.filter((word) => word !== parts.industry));
  return companies.reserve(parts.brand, industry) ? { ...parts, industry } : null;
};

// ---- branches: the parent's name with a branch tail, or its core with a bracketed city ----

const branchCompany: Trick = (base, { companies }) =>
  base.legalForm.endsWith('公司') ? `${base.name}${elsewhere(base.city, companies).short}分公司` : null;

const branchOffice: Trick = (base, { random, companies }) =>
  `${base.name}${random.chance(0.5) ? '驻' : ''}${elsewhere(base.city, companies).short}办事处`;

const branchBracketed: Trick = (base, { companies }) =>
  `${base.brand}${base.industry}（${elsewhere(base.city, companies).short}）分公司`;

// ---- several tricks at once ----

const MIXABLE_PARTS: readonly PartsTrick[] = [
  legalFormDropped, legalFormSwapped, placeAdded, placeDropped, placeBracketed, placeShortened,
];
const SEPARATORS = ['.', '/', ' ', '-', '·', '、'];

/** One change of place or legal form, then one or two of: a separator, full-width, traditional characters. */
const mixed: Trick = (base, context) => {
  const { random } = context;
  const parts = random.shuffled(MIXABLE_PARTS).map((trick) => trick(base, context)).find((p) => p !== null);
  if (!parts) return null;
  const textTricks = [separatorInCore(random.pick(SEPARATORS)), fullWidth, traditional];
  const dropped = random.int(0, textTricks.length - 1);
  const keepBoth = random.chance(0.5);
  let text = renderCompanyName(parts);
  textTricks.forEach((trick, index) => {
    if (index === dropped && keepBoth) return;
    if (index !== dropped && !keepBoth) return;
    text = trick(text, parts.brand + parts.industry, context) ?? text;
  });
  return changed(renderCompanyName(parts), text) && changed(base.name, text);
};

function fromParts(trick: PartsTrick): Trick {
  return (base, context) => {
    const parts = trick(base, context);
    return parts ? changed(base.name, renderCompanyName(parts)) : null;
  };
}

function fromText(trick: TextTrick): Trick {
  return (base, context) => {
    const text = trick(base.name, base.brand + base.industry, context);
    return text === null ? null : changed(base.name, text);
  };
}

const TRICKS: Record<PlantedKind, Trick> = {
  dot: fromText(separatorInCore('.')),
  slash: fromText(separatorInCore('/')),
  spaces: fromText(spacedCore),
  hyphen: fromText(separatorInCore('-')),
  'middle-dot': fromText(separatorInCore('·')),
  'full-width': fromText(fullWidth),
  'bracket-style': fromText(bracketStyle),
  traditional: fromText(traditional),
  'legal-form-dropped': fromParts(legalFormDropped),
  'legal-form-swapped': fromParts(legalFormSwapped),
  'place-added': fromParts(placeAdded),
  'place-dropped': fromParts(placeDropped),
  'place-bracketed': fromParts(placeBracketed),
  'place-shortened': fromParts(placeShortened),
  mixed,
  homophone: fromParts(homophone),
  'fuzzy-homophone': fromParts(fuzzyHomophone),
  'branch-company': branchCompany,
  'branch-office': branchOffice,
  'branch-bracketed': branchBracketed,
  'other-city': fromParts(otherCity),
  'shared-char': fromParts(sharedCharacter),
  'brand-extended': fromParts(brandExtended),
  'other-industry': fromParts(otherIndustry),
  ...ROUND2_TRICKS,
};

export const ALL_PLANTED_KINDS = Object.keys(PLANTED_KINDS) as PlantedKind[];

/**
 * Plants `perKind` names of every kind, each made from a randomly drawn base. A kind that fits few bases
 * (bracket-style needs a bracketed place) may come out short after a bounded number of draws.
 * Brand-changing kinds reserve their brand + industry in `companies`, so later names never collide with them.
 */
export function plantNames(
  bases: readonly CompanyName[],
  companies: SyntheticCompanies,
  perKind: number,
  seed: number,
): PlantedName[] {
  const context: PlantingContext = { random: new SeededRandom(seed), companies };
  const planted: PlantedName[] = [];
  for (const kind of ALL_PLANTED_KINDS) {
    let made = 0;
    for (let draw = 0; made < perKind && draw < perKind * 100; draw++) {
      const baseIndex = context.random.int(0, bases.length - 1);
      const name = TRICKS[kind](bases[baseIndex], context);
      if (name === null) continue;
      planted.push({ name, baseIndex, kind, expected: PLANTED_KINDS[kind] });
      made++;
    }
  }
  return planted;
}
