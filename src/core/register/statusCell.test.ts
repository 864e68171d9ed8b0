import type { CalendarDate } from '../dates/calendarDate';
import { parseStatusCell, statusFromDates, statusProgress } from './statusCell';

const d = (text: string) => text as CalendarDate;

describe('parseStatusCell', () => {
  test.each([
    ['电话', 'phone'], ['拜访', 'visit'], ['送样', 'sample'], ['合作', 'deal'], ['已释放', 'released'],
    ['电联', 'phone'], ['上门', 'visit'], ['上门拜访', 'visit'], ['寄样', 'sample'], ['已送样', 'sample'],
    ['成交', 'deal'], ['已合作', 'deal'], ['签约', 'deal'], ['正在合作', 'deal'],
    ['释放', 'released'], ['公海', 'released'], ['放弃', 'released'],
    [' 合 作 ', 'deal'], ['已合作。', 'deal'], ['Visit', 'visit'], ['DEAL', 'deal'], ['Closed Won', 'deal'],
  ])('%p is %s', (input, status) => {
    expect(parseStatusCell(input)).toEqual({ status, error: null });
  });

  test.each([null, '', '  '])('blank %p is left for the dates to decide', (input) => {
    expect(parseStatusCell(input)).toEqual({ status: null, error: null });
  });

  test.each(['意向', '=合作', 'A', 3, true])('%p is not a status', (input) => {
    const result = parseStatusCell(input);
    expect(result.status).toBeNull();
    expect(result.error).toEqual({ key: 'register.statusUnknown', params: { value: String(input) } });
  });
});

describe('statusFromDates', () => {
  test.each([
    [{ visitDate: null, sampleDate: null, dealDate: null }, 'phone'],
    [{ visitDate: d('2026-10-08'), sampleDate: null, dealDate: null }, 'visit'],
    [{ visitDate: d('2026-10-08'), sampleDate: d('2026-10-15'), dealDate: null }, 'sample'],
    [{ visitDate: null, sampleDate: d('2026-10-15'), dealDate: null }, 'sample'],
    [{ visitDate: d('2026-10-08'), sampleDate: d('2026-10-15'), dealDate: d('2026-11-01') }, 'deal'],
  ])('%p shows %s', (dates, status) => {
    expect(statusFromDates(dates)).toBe(status);
  });

  it('orders the stages 电话 < 拜访 < 送样 < 合作 and keeps 已释放 outside', () => {
    const order = (['phone', 'visit', 'sample', 'deal'] as const).map(statusProgress);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBe(4);
    expect(statusProgress('released')).toBeLessThan(statusProgress('phone'));
  });
});
