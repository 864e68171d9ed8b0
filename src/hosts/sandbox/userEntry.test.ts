import type { CalendarDate } from '../../core/dates/calendarDate';
import { excelSerialOf } from '../../core/register/dateCell';
import { enteredValue, validationAlert } from './userEntry';

const serial = (date: string) => excelSerialOf(date as CalendarDate);

describe('what a typed cell becomes', () => {
  test.each([
    ['2026/10/8', 'yyyy-mm-dd', serial('2026-10-08'), 'yyyy-mm-dd'],
    ['2026年10月8日', null, serial('2026-10-08'), 'yyyy-mm-dd'],
    ['2026-10-08', '@', '2026-10-08', '@'],
    ['=1+1', null, '=1+1', null],
    ['42', null, 42, null],
    ['0755', null, '0755', null],
    ['13800000000', '@', '13800000000', '@'],
    ['  ', null, '', null],
    ['格林电子', null, '格林电子', null],
  ])('%p in a cell formatted %p is stored as %p (%p)', (typed, format, value, storedFormat) => {
    expect(enteredValue(typed, format)).toEqual({ value, format: storedFormat });
  });
});

describe('data validation on typed values', () => {
  const rules = [
    { kind: 'list' as const, column: 1, firstRow: 1, items: ['电话', '拜访'], errorTitle: '状态', errorMessage: '请选择' },
    { kind: 'date' as const, column: 2, firstRow: 1, errorTitle: '日期', errorMessage: '请输入日期' },
    { kind: 'textLength' as const, column: 3, firstRow: 1, max: 0, errorTitle: '查重键', errorMessage: '由插件填写' },
  ];
  test.each([
    [1, 1, '合作', '请选择'],
    [1, 1, '拜访', null],
    [0, 1, '表头', null],
    [1, 2, '下周', '请输入日期'],
    [1, 2, serial('2026-10-08'), null],
    [1, 3, 'x', '由插件填写'],
    [1, 1, '', null],
  ])('row %p column %p value %p → %p', (row, column, value, alert) => {
    expect(validationAlert(rules, row, column, value)?.message ?? null).toBe(alert);
  });
});
