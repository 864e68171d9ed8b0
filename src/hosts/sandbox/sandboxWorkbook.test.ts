import { excelSerialOf } from '../../core/register/dateCell';
import { REGISTER_COLUMNS, REGISTER_SHEET_NAME, REGISTER_TABLE_NAME } from '../../core/register/registerSchema';
import type { CalendarDate } from '../../core/dates/calendarDate';
import type { SheetSpec } from '../../core/summary/sheetSpec';
import type { SheetChange, TableDefinition } from '../spreadsheetHost';
import { SandboxWorkbook } from './sandboxWorkbook';
import { formatAt } from './sandboxSheet';

const REGISTER: TableDefinition = {
  sheet: REGISTER_SHEET_NAME,
  tableName: REGISTER_TABLE_NAME,
  freezeHeader: true,
  columns: REGISTER_COLUMNS.map((c) => ({ header: c.header, width: c.width, numberFormat: c.numberFormat, computed: c.computed })),
};
const NAME = REGISTER_COLUMNS.findIndex((c) => c.field === 'name');
const VISIT = REGISTER_COLUMNS.findIndex((c) => c.field === 'visitDate');
const STATUS = REGISTER_COLUMNS.findIndex((c) => c.field === 'status');

async function registerWorkbook(): Promise<SandboxWorkbook> {
  const workbook = new SandboxWorkbook();
  await workbook.ensureTable(REGISTER);
  return workbook;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('SandboxWorkbook', () => {
  test('ensureTable writes the header once and says whether it created the table', async () => {
    const workbook = new SandboxWorkbook();
    expect(await workbook.ensureTable(REGISTER)).toEqual({ created: true });
    expect(await workbook.ensureTable(REGISTER)).toEqual({ created: false });
    expect((await workbook.readSheet(REGISTER_SHEET_NAME))?.[0]).toEqual(REGISTER_COLUMNS.map((c) => c.header));
    expect(workbook.sheet(REGISTER_SHEET_NAME)?.frozenRows).toBe(1);
    expect(await workbook.readTable(REGISTER_TABLE_NAME)).toEqual({
      sheet: REGISTER_SHEET_NAME, firstDataRow: 1, header: REGISTER_COLUMNS.map((c) => c.header), rows: [],
    });
  });

  test('appendRows adds below the last non-blank row of the table', async () => {
    const workbook = await registerWorkbook();
    expect(await workbook.appendRows(REGISTER_TABLE_NAME, [[1, '格林电子']])).toEqual({ firstRow: 1 });
    expect(await workbook.appendRows(REGISTER_TABLE_NAME, [[2, '雅玛西电子'], [3, '博蓝科技']])).toEqual({ firstRow: 2 });
    expect((await workbook.readTable(REGISTER_TABLE_NAME))!.rows.map((r) => r[1])).toEqual(['格林电子', '雅玛西电子', '博蓝科技']);
  });

  test('10,000 written rows read back as written', async () => {
    const workbook = await registerWorkbook();
    const rows = Array.from({ length: 10_000 }, (_, i) => REGISTER_COLUMNS.map((_c, c) => (c === 0 ? i + 1 : `r${i}c${c}`)));
    await workbook.writeRange(REGISTER_SHEET_NAME, 1, 0, rows);
    const table = await workbook.readTable(REGISTER_TABLE_NAME);
    expect(table?.rows).toHaveLength(10_000);
    expect(table?.rows[9_999]).toEqual(rows[9_999]);
  });

  test('text that a spreadsheet would reinterpret gets the text format', async () => {
    const workbook = await registerWorkbook();
    await workbook.writeRange('客户登记', 5, 30, [['=HYPERLINK("x")', '0755', '格林电子']]);
    const sheet = workbook.sheet('客户登记')!;
    expect([formatAt(sheet, 5, 30), formatAt(sheet, 5, 31), formatAt(sheet, 5, 32)]).toEqual(['@', '@', null]);
    expect(await workbook.readRange('客户登记', { top: 5, left: 30, bottom: 5, right: 30 })).toEqual([['=HYPERLINK("x")']]);
  });

  test('a typed date in a date column becomes a serial number; typed text stays text', async () => {
    const workbook = await registerWorkbook();
    expect(workbook.enterText(REGISTER_SHEET_NAME, 1, NAME, [['=1+1']])).toBeNull();
    expect(workbook.enterText(REGISTER_SHEET_NAME, 1, VISIT, [['2026/10/8']])).toBeNull();
    const [row] = (await workbook.readTable(REGISTER_TABLE_NAME))!.rows;
    expect(row[NAME]).toBe('=1+1');
    expect(row[VISIT]).toBe(excelSerialOf('2026-10-08' as CalendarDate));
  });

  test('user edits raise change events; the host\'s own writes raise none', async () => {
    const workbook = await registerWorkbook();
    const changes: SheetChange[] = [];
    const stop = await workbook.onSheetChanged(REGISTER_SHEET_NAME, (c) => { changes.push(c); });
    await workbook.writeRange(REGISTER_SHEET_NAME, 1, 0, [[1, '格林电子']]);
    workbook.enterText(REGISTER_SHEET_NAME, 2, NAME, [['雅玛西电子'], ['博蓝科技']]);
    await workbook.settled();
    expect(changes).toEqual([{ sheet: REGISTER_SHEET_NAME, range: { top: 2, left: NAME, bottom: 3, right: NAME } }]);
    await stop();
    workbook.enterText(REGISTER_SHEET_NAME, 4, NAME, [['x']]);
    await settle();
    expect(changes).toHaveLength(1);
  });

  test('list validation refuses a value outside the list and leaves the block unchanged', async () => {
    const workbook = await registerWorkbook();
    await workbook.setValidation(REGISTER_SHEET_NAME, [
      { kind: 'list', column: STATUS, firstRow: 1, items: ['电话', '拜访'], errorTitle: '状态', errorMessage: '请从列表中选择' },
    ]);
    const typed = Array.from({ length: STATUS - NAME + 1 }, (_, i) => (i === 0 ? '格林电子' : i === STATUS - NAME ? '成交' : ''));
    const refused = workbook.enterText(REGISTER_SHEET_NAME, 1, NAME, [typed]);
    expect(refused).toEqual({ row: 1, column: STATUS, title: '状态', message: '请从列表中选择' });
    expect((await workbook.readTable(REGISTER_TABLE_NAME))!.rows).toEqual([]);
    expect(workbook.enterText(REGISTER_SHEET_NAME, 1, STATUS, [['拜访']])).toBeNull();
  });

  test('row marks are set and cleared', async () => {
    const workbook = await registerWorkbook();
    const columns = { left: 0, right: REGISTER_COLUMNS.length - 1 };
    await workbook.markRows(REGISTER_SHEET_NAME, [{ row: 3, fill: '#FFC7CE', note: '同一客户', noteColumn: NAME }], columns);
    expect(workbook.sheet(REGISTER_SHEET_NAME)!.marks[3]).toMatchObject({ fill: '#FFC7CE', note: '同一客户', columns });
    await workbook.markRows(REGISTER_SHEET_NAME, [{ row: 3, fill: null, note: null, noteColumn: NAME }], columns);
    expect(workbook.sheet(REGISTER_SHEET_NAME)!.marks[3]).toBeUndefined();
  });

  test('writeSheetSpec replaces a sheet of the same name and stores dates as dates', async () => {
    const workbook = await registerWorkbook();
    const spec = (value: string): SheetSpec => ({
      name: '2026年10月汇总', rows: [[{ value, style: 'title' }, { value: { date: '2026-10-08' as CalendarDate } }]],
      styles: { title: { bold: true } }, merges: [], columnWidths: [10, 12], rowHeights: [], frozenRows: 0, rowBreaks: [],
      pageLayout: {
        paperSize: 'A4', orientation: 'landscape', fitToPagesWide: 1, fitToPagesTall: 0, printTitleRows: null, printArea: null,
        margins: { top: 0.5, bottom: 0.5, left: 0.3, right: 0.3, header: 0.2, footer: 0.2 },
        header: { left: [], center: [], right: [] }, footer: { left: [], center: [], right: [] },
      },
    });
    await workbook.writeSheetSpec(spec('旧'));
    await workbook.writeSheetSpec(spec('新'));
    expect(await workbook.listSheets()).toEqual(['Sheet1', REGISTER_SHEET_NAME, '2026年10月汇总']);
    expect(await workbook.readSheet('2026年10月汇总')).toEqual([['新', excelSerialOf('2026-10-08' as CalendarDate)]]);
    expect(workbook.sheet('2026年10月汇总')!.styles[0][0]).toEqual({ bold: true });
  });

  test('settings and the whole workbook survive a snapshot', async () => {
    const workbook = await registerWorkbook();
    await workbook.settings.set('policy', { protectDays: 60 });
    await workbook.writeRange(REGISTER_SHEET_NAME, 1, 0, [[1, '格林电子']]);
    const restored = new SandboxWorkbook(workbook.snapshot());
    expect(await restored.settings.get('policy')).toEqual({ protectDays: 60 });
    expect(await restored.settings.get('missing')).toBeNull();
    expect((await restored.readTable(REGISTER_TABLE_NAME))!.rows[0].slice(0, 2)).toEqual([1, '格林电子']);
  });

  test('selection changes reach selection listeners of that sheet only', async () => {
    const workbook = await registerWorkbook();
    const seen: number[] = [];
    await workbook.onSelectionChanged!(REGISTER_SHEET_NAME, (range) => seen.push(range.top));
    workbook.select(REGISTER_SHEET_NAME, { top: 4, left: 1, bottom: 4, right: 1 });
    workbook.select('other', { top: 9, left: 1, bottom: 9, right: 1 });
    await settle();
    expect(seen).toEqual([4]);
  });
});
