import type { Rect } from '../rectGeometry';

/** Blocks of cells as ET numbers them: 1-based rows and columns, inclusive on both ends. */
export { columnCount, intersects, rowCount, subtract, type Rect } from '../rectGeometry';

export const MAX_ROW = 1_048_576;
export const MAX_COLUMN = 16_384;

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnName(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d+)$/;
const ROWS = /^\$?(\d+):\$?(\d+)$/;
const COLUMNS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;

function ordered(a: number, b: number): [number, number] {
  return a <= b ? [a, b] : [b, a];
}

function parseArea(text: string): Rect {
  const rows = ROWS.exec(text);
  if (rows) {
    const [top, bottom] = ordered(Number(rows[1]), Number(rows[2]));
    return { top, bottom, left: 1, right: MAX_COLUMN };
  }
  const columns = COLUMNS.exec(text);
  if (columns) {
    const [left, right] = ordered(columnNumber(columns[1]), columnNumber(columns[2]));
    return { top: 1, bottom: MAX_ROW, left, right };
  }
  const [from, to = from] = text.split(':');
  const a = CELL.exec(from);
  const b = CELL.exec(to);
  if (!a || !b || text.split(':').length > 2) throw new Error(`ET: invalid range address "${text}"`);
  const [top, bottom] = ordered(Number(a[2]), Number(b[2]));
  const [left, right] = ordered(columnNumber(a[1]), columnNumber(b[1]));
  const rect = { top, bottom, left, right };
  if (top < 1 || bottom > MAX_ROW || left < 1 || right > MAX_COLUMN) throw new Error(`ET: range "${text}" is off the sheet`);
  return rect;
}

/** 'A1', '$A$1:$T$100', '3:3', 'C:C', or several areas joined by commas. */
export function parseAddress(address: string): Rect[] {
  if (address.length > 255) throw new Error('ET: a range address is limited to 255 characters');
  return address.split(',').map((area) => parseArea(area.trim()));
}

/** What Range.Address() gives by default: absolute, '$A$1' for one cell, '$A$1:$B$2' for a block. */
export function formatArea(rect: Rect): string {
  const cell = (row: number, column: number) => `$${columnName(column)}$${row}`;
  if (rect.left === 1 && rect.right === MAX_COLUMN) return `$${rect.top}:$${rect.bottom}`;
  if (rect.top === 1 && rect.bottom === MAX_ROW) return `$${columnName(rect.left)}:$${columnName(rect.right)}`;
  const start = cell(rect.top, rect.left);
  return rect.top === rect.bottom && rect.left === rect.right ? start : `${start}:${cell(rect.bottom, rect.right)}`;
}

export function contains(rect: Rect, row: number, column: number): boolean {
  return row >= rect.top && row <= rect.bottom && column >= rect.left && column <= rect.right;
}

export function boundingBox(rects: Rect[]): Rect | null {
  if (rects.length === 0) return null;
  return rects.reduce((box, r) => ({
    top: Math.min(box.top, r.top), left: Math.min(box.left, r.left),
    bottom: Math.max(box.bottom, r.bottom), right: Math.max(box.right, r.right),
  }));
}

/**
 * Where a block ends up when rows top…top+count-1 are deleted: below them it moves up, across them it shrinks,
 * inside them it is gone (null). Blocks reaching the last row keep reaching it.
 */
export function afterRowsDeleted(rect: Rect, top: number, count: number): Rect | null {
  const last = top + count - 1;
  const up = (row: number) => (row > last ? row - count : row);
  if (rect.top >= top && rect.bottom <= last) return null;
  const newTop = rect.top >= top && rect.top <= last ? top : up(rect.top);
  const newBottom = rect.bottom === MAX_ROW ? MAX_ROW : rect.bottom >= top && rect.bottom <= last ? top - 1 : up(rect.bottom);
  return newBottom < newTop ? null : { ...rect, top: newTop, bottom: newBottom };
}
