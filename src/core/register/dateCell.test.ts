import fc from 'fast-check';
import { addDays, type CalendarDate } from '../dates/calendarDate';
import { formatMessage } from '../../i18n/message';
import { MAX_EXCEL_SERIAL, dateFromExcelSerial, excelSerialOf, parseDateCell } from './dateCell';

describe('parseDateCell', () => {
  test.each([
    ['2026-10-08', '2026-10-08'],
    ['2026/10/8', '2026-10-08'],
    ['2026.10.8', '2026-10-08'],
    ['2026年10月8日', '2026-10-08'],
    ['2026年10月8号', '2026-10-08'],
    ['2026 年 10 月 8 日', '2026-10-08'],
    ['２０２６／１０／８', '2026-10-08'],
    ['20261008', '2026-10-08'],
    [' 2026-1-5 ', '2026-01-05'],
    ['2026-10-08 14:30', '2026-10-08'],
    ['2026/10/8 9:05:00', '2026-10-08'],
    ['2024-02-29', '2024-02-29'],
    ['二〇二六年十月八日', '2026-10-08'],
    ['二○二六年十二月三十一日', '2026-12-31'],
    ['二零二六年一月二十号', '2026-01-20'],
    ['46303', '2026-10-08'],
    ['46303.5', '2026-10-08'],
    [46303, '2026-10-08'],
    [46303.75, '2026-10-08'],
    [20261008, '2026-10-08'],
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [MAX_EXCEL_SERIAL, '9999-12-31'],
  ])('%p is %s', (input, expected) => {
    expect(parseDateCell(input)).toEqual({ date: expected, error: null });
  });

  test.each([null, '', '   '])('blank %p is no date and no error', (input) => {
    expect(parseDateCell(input)).toEqual({ date: null, error: null });
  });

  test.each([
    ['tomorrow', 'register.dateMalformed'],
    ['2026-10', 'register.dateMalformed'],
    ['2026-10/08', 'register.dateMalformed'],
    ['10月8日', 'register.dateMalformed'],
    ['2026-10-08T14:30:00Z', 'register.dateMalformed'],
    [true, 'register.dateMalformed'],
    ['8/10/2026', 'register.dateAmbiguous'],
    ['26-10-8', 'register.dateAmbiguous'],
    ['2026108', 'register.dateAmbiguous'],
    ['261008', 'register.dateAmbiguous'],
    ['二〇二六年十三月八日', 'register.dateNonexistent'],
    ['二〇二六年二月三十日', 'register.dateNonexistent'],
    ['二〇二六年十月二二日', 'register.dateNonexistent'],
    ['2026-02-30', 'register.dateNonexistent'],
    ['2026-13-01', 'register.dateNonexistent'],
    ['2025年2月29日', 'register.dateNonexistent'],
    ['20261332', 'register.dateNonexistent'],
    [20260230, 'register.dateNonexistent'],
    [60, 'register.dateSerialLeapBug'],
    [0, 'register.dateSerialOutOfRange'],
    [-5, 'register.dateSerialOutOfRange'],
    [MAX_EXCEL_SERIAL + 1, 'register.dateSerialOutOfRange'],
    [123_456_789, 'register.dateSerialOutOfRange'],
    [Number.NaN, 'register.dateSerialOutOfRange'],
  ])('%p is refused with %s', (input, key) => {
    const result = parseDateCell(input);
    expect(result.date).toBeNull();
    expect(result.error?.key).toBe(key);
  });

  it('tells the rep in Chinese what it could not read', () => {
    const { error } = parseDateCell('2026/13/1');
    expect(error && formatMessage(error)).toBe('“2026/13/1”这一天不存在，请检查月份和日期');
  });
});

describe('Excel serial numbers', () => {
  test.each([
    ['1900-01-01', 1],
    ['1900-02-28', 59],
    ['1900-03-01', 61],
    ['1970-01-01', 25569],
    ['2026-10-08', 46303],
    ['9999-12-31', MAX_EXCEL_SERIAL],
  ])('%s is serial %d', (date, serial) => {
    expect(excelSerialOf(date as CalendarDate)).toBe(serial);
    expect(dateFromExcelSerial(serial).date).toBe(date);
  });

  it('round-trips every day from 1900 to 9999', () => {
    const dayOffsets = fc.integer({ min: 0, max: 2_958_464 - 1 });
    fc.assert(fc.property(dayOffsets, (offset) => {
      const date = addDays('1900-01-01' as CalendarDate, offset);
      return dateFromExcelSerial(excelSerialOf(date)).date === date;
    }));
  });

  it('never maps a serial onto the phantom 1900-02-29', () => {
    expect(excelSerialOf('1900-02-28' as CalendarDate) + 2).toBe(excelSerialOf('1900-03-01' as CalendarDate));
  });
});
