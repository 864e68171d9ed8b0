import type { CalendarDate } from '../../core/dates/calendarDate';
import { excelSerialOf } from '../../core/register/dateCell';
import type { ConditionalFormatRule } from '../spreadsheetHost';
import { cellNotes, cellStyles, displayText, gridLayout, SPARE_ROWS } from './gridModel';
import { emptySheet, noteKey } from './sandboxSheet';

const TODAY = '2026-11-02' as CalendarDate;

function registerSheet() {
  const sheet = emptySheet('客户登记');
  sheet.values = [['序号', '客户名称', '查重键'], [1, '格林电子', '格林电子'], [2, '雅玛西电子', '雅玛西电子']];
  sheet.columnFormats = ['0', '@', '@'];
  sheet.columnWidths = [6, 32, 20];
  sheet.computedColumns = [2];
  sheet.validation = [{ kind: 'list', column: 0, firstRow: 1, items: ['1', '2'], errorTitle: 't', errorMessage: 'm' }];
  return sheet;
}
const table = { sheet: '客户登记', headerRow: 0, columnCount: 3 };

describe('the sandbox grid model', () => {
  test.each([
    [excelSerialOf('2026-10-08' as CalendarDate), 'yyyy-mm-dd', '2026-10-08'],
    [45_000, null, '45000'],
    ['=1+1', '@', '=1+1'],
    [true, null, 'TRUE'],
    ['', null, ''],
  ])('shows %p formatted %p as %p', (value, format, text) => {
    expect(displayText(value, format)).toBe(text);
  });

  test('a table\'s header becomes the column titles, with spare rows to type into', () => {
    const layout = gridLayout(registerSheet(), table);
    expect(layout.offset).toBe(1);
    expect(layout.columns.slice(0, 3).map((c) => c.title)).toEqual(['序号', '客户名称', '查重键']);
    expect(layout.columns[2].readOnly).toBe(true);
    expect(layout.columns[0].items).toEqual(['1', '2']);
    expect(layout.data).toHaveLength(2 + SPARE_ROWS);
    expect(layout.data[0].slice(0, 3)).toEqual(['1', '格林电子', '格林电子']);
  });

  test('a sheet without a table is shown from A1 under column letters', () => {
    const layout = gridLayout(registerSheet(), undefined);
    expect(layout.offset).toBe(0);
    expect(layout.columns[0].title).toBe('A');
    expect(layout.data[0][1]).toBe('客户名称');
  });

  test('row marks paint the row except where the user coloured a cell; rules colour the rows they match', () => {
    const sheet = registerSheet();
    sheet.styles[1] = [{ fill: '#00B050' }];
    sheet.marks[1] = { fill: '#FFC7CE', columns: { left: 0, right: 1 }, note: '【客户登记册】同一客户', noteColumn: 1 };
    const rule: ConditionalFormatRule = {
      id: 'yamaxi', range: { top: 1, left: 1, bottom: 99, right: 1 }, formula: '=$B2="雅玛西电子"',
      test: (row) => row[1] === '雅玛西电子', style: { fill: '#FFEB9C' },
    };
    const layout = gridLayout(sheet, table);
    const styles = cellStyles(sheet, layout, [rule], TODAY);
    expect(styles.A1).toBe('background-color: #00B050');
    expect(styles.B1).toBe('background-color: #FFC7CE');
    expect(styles.B2).toBe('background-color: #FFEB9C');
    expect(styles.C1).toContain('background-color: #f3f2f1');
    sheet.notes[noteKey(2, 1)] = '用户批注';
    expect(cellNotes(sheet, layout)).toEqual({ B1: '【客户登记册】同一客户', B2: '用户批注' });
  });
});
