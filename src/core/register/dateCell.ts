import { addDays, calendarDate, daysBetween, type CalendarDate } from '../dates/calendarDate';
import { message, type Message } from '../../i18n/message';
import { isBlankCell, type CellValue } from './cellValue';

/** A parsed date cell: blank gives { date: null, error: null }; a malformed one gives null and the reason. */
export interface DateCellResult {
  date: CalendarDate | null;
  error: Message | null;
}

// Excel's 1900 date system counts 1900-01-01 as 1 and, copying Lotus 1-2-3, treats 1900 as a leap year:
// serial 60 is the non-existent 1900-02-29, so from 61 (1900-03-01) on every serial is one day "late".
const SERIAL_ONE = '1900-01-01' as CalendarDate;
const SERIAL_SIXTY_ONE = '1900-03-01' as CalendarDate;
const PHANTOM_LEAP_DAY = 60;
/** 9999-12-31, the last day Excel can show. */
export const MAX_EXCEL_SERIAL = 2_958_465;

const ok = (date: CalendarDate | null): DateCellResult => ({ date, error: null });
const fail = (error: Message): DateCellResult => ({ date: null, error });

/** The day an Excel serial number stands for; a time of day (the fraction) is dropped. */
export function dateFromExcelSerial(serial: number): DateCellResult {
  const day = Math.floor(serial);
  if (!Number.isFinite(serial) || day < 1 || day > MAX_EXCEL_SERIAL) {
    return fail(message('register.dateSerialOutOfRange', { value: serial }));
  }
  if (day === PHANTOM_LEAP_DAY) return fail(message('register.dateSerialLeapBug'));
  return ok(day < PHANTOM_LEAP_DAY ? addDays(SERIAL_ONE, day - 1) : addDays(SERIAL_SIXTY_ONE, day - 61));
}

/** The serial number to write so the host stores a real date (formatted yyyy-mm-dd), not text. */
export function excelSerialOf(date: CalendarDate): number {
  return date < SERIAL_SIXTY_ONE ? daysBetween(SERIAL_ONE, date) + 1 : daysBetween(SERIAL_SIXTY_ONE, date) + 61;
}

// Year first, one separator used consistently; a clock time after the date (text exports) is ignored.
const SEPARATED = /^(\d{4})\s*([-/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?:[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;
const CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
// 二〇二六年十月八日 as typed in formal documents; 〇 is also typed as ○ or 零.
const CHINESE_NUMERALS = /^([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*[日号]?$/;
// A date that reached a text column as its serial number (46303 = 2026-10-08): five digits cover 1927–2173.
const SERIAL_TEXT = /^\d{5}(?:\.\d+)?$/;
const DIGIT_OF: Record<string, number> = Object.fromEntries([...'〇一二三四五六七八九'].map((c, i) => [c, i]).concat([['○', 0], ['零', 0]]));

/** 一 … 九, 十, 十一 … 十九, 二十 … 三十一 (NaN for anything else, which fromParts then refuses). */
function chineseNumber(text: string): number {
  const [tens, ones] = text.includes('十') ? text.split('十') : ['零', text];
  if (text.split('十').length > 2) return NaN;
  const tensValue = tens === '' ? 1 : DIGIT_OF[tens];
  const onesValue = ones === '' ? 0 : DIGIT_OF[ones];
  return ones.length > 1 || tens.length > 1 || tensValue === undefined || onesValue === undefined ? NaN : tensValue * 10 + onesValue;
}
// Day and month first, or a two-digit year: 8/10/2026 is 8 October in China and 10 August in the US.
const AMBIGUOUS = /^\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,4}$/;

function fromParts(text: string, year: string, month: string, day: string): DateCellResult {
  const date = calendarDate(Number(year), Number(month), Number(day));
  return date ? ok(date) : fail(message('register.dateNonexistent', { value: text }));
}

function parseDateText(raw: string): DateCellResult {
  // NFKC turns full-width digits and separators (２０２６／１０／８) into ASCII.
  const text = raw.normalize('NFKC').trim();
  const separated = SEPARATED.exec(text);
  if (separated) return fromParts(raw, separated[1], separated[3], separated[4]);
  const chinese = CHINESE.exec(text);
  if (chinese) return fromParts(raw, chinese[1], chinese[2], chinese[3]);
  const compact = COMPACT.exec(text);
  if (compact) return fromParts(raw, compact[1], compact[2], compact[3]);
  const numerals = CHINESE_NUMERALS.exec(text);
  if (numerals) {
    const year = [...numerals[1]].map((c) => DIGIT_OF[c]).join('');
    return fromParts(raw, year, String(chineseNumber(numerals[2])), String(chineseNumber(numerals[3])));
  }
  if (SERIAL_TEXT.test(text)) return dateFromExcelSerial(Number(text));
  if (AMBIGUOUS.test(text) || /^\d{6,7}$/.test(text)) return fail(message('register.dateAmbiguous', { value: raw }));
  return fail(message('register.dateMalformed', { value: raw }));
}

/** 8-digit numbers are past the last serial, so 20261008 typed into a date cell can only mean 2026-10-08. */
function parseDateNumber(value: number): DateCellResult {
  if (Number.isInteger(value) && value >= 10_000_000 && value <= 99_999_999) {
    const digits = String(value);
    return fromParts(digits, digits.slice(0, 4), digits.slice(4, 6), digits.slice(6, 8));
  }
  return dateFromExcelSerial(value);
}

/**
 * Reads a date cell: an Excel serial number (1900 system, also as text: 46303), 2026-10-08, 2026/10/8, 2026.10.8,
 * 2026年10月8日, 二〇二六年十月八日, or 20261008. Anything whose day/month order is unclear is refused rather than guessed.
 */
export function parseDateCell(value: CellValue): DateCellResult {
  if (value === null || isBlankCell(value)) return ok(null);
  if (typeof value === 'number') return parseDateNumber(value);
  if (typeof value === 'boolean') return fail(message('register.dateMalformed', { value: String(value).toUpperCase() }));
  return parseDateText(value);
}
