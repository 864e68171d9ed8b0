import { parseYearMonth, type YearMonth } from '../dates/calendarDate';
import { buildMonthlySummary, monthlySummarySheetName } from './monthlySummary';
import type { SheetSpec } from './sheetSpec';
import { assertWellFormed, firstColumn, isoDate, rowTexts, testRecord as record } from './summaryTestFixtures';

const october = parseYearMonth('2026-10') as YearMonth;
const today = isoDate('2026-11-01');

const RECORDS = [
  record({ name: '深圳市格林电子有限公司', rep: '张敏', visitDate: '2026-10-08', sampleDate: '2026-10-15', sampleModel: 'BL-466', status: 'sample' }),
  record({ name: '东莞市宏达五金有限公司', rep: '张敏', visitDate: '2026-10-01', status: 'visit' }),
  record({ name: '惠州市永盛电器有限公司', rep: '李娜', visitDate: '2026-10-10', dealDate: '2026-10-31', status: 'deal' }),
  record({ name: '雅玛西电子', rep: '陈静', department: '华东业务二部', visitDate: '2026-09-03', dealDate: '2026-10-20', status: 'deal' }),
  record({ name: '九月的客户', rep: '王建国', visitDate: '2026-09-30', status: 'visit' }),
  record({ name: '十一月的客户', rep: '王建国', visitDate: '2026-11-01', status: 'visit' }),
];

const rowOf = (spec: SheetSpec, text: string) => firstColumn(spec).findIndex((t) => t.startsWith(text));

