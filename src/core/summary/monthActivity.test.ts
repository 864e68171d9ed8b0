import { parseYearMonth, type YearMonth } from '../dates/calendarDate';
import { belongsToMonth, monthActivity } from './monthActivity';
import { testRecord as record } from './summaryTestFixtures';

const october = parseYearMonth('2026-10') as YearMonth;

describe('which records belong to a month', () => {
  test.each([
    [{ visitDate: '2026-10-01' }, true],
    [{ visitDate: '2026-10-31' }, true],
    [{ visitDate: '2026-09-30' }, false],
    [{ visitDate: '2026-11-01' }, false],
    [{ sampleDate: '2026-10-15' }, true],
    [{ dealDate: '2026-10-31' }, true],
    [{ visitDate: '2026-09-30', sampleDate: '2026-11-01' }, false],
    [{ visitDate: '2026-09-03', dealDate: '2026-10-01' }, true],
    [{}, false],
  ])('%o → %s', (dates, expected) => expect(belongsToMonth(record(dates), october)).toBe(expected));

  test('a phone-only record with a first contact in the month does not belong', () => {
    expect(belongsToMonth(record({ firstContactDate: '2026-10-09', status: 'phone' }), october)).toBe(false);
  });
});

describe('monthActivity', () => {
  test('splits a rep\'s customers into the two zones, as they stood at the end of the month', () => {
    const [rep] = monthActivity([
      record({ name: '深圳市格林电子有限公司', visitDate: '2026-10-08', sampleDate: '2026-10-15', sampleModel: 'BL-466', status: 'sample' }),
      record({ name: '雅玛西电子', visitDate: '2026-09-03', dealDate: '2026-10-20', status: 'deal' }),
      record({ name: '后来成交', visitDate: '2026-10-25', dealDate: '2026-11-03', status: 'deal' }),
      record({ name: '老客户', dealDate: '2024-03-01', visitDate: '2026-10-02', status: 'deal' }),
      record({ name: '旧表导入', visitDate: '2026-10-12', status: 'deal' }),
    ], october);
    expect(rep.visitedOrSampled.map((c) => c.record.name)).toEqual(['深圳市格林电子有限公司', '后来成交']);
    expect(rep.cooperating.map((c) => c.record.name)).toEqual(['老客户', '旧表导入', '雅玛西电子']);
    const late = rep.visitedOrSampled[1];
    expect([late.visitDate, late.dealDate]).toEqual(['2026-10-25', null]);
    expect(rep.counts).toEqual({ visits: 4, samples: 1, deals: 1 });
  });

  test('hides a visit or sample dated after the month but keeps the in-month ones', () => {
    const [rep] = monthActivity([record({ name: 'A', visitDate: '2026-10-30', sampleDate: '2026-11-02' })], october);
    expect(rep.visitedOrSampled[0]).toMatchObject({ visitDate: '2026-10-30', sampleDate: null, firstActivityInMonth: '2026-10-30' });
  });

  test('orders customers by their first activity in the month, then by name', () => {
    const [rep] = monthActivity([
      record({ name: '乙', visitDate: '2026-10-20' }),
      record({ name: '甲', sampleDate: '2026-10-05', visitDate: '2026-09-28' }),
      record({ name: '丙', visitDate: '2026-10-20' }),
    ], october);
    expect(rep.visitedOrSampled.map((c) => c.record.name)).toEqual(['甲', '丙', '乙']);
  });

  test('orders reps by department then name (pinyin), blanks last, and keeps roster reps with nothing to show', () => {
    const reps = monthActivity([
      record({ rep: '张敏', department: '华南业务一部', visitDate: '2026-10-02' }),
      record({ rep: '陈静', department: '华东业务二部', visitDate: '2026-10-02' }),
      record({ rep: '', department: '', visitDate: '2026-10-02' }),
      record({ rep: '李娜', department: '华南业务一部', visitDate: '2026-10-03' }),
      record({ rep: '王五', department: '华南业务一部', visitDate: '2026-09-03' }),
    ], october, [{ name: '赵磊', department: '华东业务二部' }]);
    expect(reps.map((r) => [r.department, r.rep])).toEqual([
      ['华东业务二部', '陈静'], ['华东业务二部', '赵磊'], ['华南业务一部', '李娜'], ['华南业务一部', '张敏'], ['', ''],
    ]);
    expect(reps[1].counts).toEqual({ visits: 0, samples: 0, deals: 0 });
  });

  test('files a rep under the roster\'s department, else the one their records name most often', () => {
    const reps = monthActivity([
      record({ rep: '张敏', department: '二部', visitDate: '2026-10-02' }),
      record({ rep: '张敏', department: '一部', visitDate: '2026-10-03' }),
      record({ rep: '张敏', department: '一部', visitDate: '2026-10-04' }),
      record({ rep: '李娜', department: '二部', visitDate: '2026-10-04' }),
    ], october, [{ name: '李娜', department: '三部' }]);
    expect(Object.fromEntries(reps.map((r) => [r.rep, r.department]))).toEqual({ 张敏: '一部', 李娜: '三部' });
  });
});
