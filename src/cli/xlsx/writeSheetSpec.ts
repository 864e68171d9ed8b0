import type { CellValue as ExcelCellValue, Workbook, Worksheet } from 'exceljs';
import { a1Range, a1Rows, excelHeaderFooter, type CellValue, type SheetSpec } from '../../core/summary';
import { fittedRowHeights } from '../../core/summary/handoutRowHeights';
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
 * Writes a SheetSpec as a worksheet of an ExcelJS workbook, replacing a sheet of the same name (so a month
 * generated again replaces its old summary). The CLI's `summary` command and the render check use this.
 */
export function writeSheetSpec(workbook: Workbook, spec: SheetSpec): Worksheet {
  const existing = workbook.getWorksheet(spec.name);
  if (existing) workbook.removeWorksheet(existing.id);

  const layout = spec.pageLayout;
  const sheet = workbook.addWorksheet(spec.name, {
    views: spec.frozenRows > 0 ? [{ state: 'frozen', xSplit: 0, ySplit: spec.frozenRows }] : [],
    pageSetup: {
      paperSize: PAPER_A4,
      orientation: layout.orientation,
      fitToPage: true,
      fitToWidth: layout.fitToPagesWide,
      fitToHeight: layout.fitToPagesTall,
      margins: layout.margins,
      ...(layout.printTitleRows && { printTitlesRow: a1Rows(layout.printTitleRows) }),
      ...(layout.printArea && { printArea: a1Range(layout.printArea) }),
    },
    headerFooter: { oddHeader: excelHeaderFooter(layout.header), oddFooter: excelHeaderFooter(layout.footer) },
  });

  spec.columnWidths.forEach((width, column) => { sheet.getColumn(column + 1).width = width; });

  const styles = new Map(Object.entries(spec.styles).map(([name, style]) => [name, excelStyle(style)]));
  spec.rows.forEach((cells, rowIndex) => {
    const row = sheet.getRow(rowIndex + 1);
    cells.forEach((cell, columnIndex) => {
      const target = row.getCell(columnIndex + 1);
      target.value = excelValue(cell.value);
      const style = cell.style === undefined ? {} : styles.get(cell.style);
      if (!style) throw new Error(`SheetSpec ${spec.name}: cell refers to unknown style "${cell.style}"`);
      const isDate = cell.value !== null && typeof cell.value === 'object';
      const defaultFormat = isDate ? 'yyyy-mm-dd' : typeof cell.value === 'string' ? TEXT_FORMAT : undefined;
      target.style = defaultFormat && !style.numFmt ? { ...style, numFmt: defaultFormat } : { ...style };
    });
  });
  for (const { row, points } of fittedRowHeights(spec)) sheet.getRow(row + 1).height = points;

  for (const m of spec.merges) sheet.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);

  // ExcelJS breaks *after* the row it is called on: the 1-based number of the row above equals our 0-based row.
  for (const row of spec.rowBreaks) if (row > 0) sheet.getRow(row).addPageBreak();

  return sheet;
}
