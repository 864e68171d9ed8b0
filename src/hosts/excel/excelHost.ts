/// <reference types="office-js" />
import type { CellValue } from '../../core/register/cellValue';
import type { CellRange, PageLayout, SheetSpec } from '../../core/summary/sheetSpec';
import type {
  ColumnFormats, ColumnSpan, ConditionalFormatRule, HostCapabilities, RowMark, SheetChange, SpreadsheetHost,
  TableDefinition, ValidationRule, WorkbookSettings,
} from '../spreadsheetHost';
import { queueBlock, readBlock } from './cellBlocks';
import { changedHandler, listen, selectionHandler } from './changeEvents';
import { setConditionalFormats } from './conditionalFormats';
import { DocumentSettings } from './documentSettings';
import { ExcelBatches } from './excelBatches';
import { officeGlobals, type ExcelApi, type OfficeEnvironment } from './excelEnvironment';
import { printScale } from '../../core/summary/printScale';
import { queuePageLayout } from './pageLayout';
import { appendRows, convertToTable, ensureTable, readTable } from './registerTable';
import { markRows } from './rowMarks';
import { writeSheetSpec } from './sheetSpecWriter';
import { OwnWrites } from '../ownWrites';
import { refusedOnProtected, type UnprotectedOutcome, type WriteOutcome } from '../spreadsheetHost';
import { isProtected, withSheetUnprotected } from './sheetProtection';
import { LISTS_SHEET, setValidation } from './validationRules';

/** Notes on cells came with ExcelApi 1.18; older Excel shows the reasons in the task pane only. */
const NOTES_API = '1.18';

/**
 * The SpreadsheetHost for Excel (desktop, web, Mac) through Office.js — the only code that calls Excel.run.
 * Each method is one Excel.run with a fixed number of round trips (a second request only when a write exceeds
 * the 5 MB payload budget); writes switch events off so the add-in's own cells raise no change events.
 */
export class ExcelHost implements SpreadsheetHost {
  readonly capabilities: HostCapabilities;
  readonly settings: WorkbookSettings;
  private readonly batches: ExcelBatches;
  private readonly own = new OwnWrites();

  constructor(excel: ExcelApi, office: OfficeEnvironment) {
    this.batches = new ExcelBatches(excel);
    this.settings = new DocumentSettings(office.settings);
    this.capabilities = {
      host: 'excel', canPrint: false, seesSelection: true, conditionalFormats: true,
      rowNotes: office.isSetSupported('ExcelApi', NOTES_API),
    };
  }

  /** The host of the Excel the add-in runs in (after Office.onReady). */
  static fromOffice(): ExcelHost {
    const { excel, office } = officeGlobals();
    return new ExcelHost(excel, office);
  }

