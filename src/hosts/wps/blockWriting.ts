import type { CellValue } from '../../core/register/cellValue';
import { asSafeText } from '../../core/register/formulaGuard';
import { TEXT_FORMAT } from '../../core/register/registerSchema';
import type { CellRange } from '../../core/summary/sheetSpec';
import type { ColumnFormats } from '../spreadsheetHost';
import { a1Area, blocksWhere, offsetBlocks, unionAddresses } from './a1Blocks';
import type { EtWorksheet } from './etObjectModel';

/** Sets one number format on many blocks, a multi-area address per call. */
export function formatBlocks(sheet: EtWorksheet, blocks: readonly CellRange[], numberFormat: string): void {
  for (const address of unionAddresses(blocks)) sheet.Range(address).NumberFormat = numberFormat;
}

/**
 * Number formats first, then every value in one Value2 write. Columns with a format get it (adjacent
 * columns with the same format share a call); text that ET would read as a formula, number or date gets the
 * text format '@' before it lands, in as few blocks as its cells form (see formulaGuard).
 */
export function writeBlock(sheet: EtWorksheet, row: number, column: number, values: CellValue[][], formats?: ColumnFormats): void {
  if (values.length === 0) return;
  const width = Math.max(...values.map((line) => line.length));
  if (width === 0) return;
  const height = values.length;
  const formatOf = (c: number) => formats?.[c] ?? null;

  for (let c = 0; c < width; c += 1) {
    const format = formatOf(c);
    if (format === null || (c > 0 && formatOf(c - 1) === format)) continue;
    let right = c;
    while (right + 1 < width && formatOf(right + 1) === format) right += 1;
    sheet.Range(a1Area({ top: row, bottom: row + height - 1, left: column + c, right: column + right })).NumberFormat = format;
  }

  const needsText = (r: number, c: number) => {
    const value = values[r][c];
    return typeof value === 'string' && formatOf(c) !== TEXT_FORMAT && asSafeText(value).needsTextFormat;
  };
  formatBlocks(sheet, offsetBlocks(blocksWhere(height, width, needsText), row, column), TEXT_FORMAT);

  // Rows of different lengths go in one write per run of equal length, so cells a short row leaves out are
  // not blanked; a rectangular block is a single write. Across rows a filter hides, ET (like Excel) puts an
  // array's rows into the visible rows only, so such a block is written one row at a time.
  const rowByRow = height > 1 && hidesRows(sheet, { top: row, bottom: row + height - 1, left: column, right: column + width - 1 });
  let start = 0;
  while (start < height) {
    let end = start;
    while (!rowByRow && end + 1 < height && values[end + 1].length === values[start].length) end += 1;
    const lineWidth = values[start].length;
    if (lineWidth > 0) {
      sheet.Range(a1Area({ top: row + start, bottom: row + end, left: column, right: column + lineWidth - 1 })).Value2 =
        values.slice(start, end + 1).map((line) => [...line]);
    }
    start = end + 1;
  }
}

/** Whether any row of the block is hidden (a rep's filter): EntireRow.Hidden is false only when none is. */
function hidesRows(sheet: EtWorksheet, block: CellRange): boolean {
  return sheet.Range(a1Area(block)).EntireRow.Hidden !== false;
}
