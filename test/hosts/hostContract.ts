import { DATE_FORMAT, REGISTER_COLUMNS, REGISTER_HEADERS, REGISTER_SHEET_NAME, REGISTER_TABLE_NAME, STATUS_LIST } from '../../src/core/register/registerSchema';
import type { CellValue } from '../../src/core/register/cellValue';
import { excelSerialOf } from '../../src/core/register/dateCell';
import { buildMonthlySummary, excelHeaderFooter, oneWideScalePercent, registerPrintLayout, type CellRange, type RowSpan } from '../../src/core/summary';
import type { CalendarDate, YearMonth } from '../../src/core/dates/calendarDate';
import {
  ROW_MARK_FILLS, ROW_MARK_NOTE_PREFIX, type ConditionalFormatRule, type SheetChange, type SpreadsheetHost, type ValidationRule,
} from '../../src/hosts/spreadsheetHost';
import { column, REGISTER_FORMATS, registerDefinition, sampleRecords, sampleRows } from './hostFixtures';

export interface ProbedValidation {
  kind: 'list' | 'date' | 'textLength' | 'other';
  /** The list's entries (resolved, where the host keeps a long list elsewhere). */
  items: string[] | null;
  max: number | null;
  /** Excel's Stop style: the value is refused, not merely warned about. */
  stop: boolean;
  title: string;
  message: string;
}

export interface ProbedConditionalFormat {
  range: CellRange;
  fill: string | null;
  /** Added through setConditionalFormats (as opposed to the user's own rules). */
  addedByAddIn: boolean;
}

export interface ProbedPageLayout {
  paperSize: string;
  orientation: 'portrait' | 'landscape';
  /** Pages across / down under "Fit to" (null when a percentage is in force). */
  fitToPagesWide: number | null;
  fitToPagesTall: number | null;
  /** The print percentage, null under "Fit to". */
  scalePercent: number | null;
  printArea: CellRange | null;
  printTitleRows: RowSpan | null;
  /** '&L…&C…&R…' as excelHeaderFooter writes it. */
  header: string;
  footer: string;
  /** The manual breaks the printout honours: none under "Fit to", which Excel and ET let override them. */
  rowBreaks: number[];
}

/** What a user would see, read from the host's own model rather than through the port. */
export interface HostProbe {
  numberFormat(sheet: string, row: number, column: number): string;
  isFormula(sheet: string, row: number, column: number): boolean;
  /** '#RRGGBB' upper case, or null for no fill. */
  fill(sheet: string, row: number, column: number): string | null;
  note(sheet: string, row: number, column: number): string | null;
  frozenRows(sheet: string): number;
  validation(sheet: string, row: number, column: number): ProbedValidation | null;
  conditionalFormats(sheet: string): ProbedConditionalFormat[];
  pageLayout(sheet: string): ProbedPageLayout;
  merges(sheet: string): CellRange[];
  activeSheet(): string;
}

/** One host under test with a fresh, empty workbook, and the means to act as its user. */
export interface HostHarness {
  host: SpreadsheetHost;
  /** Round trips to the application so far (Excel: context.sync calls; WPS: cross-process calls). */
  roundTrips(): number;
  /** Types (one cell) or pastes (a block) at (row, column) as the user, and waits for the host's events. */
  userEdit(sheet: string, row: number, column: number, values: CellValue[][]): Promise<void>;
  userDeleteRows(sheet: string, row: number, count: number): Promise<void>;
  /** The user colours a cell or writes a note, so the add-in can show it leaves them alone. */
  userFill(sheet: string, row: number, column: number, color: string): void;
  userNote(sheet: string, row: number, column: number, text: string): void;
  probe: HostProbe;
}

const NAME = column('客户名称');
const VISIT = column('拜访日期');
const REMARKS = column('备注');
const STATUS = column('状态');
const REP = column('业务员');
const KEY = column('查重键');
const LAST = REGISTER_COLUMNS.length - 1;

