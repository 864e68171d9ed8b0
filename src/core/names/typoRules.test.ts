import { brandTypo, oneKeyOff } from './typoRules';

const chars = (s: string) => [...s];

describe('brandTypo', () => {
  test.each([
    ['雅玛西', '雅西玛', 'swapped'],
    ['格林', '格林林', 'doubled'],
    ['格林', '格格林', 'doubled'],
    ['雅玛西达', '雅玛达', 'dropped'],
  ])('%s / %s → %s', (a, b, kind) => {
    expect(brandTypo(chars(a), chars(b), [], [])).toBe(kind);
  });

  test('a pinyin one neighbouring key off is a typo; any other substitution is another brand', () => {
    expect(brandTypo(chars('雅玛西'), chars('雅玛四'), ['ya', 'ma', 'xi'], ['ya', 'ma', 'si'])).toBe('keystroke');
    expect(brandTypo(chars('蓝天翼'), chars('蓝天宇'), ['lan', 'tian', 'yi'], ['lan', 'tian', 'yu'])).toBe('keystroke');
    expect(brandTypo(chars('黄金睿'), chars('黄金江'), ['huang', 'jin', 'rui'], ['huang', 'jin', 'jiang'])).toBeNull();
  });

  test('short brands: one character dropped or added is another company', () => {
    expect(brandTypo(chars('格林'), chars('格林美'), [], [])).toBeNull();
    expect(brandTypo(chars('雅玛西'), chars('雅玛'), [], [])).toBeNull();
    expect(brandTypo(chars('格林'), chars('林格'), [], [])).toBeNull();
  });
});

test('oneKeyOff: same length, one letter, keys that touch', () => {
  expect(oneKeyOff('xi', 'si')).toBe(true);
  expect(oneKeyOff('xi', 'pi')).toBe(false);
  expect(oneKeyOff('lin', 'ling')).toBe(false);
});
