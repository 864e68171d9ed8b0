import ExcelJS from 'exceljs';
import type { AddWorksheetOptions, CellValue as ExcelCellValue, Style, Workbook, Worksheet } from 'exceljs';
import { a1Range, a1Rows, excelHeaderFooter, type CellRange, type CellValue, type SheetSpec } from '../../core/summary';
import { fittedRowHeights } from '../../core/summary/handoutRowHeights';
import { printScale } from '../../core/summary/printScale';
import { excelStyle } from './excelStyle';

/** Excel's text format: a cell holding a name or a note stays text when edited, confirmed or saved as CSV. */
const TEXT_FORMAT = '@';

/** ExcelJS's code for A4 paper. */
const PAPER_A4 = 9;

/**
 * A date as the UTC midnight of its day: ExcelJS converts Dates to serial numbers in UTC, so the cell holds
 * the whole day and no time zone can move it.
 */
function excelValue(value: CellValue): ExcelCellValue {
  if (value !== null && typeof value === 'object') {
    const [year, month, day] = value.date.split('-').map(Number);
    return new Date(Date.UTC(year, month - 1, day));
  }
  // A string stays a string (a shared string), even '=1+1': ExcelJS writes a formula only from {formula}.
  return value;
}

/**
 * Fit to pages, or a percentage when the sheet has a break per rep: Excel and ET ignore manual breaks while
 * fitToPage is on, so the same core printScale the add-in uses picks the scale that keeps them.
 */
function scaleSetup(spec: SheetSpec): { fitToPage: boolean; fitToWidth?: number; fitToHeight?: number; scale?: number } {
  const scale = printScale(spec.pageLayout, spec.rowBreaks, spec.columnWidths);
  return scale.kind === 'percent'
    ? { fitToPage: false, scale: scale.percent }
    : { fitToPage: true, fitToWidth: scale.wide, fitToHeight: scale.tall };
}

function sheetOptions(spec: SheetSpec): Partial<AddWorksheetOptions> {
  const layout = spec.pageLayout;
  return {
    views: spec.frozenRows > 0 ? [{ state: 'frozen', xSplit: 0, ySplit: spec.frozenRows }] : [],
    pageSetup: {
      paperSize: PAPER_A4,
      orientation: layout.orientation,
      ...scaleSetup(spec),
      margins: layout.margins,
      ...(layout.printTitleRows && { printTitlesRow: a1Rows(layout.printTitleRows) }),
      ...(layout.printArea && { printArea: a1Range(layout.printArea) }),
    },
    headerFooter: { oddHeader: excelHeaderFooter(layout.header), oddFooter: excelHeaderFooter(layout.footer) },
  };
}

/**
 * Fills a worksheet from a SheetSpec, top to bottom, committing each row when `commitRows` is set (the
 * streaming writer then sends it to the file and forgets it).
 */
function fillSheet(sheet: Worksheet, spec: SheetSpec, commitRows: boolean): void {
  spec.columnWidths.forEach((width, column) => { sheet.getColumn(column + 1).width = width; });
  const styles = new Map(Object.entries(spec.styles).map(([name, style]) => [name, excelStyle(style)]));
  const heights = new Map(fittedRowHeights(spec).map(({ row, points }) => [row, points]));
  // ExcelJS breaks *after* the row it is called on: the 1-based number of the row above equals our 0-based row.
  const breaksAfter = new Set(spec.rowBreaks.filter((row) => row > 0));
  const mergesAt = new Map<number, CellRange[]>();
  for (const m of spec.merges) mergesAt.set(m.top, [...(mergesAt.get(m.top) ?? []), m]);
  spec.rows.forEach((cells, rowIndex) => {
    // Merged when their top row is reached: a streamed row cannot change once committed, and merging all at the
    // start would make the streaming writer hold (and shift through) every row down to the last merge. A blank
    // written into a covered cell would land in the range's first cell, so blanks are left unwritten.
    for (const m of mergesAt.get(rowIndex) ?? []) sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
    const row = sheet.getRow(rowIndex + 1);
    cells.forEach((cell, columnIndex) => {
      const style = cell.style === undefined ? {} : styles.get(cell.style);
      if (!style) throw new Error(`SheetSpec ${spec.name}: cell refers to unknown style "${cell.style}"`);
      const target = row.getCell(columnIndex + 1);
      if (cell.value !== null) target.value = excelValue(cell.value);
      target.style = withDefaultFormat(style, cell.value);
    });
    const points = heights.get(rowIndex);
    if (points !== undefined) row.height = points;
    if (breaksAfter.has(rowIndex + 1)) row.addPageBreak();
    if (commitRows) row.commit();
  });
}

function withDefaultFormat(style: Partial<Style>, value: CellValue): Partial<Style> {
  if (style.numFmt) return { ...style };
  if (value !== null && typeof value === 'object') return { ...style, numFmt: 'yyyy-mm-dd' };
  return typeof value === 'string' ? { ...style, numFmt: TEXT_FORMAT } : { ...style };
}

/**
 * Writes a SheetSpec as a worksheet of an ExcelJS workbook, replacing a sheet of the same name (so a month
 * generated again replaces its old summary). The render check and tests use this.
 */
export function writeSheetSpec(workbook: Workbook, spec: SheetSpec): Worksheet {
  const existing = workbook.getWorksheet(spec.name);
  if (existing) workbook.removeWorksheet(existing.id);
  const sheet = workbook.addWorksheet(spec.name, sheetOptions(spec));
  fillSheet(sheet, spec, false);
  return sheet;
}

/**
 * Streams a SheetSpec into a new .xlsx file: each row goes to the file as it is written, so a summary of a
 * 100,000-row register does not hold a whole workbook model in memory. The CLI's `summary` writes this way.
 */
export async function streamSheetSpecToFile(spec: SheetSpec, path: string, creator: string): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: true });
  workbook.creator = creator;
  const sheet = workbook.addWorksheet(spec.name, sheetOptions(spec));
  fillSheet(sheet, spec, true);
  sheet.commit();
  await workbook.commit();
}
