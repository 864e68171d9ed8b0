import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { parseIsoDate, parseYearMonth, type CalendarDate, type YearMonth } from '../../core/dates/calendarDate';
import { emptyCustomerRecord } from '../../core/register/customerRecord';
import { buildMonthlySummary, handoutPageLayout, type SheetSpec } from '../../core/summary';
import { oneWideScalePercent } from '../../core/summary/printScale';
import { writeSheetSpec } from './writeSheetSpec';

const d = (text: string) => parseIsoDate(text) as CalendarDate;

const SPEC: SheetSpec = {
  name: '2026年10月汇总',
  rows: [
    [{ value: '标题', style: 'title' }, { value: null, style: 'title' }, { value: null, style: 'title' }],
    [{ value: '客户名称', style: 'header' }, { value: '拜访日期', style: 'header' }, { value: '数量', style: 'header' }],
    [{ value: '=HYPERLINK("http://x","点我")' }, { value: { date: d('2026-10-08') }, style: 'date' }, { value: 3 }],
    [{ value: '+86 755 1234' }, { value: { date: d('2026-10-31') } }, { value: null }],
    [{ value: '-1' }, { value: '@SUM(A1)' }, { value: '2026-10-01' }],
  ],
  styles: {
    title: { bold: true, fontSize: 16, horizontal: 'center' },
    header: { bold: true, fill: '#D9D9D9', border: 'thin', wrap: true },
    date: { border: 'thin', numberFormat: 'yyyy-mm-dd' },
  },
  merges: [{ top: 0, left: 0, bottom: 0, right: 2 }],
  columnWidths: [30, 12, 8],
  rowHeights: [{ row: 0, points: 30 }],
  frozenRows: 2,
  rowBreaks: [2, 4],
  pageLayout: handoutPageLayout({
    printTitleRows: { first: 1, last: 1 },
    printArea: { top: 0, left: 0, bottom: 4, right: 2 },
    header: { left: ['客户登记册'], center: ['标题'], right: [] },
    footer: { left: [], center: ['第 ', { field: 'page' }, ' 页 / 共 ', { field: 'pages' }, ' 页'], right: ['2026年10月'] },
  }),
};

async function roundTrip(spec: SheetSpec): Promise<{ sheet: ExcelJS.Worksheet; sheetXml: string }> {
  const workbook = new ExcelJS.Workbook();
  writeSheetSpec(workbook, spec);
  const buffer = await workbook.xlsx.writeBuffer();
  const readBack = new ExcelJS.Workbook();
  await readBack.xlsx.load(buffer as ArrayBuffer);
  const sheetXml = await (await JSZip.loadAsync(buffer)).file('xl/worksheets/sheet1.xml')!.async('string');
  return { sheet: readBack.getWorksheet(spec.name)!, sheetXml };
}

