import type { CellValue } from '../../core/register/cellValue';
import type { CellRange, PageLayout, SheetSpec } from '../../core/summary/sheetSpec';
import type {
  ColumnFormats, ColumnSpan, ConditionalFormatRule, HostCapabilities, RowMark, SheetChange, SpreadsheetHost,
  TableDefinition, ValidationRule, WorkbookSettings,
} from '../spreadsheetHost';
import { a1Area } from './a1Blocks';
import { blockFromValue2, trimBlank } from './cellBlock';
import { writeBlock } from './blockWriting';
import { applyConditionalFormats } from './conditionalFormats';
import type { EtApplication, EtWorkbook } from './etObjectModel';
import { EtSession, isUsersSheet } from './etSession';
import { hiddenSheetSettings } from './hiddenSheetSettings';
import { printScale } from '../../core/summary/printScale';
import { applyPageLayout } from './pageLayout';
import { applyRowMarks } from './rowMarks';
import { SheetEventHub } from './sheetEvents';
import { writeSpecSheet } from './sheetSpecWriter';
import { blockOf } from './rangePlace';
import { appendToTable, convertBlockToTable, createTable, readTableContents, TableFinder } from './tables';
import { applyValidation } from './validationRules';
import { OwnWrites } from '../ownWrites';
import { refusedOnProtected, type UnprotectedOutcome, type WriteOutcome } from '../spreadsheetHost';
import { isProtected, withSheetUnprotected } from './sheetProtection';

const CAPABILITIES: HostCapabilities = {
  host: 'wps', canPrint: true, seesSelection: true, conditionalFormats: true, rowNotes: true,
};

/**
 * The SpreadsheetHost port over WPS 表格's object model (the global `Application` of a WPS add-in). ET's calls
 * are synchronous and each one crosses into the WPS process, so every method reads and writes whole blocks
 * — Value2 arrays, multi-area ranges — and its number of calls does not grow with the rows.
 */
export class WpsSpreadsheetHost implements SpreadsheetHost {
  readonly capabilities = CAPABILITIES;
  readonly settings: WorkbookSettings;
  private readonly session: EtSession;
  private readonly events: SheetEventHub;
  private readonly tables: TableFinder;
  private readonly own = new OwnWrites();

  constructor(app: EtApplication) {
    this.session = new EtSession(app);
    this.events = new SheetEventHub(this.session, this.own);
    this.tables = new TableFinder(this.session);
    this.settings = hiddenSheetSettings(this.session);
  }

  /** The workbook this host serves (the one active when it was made), whichever window is in front later. */
  get workbookName(): string | null {
    return this.session.workbookName;
  }

  /**
   * Calls `handler` with the name of the workbook whose window comes in front (WPS's single task pane stays
   * open across windows), so the pane can say which workbook it serves. Returns a function that stops it.
   */
  onWorkbookActivated(handler: (workbook: string) => void): () => void {
    const events = this.session.app.ApiEvent;
    const listener = (workbook: object) => handler((workbook as EtWorkbook).Name);
    events.AddApiEventListener('WorkbookActivate', listener);
    return () => events.RemoveApiEventListener('WorkbookActivate', listener);
  }

  /** Resolves once the change and selection handlers started so far have finished. */
  settled(): Promise<void> {
    return this.events.settled();
  }

  async listSheets(): Promise<string[]> {
    return this.session.sheets().filter(isUsersSheet).map((s) => s.name);
  }

  async readSheet(name: string): Promise<CellValue[][] | null> {
    const sheet = this.session.findSheet(name);
    if (!sheet) return null;
    // The used range need not start at A1, and formatted empty cells stretch it: read from A1, trim blanks.
    const used = blockOf(sheet.UsedRange);
    const block = { top: 0, left: 0, bottom: used.bottom, right: used.right };
    return trimBlank(blockFromValue2(sheet.Range(a1Area(block)).Value2, block.bottom + 1, block.right + 1));
  }

  async readRange(name: string, range: CellRange): Promise<CellValue[][]> {
    const value = this.session.requireSheet(name).Range(a1Area(range)).Value2;
    return blockFromValue2(value, range.bottom - range.top + 1, range.right - range.left + 1);
  }

