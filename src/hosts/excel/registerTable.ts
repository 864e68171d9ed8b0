/// <reference types="office-js" />
import type { CellValue } from '../../core/register/cellValue';
import { isBlankCell } from '../../core/register/cellValue';
import type { ColumnFormats, TableDefinition } from '../spreadsheetHost';
import { LAST_ROW, cellAddress } from './a1Address';
import { queueBlock, readBlock } from './cellBlocks';
import { columnWidthPoints } from '../../core/summary/printScale';
import { columnLetters } from '../../core/summary/a1Address';

/** The fill of columns only the add-in writes (保护到期, 查重键): greyed, like a read-only field. */
const COMPUTED_COLUMN_FILL = '#F2F2F2';

const isBlankRow = (row: readonly CellValue[]) => row.every(isBlankCell);

/**
 * Creates the register's sheet and table when missing: text header, column formats, widths, frozen header,
 * computed columns greyed and locked (the lock takes effect once a manager protects the sheet; the add-in does
 * not, because a protected sheet stops a table from growing as reps type below it).
 */
export async function ensureTable(context: Excel.RequestContext, definition: TableDefinition): Promise<{ created: boolean }> {
  const existing = context.workbook.tables.getItemOrNullObject(definition.tableName);
  const found = context.workbook.worksheets.getItemOrNullObject(definition.sheet);
  await context.sync();
  if (!existing.isNullObject) return { created: false };
  if (!found.isNullObject) {
    const used = found.getUsedRangeOrNullObject(true);
    await context.sync();
    // A sheet with the register's name but no table is a team's own sheet: it is adopted, never overwritten.
    if (!used.isNullObject) throw new Error(`Sheet "${definition.sheet}" has data but no table ${definition.tableName}; adopt it instead`);
  }
  const sheet = found.isNullObject ? context.workbook.worksheets.add(definition.sheet) : found;
  const columns = definition.columns;
  const count = columns.length;
  const header = sheet.getRangeByIndexes(0, 0, 1, count);
  header.numberFormat = [columns.map(() => '@')];
  header.values = [columns.map((c) => c.header)];
  const table = sheet.tables.add(header, true);
  table.name = definition.tableName;
  // The table's one empty data row carries the column formats; Excel extends them to every row it adds.
  sheet.getRangeByIndexes(1, 0, 1, count).numberFormat = [columns.map((c) => c.numberFormat)];
  sheet.getRange(`A:${columnLetters(count - 1)}`).format.protection.locked = false;
  columns.forEach((column, index) => {
    sheet.getRangeByIndexes(0, index, 1, 1).format.columnWidth = columnWidthPoints(column.width);
    if (!column.computed) return;
    const whole = sheet.getRange(`${columnLetters(index)}:${columnLetters(index)}`);
    whole.format.fill.color = COMPUTED_COLUMN_FILL;
    whole.format.protection.locked = true;
    // The header keeps the table style's colours.
    sheet.getRange(cellAddress(0, index)).format.fill.clear();
  });
  if (definition.freezeHeader) sheet.freezePanes.freezeRows(1);
  return { created: true };
}

interface TableFrame {
  sheet: Excel.Worksheet;
  sheetName: string;
  /** Sheet row of the header. */
  headerRow: number;
  left: number;
  /** Data rows, the empty one of a new table included. */
  bodyRows: number;
  columns: number;
  header: CellValue[];
  /** Whether the last data row is entirely blank (a new table's placeholder row). */
  lastRowBlank: boolean;
  /** Whether the table's sheet is protected (its table cannot grow then). */
  protected: boolean;
}

/** Where a table sits (two round trips: does it exist, then its frame). */
async function tableFrame(context: Excel.RequestContext, tableName: string): Promise<TableFrame | null> {
  const table = context.workbook.tables.getItemOrNullObject(tableName);
  await context.sync();
  if (table.isNullObject) return null;
  const range = table.getRange().load('rowIndex,columnIndex,rowCount,columnCount');
  const header = table.getHeaderRowRange().load('values');
  const lastRow = table.getDataBodyRange().getLastRow().load('values');
  const sheet = table.worksheet.load('name');
  const protection = sheet.protection.load('protected');
  await context.sync();
  return {
    sheet, sheetName: sheet.name, headerRow: range.rowIndex, left: range.columnIndex,
    bodyRows: range.rowCount - 1, columns: range.columnCount, header: header.values[0] as CellValue[],
    lastRowBlank: isBlankRow(lastRow.values[0] as CellValue[]),
    protected: protection.protected,
  };
}

