import { excelSerialOf } from '../../core/register/dateCell';
import { TEXT_FORMAT } from '../../core/register/registerSchema';
import type { SheetSpec } from '../../core/summary/sheetSpec';
import { emptySheet, setCell, setFormat, type SandboxSheet } from './sandboxSheet';

/**
 * A whole sheet drawn from a SheetSpec (the monthly summary, the daily list), stored as Excel stores it:
 * dates as serial numbers with a date format, texts as text, each cell's style, widths, merges, frozen rows
 * and the page layout for printing.
 */
export function sheetFromSpec(spec: SheetSpec): SandboxSheet {
  const sheet = emptySheet(spec.name);
  spec.rows.forEach((cells, r) => cells.forEach((cell, c) => {
    const style = cell.style === undefined ? null : spec.styles[cell.style] ?? null;
    if (style) (sheet.styles[r] ??= [])[c] = style;
    const value = cell.value;
    if (value !== null && typeof value === 'object') {
      setCell(sheet, r, c, excelSerialOf(value.date));
      setFormat(sheet, r, c, style?.numberFormat ?? 'yyyy-mm-dd');
    } else {
      setCell(sheet, r, c, value === null ? '' : value);
      setFormat(sheet, r, c, style?.numberFormat ?? (typeof value === 'string' ? TEXT_FORMAT : null));
    }
  }));
  sheet.columnWidths = [...spec.columnWidths];
  sheet.merges = structuredClone(spec.merges);
  sheet.frozenRows = spec.frozenRows;
  sheet.pageLayout = { layout: structuredClone(spec.pageLayout), rowBreaks: [...spec.rowBreaks], columnWidths: [...spec.columnWidths] };
  return sheet;
}
