import { parseCompanyName } from './parseCompanyName';

describe('parseCompanyName: 行政区划 + 字号 + 行业 + 组织形式', () => {
  test.each([
    ['深圳市格林电子有限公司', ['深圳'], '格林', ['电子'], '有限公司', null],
    ['广东省深圳市宝安区华星光电科技有限公司', ['广东', '深圳', '宝安'], '华星', ['光电', '科技'], '有限公司', null],
    ['格林电子（深圳）有限公司', ['深圳'], '格林', ['电子'], '有限公司', null],
    ['华为技术有限公司深圳分公司', [], '华为', ['技术'], '有限公司', { place: '深圳', tail: '分公司' }],
    ['百度在线网络技术（北京）有限公司', ['北京'], '百度在线', ['网络', '技术'], '有限公司', null],
    ['ＴＣＬ科技集团股份有限公司', [], 'tcl', ['科技'], '集团股份有限公司', null],
    ['Huawei Technologies Co., Ltd.', [], 'huawei', ['technology'], 'co., ltd.', null],
    ['Shenzhen Gelin Electronics Co.,Ltd', ['shenzhen'], 'gelin', ['electronics'], 'co.,ltd', null],
    ['黄山旅游发展股份有限公司', [], '黄山', ['旅游', '发展'], '股份有限公司', null],
    ['雅玛西电子', [], '雅玛西', ['电子'], '', null],
    ['博蓝科技', [], '博蓝', ['科技'], '', null],
  ])('%s', (name, places, brand, industry, legalForm, branch) => {
    expect(parseCompanyName(name)).toMatchObject({ places, brand, industry, legalForm, branch });
  });

  test('never strips a part down to fewer than two characters', () => {
    expect(parseCompanyName('公司')).toMatchObject({ brand: '公司', legalForm: '' });
    expect(parseCompanyName('深圳科技')).toMatchObject({ brand: '深圳', industry: ['科技'], places: [] });
    expect(parseCompanyName('电子厂')).toMatchObject({ brand: '电子', legalForm: '厂', generic: true });
  });

  test('a place that is really the brand stays the brand (中山精密 is not "精密 in 中山")', () => {
    expect(parseCompanyName('中山精密机械厂')).toMatchObject({ brand: '中山', industry: ['精密', '机械'], generic: false });
  });

  test('names made only of generic words are marked generic', () => {
    expect(parseCompanyName('科技有限公司').generic).toBe(true);
    expect(parseCompanyName('中国国际贸易有限公司').generic).toBe(true);
    expect(parseCompanyName('格林电子').generic).toBe(false);
  });

  test('brand pinyin reads polyphones in context', () => {
    expect(parseCompanyName('长虹电器').brandPinyin).toEqual(['chang', 'hong']);
    expect(parseCompanyName('重庆银行')).toMatchObject({ brand: '重庆', industry: ['银行'], brandPinyin: ['chong', 'qing'] });
  });
});
