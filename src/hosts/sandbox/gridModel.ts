import type { CalendarDate } from '../../core/dates/calendarDate';
import type { CellValue } from '../../core/register/cellValue';
import { dateFromExcelSerial } from '../../core/register/dateCell';
import { columnLetters } from '../../core/summary/a1Address';
import type { CellStyle } from '../../core/summary/sheetSpec';
import type { ConditionalFormatRule } from '../spreadsheetHost';
import { cellAt, formatAt, noteKey, ownFill, usedSize, type SandboxSheet } from './sandboxSheet';
import type { SandboxTable } from './sandboxTables';
import { isDateFormat } from './userEntry';

/**
 * How a sheet is laid out in the grid. Grid row r is sheet row r (rows above a table and its header row
 * included), so the grid's row labels are the Excel row numbers the pane and row notes speak of.
 */
export interface GridLayout {
  /** The first row below a table's header (0 without a table): computed columns are greyed from here. */
  firstDataRow: number;
  columns: GridColumn[];
  /** Display text, row-major, from the sheet's first row. */
  data: string[][];
}

export interface GridColumn {
  title: string;
  /** Pixels. */
  width: number;
  readOnly: boolean;
  /** A list-validated column offers its items as a dropdown from the validation's first row down. */
  list: { items: string[]; firstRow: number } | null;
}

/** Blank rows below a table for the user to type new customers into. */
export const SPARE_ROWS = 30;
const PIXELS_PER_CHAR = 8;

/** What a cell shows: dates as yyyy-mm-dd, everything else as its text. */
export function displayText(value: CellValue, format: string | null): string {
  if (value === null || value === '') return '';
  if (typeof value === 'number' && isDateFormat(format)) return dateFromExcelSerial(value).date ?? String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/**
 * A table's header names also title the grid's columns, so they stay in view while the user scrolls down,
 * as Excel shows them in place of the column letters.
 */
export function gridLayout(sheet: SandboxSheet, table: SandboxTable | undefined): GridLayout {
  const used = usedSize(sheet);
  const columnCount = Math.max(used.columns, table?.columnCount ?? 0, sheet.columnWidths.length, 8);
  const rowCount = Math.max(used.rows, table ? table.headerRow + 1 : 0) + (table ? SPARE_ROWS : 0);
  const columns = Array.from({ length: columnCount }, (_, c): GridColumn => {
    const list = sheet.validation.find((r) => r.column === c && r.kind === 'list');
    return {
      title: table ? displayText(cellAt(sheet, table.headerRow, c), null) : columnLetters(c),
      width: Math.round((sheet.columnWidths[c] ?? 10) * PIXELS_PER_CHAR + 10),
      readOnly: sheet.computedColumns.includes(c),
      list: list?.kind === 'list' ? { items: list.items, firstRow: list.firstRow } : null,
    };
  });
  const data = Array.from({ length: Math.max(rowCount, 1) }, (_, r) =>
    Array.from({ length: columnCount }, (_c, c) => displayText(cellAt(sheet, r, c), formatAt(sheet, r, c))));
  return { firstDataRow: table ? table.headerRow + 1 : 0, columns, data };
}

/** A CSS declaration for a SheetSpec style (the summary's banners, zones and PK table). */
export function cssOf(style: Pick<CellStyle, 'fill' | 'fontColor' | 'bold'> & Partial<CellStyle>): string {
  const parts: string[] = [];
  if (style.fill) parts.push(`background-color: ${style.fill}`);
  if (style.fontColor) parts.push(`color: ${style.fontColor}`);
  if (style.bold) parts.push('font-weight: bold');
  if (style.italic) parts.push('font-style: italic');
  if (style.fontSize) parts.push(`font-size: ${Math.round(style.fontSize * 1.333)}px`);
  if (style.horizontal) parts.push(`text-align: ${style.horizontal}`);
  if (style.border) parts.push(`border: ${style.border === 'medium' ? 2 : 1}px solid #8a8886`);
  if (style.wrap) parts.push('white-space: normal');
  return parts.join('; ');
}

/**
 * Every cell's look in grid coordinates (A1 names, as jspreadsheet wants them): the sheet's own styles,
 * greyed computed columns, the add-in's conditional formats (evaluated here: the sandbox has none natively)
 * and its row marks, later ones winning.
 */
export function cellStyles(
  sheet: SandboxSheet,
  layout: GridLayout,
  rules: readonly ConditionalFormatRule[],
  today: CalendarDate,
): Record<string, string> {
  const styles: Record<string, string> = {};
  const put = (row: number, column: number, css: string) => {
    if (row >= layout.data.length || column >= layout.columns.length || !css) return;
    const name = `${columnLetters(column)}${row + 1}`;
    styles[name] = styles[name] ? `${styles[name]}; ${css}` : css;
  };
  sheet.styles.forEach((row, r) => row?.forEach((style, c) => { if (style) put(r, c, cssOf(style)); }));
  for (const column of sheet.computedColumns) {
    for (let r = layout.firstDataRow; r < layout.data.length; r++) put(r, column, 'background-color: #f3f2f1; color: #605e5c');
  }
  if (rules.length > 0) {
    const { rows } = usedSize(sheet);
    const values = Array.from({ length: rows }, (_, r) => sheet.values[r] ?? []);
    const context = { today, rows: values };
    for (const rule of rules) {
      for (let r = rule.range.top; r <= Math.min(rule.range.bottom, rows - 1); r++) {
        if (!rule.test(values[r], context)) continue;
        for (let c = rule.range.left; c <= rule.range.right; c++) put(r, c, cssOf(rule.style));
      }
    }
  }
  for (const [row, mark] of Object.entries(sheet.marks)) {
    if (!mark.fill) continue;
    for (let c = mark.columns.left; c <= mark.columns.right; c++) {
      if (!ownFill(sheet, Number(row), c)) put(Number(row), c, `background-color: ${mark.fill}`);
    }
  }
  return styles;
}

/** Notes by A1 name in grid coordinates: the user's own, and the add-in's where the user has none. */
export function cellNotes(sheet: SandboxSheet, layout: GridLayout): Record<string, string> {
  const notes: Record<string, string> = {};
  const put = (row: number, column: number, note: string) => {
    if (row < layout.data.length) notes[`${columnLetters(column)}${row + 1}`] = note;
  };
  for (const [row, mark] of Object.entries(sheet.marks)) {
    if (mark.note && !sheet.notes[noteKey(Number(row), mark.noteColumn)]) put(Number(row), mark.noteColumn, mark.note);
  }
  for (const [at, note] of Object.entries(sheet.notes)) {
    const [row, column] = at.split(':').map(Number);
    put(row, column, note);
  }
  return notes;
}
