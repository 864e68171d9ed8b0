import { formatReasons } from './formatReasons';
import { NameIndex } from './nameIndex';

/** What `query` gets against a register holding only `registered`: verdict and reason line, or null. */
function verdictOf(registered: string, query: string) {
  const index = new NameIndex();
  index.add('0', registered);
  const [match] = index.query(query);
  return match ? { verdict: match.verdict, reason: formatReasons(match.reasons) } : null;
}

const possible = (reason: string) => ({ verdict: 'possible-duplicate', reason: expect.stringContaining(reason) });

describe('typos: 疑似重复 with their reason, never 同一客户', () => {
  test.each([
    ['雅玛西电子有限公司', '雅西玛电子', '相邻两字颠倒'],
    ['深圳市博蓝达科技有限公司', '博达蓝科技', '相邻两字颠倒'],
    ['格林电子', '格林林电子', '多打了一个字'],
    ['雅玛西达电子', '雅玛达电子', '漏了一个字'],
    ['雅玛西电子', '雅玛希电子', '同音字'],
    ['博蓝达科技', '博蓝大科技', '同音字'],
    ['博蓝达科技', '博蓝答科技', '同音字'],
    ['雅玛西电子', '雅玛四电子', '拼音差一个字母'],
    ['格林电子有限公司', '格林电了有限公司', '行业词打错一个字'],
    ['成和电气有限公司', '成和电汽', '行业词打错一个字'],
  ])('%s ~ %s (%s)', (registered, query, reason) => {
    expect(verdictOf(registered, query)).toEqual(possible(reason));
  });

  test('a two-character brand inside a longer one is another company', () => {
    expect(verdictOf('格林电子', '格林美电子')).toBeNull();
    expect(verdictOf('格林电子', '格美电子')).toBeNull();
    expect(verdictOf('雅玛电子', '雅玛西电子')).toBeNull();
  });
});

describe('industry synonyms: 行业用词不同', () => {
  test.each([
    ['成和电气', '成和电器'],
    ['博蓝科技有限公司', '博蓝技术有限公司'],
    ['格林贸易有限公司', '格林商贸有限公司'],
    ['雅玛服饰', '雅玛服装'],
    ['华兴电子商务有限公司', '华兴电商有限公司'],
  ])('%s ~ %s', (registered, query) => {
    expect(verdictOf(registered, query)).toEqual(possible('行业用词不同'));
  });

  test('机械 vs 机械设备 warns too', () => {
    expect(verdictOf('恒力机械', '恒力机械设备')?.verdict).toBe('possible-duplicate');
  });

  test('a homophone brand warns only within one trade', () => {
    expect(verdictOf('合升食品有限公司', '合胜智能科技有限公司')).toBeNull();
    expect(verdictOf('合升达科技有限公司', '合胜达技术有限公司')?.verdict).toBe('possible-duplicate');
    expect(verdictOf('合升达食品有限公司', '合胜达食品有限公司')).toEqual(possible('同音字'));
    // A two-character brand needs an exact core match (SPEC §5), even in one trade.
    expect(verdictOf('合升食品有限公司', '合胜食品有限公司')).toBeNull();
  });
});

describe('places: county towns, brackets, and places that are brands', () => {
  test.each([
    ['格林电子有限公司', '昆山格林电子有限公司'],
    ['格林电子有限公司', '昆山市格林电子有限公司'],
    ['格林电子有限公司', '格林电子（晋江）有限公司'],
    ['格林电子有限公司', '江苏昆山格林电子有限公司'],
    ['深圳市和顺光电有限责任公司', '和顺光电有限公司'],
    ['和顺光电有限公司', '山西和顺光电有限公司'],
    ['深圳市格林电子有限公司', '深圳南山格林电子'],
  ])('%s = %s', (registered, query) => {
    expect(verdictOf(registered, query)?.verdict).toBe('duplicate');
  });

  test('a short form that is not a district of the city before it stays in the brand', () => {
    expect(verdictOf('深圳市兴源科技', '深圳市新华兴源科技')?.verdict).not.toBe('duplicate');
  });

  test('different explicit cities are never 同一客户, whatever province is written too', () => {
    expect(verdictOf('广州安博股份有限公司', '上海市安博')?.verdict).toBe('branch');
    expect(verdictOf('广东省深圳市格林电子有限公司', '广东省广州市格林电子有限公司')?.verdict).toBe('branch');
    expect(verdictOf('昆山格林电子', '晋江格林电子')?.verdict).toBe('branch');
  });
});

describe('branch tails', () => {
  test.each([
    '格林电子有限公司服务中心',
    '格林电子销售分公司',
    '格林电子有限公司华南分公司',
    '格林电子分部',
    '格林电子有限公司驻广州办事处',
    '格林电子售后服务中心',
  ])('格林电子有限公司 ~ %s', (query) => {
    expect(verdictOf('格林电子有限公司', query)?.verdict).toBe('branch');
  });

  test.each([
    'Gelin Electronics Co., Ltd. Shenzhen Branch',
    'Gelin Electronics Service Center',
    'Gelin Electronics Representative Office',
  ])('Gelin Electronics Co., Ltd. ~ %s', (query) => {
    expect(verdictOf('Gelin Electronics Co., Ltd.', query)?.verdict).toBe('branch');
  });
});

describe('Latin forms', () => {
  test('full-width ＣＯ．，ＬＴＤ after a Chinese name is a legal form', () => {
    expect(verdictOf('雅玛西电子有限公司', '雅玛西电子ＣＯ．，ＬＴＤ')?.verdict).toBe('duplicate');
  });

  test.each(['Gelin Dianzi', 'Gelin Electronics', 'GELIN DIANZI CO., LTD.'])('%s ~ 格林电子', (query) => {
    expect(verdictOf('深圳市格林电子有限公司', query)).toEqual(possible('拼音/英文名'));
  });
});

test('a pinyin name whose first word reads as a city (Xinxiang = 新乡) is still matched to its brand (信祥)', () => {
  expect(verdictOf('宿迁市信祥装饰工程有限公司', 'Xinxiang Zhuangshigongcheng')).toEqual(possible('拼音/英文名'));
});