  listSheets(): Promise<string[]> {
    return this.batches.read(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name,items/visibility');
      await context.sync();
      return sheets.items.filter((s) => s.visibility !== 'VeryHidden' && s.name !== LISTS_SHEET).map((s) => s.name);
    });
  }

  readSheet(sheetName: string): Promise<CellValue[][] | null> {
    return this.batches.read(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
      await context.sync();
      if (sheet.isNullObject) return null;
      const used = sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount');
      await context.sync();
      if (used.isNullObject) return [];
      return readBlock(context, sheet, 0, 0, used.rowIndex + used.rowCount, used.columnIndex + used.columnCount);
    });
  }

  readRange(sheetName: string, range: CellRange): Promise<CellValue[][]> {
    return this.batches.read((context) => readBlock(
      context, context.workbook.worksheets.getItem(sheetName), range.top, range.left,
      range.bottom - range.top + 1, range.right - range.left + 1,
    ));
  }

  async writeRange(sheetName: string, row: number, column: number, values: CellValue[][], formats?: ColumnFormats): Promise<WriteOutcome> {
    return this.batches.write(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      // Excel would refuse the locked cells of a protected sheet part-way: nothing is written instead.
      const protection = sheet.protection.load('protected');
      // Rows a rep's filter hides inside the block: an array written across them lands in the wrong rows.
      const hidden = values.length > 1 && values[0].length > 0
        ? sheet.getRangeByIndexes(row, column, values.length, values[0].length).load('rowHidden') : null;
      await context.sync();
      if (protection.protected) return refusedOnProtected(sheetName);
      this.own.remember(sheetName, row, column, values);
      await queueBlock(context, sheet, row, column, values, { formats, rowByRow: hidden !== null && hidden.rowHidden !== false });
      return {};
    });
  }

  isProtected(sheetName: string): Promise<boolean> {
    return isProtected(this.batches, sheetName);
  }

  withSheetUnprotected<T>(sheetName: string, password: string, work: () => Promise<T>): Promise<UnprotectedOutcome<T>> {
    return withSheetUnprotected(this.batches, sheetName, password, work);
  }

  ensureTable(table: TableDefinition): Promise<{ created: boolean }> {
    this.own.remember(table.sheet, 0, 0, [table.columns.map((c) => c.header)]);
    return this.batches.write((context) => ensureTable(context, table));
  }

  readTable(tableName: string): Promise<{ sheet: string; firstDataRow: number; header: CellValue[]; rows: CellValue[][] } | null> {
    return this.batches.read((context) => readTable(context, tableName));
  }

  async appendRows(tableName: string, rows: CellValue[][], formats?: ColumnFormats): Promise<{ firstRow: number } & WriteOutcome> {
    const added = await this.batches.write(async (context) => {
      const result = await appendRows(context, tableName, rows, formats);
      // Remembered before the batch's last sync, which is when Excel raises the rows' change event.
      if (!result.protected) this.own.remember(result.sheet, result.firstRow, result.left, rows);
      return result;
    });
    return added.protected ? { firstRow: added.firstRow, ...refusedOnProtected(added.sheet) } : { firstRow: added.firstRow };
  }

  convertToTable(sheet: string, headerRow: number, columnCount: number, tableName: string): Promise<void> {
    return this.batches.write((context) => convertToTable(context, sheet, headerRow, columnCount, tableName));
  }

  setValidation(sheet: string, rules: ValidationRule[]): Promise<void> {
    return this.batches.write((context) => setValidation(context, sheet, rules));
  }

  setConditionalFormats(sheet: string, rules: ConditionalFormatRule[]): Promise<void> {
    return this.batches.write((context) => setConditionalFormats(context, sheet, rules));
  }

  async markRows(sheet: string, marks: RowMark[], columns: ColumnSpan): Promise<void> {
    if (marks.length === 0) return;
    await this.batches.write((context) => markRows(context, sheet, marks, columns, this.capabilities.rowNotes));
  }

  writeSheetSpec(spec: SheetSpec): Promise<void> {
    return this.batches.write((context) => writeSheetSpec(context, spec));
  }

  setPageLayout(sheet: string, layout: PageLayout): Promise<void> {
    return this.batches.write(async (context) => queuePageLayout(context.workbook.worksheets.getItem(sheet), layout, printScale(layout, [], [])));
  }

  activateSheet(sheet: string): Promise<void> {
    return this.batches.read(async (context) => {
      context.workbook.worksheets.getItem(sheet).activate();
      await context.sync();
    });
  }

  onSheetChanged(sheet: string, handler: (change: SheetChange) => unknown): Promise<() => Promise<void>> {
    return listen(this.batches, sheet, (worksheet) => worksheet.onChanged.add(changedHandler(sheet, handler, (change) => this.isOwnChange(change))));
  }

  /** Whether a change event is one of the add-in's own writes, however late it arrived (one read, only then). */
  private async isOwnChange(change: SheetChange): Promise<boolean> {
    if (!this.own.mayBeOwn(change.sheet, change.range)) return false;
    try {
      return this.own.isOwn(change.sheet, change.range, await this.readRange(change.sheet, change.range));
    } catch {
      // Cells that cannot be read back are checked as the user's: a check too many loses nothing.
      return false;
    }
  }

  onSelectionChanged(sheet: string, handler: (selection: CellRange) => void): Promise<() => Promise<void>> {
    return listen(this.batches, sheet, (worksheet) => worksheet.onSelectionChanged.add(selectionHandler(handler)));
  }
}
