import type { CellValue } from '../../core/register/cellValue';
import { TEXT_FORMAT } from '../../core/register/registerSchema';
import type { CellRange } from '../../core/summary/sheetSpec';
import type { ColumnFormats, TableDefinition } from '../spreadsheetHost';
import { a1Area, a1Columns, absolute } from './a1Blocks';
import { bgrOf } from './bgrColor';
import { blockFromValue2 } from './cellBlock';
import { writeBlock } from './blockWriting';
import { XL_NONE, XL_SRC_RANGE, XL_YES } from './etConstants';
import type { EtListObject, EtWorksheet } from './etObjectModel';
import { blockOf } from './rangePlace';
import type { EtSession } from './etSession';

/** Columns only the add-in writes (保护到期, 查重键) are greyed like a read-only field, as in the Excel adapter. */
const COMPUTED_FILL = bgrOf('#F2F2F2');

export interface LocatedTable {
  sheetName: string;
  sheet: EtWorksheet;
  table: EtListObject;
  /** Header row and body, 0-based. */
  block: CellRange;
}

/**
 * Finds tables by name. ET has no workbook-wide list of tables, so the sheets are searched once and the place
 * is remembered; later lookups check the remembered sheet first, in a constant number of calls.
 */
export class TableFinder {
  private readonly places = new Map<string, string>();

  constructor(private readonly session: EtSession) {}

  /** Table names are unique in a workbook and compare without case. */
  find(tableName: string): LocatedTable | null {
    const key = tableName.toLowerCase();
    const remembered = this.places.get(key);
    const sheet = remembered === undefined ? null : this.session.findSheet(remembered);
    const quick = sheet && remembered !== undefined ? this.onSheet(remembered, sheet, tableName) : null;
    if (quick) return quick;
    for (const { name, sheet: candidate } of this.session.sheets()) {
      const found = this.onSheet(name, candidate, tableName);
      if (found) return found;
    }
    this.places.delete(key);
    return null;
  }

  remember(tableName: string, sheetName: string): void {
    this.places.set(tableName.toLowerCase(), sheetName);
  }

  private onSheet(sheetName: string, sheet: EtWorksheet, tableName: string): LocatedTable | null {
    const wanted = tableName.toLowerCase();
    const tables = sheet.ListObjects;
    for (let i = 1, count = tables.Count; i <= count; i += 1) {
      const table = tables.Item(i);
      if (table.Name.toLowerCase() === wanted) {
        this.remember(tableName, sheetName);
        return { sheetName, sheet, table, block: blockOf(table.Range) };
      }
    }
    return null;
  }
}

const isBlank = (value: CellValue) => value === null || value === '';

/** An empty sheet's used range is A1 alone, and blank. */
function holdsValues(sheet: EtWorksheet): boolean {
  const used = sheet.UsedRange;
  const block = blockOf(used);
  const values = blockFromValue2(used.Value2, block.bottom - block.top + 1, block.right - block.left + 1);
  return values.some((row) => row.some((v) => !isBlank(v)));
}

export interface TableContents {
  sheet: string;
  firstDataRow: number;
  header: CellValue[];
  rows: CellValue[][];
}

/** Header and body in one read; trailing blank rows (a new table's empty row) are left out. */
export function readTableContents(located: LocatedTable): TableContents {
  const { block } = located;
  const height = block.bottom - block.top + 1;
  const width = block.right - block.left + 1;
  const [header, ...body] = blockFromValue2(located.table.Range.Value2, height, width);
  let rows = body.length;
  while (rows > 0 && body[rows - 1].every(isBlank)) rows -= 1;
  return { sheet: located.sheetName, firstDataRow: block.top + 1, header, rows: body.slice(0, rows) };
}

/**
 * The register's sheet and table: header row as text, each column's width and format for the whole column,
 * computed columns greyed and locked (the lock bites once a manager protects the sheet), the header frozen —
 * a constant number of calls. A sheet of that name that already holds data is a team's own: it is adopted
 * (convertToTable), never written over.
 */
