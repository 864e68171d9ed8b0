import type { CellValue } from '../../core/register/cellValue';
import { excelSerialOf } from '../../core/register/dateCell';
import { asSafeText } from '../../core/register/formulaGuard';
import { DATE_FORMAT, TEXT_FORMAT } from '../../core/register/registerSchema';
import type { CellRange, CellStyle, SheetSpec } from '../../core/summary/sheetSpec';
import { a1Area, a1Columns, blocksWhere, unionAddresses } from './a1Blocks';
import { bgrOf } from './bgrColor';
import { formatBlocks } from './blockWriting';
import { XL_CONTINUOUS, XL_H_ALIGN, XL_MEDIUM, XL_THIN, XL_V_ALIGN } from './etConstants';
import type { EtRange, EtWorksheet } from './etObjectModel';
import type { EtSession } from './etSession';
import { printScale } from '../../core/summary/printScale';
import { applyPageLayout } from './pageLayout';

function plainValue(value: SheetSpec['rows'][number][number]['value']): CellValue {
  return value !== null && typeof value === 'object' ? excelSerialOf(value.date) : value;
}

/** Every property a style sets, on one (multi-area) range. */
function applyStyle(range: EtRange, style: CellStyle): void {
  if (style.bold || style.italic || style.fontSize || style.fontColor) {
    const font = range.Font;
    if (style.bold) font.Bold = true;
    if (style.italic) font.Italic = true;
    if (style.fontSize) font.Size = style.fontSize;
    if (style.fontColor) font.Color = bgrOf(style.fontColor);
  }
  if (style.fill) range.Interior.Color = bgrOf(style.fill);
  if (style.border) {
    const borders = range.Borders;
    borders.LineStyle = XL_CONTINUOUS;
    borders.Weight = style.border === 'medium' ? XL_MEDIUM : XL_THIN;
  }
  if (style.horizontal) range.HorizontalAlignment = XL_H_ALIGN[style.horizontal];
  if (style.vertical) range.VerticalAlignment = XL_V_ALIGN[style.vertical];
  if (style.wrap) range.WrapText = true;
  if (style.numberFormat) range.NumberFormat = style.numberFormat;
}

/** Runs of equal widths (or heights) share a call: [[first, last, size] …]. */
function runs(sizes: number[]): [number, number, number][] {
  const found: [number, number, number][] = [];
  sizes.forEach((size, i) => {
    const last = found[found.length - 1];
    if (last && last[1] === i - 1 && last[2] === size) last[1] = i;
    else found.push([i, i, size]);
  });
  return found;
}

/**
 * Writes the sheet's cells, styles, merges, sizes, frozen rows and print layout. Values go in one write; each
 * style is applied to all its cells at once (as multi-area ranges), so a summary of 10 or 10,000 rows costs
 * the same number of calls for the same set of styles and sections.
 */
function fillSheet(session: EtSession, sheet: EtWorksheet, spec: SheetSpec): void {
  const height = spec.rows.length;
  const width = Math.max(0, ...spec.rows.map((r) => r.length));
  const cellAt = (r: number, c: number) => spec.rows[r]?.[c];

  if (height > 0 && width > 0) {
    const needsText = (r: number, c: number) => {
      const value = cellAt(r, c)?.value;
      return typeof value === 'string' && asSafeText(value).needsTextFormat;
    };
    formatBlocks(sheet, blocksWhere(height, width, needsText), TEXT_FORMAT);
    sheet.Range(a1Area({ top: 0, left: 0, bottom: height - 1, right: width - 1 })).Value2 =
      Array.from({ length: height }, (_, r) => Array.from({ length: width }, (_, c) => plainValue(cellAt(r, c)?.value ?? null)));

    for (const [name, style] of Object.entries(spec.styles)) {
      const blocks = blocksWhere(height, width, (r, c) => cellAt(r, c)?.style === name);
      for (const address of unionAddresses(blocks)) applyStyle(sheet.Range(address), style);
    }
    const undatedDates = (r: number, c: number) => {
      const cell = cellAt(r, c);
      const value = cell?.value;
      const style = cell?.style === undefined ? undefined : spec.styles[cell.style];
      return value !== null && typeof value === 'object' && !style?.numberFormat;
    };
    formatBlocks(sheet, blocksWhere(height, width, undatedDates), DATE_FORMAT);
  }

  for (const merge of spec.merges) sheet.Range(a1Area(merge)).Merge();
  for (const [first, last, size] of runs(spec.columnWidths)) sheet.Range(a1Columns(first, last)).ColumnWidth = size;
  const byHeight = new Map<number, CellRange[]>();
  for (const { row, points } of spec.rowHeights) {
    byHeight.set(points, [...(byHeight.get(points) ?? []), { top: row, bottom: row, left: 0, right: 0 }]);
  }
  for (const [points, rows] of byHeight) {
    for (const address of unionAddresses(rows)) sheet.Range(address).RowHeight = points;
  }

  if (spec.frozenRows > 0) {
    session.activate(sheet);
    const window = session.app.ActiveWindow;
    window.FreezePanes = false;
    window.SplitColumn = 0;
    window.SplitRow = spec.frozenRows;
    window.FreezePanes = true;
  }
  applyPageLayout(sheet, spec.pageLayout, printScale(spec.pageLayout, spec.rowBreaks, spec.columnWidths), spec.rowBreaks);
}

/**
 * Replaces the sheet of that name (a month generated again replaces its summary) by a new one in its place;
 * a new month's sheet goes right after the sheet the user is on. Either way it costs the same calls.
 */
export function writeSpecSheet(session: EtSession, spec: SheetSpec): void {
  const old = session.findSheet(spec.name);
  const sheets = session.workbook().Sheets;
  const sheet = sheets.Add(undefined, old ?? session.activeSheet());
  old?.Delete();
  sheet.Name = spec.name;
  fillSheet(session, sheet, spec);
}
