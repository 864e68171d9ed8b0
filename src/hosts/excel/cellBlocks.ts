/// <reference types="office-js" />
import type { CellValue } from '../../core/register/cellValue';
import { asSafeText } from '../../core/register/formulaGuard';
import type { ColumnFormats } from '../spreadsheetHost';
import { CELLS_PER_READ, blocksWithinBudget, valueBytes } from './payloadBudget';

/**
 * The number formats to send with a block, or null when there are none: a text that Excel would turn into a
 * formula, number or date gets '@' (formula injection, SPEC §3), otherwise the column's format if given.
 */
function blockFormats(values: readonly (readonly CellValue[])[], formats?: ColumnFormats): (string | null)[][] | null {
  let any = false;
  const matrix = values.map((row) => row.map((value, column) => {
    const format = typeof value === 'string' && asSafeText(value).needsTextFormat ? '@' : formats?.[column] ?? null;
    if (format !== null) any = true;
    return format;
  }));
  return any ? matrix : null;
}

/** What a row's number formats add to a request (a text needing '@' is counted as if every cell had a format). */
function formatBytes(width: number, formats?: ColumnFormats): number {
  return 3 + Array.from({ length: width }, (_, c) => valueBytes(formats?.[c] ?? '@')).reduce((a, b) => a + b, 0);
}

export interface BlockOptions {
  formats?: ColumnFormats;
  /** Bytes each row adds to the request besides its values and formats (appendRows' empty rows). */
  extraBytesPerRow?: number;
  /** Queues what must precede each block (appendRows inserts the table rows the block will fill). */
  beforeEachBlock?: (start: number, end: number) => void;
  /**
   * One range per row, all in the same requests: for a block with rows a filter hides, which Excel does not
   * fill cell for cell from one array (the values go to the visible rows, like a paste; office-js#224).
   */
  rowByRow?: boolean;
}

/**
 * Queues values (formats first) for a block of cells, cut into as few requests as the payload budget allows.
 * Every request but the last is sent here; the caller's batch sends the last one (with events back on).
 */
export async function queueBlock(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  row: number,
  column: number,
  values: CellValue[][],
  options: BlockOptions = {},
): Promise<void> {
  if (values.length === 0 || values[0].length === 0) return;
  const { formats, extraBytesPerRow = 0, beforeEachBlock, rowByRow = false } = options;
  // A range of its own per row adds its address and the action to the request.
  const perRange = rowByRow ? 60 : 0;
  const blocks = blocksWithinBudget(values, formatBytes(values[0].length, formats) + extraBytesPerRow + perRange);
  for (const [index, [start, end]] of blocks.entries()) {
    beforeEachBlock?.(start, end);
    const pieces: [number, number][] = rowByRow
      ? Array.from({ length: end - start }, (_, r) => [start + r, start + r + 1])
      : [[start, end]];
    for (const [from, to] of pieces) queueValues(sheet, row + from, column, values.slice(from, to), formats);
    if (index < blocks.length - 1) await context.sync();
  }
}

function queueValues(sheet: Excel.Worksheet, row: number, column: number, slice: CellValue[][], formats?: ColumnFormats): void {
  const range = sheet.getRangeByIndexes(row, column, slice.length, slice[0].length);
  const numberFormat = blockFormats(slice, formats);
  if (numberFormat) range.numberFormat = numberFormat;
  // Office.js reads null as "leave the cell alone" and '' as "clear it".
  range.values = slice.map((line) => line.map((value) => value ?? ''));
}

function isTooLarge(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'ResponsePayloadSizeLimitExceeded';
}

/** Reads a block's values, one round trip per CELLS_PER_READ cells; a response still too large is read in halves. */
export async function readBlock(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  row: number,
  column: number,
  rows: number,
  columns: number,
): Promise<CellValue[][]> {
  if (rows <= 0 || columns <= 0) return [];
  const perRead = Math.max(1, Math.floor(CELLS_PER_READ / columns));
  const values: CellValue[][] = [];
  const pending: [number, number][] = [];
  for (let start = 0; start < rows; start += perRead) pending.push([start, Math.min(rows, start + perRead)]);
  while (pending.length > 0) {
    const [start, end] = pending.shift() as [number, number];
    const range = sheet.getRangeByIndexes(row + start, column, end - start, columns).load('values');
    try {
      await context.sync();
    } catch (error) {
      if (!isTooLarge(error) || end - start === 1) throw error;
      const middle = start + Math.floor((end - start) / 2);
      pending.unshift([start, middle], [middle, end]);
      continue;
    }
    for (const line of range.values as CellValue[][]) values.push(line);
  }
  return values;
}