describe('writeSheetSpec (write, then read the file back)', () => {
  let sheet: ExcelJS.Worksheet;
  let sheetXml: string;
  beforeAll(async () => ({ sheet, sheetXml } = await roundTrip(SPEC)));

  test('writes the values, dates as real dates in yyyy-mm-dd', () => {
    expect(sheet.getCell('A2').value).toBe('客户名称');
    expect(sheet.getCell('C3').value).toBe(3);
    expect(sheet.getCell('B3').value).toEqual(new Date(Date.UTC(2026, 9, 8)));
    expect(sheet.getCell('B3').numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getCell('B4').value).toEqual(new Date(Date.UTC(2026, 9, 31)));
    expect(sheet.getCell('B4').numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getCell('C4').value).toBeNull();
  });

  test('keeps text that looks like a formula or a date as text', () => {
    for (const [address, text] of [['A3', '=HYPERLINK("http://x","点我")'], ['A4', '+86 755 1234'], ['A5', '-1'], ['B5', '@SUM(A1)'], ['C5', '2026-10-01']]) {
      expect(sheet.getCell(address).type).toBe(ExcelJS.ValueType.String);
      expect(sheet.getCell(address).value).toBe(text);
      // The text format '@': edited and confirmed in Excel, or saved as CSV, it does not become a live formula.
      expect(sheet.getCell(address).numFmt).toBe('@');
    }
    expect(sheetXml).not.toContain('<f>');
    expect(sheet.getCell('C3').numFmt).toBeUndefined();
  });

  test('a row whose wrapping text needs more lines gets the height that fits it', async () => {
    const long = '深圳市宝安区福永街道格林电子科技实业有限公司（第二工厂）';
    const { sheet: wrapped } = await roundTrip({ ...SPEC, rows: [...SPEC.rows, [{ value: long, style: 'header' }, { value: null }, { value: null }]] });
    expect(wrapped.getRow(6).height).toBeGreaterThanOrEqual(2 * 11 * 1.2);
    expect(wrapped.getRow(1).height).toBe(30);
  });

  test('applies styles, merges, widths, heights and frozen rows', () => {
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true, size: 16 });
    expect(sheet.getCell('A1').alignment).toMatchObject({ horizontal: 'center' });
    expect(sheet.getCell('A2').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9D9D9' } });
    expect(sheet.getCell('A2').border.top).toEqual({ style: 'thin' });
    expect(sheet.getCell('C1').isMerged).toBe(true);
    expect(sheet.getCell('C1').master.address).toBe('A1');
    expect(sheet.getColumn(1).width).toBe(30);
    expect(sheet.getRow(1).height).toBe(30);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });

  test('sets up the page: A4 landscape, print titles, print area, margins', () => {
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', printTitlesRow: '2:2', printArea: 'A1:C5' });
    expect(sheet.pageSetup.margins).toEqual(SPEC.pageLayout.margins);
  });

  test('a sheet with a break per rep prints at a percentage, never fit-to-pages (Excel and ET would drop the breaks)', () => {
    expect(sheet.pageSetup.fitToPage).toBe(false);
    expect(sheetXml).not.toContain('fitToPage');
    // The columns (30 + 12 + 8 characters) fit A4 landscape's printable width at 100 %, the cap.
    expect(sheet.pageSetup.scale).toBe(oneWideScalePercent(SPEC.columnWidths, SPEC.pageLayout));
    expect(sheetXml).toMatch(/<pageSetup [^>]*scale="100"/);
  });

  test('wide columns with breaks scale down to the largest percentage that keeps them one page wide', async () => {
    const wide = { ...SPEC, columnWidths: [90, 60, 40] };
    const { sheet: scaled, sheetXml: xml } = await roundTrip(wide);
    const percent = oneWideScalePercent(wide.columnWidths, wide.pageLayout);
    expect(percent).toBeLessThan(100);
    expect(scaled.pageSetup).toMatchObject({ fitToPage: false, scale: percent });
    expect(xml).toMatch(new RegExp(`<pageSetup [^>]*scale="${percent}"`));
    expect(xml).toContain('manualBreakCount="2"');
  });

  test('a sheet without manual breaks keeps fit to one page wide', async () => {
    const { sheet: fitted, sheetXml: xml } = await roundTrip({ ...SPEC, rowBreaks: [] });
    expect(fitted.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(xml).toMatch(/<pageSetUpPr fitToPage="1"\/>/);
    expect(xml).not.toContain('<rowBreaks');
  });

  test('writes header and footer with page x/y fields', () => {
    expect(sheet.headerFooter.oddHeader).toBe('&L客户登记册&C标题');
    expect(sheet.headerFooter.oddFooter).toBe('&C第 &P 页 / 共 &N 页&R2026年10月');
  });

  test('breaks pages above the rows the spec asks for', () => {
    // <brk id="n"> breaks after 1-based row n, so a break above 0-based row 2 is id 2.
    expect([...sheetXml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([2, 4]);
    expect(sheetXml).toContain('manualBreakCount="2"');
  });
});

describe('writeSheetSpec into a workbook', () => {
  test('replaces a sheet of the same name, so a month generated again is not duplicated', () => {
    const workbook = new ExcelJS.Workbook();
    writeSheetSpec(workbook, SPEC);
    writeSheetSpec(workbook, { ...SPEC, rows: [[{ value: '新的' }, { value: null }, { value: null }]], merges: [], rowBreaks: [] });
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['2026年10月汇总']);
    expect(workbook.getWorksheet('2026年10月汇总')!.getCell('A1').value).toBe('新的');
  });

  test('refuses a cell whose style the spec does not define', () => {
    const broken: SheetSpec = { ...SPEC, rows: [[{ value: 'x', style: 'missing' }]] };
    expect(() => writeSheetSpec(new ExcelJS.Workbook(), broken)).toThrow('unknown style "missing"');
  });

  test('writes a whole monthly summary that reads back with its breaks and print titles', async () => {
    const records = ['张敏', '李娜'].map((rep, i) => ({
      ...emptyCustomerRecord(), name: `客户${i}`, rep, department: '华南业务一部', visitDate: d('2026-10-0' + (i + 1)),
    }));
    const summary = buildMonthlySummary(records, parseYearMonth('2026-10') as YearMonth, { today: d('2026-11-01') });
    const { sheet, sheetXml } = await roundTrip(summary);
    const header = summary.pageLayout.printTitleRows!.first;
    expect(sheet.pageSetup.printTitlesRow).toBe(`${header + 1}:${header + 1}`);
    expect(sheet.getCell(header + 1, 1).value).toBe('序号');
    expect([...sheetXml.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]))).toEqual(summary.rowBreaks);
    expect(sheet.getCell(header + 4, 5).value).toEqual(new Date(Date.UTC(2026, 9, 2)));
  });
});
