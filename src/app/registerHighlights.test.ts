import { claimPolicy } from '../core/claims';
import { addDays, type CalendarDate } from '../core/dates/calendarDate';
import type { CellValue } from '../core/register/cellValue';
import { excelSerialOf } from '../core/register/dateCell';
import { REGISTER_HEADERS } from '../core/register/registerSchema';
import { registerHighlightRules, registerLegend } from './registerHighlights';
import { registerLayout, type RegisterLayout } from './registerLayout';

const layout = (registerLayout({ sheet: '客户登记', firstDataRow: 1, header: [...REGISTER_HEADERS] }, null) as { layout: RegisterLayout }).layout;
const today = '2026-10-20' as CalendarDate;
const col = (header: string) => REGISTER_HEADERS.indexOf(header);

function row(cells: Record<string, CellValue>): CellValue[] {
  const values: CellValue[] = REGISTER_HEADERS.map(() => '');
  for (const [header, value] of Object.entries(cells)) values[col(header)] = value;
  return values;
}

describe('register highlights', () => {
  const rules = registerHighlightRules(layout, claimPolicy());
  const rule = (id: string) => rules.find((r) => r.id === id)!;

  test('are Excel formulas on the first data row, reaching the bottom of the sheet', () => {
    expect(rules.map((r) => [r.id, r.formula])).toEqual([
      ['expiring', '=AND(ISNUMBER($O2),$O2>=TODAY(),$O2-TODAY()<=7)'],
      ['followUpDue', '=AND(ISNUMBER($M2),$M2=TODAY(),$L2<>"已释放")'],
      ['followUpOverdue', '=AND(ISNUMBER($M2),$M2<TODAY(),$L2<>"已释放")'],
      ['duplicateKey', '=AND($T2<>"",COUNTIF($T:$T,$T2)>1)'],
    ]);
    expect(rule('expiring').range).toEqual({ top: 1, left: col('保护到期'), bottom: 1_048_575, right: col('保护到期') });
    expect(rule('duplicateKey').range.left).toBe(col('客户名称'));
  });

  test.each([
    ['expiring', { 保护到期: excelSerialOf(addDays(today, 7)) }, true],
    ['expiring', { 保护到期: excelSerialOf(addDays(today, 8)) }, false],
    ['expiring', { 保护到期: excelSerialOf(addDays(today, -1)) }, false],
    ['followUpDue', { 再次跟进日期: excelSerialOf(today), 状态: '拜访' }, true],
    ['followUpDue', { 再次跟进日期: excelSerialOf(today), 状态: '已释放' }, false],
    ['followUpOverdue', { 再次跟进日期: excelSerialOf(addDays(today, -3)), 状态: '送样' }, true],
    ['followUpOverdue', { 再次跟进日期: excelSerialOf(today), 状态: '送样' }, false],
  ])('%s: the sandbox test agrees with the formula on %j → %s', (id, cells, expected) => {
    const values = row(cells);
    expect(rule(id).test(values, { today, rows: [values] })).toBe(expected);
  });

  test('duplicateKey compares a row with all the others', () => {
    const rows = [row({ 查重键: '格林电子' }), row({ 查重键: '格林电子' }), row({ 查重键: '雅玛西电子' })];
    expect(rows.map((r) => rule('duplicateKey').test(r, { today, rows }))).toEqual([true, true, false]);
  });

  test('dormant rules are left out, and the legend lists what can show', () => {
    const quiet = claimPolicy({ reminders: { enabled: false }, followUps: { enabled: false } });
    expect(registerHighlightRules(layout, quiet).map((r) => r.id)).toEqual(['duplicateKey']);
    expect(registerLegend(claimPolicy()).map((e) => [e.id, e.scope])).toEqual([
      ['expiring', 'cell'], ['followUpDue', 'cell'], ['followUpOverdue', 'cell'], ['duplicateKey', 'cell'], ['warning', 'row'], ['blocked', 'row'],
    ]);
    expect(registerLegend(claimPolicy())[0].detail).toEqual({ key: 'host.legend.expiringDetail', params: { days: 7 } });
  });
});
