import { columnLetters } from '../../core/summary/a1Address';
import type { CellRange } from '../../core/summary/sheetSpec';

/** ET's last row, for rules that run "from this row down". */
export const LAST_ROW = 1_048_576;

/** A Range() refuses addresses longer than this. */
const ADDRESS_LIMIT = 255;

/** A 0-based block as ET's A1 address: 'B3' for one cell, 'B3:D9' for a block. */
export function a1Area(range: CellRange): string {
  const start = `${columnLetters(range.left)}${range.top + 1}`;
  return range.top === range.bottom && range.left === range.right
    ? start
    : `${start}:${columnLetters(range.right)}${range.bottom + 1}`;
}

/** '$A$1:$T$1', the absolute form print areas and ListObjects.Add's source take. */
export function absolute(address: string): string {
  return address.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
}

/** Whole columns, 'C:E'. */
export function a1Columns(left: number, right: number): string {
  return `${columnLetters(left)}:${columnLetters(right)}`;
}

/**
 * Blocks joined into multi-area addresses ('A1:C1,A5:C9,…'), each under ET's 255-character limit, so one call
 * formats many blocks at once.
 */
export function unionAddresses(ranges: readonly CellRange[]): string[] {
  const addresses: string[] = [];
  let current = '';
  for (const range of ranges) {
    const area = a1Area(range);
    if (current && current.length + 1 + area.length > ADDRESS_LIMIT) {
      addresses.push(current);
      current = '';
    }
    current = current ? `${current},${area}` : area;
  }
  if (current) addresses.push(current);
  return addresses;
}

/**
 * The cells of a rows × columns grid for which `selected` holds, as few blocks as a simple sweep finds: runs
 * along each row, merged with the same run on the rows below. A column of like cells is one block however
 * long, so the calls it costs do not grow with the rows.
 */
export function blocksWhere(rows: number, columns: number, selected: (row: number, column: number) => boolean): CellRange[] {
  const done: CellRange[] = [];
  let open = new Map<string, CellRange>();
  for (let row = 0; row < rows; row += 1) {
    const next = new Map<string, CellRange>();
    for (let column = 0; column < columns; column += 1) {
      if (!selected(row, column)) continue;
      const left = column;
      while (column + 1 < columns && selected(row, column + 1)) column += 1;
      const key = `${left}:${column}`;
      const above = open.get(key);
      if (above) {
        above.bottom = row;
        open.delete(key);
        next.set(key, above);
      } else {
        next.set(key, { top: row, bottom: row, left, right: column });
      }
    }
    done.push(...open.values());
    open = next;
  }
  done.push(...open.values());
  return done;
}

/** The same blocks moved by (rows, columns), for a grid that starts elsewhere on the sheet. */
export function offsetBlocks(ranges: readonly CellRange[], rows: number, columns: number): CellRange[] {
  return ranges.map((r) => ({ top: r.top + rows, bottom: r.bottom + rows, left: r.left + columns, right: r.right + columns }));
}