export function createTable(session: EtSession, definition: TableDefinition): void {
  const existing = session.findSheet(definition.sheet);
  if (existing && holdsValues(existing)) {
    throw new Error(`Sheet "${definition.sheet}" has data but no table ${definition.tableName}; adopt it instead`);
  }
  const sheet = existing ?? session.addSheet(definition.sheet);
  const columns = definition.columns;
  const last = columns.length - 1;

  sheet.Range(a1Columns(0, last)).Locked = false;
  for (let c = 0; c <= last; c += 1) {
    const { width, numberFormat } = columns[c];
    if (c > 0 && columns[c - 1].width === width && columns[c - 1].numberFormat === numberFormat) continue;
    let right = c;
    while (right < last && columns[right + 1].width === width && columns[right + 1].numberFormat === numberFormat) right += 1;
    const whole = sheet.Range(a1Columns(c, right));
    whole.ColumnWidth = width;
    if (numberFormat) whole.NumberFormat = numberFormat;
  }
  columns.forEach((column, c) => {
    if (!column.computed) return;
    const whole = sheet.Range(a1Columns(c, c));
    whole.Interior.Color = COMPUTED_FILL;
    whole.Locked = true;
  });

  const headerAddress = a1Area({ top: 0, bottom: 0, left: 0, right: last });
  const header = sheet.Range(headerAddress);
  header.NumberFormat = TEXT_FORMAT;
  header.Value2 = [columns.map((c) => c.header)];
  header.Font.Bold = true;
  header.Interior.ColorIndex = XL_NONE;
  sheet.ListObjects.Add(XL_SRC_RANGE, absolute(headerAddress), undefined, XL_YES).Name = definition.tableName;

  if (definition.freezeHeader) freezeTopRow(session, sheet);
}

/** Freezing is a window setting, so the sheet must be the active one. */
function freezeTopRow(session: EtSession, sheet: EtWorksheet): void {
  session.activate(sheet);
  const window = session.app.ActiveWindow;
  window.FreezePanes = false;
  window.SplitColumn = 0;
  window.SplitRow = 1;
  window.FreezePanes = true;
}

/** Rows after the table's last non-blank row; the table grows to take them in. */
export function appendToTable(located: LocatedTable, rows: CellValue[][], formats?: ColumnFormats): { firstRow: number } {
  const contents = readTableContents(located);
  const firstRow = contents.firstDataRow + contents.rows.length;
  if (rows.length === 0) return { firstRow };
  writeBlock(located.sheet, firstRow, located.block.left, rows, formats);
  const bottom = firstRow + rows.length - 1;
  if (bottom > located.block.bottom) {
    located.table.Resize(located.sheet.Range(a1Area({ ...located.block, bottom })));
  }
  return { firstRow };
}

/**
 * Adopts a team's sheet: the header row and everything below it down to the last used row become the table.
 * A table already there (the team's own) is taken over: renamed and resized, never rebuilt.
 */
export function convertBlockToTable(session: EtSession, sheetName: string, headerRow: number, columnCount: number, tableName: string): void {
  const sheet = session.requireSheet(sheetName);
  const used = blockOf(sheet.UsedRange);
  const block = { top: headerRow, left: 0, bottom: Math.max(headerRow + 1, used.bottom), right: columnCount - 1 };
  const tables = sheet.ListObjects;
  for (let i = 1, count = tables.Count; i <= count; i += 1) {
    const table = tables.Item(i);
    const existing = blockOf(table.Range);
    if (existing.top <= block.bottom && block.top <= existing.bottom && existing.left <= block.right && block.left <= existing.right) {
      table.Resize(sheet.Range(a1Area(block)));
      table.Name = tableName;
      return;
    }
  }
  tables.Add(XL_SRC_RANGE, absolute(a1Area(block)), undefined, XL_YES).Name = tableName;
}
