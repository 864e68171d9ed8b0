import {
  addDays, addMonths, calendarDate, calendarDateAt, daysBetween, lastDayOfMonth, monthsBetween, parseIsoDate,
  parseYearMonth, previousMonth, type CalendarDate,
} from './calendarDate';

const d = (s: string) => parseIsoDate(s) as CalendarDate;

describe('calendar dates', () => {
  test.each([
    ['2026-02-29', null], ['2024-02-29', '2024-02-29'], ['2026-13-01', null], ['2026-1-8', null], ['abc', null],
  ])('parseIsoDate(%s) = %s', (text, expected) => expect(parseIsoDate(text)).toBe(expected));

  test('addDays crosses months, years and leap days', () => {
    expect(addDays(d('2026-10-15'), 90)).toBe('2027-01-13');
    expect(addDays(d('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(d('2025-02-28'), 1)).toBe('2025-03-01');
    expect(addDays(d('2026-12-31'), 1)).toBe('2027-01-01');
  });

  test('daysBetween is signed', () => {
    expect(daysBetween(d('2026-10-08'), d('2026-11-22'))).toBe(45);
    expect(daysBetween(d('2026-11-22'), d('2026-10-08'))).toBe(-45);
  });

  test('addMonths clamps to month end; monthsBetween counts completed months', () => {
    expect(addMonths(d('2024-01-31'), 1)).toBe('2024-02-29');
    expect(addMonths(d('2026-11-24'), -6)).toBe('2026-05-24');
    expect(monthsBetween(d('2026-01-31'), d('2026-02-28'))).toBe(0);
    expect(monthsBetween(d('2026-01-31'), d('2026-03-01'))).toBe(1);
    expect(monthsBetween(d('2024-11-24'), d('2026-11-24'))).toBe(24);
  });

  test('calendarDateAt reads the date in Asia/Shanghai, not UTC', () => {
    // 2026-10-31T17:30Z is already 1 November in Shanghai (UTC+8).
    expect(calendarDateAt(new Date('2026-10-31T17:30:00Z'))).toBe('2026-11-01');
    expect(calendarDateAt(new Date('2026-10-31T15:59:59Z'))).toBe('2026-10-31');
    expect(calendarDateAt(new Date('2026-10-31T17:30:00Z'), 'UTC')).toBe('2026-10-31');
  });

  test('months', () => {
    expect(previousMonth(d('2026-11-24'))).toBe('2026-10');
    expect(previousMonth(d('2026-01-01'))).toBe('2025-12');
    expect(lastDayOfMonth(parseYearMonth('2028-02')!)).toBe('2028-02-29');
    expect(parseYearMonth('2026-13')).toBeNull();
    expect(calendarDate(2026, 2, 29)).toBeNull();
  });
});
