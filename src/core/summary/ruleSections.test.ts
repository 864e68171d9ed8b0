import { parseYearMonth, type YearMonth } from '../dates/calendarDate';
import { message } from '../../i18n/message';
import type { RotationFlag } from '../claims/rotation';
import { buildMonthlySummary } from './monthlySummary';
import { sharesInEffect, type CreditShareLine } from './ruleSections';
import { firstColumn, isoDate, rowTexts, testRecord as record } from './summaryTestFixtures';

const october = parseYearMonth('2026-10') as YearMonth;
const today = isoDate('2026-11-01');
const RECORDS = [record({ name: '深圳市格林电子有限公司', rep: '李娜', visitDate: '2026-10-08', status: 'visit' })];

const share = (fields: Partial<CreditShareLine>): CreditShareLine => ({
  kind: 'transfer', customerName: '深圳市格林电子有限公司', productLine: '', owner: '李娜', formerOwner: '王芳', date: isoDate('2026-10-12'),
  shares: [{ rep: '李娜', percent: 70 }, { rep: '王芳', percent: 30 }], ...fields,
});

describe('credit shares in the monthly summary', () => {
  test('the split in effect at the month\'s end is the latest recorded on or before it', () => {
    const later = share({ date: isoDate('2026-11-03'), shares: [] });
    const replaced = share({ date: isoDate('2026-10-20'), shares: [{ rep: '李娜', percent: 80 }, { rep: '王芳', percent: 20 }] });
    expect(sharesInEffect([share({}), replaced, later], isoDate('2026-10-31'))).toEqual([replaced]);
    expect(sharesInEffect([share({}), later], isoDate('2026-11-30'))).toEqual([]);
  });

  test('are listed under the PK tables with who holds the customer and the split', () => {
    const spec = buildMonthlySummary(RECORDS, october, { today, creditShares: [share({ productLine: '小家电' })] });
    const column = firstColumn(spec);
    const heading = column.indexOf('分成记录（2026年10月，1 家）');
    expect(heading).toBeGreaterThan(column.findIndex((t) => t.startsWith('部门 PK 榜')));
    expect(rowTexts(spec, heading + 1).slice(0, 8)).toEqual(['序号', '客户名称', '产品线', '负责人', '原负责人', '记录日期', '类型', '分成比例']);
    expect(rowTexts(spec, heading + 2).slice(0, 8)).toEqual([
      '1', '深圳市格林电子有限公司', '小家电', '李娜', '王芳', '2026-10-12', '经理转移', '李娜 70%，王芳 30%']);
  });

  test('a surplus handover and a 主负责人 split say what they are; the 主负责人 split spans the customer\'s lines', () => {
    const surplus = share({ kind: 'surplus', customerName: '佛山市蓝鲸涂料有限公司', owner: '刘洋', formerOwner: '王芳' });
    const primary = share({ kind: 'primary', productLine: '', owner: '王芳', formerOwner: '', date: isoDate('2026-10-20'),
      shares: [{ rep: '王芳', percent: 60 }, { rep: '刘洋', percent: 40 }] });
    // The 主负责人 split and a handover of the customer's default line are two splits, both in effect.
    expect(sharesInEffect([share({}), primary], isoDate('2026-10-31'))).toHaveLength(2);
    const spec = buildMonthlySummary(RECORDS, october, { today, creditShares: [surplus, primary] });
    const heading = firstColumn(spec).indexOf('分成记录（2026年10月，2 家）');
    expect(rowTexts(spec, heading + 2).slice(1, 8)).toEqual([
      '佛山市蓝鲸涂料有限公司', '—', '刘洋', '王芳', '2026-10-12', '多余紧密客户转新人', '李娜 70%，王芳 30%']);
    expect(rowTexts(spec, heading + 3).slice(1, 8)).toEqual([
      '深圳市格林电子有限公司', '各产品线', '王芳', '—', '2026-10-20', '主负责人分成', '王芳 60%，刘洋 40%']);
  });

  test('a month without splits has no such section', () => {
    expect(firstColumn(buildMonthlySummary(RECORDS, october, { today })).some((t) => t.startsWith('分成记录'))).toBe(false);
  });
});

describe('rotation review in the monthly summary', () => {
  const flag: RotationFlag = {
    customerKey: '格林电子', customerName: '深圳市格林电子有限公司', productLine: '', owner: '李娜',
    ownedSince: isoDate('2024-07-01'), monthsOwned: 27, message: message('claims.rotation.review'),
  };

  test('counts and lists the customers held too long at the month\'s end', () => {
    const spec = buildMonthlySummary(RECORDS, october, { today, rotation: { months: 24, flags: [flag] } });
    const column = firstColumn(spec);
    const heading = column.indexOf('轮换评估（截至 2026-10-31）：同一业务员负责超过 24 个月的客户 1 家');
    expect(heading).toBeGreaterThan(0);
    expect(rowTexts(spec, heading + 2).slice(0, 6)).toEqual(['1', '深圳市格林电子有限公司', '—', '李娜', '2024-07-01', '27']);
  });
});
