import { formatMessage } from '../../i18n/message';
import { formatReasons } from './formatReasons';
import { NameIndex } from './nameIndex';
import { parseCompanyName } from './parseCompanyName';

// The register of the proposal (seed 000) and a few neighbours.
const REGISTER = [
  '深圳市格林电子有限公司',
  '雅玛西电子',
  '博蓝科技有限公司',
  '北京百度网讯科技有限公司',
  '华为技术有限公司',
  '深圳市华星光电技术有限公司',
  '美的集团股份有限公司',
  '长城汽车股份有限公司',
  '黄山旅游发展股份有限公司',
  'TCL科技集团股份有限公司',
];

function indexOf(names: string[]): NameIndex {
  const index = new NameIndex();
  names.forEach((name, i) => index.add(String(i), name));
  return index;
}

const index = indexOf(REGISTER);

function best(query: string) {
  const [match] = index.query(query);
  return match && { name: match.name, verdict: match.verdict, reason: formatReasons(match.reasons) };
}

describe('同一客户: every trick of the proposal is seen through', () => {
  test.each([
    ['格林.电子', '深圳市格林电子有限公司', '去掉标点、空格后相同'],
    ['格林/电子', '深圳市格林电子有限公司', '去掉标点、空格后相同'],
    ['格 林 电 子', '深圳市格林电子有限公司', '去掉标点、空格后相同'],
    ['格林\\电子', '深圳市格林电子有限公司', '去掉标点、空格后相同'],
    ['格林-电子·有限公司', '深圳市格林电子有限公司', '去掉标点、空格后相同'],
    ['格林电子（深圳）有限公司', '深圳市格林电子有限公司', '地名写在括号里'],
    ['格林电子【深圳】有限公司', '深圳市格林电子有限公司', '地名写在括号里'],
    ['广东省深圳市格林电子有限公司', '深圳市格林电子有限公司', '多了地名前缀“广东”'],
    ['格林电子有限责任公司', '深圳市格林电子有限公司', '公司类型不同'],
    ['深圳格林电子股份有限公司', '深圳市格林电子有限公司', '公司类型不同'],
    ['深圳市格林電子有限公司', '深圳市格林电子有限公司', '繁简体不同'],
    ['深圳市格林电子有限公司', '深圳市格林电子有限公司', '名称完全相同'],
    ['雅玛西电子有限公司', '雅玛西电子', '省略了“有限公司”'],
    ['雅瑪西電子', '雅玛西电子', '繁简体不同'],
    ['博蓝科技', '博蓝科技有限公司', '省略了“有限公司”'],
    ['華為技術有限公司', '华为技术有限公司', '繁简体不同'],
    ['华为技术（集团）有限公司', '华为技术有限公司', '公司类型不同'],
    ['ＴＣＬ科技集团股份有限公司', 'TCL科技集团股份有限公司', '全角半角不同'],
    ['tcl科技', 'TCL科技集团股份有限公司', '大小写不同'],
    ['美的', '美的集团股份有限公司', '省略了“集团股份有限公司”'],
  ])('%s → %s (%s)', (query, expected, reason) => {
    expect(best(query)).toEqual({ name: expected, verdict: 'duplicate', reason: expect.stringContaining(reason) });
  });

  test('invisible characters and emoji do not make a new customer', () => {
    expect(best('格林\u200b电子')?.verdict).toBe('duplicate');
    expect(best('格林电子😀')?.verdict).toBe('duplicate');
    expect(best('\t格林电子\r')?.verdict).toBe('duplicate');
  });
});

describe('疑似重复: fuzzy look-alikes warn but never block', () => {
  test.each([
    ['雅马西电子', '雅玛西电子', '同音字（雅马西 / 雅玛西）'],
    ['雅玛四电子', '雅玛西电子', '拼音差一个字母'],
    ['雅玛西电子科技', '雅玛西电子', '行业词多了“科技”'],
    ['格林', '深圳市格林电子有限公司', '一方未写行业'],
    ['Huawei Technologies Co., Ltd.', '华为技术有限公司', '“huawei”是“华为”的英文名'],
    ['Midea', '美的集团股份有限公司', '“midea”是“美的”的英文名'],
    ['Shenzhen Gelin Electronics Co., Ltd.', '深圳市格林电子有限公司', '拼音/英文名与中文字号相同'],
    ['Yamaxi Electronics', '雅玛西电子', '拼音/英文名与中文字号相同'],
  ])('%s ~ %s (%s)', (query, expected, reason) => {
    expect(best(query)).toEqual({ name: expected, verdict: 'possible-duplicate', reason: expect.stringContaining(reason) });
  });

  test('near-homophones under fuzzy pinyin (z/zh, n/l, an/ang)', () => {
    const local = indexOf(['中兴达通讯股份有限公司', '南方照明']);
    expect(local.query('宗兴达通讯')[0]).toMatchObject({ verdict: 'possible-duplicate' });
    expect(formatReasons(local.query('宗兴达通讯')[0].reasons)).toContain('近音字');
  });

  test('a brand of four or more characters warns in another trade; shorter ones do not', () => {
    const local = indexOf(['雅玛西达电子', '雅玛西电子']);
    expect(formatReasons(local.query('雅玛西达化工')[0].reasons)).toContain('字号相同，行业不同');
    expect(local.query('雅玛西化工')).toEqual([]);
  });

  test('look-alikes in two explicit cities are two companies', () => {
    const local = indexOf(['广州市天麟星胶粘剂有限公司']);
    expect(local.query('上海天霖星胶粘剂有限公司')).toEqual([]);
    expect(local.query('天霖星胶粘剂有限公司')[0]).toMatchObject({ verdict: 'possible-duplicate' });
  });

  test('a two-character brand needs an exact core match: a homophone in the same trade is another company', () => {
    const local = indexOf(['广州市天麟胶粘剂有限公司', '博蓝科技有限公司']);
    expect(local.query('天霖胶粘剂有限公司')).toEqual([]);
    expect(local.query('博兰科技')).toEqual([]);
  });
});