/** Texts a host must keep as typed: formulas, numbers with leading zeros or signs, a date-looking string. */
const TRICKY_TEXTS = ['=HYPERLINK("http://evil.example","格林电子")', '+86 138 0000 0000', '-折扣', '@SUM(A1)', '0755-8888', '2026-10-08'];

async function roundTripsOf(harness: HostHarness, work: () => Promise<unknown>): Promise<number> {
  const before = harness.roundTrips();
  await work();
  return harness.roundTrips() - before;
}

function padded(rows: CellValue[][]): CellValue[][] {
  return rows.map((row) => REGISTER_COLUMNS.map((_, c) => row[c] ?? ''));
}

/**
 * The behaviour every SpreadsheetHost promises (Excel, WPS, the browser sandbox), run against each host's fake
 * or sandbox model. `makeHost` returns a harness over a fresh, empty workbook.
 */
export function runHostContract(name: string, makeHost: () => Promise<HostHarness> | HostHarness): void {
  describe(`SpreadsheetHost contract: ${name}`, () => {
    let harness: HostHarness;
    let host: SpreadsheetHost;

    beforeEach(async () => {
      harness = await makeHost();
      host = harness.host;
    });

    test('states its capabilities, and offers print only when it can print', () => {
      expect(['excel', 'wps', 'sandbox']).toContain(host.capabilities.host);
      expect(typeof host.print === 'function').toBe(host.capabilities.canPrint);
      expect(typeof host.onSelectionChanged === 'function').toBe(host.capabilities.seesSelection);
    });

    describe('the register table', () => {
      test('is created once, with its header, formats, frozen header and greyed computed columns', async () => {
        expect(await host.ensureTable(registerDefinition())).toEqual({ created: true });
        expect(await host.listSheets()).toContain(REGISTER_SHEET_NAME);
        const table = await host.readTable(REGISTER_TABLE_NAME);
        expect(table).toEqual({ sheet: REGISTER_SHEET_NAME, firstDataRow: 1, header: [...REGISTER_HEADERS], rows: [] });
        expect(harness.probe.frozenRows(REGISTER_SHEET_NAME)).toBe(1);
        expect(harness.probe.numberFormat(REGISTER_SHEET_NAME, 1, NAME)).toBe('@');
        expect(harness.probe.numberFormat(REGISTER_SHEET_NAME, 1, VISIT)).toBe(DATE_FORMAT);
        expect(harness.probe.fill(REGISTER_SHEET_NAME, 1, KEY)).not.toBeNull();
        expect(harness.probe.fill(REGISTER_SHEET_NAME, 1, NAME)).toBeNull();
        expect(await host.ensureTable(registerDefinition())).toEqual({ created: false });
        expect(await host.readTable('NoSuchTable')).toBeNull();
      });

      test('keeps text as text: formulas, signs, leading zeros and date-like strings are never reinterpreted', async () => {
        await host.ensureTable(registerDefinition());
        const rows = TRICKY_TEXTS.map((text, i) => {
          const row = sampleRows(1)[0];
          row[NAME] = text;
          row[REMARKS] = text;
          row[0] = i + 1;
          return row;
        });
        await host.appendRows(REGISTER_TABLE_NAME, rows, REGISTER_FORMATS);
        const read = (await host.readTable(REGISTER_TABLE_NAME))!;
        expect(read.rows.map((r) => r[NAME])).toEqual(TRICKY_TEXTS);
        expect(read.rows.map((r) => r[REMARKS])).toEqual(TRICKY_TEXTS);
        for (let r = 0; r < rows.length; r++) expect(harness.probe.isFormula(REGISTER_SHEET_NAME, 1 + r, NAME)).toBe(false);
        // writeRange guards text even where the column has no text format.
        await host.writeRange('Sheet1', 0, 0, [TRICKY_TEXTS]);
        expect(await host.readRange('Sheet1', { top: 0, left: 0, bottom: 0, right: TRICKY_TEXTS.length - 1 })).toEqual([TRICKY_TEXTS]);
      });

      test('appends and reads back 10 and 10,000 rows in the same number of round trips', async () => {
        await host.ensureTable(registerDefinition('小表', 'SmallRegister'));
        await host.ensureTable(registerDefinition('大表', 'LargeRegister'));
        const small = sampleRows(10);
        const large = sampleRows(10_000);
        const writeSmall = await roundTripsOf(harness, () => host.appendRows('SmallRegister', small, REGISTER_FORMATS));
        const writeLarge = await roundTripsOf(harness, () => host.appendRows('LargeRegister', large, REGISTER_FORMATS));
        expect(writeLarge).toBe(writeSmall);
        let readSmall: CellValue[][] = [];
        let readLarge: CellValue[][] = [];
        const readSmallTrips = await roundTripsOf(harness, async () => { readSmall = (await host.readTable('SmallRegister'))!.rows; });
        const readLargeTrips = await roundTripsOf(harness, async () => { readLarge = (await host.readTable('LargeRegister'))!.rows; });
        expect(readLargeTrips).toBe(readSmallTrips);
        expect(readSmall).toEqual(padded(small));
        expect(readLarge).toHaveLength(10_000);
        expect(readLarge[9_999]).toEqual(padded(large)[9_999]);
        expect(readLarge[4_321][VISIT]).toBe(large[4_321][VISIT]);
        // A second append goes after the rows already there.
        const { firstRow } = await host.appendRows('SmallRegister', sampleRows(2), REGISTER_FORMATS);
        expect(firstRow).toBe(11);
        expect((await host.readTable('SmallRegister'))!.rows).toHaveLength(12);
      });
    });

    describe('plain ranges', () => {
      test('writes and reads a block; cells past the used range read blank', async () => {
        const serial = excelSerialOf('2026-10-08' as CalendarDate);
        await host.writeRange('Sheet1', 4, 2, [['格林电子', serial], ['雅玛西', '']], ['@', DATE_FORMAT]);
        expect(await host.readRange('Sheet1', { top: 4, left: 2, bottom: 6, right: 4 }))
          .toEqual([['格林电子', serial, ''], ['雅玛西', '', ''], ['', '', '']]);
        expect(harness.probe.numberFormat('Sheet1', 4, 3)).toBe(DATE_FORMAT);
      });

      test('reads a sheet from A1 to the end of its used range; a missing sheet is null', async () => {
        await host.writeRange('Sheet1', 1, 1, [['a', 'b'], ['c', 'd']]);
        expect(await host.readSheet('Sheet1')).toEqual([['', '', ''], ['', 'a', 'b'], ['', 'c', 'd']]);
        expect(await host.readSheet('没有这张表')).toBeNull();
      });

      test('converts a team\'s block into a table without changing a value', async () => {
        const header = ['公司名称', '负责业务员', '最近拜访', '备注'];
        const block: CellValue[][] = [
          ['2026年客户登记表（销售一部）', '', '', ''],
          ['', '', '', ''],
          header,
          ['深圳市格林电子有限公司', '张三', excelSerialOf('2026-10-08' as CalendarDate), '=老客户'],
          ['雅玛西电子', '李四', '', ''],
        ];
        await host.writeRange('Sheet1', 0, 0, block);
        const before = await host.readSheet('Sheet1');
        await host.convertToTable('Sheet1', 2, header.length, 'AdoptedRegister');
        expect(await host.readSheet('Sheet1')).toEqual(before);
        expect(await host.readTable('AdoptedRegister')).toEqual({ sheet: 'Sheet1', firstDataRow: 3, header, rows: block.slice(3) });
      });
    });

    describe('validation, conditional formats and marks', () => {
      const roster = ['张三', '李四', '王五'];
      const rules = (reps: string[]): ValidationRule[] => [
        { kind: 'list', column: STATUS, firstRow: 1, items: [...STATUS_LIST], errorTitle: '状态无效', errorMessage: '请从列表中选择状态' },
        { kind: 'list', column: REP, firstRow: 1, items: reps, errorTitle: '业务员不在名单中', errorMessage: '请从下拉列表中选择业务员' },
        { kind: 'date', column: VISIT, firstRow: 1, errorTitle: '日期无效', errorMessage: '请输入日期，如 2026-10-08' },
        { kind: 'textLength', column: KEY, firstRow: 1, max: 0, errorTitle: '由插件填写', errorMessage: '查重键由插件计算，请勿手动填写' },
      ];

      test('puts stop alerts on whole columns below the header, replacing earlier rules', async () => {
        await host.ensureTable(registerDefinition());
        await host.setValidation(REGISTER_SHEET_NAME, rules(roster));
        const probe = harness.probe;
        expect(probe.validation(REGISTER_SHEET_NAME, 0, STATUS)).toBeNull();
        expect(probe.validation(REGISTER_SHEET_NAME, 1, STATUS)).toEqual({
          kind: 'list', items: [...STATUS_LIST], max: null, stop: true, title: '状态无效', message: '请从列表中选择状态',
        });
        expect(probe.validation(REGISTER_SHEET_NAME, 50_000, REP)?.items).toEqual(roster);
        expect(probe.validation(REGISTER_SHEET_NAME, 7, VISIT)).toMatchObject({ kind: 'date', stop: true });
        expect(probe.validation(REGISTER_SHEET_NAME, 7, KEY)).toMatchObject({ kind: 'textLength', max: 0, stop: true });
        // A roster too long to type into a rule (over 255 characters) still becomes a drop-down list.
        const large = Array.from({ length: 90 }, (_, i) => `业务员${i + 1}号`);
        await host.setValidation(REGISTER_SHEET_NAME, rules(large));
        expect(probe.validation(REGISTER_SHEET_NAME, 3, REP)?.items).toEqual(large);
        expect(await host.listSheets()).toEqual(['Sheet1', REGISTER_SHEET_NAME]);
      });

      test('replaces its own conditional formats and only those', async () => {
        await host.ensureTable(registerDefinition());
        const rule = (id: string, fill: `#${string}`): ConditionalFormatRule => ({
          id, range: { top: 1, left: NAME, bottom: 10_000, right: NAME }, formula: '=$T2<>""',
          test: (row) => row[KEY] !== '', style: { fill },
        });
        await host.setConditionalFormats(REGISTER_SHEET_NAME, [rule('a', '#FFE699'), rule('b', '#BDD7EE')]);
        const own = () => harness.probe.conditionalFormats(REGISTER_SHEET_NAME).filter((cf) => cf.addedByAddIn);
        expect(own().map((cf) => cf.fill).sort()).toEqual(['#BDD7EE', '#FFE699']);
        expect(own()[0].range).toEqual({ top: 1, left: NAME, bottom: 10_000, right: NAME });
        await host.setConditionalFormats(REGISTER_SHEET_NAME, [rule('a', '#F8CBAD')]);
        expect(own().map((cf) => cf.fill)).toEqual(['#F8CBAD']);
      });

      test('paints and clears row marks, leaving the user\'s colours and notes alone', async () => {
        await host.ensureTable(registerDefinition());
        await host.appendRows(REGISTER_TABLE_NAME, sampleRows(6), REGISTER_FORMATS);
        harness.userFill(REGISTER_SHEET_NAME, 3, 0, '#00B050');
        harness.userNote(REGISTER_SHEET_NAME, 4, NAME, '用户自己的批注');
        const span = { left: 0, right: LAST };
        await host.markRows(REGISTER_SHEET_NAME, [
          { row: 2, fill: ROW_MARK_FILLS.blocked, note: `${ROW_MARK_NOTE_PREFIX}撞单：张三保护至 2027-01-13`, noteColumn: NAME },
          { row: 3, fill: ROW_MARK_FILLS.warning, note: null, noteColumn: NAME },
          { row: 4, fill: ROW_MARK_FILLS.warning, note: `${ROW_MARK_NOTE_PREFIX}疑似重复`, noteColumn: NAME },
        ], span);
        const probe = harness.probe;
        expect([0, NAME, LAST].map((c) => probe.fill(REGISTER_SHEET_NAME, 2, c))).toEqual(Array(3).fill(ROW_MARK_FILLS.blocked));
        expect(probe.fill(REGISTER_SHEET_NAME, 3, 0)).toBe('#00B050');
        expect(probe.fill(REGISTER_SHEET_NAME, 4, LAST)).toBe(ROW_MARK_FILLS.warning);
        expect(probe.note(REGISTER_SHEET_NAME, 4, NAME)).toBe('用户自己的批注');
        if (host.capabilities.rowNotes) expect(probe.note(REGISTER_SHEET_NAME, 2, NAME)).toBe(`${ROW_MARK_NOTE_PREFIX}撞单：张三保护至 2027-01-13`);
        await host.markRows(REGISTER_SHEET_NAME, [2, 3, 4].map((row) => ({ row, fill: null, note: null, noteColumn: NAME })), span);
        expect(probe.fill(REGISTER_SHEET_NAME, 2, NAME)).toBeNull();
        expect(probe.note(REGISTER_SHEET_NAME, 2, NAME)).toBeNull();
        expect(probe.fill(REGISTER_SHEET_NAME, 3, 0)).toBe('#00B050');
        expect(probe.fill(REGISTER_SHEET_NAME, 4, NAME)).toBeNull();
        expect(probe.note(REGISTER_SHEET_NAME, 4, NAME)).toBe('用户自己的批注');
      });
    });

    describe('summary sheets and printing', () => {
      const month = '2026-08' as YearMonth;
      const today = '2026-09-01' as CalendarDate;

      test('writes a sheet description, replacing a sheet of the same name, in round trips that do not grow', async () => {
        const small = buildMonthlySummary(sampleRecords(40), month, { today });
        const large = buildMonthlySummary(sampleRecords(2_000), month, { today });
        const largeTrips = await roundTripsOf(harness, () => host.writeSheetSpec(large));
        const smallTrips = await roundTripsOf(harness, () => host.writeSheetSpec(small));
        expect(smallTrips).toBe(largeTrips);
        const written = (await host.readSheet(small.name))!;
        expect(written).toHaveLength(small.rows.length);
        expect(written[0][0]).toBe(small.rows[0][0].value);
        const dated = small.rows.flatMap((cells, r) => cells.map((cell, c) => ({ cell, r, c }))).find(({ cell }) => typeof cell.value === 'object' && cell.value !== null)!;
        expect(written[dated.r][dated.c]).toBe(excelSerialOf((dated.cell.value as { date: CalendarDate }).date));
        expect(harness.probe.merges(small.name)).toEqual(expect.arrayContaining(small.merges));
        const layout = harness.probe.pageLayout(small.name);
        // A break per rep survives only at a percentage scale (fit-to-pages would drop it), one page wide.
        expect(small.rowBreaks.length).toBeGreaterThan(0);
        expect(layout).toMatchObject({
          paperSize: 'A4', orientation: 'landscape', fitToPagesWide: null, rowBreaks: small.rowBreaks,
          scalePercent: oneWideScalePercent(small.columnWidths, small.pageLayout),
        });
        expect(layout.footer).toBe(excelHeaderFooter(small.pageLayout.footer));
        expect((await host.listSheets()).filter((s) => s === small.name)).toHaveLength(1);
      });

      test('sets the register\'s page layout: A4 landscape, fit to one page wide, title rows, header, footer', async () => {
        await host.ensureTable(registerDefinition());
        const layout = registerPrintLayout(0);
        await host.setPageLayout(REGISTER_SHEET_NAME, layout);
        expect(harness.probe.pageLayout(REGISTER_SHEET_NAME)).toEqual({
          paperSize: 'A4', orientation: 'landscape', fitToPagesWide: 1, fitToPagesTall: 0, scalePercent: null, printArea: null,
          printTitleRows: { first: 0, last: 0 }, header: excelHeaderFooter(layout.header), footer: excelHeaderFooter(layout.footer),
          rowBreaks: [],
        });
        await host.activateSheet(REGISTER_SHEET_NAME);
        expect(harness.probe.activeSheet()).toBe(REGISTER_SHEET_NAME);
      });
    });

    describe('change events', () => {
      test('reports the user\'s edits on the sheet, never its own writes, until it stops listening', async () => {
        await host.ensureTable(registerDefinition());
        const changes: SheetChange[] = [];
        const stop = await host.onSheetChanged(REGISTER_SHEET_NAME, (change) => { changes.push(change); });
        await harness.userEdit(REGISTER_SHEET_NAME, 1, NAME, [['格林电子']]);
        await harness.userEdit(REGISTER_SHEET_NAME, 2, NAME, [['雅玛西'], ['博蓝科技'], ['华信五金']]);
        expect(changes.map((c) => [c.sheet, c.range, c.shifted ?? false])).toEqual([
          [REGISTER_SHEET_NAME, { top: 1, left: NAME, bottom: 1, right: NAME }, false],
          [REGISTER_SHEET_NAME, { top: 2, left: NAME, bottom: 4, right: NAME }, false],
        ]);
        await host.writeRange(REGISTER_SHEET_NAME, 1, KEY, [['格林电子'], ['雅玛西']]);
        await host.appendRows(REGISTER_TABLE_NAME, sampleRows(3), REGISTER_FORMATS);
        await host.markRows(REGISTER_SHEET_NAME, [{ row: 1, fill: ROW_MARK_FILLS.blocked, note: `${ROW_MARK_NOTE_PREFIX}x`, noteColumn: NAME }], { left: 0, right: LAST });
        await host.setValidation(REGISTER_SHEET_NAME, [{ kind: 'list', column: STATUS, firstRow: 1, items: [...STATUS_LIST], errorTitle: 't', errorMessage: 'm' }]);
        await harness.userEdit('Sheet1', 0, 0, [['别的表']]);
        expect(changes).toHaveLength(2);
        await stop();
        await harness.userEdit(REGISTER_SHEET_NAME, 9, NAME, [['新锐化工']]);
        expect(changes).toHaveLength(2);
      });

      test('says when rows were deleted, so positions below have moved', async () => {
        await host.ensureTable(registerDefinition());
        await host.appendRows(REGISTER_TABLE_NAME, sampleRows(5), REGISTER_FORMATS);
        const changes: SheetChange[] = [];
        const stop = await host.onSheetChanged(REGISTER_SHEET_NAME, (change) => { changes.push(change); });
        await harness.userDeleteRows(REGISTER_SHEET_NAME, 2, 1);
        await stop();
        expect(changes).toHaveLength(1);
        const { range, shifted } = changes[0];
        expect(shifted ?? (range.left === 0 && range.right >= 16_383)).toBe(true);
        expect(range.top).toBe(2);
        expect((await host.readTable(REGISTER_TABLE_NAME))!.rows).toHaveLength(4);
      });
    });

    test('keeps settings in the workbook', async () => {
      expect(await host.settings.get('policy')).toBeNull();
      await host.settings.set('policy', { protection: { protectDays: 60 } });
      await host.settings.set('roster', [{ name: '张三', department: '销售一部' }]);
      expect(await host.settings.get('policy')).toEqual({ protection: { protectDays: 60 } });
      expect(await host.settings.get('roster')).toEqual([{ name: '张三', department: '销售一部' }]);
    });
  });
}
