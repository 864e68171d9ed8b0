import { buildDailyList, registeredOn } from './dailyList';
import { assertWellFormed, firstColumn, isoDate, rowTexts, testRecord as record } from './summaryTestFixtures';

const today = isoDate('2026-10-15');

const RECORDS = [
  record({ name: '深圳市格林电子有限公司', rep: '张敏', firstContactDate: '2026-09-28', visitDate: '2026-10-08',
    sampleDate: '2026-10-15', sampleModel: 'BL-466', status: 'sample', protectedUntil: isoDate('2027-01-13') }),
  record({ name: '雅玛西电子', rep: '陈静', department: '华东业务二部', dealDate: '2026-10-15', status: 'deal' }),
  record({ name: '新打电话', rep: '李娜', firstContactDate: '2026-10-15', status: 'phone' }),
  record({ name: '一来就拜访', rep: '李娜', firstContactDate: '2026-10-15', visitDate: '2026-10-15', status: 'visit' }),
  record({ name: '昨天的', rep: '张敏', visitDate: '2026-10-14', status: 'visit' }),
  record({ name: '明天的', rep: '张敏', visitDate: '2026-10-16', status: 'visit' }),
];

describe('buildDailyList', () => {
  const spec = buildDailyList(RECORDS, today);
  const column = firstColumn(spec);

  test.each([
    ['深圳市格林电子有限公司', true], ['雅玛西电子', true], ['新打电话', true], ['昨天的', false], ['明天的', false],
  ])('%s is registered today: %s', (name, expected) => {
    expect(registeredOn(RECORDS.find((r) => r.name === name)!, today)).toBe(expected);
  });

  test('is titled with the day and counts each customer once, by how far it got today, so the counts add up', () => {
    expect(spec.name).toBe('今日新增');
    expect(column[0]).toBe('今日新增登记 · 2026-10-15');
    expect(column[1]).toContain('共 4 家：拜访 1 · 送样 1 · 合作 1 · 新联系 1');
  });

  test('departments follow the roster\'s order when one is given', () => {
    const ordered = firstColumn(buildDailyList(RECORDS, today, [{ department: '华南业务一部' }, { department: '华东业务二部' }]));
    expect(ordered.filter((c) => c.endsWith('家）'))).toEqual(['华南业务一部（3 家）', '华东业务二部（1 家）']);
  });

  test('groups the day\'s customers by department, reps and names in pinyin order, numbered throughout', () => {
    const header = column.indexOf('序号');
    expect(column.slice(header + 1)).toEqual(['华东业务二部（1 家）', '1', '华南业务一部（3 家）', '2', '3', '4']);
    expect(spec.rows.slice(header + 1).map((row) => row[1].value)).toEqual([
      null, '雅玛西电子', null, '新打电话', '一来就拜访', '深圳市格林电子有限公司',
    ]);
  });

  test('says what each customer registered today, with dates, status and protection', () => {
    const row = spec.rows.findIndex((r) => r[1].value === '深圳市格林电子有限公司');
    expect(rowTexts(spec, row)).toEqual([
      '4', '深圳市格林电子有限公司', '张敏', '送样', '2026-09-28', '2026-10-08', '2026-10-15', 'BL-466', '', '送样', '2027-01-13',
    ]);
    const both = spec.rows.findIndex((r) => r[1].value === '一来就拜访');
    expect(rowTexts(spec, both)[3]).toBe('新联系、拜访');
  });

  test('repeats and freezes the column header and prints A4 landscape one page wide', () => {
    const header = column.indexOf('序号');
    expect(spec.pageLayout.printTitleRows).toEqual({ first: header, last: header });
    expect(spec.frozenRows).toBe(header + 1);
    expect(spec.pageLayout).toMatchObject({ paperSize: 'A4', orientation: 'landscape', fitToPagesWide: 1, fitToPagesTall: 0 });
    expect(spec.pageLayout.footer.center).toContainEqual({ field: 'pages' });
    expect(() => assertWellFormed(spec)).not.toThrow();
  });

  test('a quiet day gives a clear line, not an empty list', () => {
    const quiet = buildDailyList(RECORDS, isoDate('2026-10-20'));
    expect(firstColumn(quiet)).toContain('今日无新增登记');
    expect(quiet.pageLayout.printTitleRows).toBeNull();
    expect(quiet.frozenRows).toBe(0);
    expect(() => assertWellFormed(quiet)).not.toThrow();
  });
});