  async writeRange(name: string, row: number, column: number, values: CellValue[][], formats?: ColumnFormats): Promise<WriteOutcome> {
    const sheet = this.session.requireSheet(name);
    // WPS would refuse the locked cells part-way: nothing is written instead.
    if (sheet.ProtectContents) return refusedOnProtected(name);
    this.own.remember(name, row, column, values);
    this.session.batch(() => writeBlock(sheet, row, column, values, formats));
    return {};
  }

  async isProtected(name: string): Promise<boolean> {
    return isProtected(this.session, name);
  }

  withSheetUnprotected<T>(name: string, password: string, work: () => Promise<T>): Promise<UnprotectedOutcome<T>> {
    return withSheetUnprotected(this.session, name, password, work);
  }

  async ensureTable(table: TableDefinition): Promise<{ created: boolean }> {
    if (this.tables.find(table.tableName)) return { created: false };
    this.own.remember(table.sheet, 0, 0, [table.columns.map((c) => c.header)]);
    this.session.batch(() => createTable(this.session, table));
    this.tables.remember(table.tableName, table.sheet);
    return { created: true };
  }

  async readTable(tableName: string): Promise<{ sheet: string; firstDataRow: number; header: CellValue[]; rows: CellValue[][] } | null> {
    const located = this.tables.find(tableName);
    return located ? readTableContents(located) : null;
  }

  async appendRows(tableName: string, rows: CellValue[][], formats?: ColumnFormats): Promise<{ firstRow: number } & WriteOutcome> {
    const located = this.tables.find(tableName);
    if (!located) throw new Error(`The workbook has no table "${tableName}"`);
    // A protected sheet's table cannot grow: nothing is written, rather than half a row.
    if (located.sheet.ProtectContents) return { firstRow: located.block.bottom + 1, ...refusedOnProtected(located.sheetName) };
    const added = this.session.batch(() => appendToTable(located, rows, formats));
    this.own.remember(located.sheetName, added.firstRow, located.block.left, rows);
    return added;
  }

  async convertToTable(name: string, headerRow: number, columnCount: number, tableName: string): Promise<void> {
    this.session.batch(() => convertBlockToTable(this.session, name, headerRow, columnCount, tableName));
    this.tables.remember(tableName, name);
  }

  async setValidation(name: string, rules: ValidationRule[]): Promise<void> {
    const sheet = this.session.requireSheet(name);
    this.session.batch(() => applyValidation(this.session, sheet, rules));
  }

  async setConditionalFormats(name: string, rules: ConditionalFormatRule[]): Promise<void> {
    const sheet = this.session.requireSheet(name);
    this.session.batch(() => applyConditionalFormats(this.session, sheet, rules));
  }

  async markRows(name: string, marks: RowMark[], columns: ColumnSpan): Promise<void> {
    const sheet = this.session.requireSheet(name);
    this.session.batch(() => applyRowMarks(sheet, marks, columns));
  }

  async writeSheetSpec(spec: SheetSpec): Promise<void> {
    this.session.batch(() => writeSpecSheet(this.session, spec));
  }

  async setPageLayout(name: string, layout: PageLayout): Promise<void> {
    const sheet = this.session.requireSheet(name);
    this.session.batch(() => applyPageLayout(sheet, layout, printScale(layout, [], [])));
  }

  /** WPS can print from code (Excel add-ins cannot): the sheet goes to the default printer with its layout. */
  async print(name: string): Promise<void> {
    this.session.requireSheet(name).PrintOut();
  }

  async activateSheet(name: string): Promise<void> {
    this.session.activate(this.session.requireSheet(name));
  }

  async onSheetChanged(sheet: string, handler: (change: SheetChange) => unknown): Promise<() => Promise<void>> {
    const stop = this.events.subscribe('SheetChange', sheet, (name, range) => handler({ sheet: name, range }));
    return async () => stop();
  }

  async onSelectionChanged(sheet: string, handler: (selection: CellRange) => void): Promise<() => Promise<void>> {
    const stop = this.events.subscribe('SheetSelectionChange', sheet, (_name, range) => handler(range));
    return async () => stop();
  }
}