describe('关联公司: branches and other cities', () => {
  test.each([
    ['华为技术有限公司深圳分公司', '华为技术有限公司', '分支机构（深圳分公司）'],
    ['华为技术有限公司上海办事处', '华为技术有限公司', '分支机构（上海办事处）'],
    ['格林电子（深圳）有限公司第二分公司', '深圳市格林电子有限公司', '分支机构（第二分公司）'],
    ['广州市格林电子有限公司', '深圳市格林电子有限公司', '同一字号，不同城市（广州 / 深圳）'],
  ])('%s ↔ %s (%s)', (query, expected, reason) => {
    expect(best(query)).toEqual({ name: expected, verdict: 'branch', reason });
  });

  test('a province and a city inside it are one place, not another city', () => {
    expect(best('广东格林电子')?.verdict).toBe('duplicate');
    expect(best('湖南格林电子')?.verdict).toBe('branch');
  });
});

describe('hard negatives: different companies are never 同一客户', () => {
  test.each([
    ['深圳市华兴光电技术有限公司'], ['美的美'], ['长城电脑'], ['格林电器'], ['华维技术'], ['泰山旅游发展股份有限公司'],
    ['科技有限公司'], ['深圳市有限公司'], ['中国国际贸易'], ['百度'],
  ])('%s', (query) => {
    expect(index.query(query).filter((m) => m.verdict === 'duplicate')).toEqual([]);
  });

  test('two different two-character brands of one industry do not even warn', () => {
    const local = indexOf(['华达电子有限公司']);
    expect(local.query('华通电子有限公司')).toEqual([]);
    expect(local.query('美达电子')).toEqual([]);
  });

  test('generic names match only an equal core', () => {
    const local = indexOf(['中国石化', '科技有限公司']);
    expect(local.query('中国石化有限公司')[0]?.verdict).toBe('duplicate');
    expect(local.query('中国石油')).toEqual([]);
    expect(local.query('科技发展有限公司')).toEqual([]);
  });
});

describe('the index changes one name at a time', () => {
  test('add, rename and remove without rebuilding', () => {
    const local = new NameIndex();
    local.add('a', '深圳市格林电子有限公司');
    expect(local.query('格林.电子')).toHaveLength(1);
    local.update('a', '雅玛西电子');
    expect(local.query('格林.电子')).toEqual([]);
    expect(local.query('雅玛西')[0]?.id).toBe('a');
    local.remove('a');
    expect(local.size).toBe(0);
    expect(local.query('雅玛西电子')).toEqual([]);
  });

  test('a removed id frees its place for the next; a name parsed by the caller is filed as add would', () => {
    const local = new NameIndex();
    local.add('a', '深圳市格林电子有限公司');
    local.remove('a');
    local.addParsed('b', parseCompanyName('雅玛西电子'));
    local.add('c', '格林电子');
    expect(local.query('雅玛西电子').map((m) => m.id)).toEqual(['b']);
    expect(local.query('格林.电子').map((m) => m.id)).toEqual(['c']);
    expect([local.has('a'), local.has('b'), local.parsed('b')?.brand]).toEqual([false, true, '雅玛西']);
  });

  test('most serious verdict first, then score; limit respected', () => {
    const local = indexOf(['格林电了', '深圳市格林电子有限公司', '格林电子有限公司广州分公司', '格林']);
    const verdicts = local.query('格林电子').map((m) => m.verdict);
    expect(verdicts).toEqual(['duplicate', 'branch', 'possible-duplicate', 'possible-duplicate']);
    expect(local.query('格林电子', 2)).toHaveLength(2);
  });

  test('reasons render in English too', () => {
    const [match] = index.query('格林.电子');
    expect(formatMessage(match.reason, 'en')).toBe('Same once punctuation and spaces are removed');
  });

  test('an empty or punctuation-only query matches nothing', () => {
    expect(index.query('')).toEqual([]);
    expect(index.query('、。/ ')).toEqual([]);
  });
});

test('a branch stationed in a city (驻广州办事处) is a branch', () => {
  const local = indexOf(['雅星化工有限公司']);
  expect(local.query('雅星化工有限公司驻广州办事处')[0]).toMatchObject({ verdict: 'branch' });
});

test('English names with a bracketed city and swapped legal forms', () => {
  const local = indexOf(['Shenzhen Gelin Electronics Co., Ltd.', '海南航空']);
  expect(local.query('Gelin Electronics (Shenzhen) Company Limited')[0]).toMatchObject({ verdict: 'duplicate' });
  expect(local.query('GELIN ELECTRONICS CO LTD')[0]).toMatchObject({ verdict: 'duplicate' });
  expect(local.query('四川航空').filter((m) => m.verdict === 'duplicate')).toEqual([]);
});
