import { formatMessage } from '../../i18n/message';
import { claimPolicy, validatePolicy } from './claimPolicy';
import { claimKeyOf, cleanLineList, customerKeyOf, effectiveLine, lineProblem, productLinesProblems } from './productLineList';

const on = claimPolicy({ productLines: { enabled: true, lines: ['小家电', '电动工具'], defaultLine: '小家电' } });
const text = (m: Parameters<typeof formatMessage>[0] | null) => (m ? formatMessage(m) : null);

describe('the team\'s product lines', () => {
  test('the list is trimmed, without blanks or repeats, in the order typed', () => {
    expect(cleanLineList([' 小家电', '', '电动工具', '小家电 '])).toEqual(['小家电', '电动工具']);
  });

  test('a row without a line is on the default line; dormant, every claim is on the whole customer', () => {
    expect(effectiveLine('', on)).toBe('小家电');
    expect(effectiveLine(' 电动工具 ', on)).toBe('电动工具');
    expect(effectiveLine('电动工具', claimPolicy())).toBe('');
  });

  test('only listed lines may be registered', () => {
    expect(lineProblem('电动工具', on)).toBeNull();
    expect(text(lineProblem('油漆', on))).toBe('产品线“油漆”不在团队的产品线中（小家电、电动工具）。');
    expect(lineProblem('油漆', claimPolicy())).toBeNull();
  });

  test('switching the rule on needs a list and a default line from it', () => {
    expect(productLinesProblems(on.productLines)).toEqual([]);
    expect(validatePolicy(claimPolicy({ productLines: { enabled: true } })).map(text))
      .toEqual(['已启用产品线：请先填写团队的产品线（每行一个）。']);
    expect(validatePolicy(claimPolicy({ productLines: { enabled: true, lines: ['小家电'], defaultLine: '油漆' } })).map(text))
      .toEqual(['默认产品线“油漆”不在产品线列表中。']);
    expect(validatePolicy(claimPolicy({ productLines: { enabled: false, lines: [], defaultLine: '' } }))).toEqual([]);
  });
});

describe('the key a line claim is stored under', () => {
  test('the default line keeps the customer\'s 查重键; another line gets its own key', () => {
    expect(claimKeyOf('华润万家', '', on)).toBe('华润万家');
    expect(claimKeyOf('华润万家', '小家电', on)).toBe('华润万家');
    expect(claimKeyOf('华润万家', '电动工具', on)).toBe('华润万家｜电动工具');
    expect(customerKeyOf('华润万家｜电动工具')).toBe('华润万家');
    expect(customerKeyOf('华润万家')).toBe('华润万家');
  });

  test('dormant, every line is the customer', () => {
    expect(claimKeyOf('华润万家', '电动工具', claimPolicy())).toBe('华润万家');
  });
});
