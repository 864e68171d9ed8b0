import * as OpenCC from 'opencc-js';
import { soundAlike, syllableOf } from './brandSounds';
import { ALL_PLANTED_KINDS, PLANTED_KINDS, plantNames, type PlantedKind, type PlantedName } from './plantedNames';
import { SyntheticCompanies, type CompanyName } from './syntheticNames';

const PER_KIND = 6;

function plant(seed: number): { bases: CompanyName[]; planted: PlantedName[] } {
  const companies = new SyntheticCompanies(seed);
  const bases = companies.take(2000);
  return { bases, planted: plantNames(bases, companies, PER_KIND, seed + 1) };
}

/** Positions where two equally long brands differ. */
function differences(a: string, b: string): number[] {
  const left = [...a];
  const right = [...b];
  return left.flatMap((c, i) => (c === right[i] ? [] : [i]));
}

describe('plantNames', () => {
  const { bases, planted } = plant(11);
  const ofKind = (kind: PlantedKind) => planted.filter((p) => p.kind === kind);
  const baseOf = (p: PlantedName) => bases[p.baseIndex];

  it('is deterministic for a seed', () => {
    expect(plant(11).planted).toEqual(planted);
  });

  it('plants every kind, each labelled with the verdict its kind expects', () => {
    for (const kind of ALL_PLANTED_KINDS) expect(ofKind(kind)).toHaveLength(PER_KIND);
    for (const p of planted) {
      expect(p.expected).toBe(PLANTED_KINDS[p.kind]);
      expect(p.name).not.toBe(baseOf(p).name);
    }
  });

  it('covers the three verdicts and the hard negatives', () => {
    expect(new Set(planted.map((p) => p.expected))).toEqual(
      new Set(['duplicate', 'possible-duplicate', 'branch', 'not-duplicate', 'none']),
    );
  });

  it.each([
    ['dot', '.'],
    ['slash', '/'],
    ['hyphen', '-'],
    ['middle-dot', '·'],
  ] as const)('%s inserts one %s into the base name', (kind, separator) => {
    for (const p of ofKind(kind)) expect(p.name.replace(separator, '')).toBe(baseOf(p).name);
  });

  it('spaces out brand + industry', () => {
    for (const p of ofKind('spaces')) expect(p.name.replace(/ /g, '')).toBe(baseOf(p).name);
  });

  it('writes traditional variants that really differ and read back as the base', () => {
    const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
    for (const p of ofKind('traditional')) {
      expect(p.name).not.toBe(baseOf(p).name);
      expect(toSimplified(p.name)).toBe(baseOf(p).name);
    }
  });

  it('writes full-width variants that NFKC folds back to the base', () => {
    for (const p of ofKind('full-width')) {
      expect(p.name).toMatch(/[Ａ-Ｚ０-９]/);
      expect(p.name.normalize('NFKC')).toBe(baseOf(p).name.normalize('NFKC'));
    }
  });

  it('swaps the legal form for another of 有限公司 / 有限责任公司 / 股份有限公司', () => {
    for (const p of ofKind('legal-form-swapped')) {
      expect(p.name).toMatch(/(有限公司|有限责任公司|股份有限公司)$/);
      expect(p.name.replace(/(股份)?有限(责任)?公司$/, '')).toBe(baseOf(p).name.replace(/(股份)?有限(责任)?公司$/, ''));
    }
  });

  it('mistypes exactly one brand character by a pinyin one keystroke off, with one that does not sound alike', () => {
    for (const p of ofKind('keystroke-typo')) {
      const base = baseOf(p);
      const brand = p.name.slice(p.name.indexOf(base.industry) - base.brand.length, p.name.indexOf(base.industry));
      const [at] = differences(base.brand, brand);
      expect(differences(base.brand, brand)).toHaveLength(1);
      expect(soundAlike(base.brand[at], brand[at])).toBe(false);
    }
  });

  it('substitutes one brand character with a homophone of the same toneless pinyin', () => {
    for (const p of ofKind('homophone')) {
      const base = baseOf(p);
      const changed = differences(base.name, p.name);
      expect(changed).toHaveLength(1);
      expect(syllableOf(p.name[changed[0]])).toBe(syllableOf(base.name[changed[0]]));
    }
  });

  it('keeps the base name inside branch names and adds a branch tail', () => {
    for (const p of [...ofKind('branch-company'), ...ofKind('branch-office')]) {
      expect(p.name.startsWith(baseOf(p).name)).toBe(true);
      expect(p.name).toMatch(/(分公司|办事处)$/);
    }
  });

  it('makes hard negatives that are other companies: never the base brand + industry', () => {
    for (const kind of ['shared-char', 'brand-extended', 'other-industry'] as const) {
      for (const p of ofKind(kind)) {
        const base = baseOf(p);
        expect(p.expected).toBe('not-duplicate');
        expect(p.name).not.toContain(base.brand + base.industry);
      }
    }
    for (const p of ofKind('brand-extended')) expect(p.name).toContain(baseOf(p).brand);
  });
});
