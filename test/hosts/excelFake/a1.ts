/** Excel's grid: 1,048,576 rows × 16,384 columns (0-based last indexes). */
export const LAST_ROW = 1_048_575;
export const LAST_COLUMN = 16_383;

import type { Rect } from '../rectGeometry';

export { columnCount, intersects, rowCount, subtract, type Rect } from '../rectGeometry';

export function columnName(column: number): string {
  let name = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Splits "'客户登记'!A1:B2" into the sheet name (or null) and the bare address. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { sheet: null, local: address };
  const sheet = address.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
  return { sheet, local: address.slice(bang + 1) };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const COLUMN = /^\$?([A-Za-z]{1,3})$/;
const ROW = /^\$?(\d+)$/;

/** Parses A1, A1:B2, A:C (whole columns) and 3:5 (whole rows), as Office.js accepts them. */
export function parseAddress(address: string): Rect {
  const { local } = splitSheet(address.trim());
  const [first, second = first] = local.split(':');
  const cellA = CELL.exec(first);
  const cellB = CELL.exec(second);
  if (cellA && cellB) {
    const rows = [Number(cellA[2]) - 1, Number(cellB[2]) - 1];
    const columns = [columnIndex(cellA[1]), columnIndex(cellB[1])];
    return { top: Math.min(...rows), bottom: Math.max(...rows), left: Math.min(...columns), right: Math.max(...columns) };
  }
  const colA = COLUMN.exec(first);
  const colB = COLUMN.exec(second);
  if (colA && colB) {
    const columns = [columnIndex(colA[1]), columnIndex(colB[1])];
    return { top: 0, bottom: LAST_ROW, left: Math.min(...columns), right: Math.max(...columns) };
  }
  const rowA = ROW.exec(first);
  const rowB = ROW.exec(second);
  if (rowA && rowB) {
    const rows = [Number(rowA[1]) - 1, Number(rowB[1]) - 1];
    return { top: Math.min(...rows), bottom: Math.max(...rows), left: 0, right: LAST_COLUMN };
  }
  throw new Error(`InvalidArgument: cannot parse address "${address}"`);
}

export function isWholeColumns(rect: Rect): boolean {
  return rect.top === 0 && rect.bottom === LAST_ROW;
}

export function isWholeRows(rect: Rect): boolean {
  return rect.left === 0 && rect.right === LAST_COLUMN;
}

export function isUnbounded(rect: Rect): boolean {
  return isWholeColumns(rect) || isWholeRows(rect);
}

/** The address as Office.js reports it: A1:B2, A:A for whole columns, 3:3 for whole rows. */
export function formatAddress(rect: Rect): string {
  if (isWholeColumns(rect)) return `${columnName(rect.left)}:${columnName(rect.right)}`;
  if (isWholeRows(rect)) return `${rect.top + 1}:${rect.bottom + 1}`;
  const a = `${columnName(rect.left)}${rect.top + 1}`;
  return rect.top === rect.bottom && rect.left === rect.right ? a : `${a}:${columnName(rect.right)}${rect.bottom + 1}`;
}

export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return outer.left <= inner.left && inner.right <= outer.right && outer.top <= inner.top && inner.bottom <= outer.bottom;
}