describe('buildMonthlySummary', () => {
  const spec = buildMonthlySummary(RECORDS, october, { today });
  const column = firstColumn(spec);

  test('is the month\'s sheet, titled with the month and the day it was generated', () => {
    expect(spec.name).toBe('2026年10月汇总');
    expect(monthlySummarySheetName(parseYearMonth('2027-03') as YearMonth)).toBe('2027年3月汇总');
    expect(column[0]).toContain('2026年10月');
    expect(column[1]).toContain('2026-10-01 至 2026-10-31');
    expect(column[1]).toContain('生成于 2026-11-01');
    expect(column[1]).toContain('业务员 3 人 · 客户 4 家');
  });

  test('has one section per rep with activity, grouped by department, reps in pinyin order', () => {
    expect(column.filter((t) => t.includes('本月 拜访'))).toEqual([
      '华东业务二部 · 陈静　　本月 拜访 0 · 送样 0 · 合作 1',
      '华南业务一部 · 李娜　　本月 拜访 1 · 送样 0 · 合作 1',
      '华南业务一部 · 张敏　　本月 拜访 2 · 送样 1 · 合作 0',
    ]);
  });

  test('splits each section into the two zones with their counts', () => {
    const zhang = rowOf(spec, '华南业务一部 · 张敏');
    expect(column.slice(zhang + 1)).toEqual(['未成交但已拜访/送样（2 家）', '1', '2', '已合作（0 家）']);
    const chen = rowOf(spec, '华东业务二部 · 陈静');
    expect(column.slice(chen + 1, chen + 4)).toEqual(['未成交但已拜访/送样（0 家）', '已合作（1 家）', '1']);
    expect(spec.rows[chen + 1][0].style).toBe('zoneOpen');
    expect(spec.rows[chen + 2][0].style).toBe('zoneCooperating');
  });

  test('lists each customer with its dates as real dates and its sample model', () => {
    const zhang = rowOf(spec, '华南业务一部 · 张敏');
    expect(rowTexts(spec, zhang + 2)).toEqual(['1', '东莞市宏达五金有限公司', '', '', '2026-10-01', '', '', '', '', '']);
    expect(rowTexts(spec, zhang + 3)).toEqual(['2', '深圳市格林电子有限公司', '', '', '2026-10-08', '2026-10-15', 'BL-466', '', '', '']);
    expect(spec.rows[zhang + 3][5]).toEqual({ value: { date: '2026-10-15' }, style: 'date' });
  });

  test('takes records on the month\'s first and last day and none outside it', () => {
    const names = spec.rows.map((row) => row[1].value);
    expect(names).toEqual(expect.arrayContaining(['东莞市宏达五金有限公司', '惠州市永盛电器有限公司']));
    expect(names).not.toContain('九月的客户');
    expect(names).not.toContain('十一月的客户');
    expect(names).not.toContain('王建国');
  });

  test('starts the customer list and every rep after the first on a new page, under a repeated header', () => {
    const header = rowOf(spec, '序号');
    expect(rowTexts(spec, header).slice(0, 3)).toEqual(['序号', '客户名称', '联系人']);
    expect(spec.rowBreaks).toEqual([header, rowOf(spec, '华南业务一部 · 李娜'), rowOf(spec, '华南业务一部 · 张敏')]);
    expect(rowOf(spec, '华东业务二部 · 陈静')).toBe(header + 1);
    expect(spec.pageLayout.printTitleRows).toEqual({ first: header, last: header });
  });

  test('ranks reps and departments in PK tables before the lists', () => {
    const reps = rowOf(spec, '业务员 PK 榜');
    expect(reps).toBeLessThan(rowOf(spec, '序号'));
    expect(rowTexts(spec, reps + 1).slice(0, 7)).toEqual(['名次', '业务员', '部门', '拜访', '送样', '合作', '合计']);
    expect([2, 3, 4].map((i) => rowTexts(spec, reps + i).slice(0, 7))).toEqual([
      ['1', '张敏', '华南业务一部', '2', '1', '0', '3'],
      ['2', '李娜', '华南业务一部', '1', '0', '1', '2'],
      ['3', '陈静', '华东业务二部', '0', '0', '1', '1'],
    ]);
    const departments = rowOf(spec, '部门 PK 榜');
    expect([2, 3].map((i) => rowTexts(spec, departments + i))).toEqual([
      ['1', '华南业务一部', '2', '3', '1', '1', '5', '2.5', '', ''],
      ['2', '华东业务二部', '1', '0', '0', '1', '1', '1', '', ''],
    ]);
  });

  test('prints A4 landscape, one page wide, with title, month and page x/y in header and footer', () => {
    const layout = spec.pageLayout;
    expect(layout).toMatchObject({ paperSize: 'A4', orientation: 'landscape', fitToPagesWide: 1, fitToPagesTall: 0 });
    expect(layout.printArea).toEqual({ top: 0, left: 0, bottom: spec.rows.length - 1, right: 9 });
    expect(layout.header.center).toEqual([column[0]]);
    expect(layout.footer.center).toEqual(['第 ', { field: 'page' }, ' 页 / 共 ', { field: 'pages' }, ' 页']);
    expect(layout.footer.right).toEqual(['2026年10月']);
  });

  test('is well formed: rectangular rows, known styles, ranges inside the sheet', () => {
    expect(() => assertWellFormed(spec)).not.toThrow();
  });

  test('hides a sample dated after the month together with its model', () => {
    const late = buildMonthlySummary([
      record({ name: '后来送样', visitDate: '2026-10-30', sampleDate: '2026-11-02', sampleModel: 'BL-520' }),
    ], october, { today });
    const row = firstColumn(late).lastIndexOf('1');
    expect(rowTexts(late, row).slice(4, 7)).toEqual(['2026-10-30', '', '']);
  });

  test('puts roster reps with nothing this month at the bottom of the PK table, without a section', () => {
    const withRoster = buildMonthlySummary(RECORDS, october, {
      today, roster: [{ name: '黄丽', department: '华东业务二部' }],
    });
    const reps = rowOf(withRoster, '业务员 PK 榜');
    expect(rowTexts(withRoster, reps + 5).slice(0, 7)).toEqual(['4', '黄丽', '华东业务二部', '0', '0', '0', '0']);
    expect(firstColumn(withRoster).some((t) => t.includes('黄丽'))).toBe(false);
    const departments = rowOf(withRoster, '部门 PK 榜');
    expect(rowTexts(withRoster, departments + 3).slice(0, 3)).toEqual(['2', '华东业务二部', '2']);
  });

  test('names records without a rep or department instead of leaving blanks', () => {
    const loose = buildMonthlySummary([record({ name: 'X', rep: '', department: '', visitDate: '2026-10-05' })], october, { today });
    expect(firstColumn(loose)).toContain('未分部门 · 未指定业务员　　本月 拜访 1 · 送样 0 · 合作 0');
  });
});

describe('an empty month', () => {
  const spec = buildMonthlySummary(RECORDS, parseYearMonth('2026-12') as YearMonth, { today: isoDate('2027-01-01') });

  test('says so in a clear line under the title instead of printing an empty sheet', () => {
    expect(spec.name).toBe('2026年12月汇总');
    expect(firstColumn(spec)).toContain('本月无拜访、送样或合作记录');
    expect(firstColumn(spec).some((t) => t.includes('PK'))).toBe(false);
    expect(spec.rowBreaks).toEqual([]);
    expect(spec.pageLayout.printTitleRows).toBeNull();
    expect(() => assertWellFormed(spec)).not.toThrow();
  });
});
