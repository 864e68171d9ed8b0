/// <reference types="office-js" />
import type { CellValue } from '../../core/register/cellValue';
import { excelSerialOf } from '../../core/register/dateCell';
import { DATE_FORMAT } from '../../core/register/registerSchema';
import type { CellRange, CellStyle, SheetSpec, CellValue as SpecValue } from '../../core/summary/sheetSpec';
import { queueBlock } from './cellBlocks';
import { columnWidthPoints, printScale } from '../../core/summary/printScale';
import { queuePageLayout } from './pageLayout';

const BORDER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const;
const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

/** A summary sheet being replaced is renamed to this first, so the workbook never lacks a visible sheet. */
const REPLACED_SUFFIX = '~old';

function cellValue(value: SpecValue): CellValue {
  if (value !== null && typeof value === 'object') return excelSerialOf(value.date);
  return value ?? '';
}

/** The cells of each style as rectangles: runs along a row, then runs of identical runs down the rows. */
export function styleAreas(spec: SheetSpec): Map<string, CellRange[]> {
  const areas = new Map<string, CellRange[]>();
  const open = new Map<string, CellRange>();
  const close = (key: string) => {
    const area = open.get(key);
    if (!area) return;
    const style = key.split('|')[0];
    areas.set(style, [...(areas.get(style) ?? []), area]);
    open.delete(key);
  };
  spec.rows.forEach((cells, row) => {
    const runs: { style: string; left: number; right: number }[] = [];
    cells.forEach((cell, column) => {
      const last = runs[runs.length - 1];
      if (cell.style === undefined) return;
      if (last && last.style === cell.style && last.right === column - 1) last.right = column;
      else runs.push({ style: cell.style, left: column, right: column });
    });
    const keys = new Set(runs.map((r) => `${r.style}|${r.left}|${r.right}`));
    for (const key of [...open.keys()]) if (!keys.has(key) || open.get(key)!.bottom !== row - 1) close(key);
    for (const run of runs) {
      const key = `${run.style}|${run.left}|${run.right}`;
      const area = open.get(key);
      if (area) area.bottom = row;
      else open.set(key, { top: row, bottom: row, left: run.left, right: run.right });
    }
  });
  for (const key of [...open.keys()]) close(key);
  return areas;
}

function applyStyle(range: Excel.Range, style: CellStyle): void {
  const format = range.format;
  if (style.bold) format.font.bold = true;
  if (style.italic) format.font.italic = true;
  if (style.fontSize) format.font.size = style.fontSize;
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.fill) format.fill.color = style.fill;
  if (style.horizontal) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap) format.wrapText = true;
  if (style.border) {
    for (const edge of BORDER_EDGES) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = style.border === 'medium' ? 'Medium' : 'Thin';
    }
  }
}

/** Each cell's number format: its style's, a date's, or none (text that needs '@' gets it in queueBlock). */
function cellFormatsOf(spec: SheetSpec): (string | null)[][] {
  return spec.rows.map((cells) => cells.map((cell) => {
    const style = cell.style === undefined ? undefined : spec.styles[cell.style];
    if (style?.numberFormat) return style.numberFormat;
    return cell.value !== null && typeof cell.value === 'object' ? DATE_FORMAT : null;
  }));
}

/**
 * Writes a sheet from its description, replacing a sheet of that name (a month generated again): values with
 * their formats, styles as rectangles, merges, widths, heights, frozen rows, print set-up and page breaks.
 * Two round trips for a summary of any length (more only past the payload budget).
 */
export async function writeSheetSpec(context: Excel.RequestContext, spec: SheetSpec): Promise<void> {
  const old = context.workbook.worksheets.getItemOrNullObject(spec.name);
  await context.sync();
  if (!old.isNullObject) old.name = `${spec.name.slice(0, 31 - REPLACED_SUFFIX.length)}${REPLACED_SUFFIX}`;
  const sheet = context.workbook.worksheets.add(spec.name);
  if (!old.isNullObject) old.delete();

  const values = spec.rows.map((cells) => cells.map((cell) => cellValue(cell.value)));
  const formats = cellFormatsOf(spec);
  spec.columnWidths.forEach((width, column) => {
    sheet.getRangeByIndexes(0, column, 1, 1).format.columnWidth = columnWidthPoints(width);
  });
  // Style and date formats first; queueBlock then gives '@' to text Excel would misread, before the values.
  if (formats.some((row) => row.some((f) => f !== null))) {
    sheet.getRangeByIndexes(0, 0, formats.length, formats[0].length).numberFormat = formats;
  }
  await queueBlock(context, sheet, 0, 0, values);
  for (const [name, rects] of styleAreas(spec)) {
    const style = spec.styles[name];
    if (!style) throw new Error(`SheetSpec ${spec.name}: unknown style "${name}"`);
    for (const r of rects) applyStyle(sheet.getRangeByIndexes(r.top, r.left, r.bottom - r.top + 1, r.right - r.left + 1), style);
  }
  for (const m of spec.merges) sheet.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
  for (const { row, points } of spec.rowHeights) sheet.getRangeByIndexes(row, 0, 1, 1).format.rowHeight = points;
  if (spec.frozenRows > 0) sheet.freezePanes.freezeRows(spec.frozenRows);
  queuePageLayout(sheet, spec.pageLayout, printScale(spec.pageLayout, spec.rowBreaks, spec.columnWidths), spec.rowBreaks);
}