export async function readTable(
  context: Excel.RequestContext,
  tableName: string,
): Promise<{ sheet: string; firstDataRow: number; header: CellValue[]; rows: CellValue[][] } | null> {
  const frame = await tableFrame(context, tableName);
  if (!frame) return null;
  const rows = await readBlock(context, frame.sheet, frame.headerRow + 1, frame.left, frame.bodyRows, frame.columns);
  while (rows.length > 0 && isBlankRow(rows[rows.length - 1])) rows.pop();
  return { sheet: frame.sheetName, firstDataRow: frame.headerRow + 1, header: frame.header, rows };
}

/**
 * Adds rows at the end of a table. New table rows are inserted empty first (Excel would read text in them
 * before their '@' format is set), then formats and values follow, block by block within the payload budget.
 */
export async function appendRows(
  context: Excel.RequestContext,
  tableName: string,
  rows: CellValue[][],
  formats?: ColumnFormats,
): Promise<{ firstRow: number; sheet: string; left: number; protected: boolean }> {
  const frame = await tableFrame(context, tableName);
  if (!frame) throw new Error(`No table ${tableName}`);
  // A protected sheet's table cannot grow: nothing is written, rather than half a row.
  if (frame.protected) return { firstRow: frame.headerRow + 1 + frame.bodyRows, sheet: frame.sheetName, left: frame.left, protected: true };
  const table = context.workbook.tables.getItem(tableName);
  // A new table's only data row is empty: the first new row goes there.
  const reuseEmpty = frame.bodyRows === 1 && frame.lastRowBlank;
  const firstRow = frame.headerRow + 1 + (reuseEmpty ? 0 : frame.bodyRows);
  const width = frame.columns;
  const padded = rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''));
  await queueBlock(context, frame.sheet, firstRow, frame.left, padded, {
    formats,
    extraBytesPerRow: 3 + 3 * width,
    beforeEachBlock: (start, end) => {
      const inserted = end - Math.max(start, reuseEmpty ? 1 : 0);
      if (inserted > 0) table.rows.add(undefined, Array.from({ length: inserted }, () => Array<string>(width).fill('')));
    },
  });
  return { firstRow, sheet: frame.sheetName, left: frame.left, protected: false };
}

/**
 * Turns the block from `headerRow` down to the last used row into a table (adopting a team's sheet). Excel
 * refuses a table over another, and a team's sheet often already is one: a table that is exactly the block
 * (same header row and columns, reaching its last row) is renamed and kept; any other table on those rows is
 * converted back to cells first (values and formats stay). Range.getTables needs ExcelApi 1.9, convertToRange
 * 1.2 — both within the manifest's requirement (resize would need 1.13).
 */
export async function convertToTable(
  context: Excel.RequestContext,
  sheetName: string,
  headerRow: number,
  columnCount: number,
  tableName: string,
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const used = sheet.getUsedRangeOrNullObject(true).load('rowIndex,rowCount');
  const existing = sheet.getRangeByIndexes(headerRow, 0, LAST_ROW - headerRow + 1, columnCount).getTables(false).load('items/name');
  await context.sync();
  const lastRow = used.isNullObject ? headerRow : Math.min(LAST_ROW, used.rowIndex + used.rowCount - 1);
  const rows = Math.max(lastRow, headerRow + 1) - headerRow + 1;
  const tables = existing.items;
  if (tables.length > 0) {
    const frames = tables.map((table) => table.getRange().load('rowIndex,columnIndex,rowCount,columnCount'));
    await context.sync();
    const [frame] = frames;
    const sameBlock = frames.length === 1 && frame.rowIndex === headerRow && frame.columnIndex === 0
      && frame.columnCount === columnCount && frame.rowIndex + frame.rowCount - 1 >= lastRow;
    if (sameBlock) {
      tables[0].name = tableName;
      return;
    }
    for (const table of tables) table.convertToRange();
  }
  const table = sheet.tables.add(sheet.getRangeByIndexes(headerRow, 0, rows, columnCount), true);
  table.name = tableName;
}
