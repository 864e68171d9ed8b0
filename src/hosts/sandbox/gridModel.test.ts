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

  test('a table\'s header also titles the columns; grid rows are sheet rows, with spare rows to type into', () => {
    const layout = gridLayout(registerSheet(), table);
    expect(layout.columns.slice(0, 3).map((c) => c.title)).toEqual(['序号', '客户名称', '查重键']);
    expect(layout.columns[2].readOnly).toBe(true);
    expect(layout.columns[0].list).toEqual({ items: ['1', '2'], firstRow: 1 });
    expect(layout.data).toHaveLength(3 + SPARE_ROWS);
    expect(layout.data[0].slice(0, 3)).toEqual(['序号', '客户名称', '查重键']);
    expect(layout.data[1].slice(0, 3)).toEqual(['1', '格林电子', '格林电子']);
  });

  test('rows above an adopted sheet\'s table stay in the grid, numbered as in Excel', () => {
    const sheet = registerSheet();
    sheet.values = [['销售部客户表'], [], ...sheet.values];
    sheet.computedColumns = [2];
    const layout = gridLayout(sheet, { sheet: '客户登记', headerRow: 2, columnCount: 3 });
    expect(layout.columns[1].title).toBe('客户名称');
    // jspreadsheet labels grid row i as i + 1: sheet row 4 (格林电子) is labelled 4, as in Excel.
    expect(layout.data[0][0]).toBe('销售部客户表');
    expect(layout.data[2][1]).toBe('客户名称');
    expect(layout.data[3][1]).toBe('格林电子');
    expect(layout.data).toHaveLength(5 + SPARE_ROWS);
    const styles = cellStyles(sheet, layout, [], TODAY);
    expect(styles.C3).toBeUndefined();
    expect(styles.C4).toContain('background-color: #f3f2f1');
  });

  test('a sheet without a table is shown from A1 under column letters', () => {
    const layout = gridLayout(registerSheet(), undefined);
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
    // Cells are named by their sheet row: the first customer (sheet row 2) is A2, as in Excel.
    expect(styles.A2).toBe('background-color: #00B050');
    expect(styles.B2).toBe('background-color: #FFC7CE');
    expect(styles.B3).toBe('background-color: #FFEB9C');
    expect(styles.C2).toContain('background-color: #f3f2f1');
    expect(styles.C1).toBeUndefined();
    sheet.notes[noteKey(2, 1)] = '用户批注';
    expect(cellNotes(sheet, layout)).toEqual({ B2: '【客户登记册】同一客户', B3: '用户批注' });
  });
});
