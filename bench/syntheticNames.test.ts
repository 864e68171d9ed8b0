import { PLACE_WORDS } from './chinaPlaces';
import { BRAND_CHARACTERS, INDUSTRY_WORDS } from './companyVocabulary';
import { containsPlace, renderCompanyName, SyntheticCompanies } from './syntheticNames';

describe('SyntheticCompanies', () => {
  const companies = new SyntheticCompanies(7).take(3000);

  it('produces the same names for the same seed, and different ones for another seed', () => {
    expect(new SyntheticCompanies(7).take(200).map((c) => c.name)).toEqual(companies.slice(0, 200).map((c) => c.name));
    expect(new SyntheticCompanies(8).take(200).map((c) => c.name)).not.toEqual(companies.slice(0, 200).map((c) => c.name));
  });

  it('never repeats brand + industry, so the register holds no true duplicates', () => {
    const cores = companies.map((c) => c.brand + c.industry);
    expect(new Set(cores).size).toBe(companies.length);
  });

  it('builds names from a brand of 2–4 pool characters (or 2–3 Latin letters), an industry word and a legal form', () => {
    for (const company of companies) {
      expect(company.brand).toMatch(/^([A-Z]{2,3}|[\u4e00-\u9fff]{2,4})$/);
      if (!/^[A-Z]/.test(company.brand)) expect([...company.brand].every((c) => BRAND_CHARACTERS.includes(c))).toBe(true);
      expect(INDUSTRY_WORDS).toContain(company.industry);
      expect(company.name).toContain(company.brand + company.industry);
      expect(company.name).toBe(renderCompanyName(company));
      expect(containsPlace(company.brand)).toBe(false);
    }
  });

  it('uses every place style, each rendered where it belongs', () => {
    const byStyle = new Map(companies.map((c) => [c.placeStyle, c]));
    expect([...byStyle.keys()].sort()).toEqual(['bracket', 'city', 'city-short', 'district', 'none', 'province']);
    const deep = byStyle.get('district')!;
    expect(deep.name.startsWith(deep.city.name + deep.district)).toBe(true);
    const bracketed = byStyle.get('bracket')!;
    expect(bracketed.name).toContain(`（${bracketed.city.short}）`);
    expect(byStyle.get('none')!.name.startsWith(byStyle.get('none')!.brand)).toBe(true);
  });

  it('lets a caller reserve brand + industry, after which no generated name takes it', () => {
    const source = new SyntheticCompanies(1);
    expect(source.reserve('华兴', '涂料')).toBe(true);
    expect(source.reserve('华兴', '涂料')).toBe(false);
    expect(source.take(2000).some((c) => c.brand === '华兴' && c.industry === '涂料')).toBe(false);
  });

  it.each([
    ['琳雅广东', true],
    ['宝安', true],
    ['格林', false],
    ['雅玛西', false],
  ])('containsPlace(%s) is %s', (brand, expected) => {
    expect(containsPlace(brand)).toBe(expected);
  });

  it('knows provinces, cities and districts by their short names', () => {
    for (const word of ['广东', '深圳', '内蒙古', '顺德']) expect(PLACE_WORDS.has(word)).toBe(true);
  });
});
