import type { CellValue } from '../../core/register/cellValue';
import { asSafeText } from '../../core/register/formulaGuard';
import { TEXT_FORMAT } from '../../core/register/registerSchema';
import type { CellRange, CellStyle, PageLayout } from '../../core/summary/sheetSpec';
import type { ColumnFormats, ColumnSpan, HexColor, ValidationRule } from '../spreadsheetHost';

/**
 * One worksheet of the sandbox workbook, as plain data: what the grid shows and what the host port reads
 * back. Values are stored as a spreadsheet stores them (dates as serial numbers with a date format), so the
 * sandbox behaves like Excel for every caller of the port.
 */
export interface SandboxSheet {
  name: string;
  /** Row-major; rows may be ragged or missing (blank). */
  values: CellValue[][];
  /** Number format per cell ('@', 'yyyy-mm-dd' …); null or missing = General. */
  formats: (string | null)[][];
  /** Look of cells: written from a SheetSpec (summary, daily list), or the user's own colours. */
  styles: (CellStyle | null)[][];
  /** Notes on cells by "row:column": the user's own (the add-in's are in `marks`). */
  notes: Record<string, string>;
  /** Format of whole columns (a table's column formats), used where a cell has none of its own. */
  columnFormats: (string | null)[];
  /** Greyed columns the add-in fills in itself (保护到期, 查重键). */
  computedColumns: number[];
  columnWidths: number[];
  merges: CellRange[];
  frozenRows: number;
  validation: ValidationRule[];
  /** The add-in's row marks by row number: a fill across `columns`, a note on one cell. */
  marks: Record<number, SandboxRowMark>;
  pageLayout: { layout: PageLayout; rowBreaks: number[]; columnWidths: number[] } | null;
  /** Set while the sheet is protected (sandboxProtection.ts). */
  protection?: { password: string };
}

export interface SandboxRowMark {
  fill: HexColor | null;
  columns: ColumnSpan;
  note: string | null;
  noteColumn: number;
}

export function emptySheet(name: string): SandboxSheet {
  return {
    name, values: [], formats: [], styles: [], notes: {}, columnFormats: [], computedColumns: [], columnWidths: [], merges: [],
    frozenRows: 0, validation: [], marks: {}, pageLayout: null,
  };
}

export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || value === '';
}

export function cellAt(sheet: SandboxSheet, row: number, column: number): CellValue {
  return sheet.values[row]?.[column] ?? null;
}

/** The cell's own number format, else its column's. */
export function formatAt(sheet: SandboxSheet, row: number, column: number): string | null {
  return sheet.formats[row]?.[column] ?? sheet.columnFormats[column] ?? null;
}

export function setCell(sheet: SandboxSheet, row: number, column: number, value: CellValue): void {
  (sheet.values[row] ??= [])[column] = value;
}

export function setFormat(sheet: SandboxSheet, row: number, column: number, format: string | null): void {
  (sheet.formats[row] ??= [])[column] = format;
}

/**
 * The add-in's write of a block at (row, column): each value with its column's number format, or as text where
 * it would otherwise read as a formula ('=…', '+…'); null clears the cell.
 */
export function writeValues(sheet: SandboxSheet, row: number, column: number, values: CellValue[][], formats?: ColumnFormats): void {
  values.forEach((line, r) => line.forEach((value, c) => {
    const format = formats?.[c] ?? null;
    if (format !== null) setFormat(sheet, row + r, column + c, format);
    else if (typeof value === 'string' && asSafeText(value).needsTextFormat) setFormat(sheet, row + r, column + c, TEXT_FORMAT);
    setCell(sheet, row + r, column + c, value === null ? '' : value);
  }));
}

/** Deletes whole rows: values, formats, styles and the add-in's row marks below move up. */
export function removeRows(sheet: SandboxSheet, row: number, count: number): void {
  for (const layer of [sheet.values, sheet.formats, sheet.styles] as unknown[][][]) layer.splice(row, count);
  const marks: SandboxSheet['marks'] = {};
  for (const [at, mark] of Object.entries(sheet.marks)) {
    const r = Number(at);
    if (r < row) marks[r] = mark;
    else if (r >= row + count) marks[r - count] = mark;
  }
  sheet.marks = marks;
}

export function noteKey(row: number, column: number): string {
  return `${row}:${column}`;
}

/** The colour a user gave a cell (or a SheetSpec style), which the add-in's row marks never paint over. */
export function ownFill(sheet: SandboxSheet, row: number, column: number): string | null {
  return sheet.styles[row]?.[column]?.fill ?? null;
}

/** Rows and columns from A1 to the last non-blank cell (0 × 0 for an empty sheet). */
export function usedSize(sheet: SandboxSheet): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  sheet.values.forEach((row, index) => {
    if (!row) return;
    for (let c = row.length - 1; c >= 0; c--) {
      if (!isBlank(row[c])) {
        rows = index + 1;
        columns = Math.max(columns, c + 1);
        break;
      }
    }
  });
  return { rows, columns };
}

/** A block of values, blanks as ''. */
export function readBlock(sheet: SandboxSheet, range: CellRange): CellValue[][] {
  const block: CellValue[][] = [];
  for (let r = range.top; r <= range.bottom; r++) {
    const row: CellValue[] = [];
    for (let c = range.left; c <= range.right; c++) {
      const value = cellAt(sheet, r, c);
      row.push(value === null ? '' : value);
    }
    block.push(row);
  }
  return block;
}

/** The cells a block of rows placed at (row, column) covers; a ragged block spans its longest row. */
export function blockAt(row: number, column: number, block: readonly unknown[][]): CellRange {
  const width = Math.max(1, ...block.map((line) => line.length));
  return { top: row, left: column, bottom: row + Math.max(1, block.length) - 1, right: column + width - 1 };
}
