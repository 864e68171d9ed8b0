/**
 * Calendar dates as 'YYYY-MM-DD' strings. Claim rules count whole days in the team's time zone, so a date
 * never carries a clock time: no daylight-saving or UTC-offset surprises, and strings compare in order.
 */
export type CalendarDate = string & { readonly __calendarDate: unique symbol };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** Builds a date from its parts; returns null for impossible dates such as 2026-02-30. */
export function calendarDate(year: number, month: number, day: number): CalendarDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as CalendarDate;
}

/** Accepts exactly 'YYYY-MM-DD' of a real day. */
export function parseIsoDate(text: string): CalendarDate | null {
  const m = ISO_DATE.exec(text);
  return m ? calendarDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

export function isCalendarDate(value: unknown): value is CalendarDate {
  return typeof value === 'string' && parseIsoDate(value) === value;
}

export function dateParts(date: CalendarDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toEpochDay(date: CalendarDate): number {
  const { year, month, day } = dateParts(date);
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

function fromEpochDay(epochDay: number): CalendarDate {
  const d = new Date(epochDay * MS_PER_DAY);
  return calendarDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) as CalendarDate;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toEpochDay(to) - toEpochDay(from);
}

/** Adds calendar months, clamping to the month's last day (2024-01-31 + 1 month = 2024-02-29). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = dateParts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return calendarDate(y, m, Math.min(day, daysInMonth(y, m))) as CalendarDate;
}

/** Completed months from `from` to `to` (tenure, rotation): 2026-01-31 → 2026-02-28 is 0, → 2026-03-01 is 1. */
export function monthsBetween(from: CalendarDate, to: CalendarDate): number {
  const a = dateParts(from);
  const b = dateParts(to);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  if (b.day < a.day) months -= 1;
  return months;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function latestDate(...dates: (CalendarDate | null | undefined)[]): CalendarDate | null {
  let latest: CalendarDate | null = null;
  for (const d of dates) if (d && (!latest || d > latest)) latest = d;
  return latest;
}

/** The calendar date of an instant in a time zone (the caller reads the clock; rules never do). */
export function calendarDateAt(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): CalendarDate {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return calendarDate(get('year'), get('month'), get('day')) as CalendarDate;
}

/** 'YYYY-MM' of a date, and the month before a date (the summary's default month). */
export type YearMonth = string & { readonly __yearMonth: unique symbol };

export function parseYearMonth(text: string): YearMonth | null {
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  if (!m) return null;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 && Number(m[1]) >= 1900 ? (text as YearMonth) : null;
}

export function yearMonthOf(date: CalendarDate): YearMonth {
  return date.slice(0, 7) as YearMonth;
}

export function previousMonth(date: CalendarDate): YearMonth {
  return yearMonthOf(addMonths(firstDayOfMonth(yearMonthOf(date)), -1));
}

export function firstDayOfMonth(month: YearMonth): CalendarDate {
  return `${month}-01` as CalendarDate;
}

export function lastDayOfMonth(month: YearMonth): CalendarDate {
  const [y, m] = month.split('-').map(Number);
  return calendarDate(y, m, daysInMonth(y, m)) as CalendarDate;
}

export function isInMonth(date: CalendarDate | null | undefined, month: YearMonth): boolean {
  return !!date && date.startsWith(month);
}
