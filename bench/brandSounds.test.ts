import { fuzzyHomophonesOf, fuzzySyllable, homophonesOf, soundAlike } from './brandSounds';

describe('brand sounds', () => {
  it.each([
    ['zhong', 'zong'],
    ['chen', 'cen'],
    ['sheng', 'sen'],
    ['ning', 'lin'],
    ['wang', 'wan'],
    ['hua', 'hua'],
  ])('fuzzySyllable(%s) = %s', (syllable, folded) => {
    expect(fuzzySyllable(syllable)).toBe(folded);
  });

  it('finds exact homophones in the brand pool (兴 ~ 星) and leaves the character itself out', () => {
    expect(homophonesOf('兴')).toContain('星');
    expect(homophonesOf('兴')).not.toContain('兴');
    expect(homophonesOf('兴')).not.toContain('新');
  });

  it('finds fuzzy-only homophones (盛 sheng ~ 森 sen, 兴 xing ~ 新 xin)', () => {
    expect(fuzzyHomophonesOf('盛')).toContain('森');
    expect(fuzzyHomophonesOf('兴')).toContain('新');
    expect(fuzzyHomophonesOf('兴')).not.toContain('星');
  });

  it.each([
    ['兴', '新', true],
    ['华', '骅', true],
    ['华', '美', false],
  ])('soundAlike(%s, %s) is %s', (a, b, expected) => {
    expect(soundAlike(a, b)).toBe(expected);
  });
});
