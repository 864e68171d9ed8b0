import { columnLetters } from '../../core/summary/a1Address';
import type { CellRange } from '../../core/summary/sheetSpec';

/** Excel's last row and column, 0-based. */
export const LAST_ROW = 1_048_575;
export const LAST_COLUMN = 16_383;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

const PART = /^\$?([A-Z]{1,3})?\$?(\d+)?$/i;

/** One area: A1, A1:C5, whole columns A:C, whole rows 3:5. */
function parseArea(area: string): CellRange {
  const [from, to = from] = area.split(':');
  const a = PART.exec(from);
  const b = PART.exec(to);
  if (!a || !b || (!a[1] && !a[2])) throw new Error(`Unexpected Excel address "${area}"`);
  const left = a[1] ? columnNumber(a[1]) : 0;
  const right = b[1] ? columnNumber(b[1]) : LAST_COLUMN;
  const top = a[2] ? Number(a[2]) - 1 : 0;
  const bottom = b[2] ? Number(b[2]) - 1 : LAST_ROW;
  return { top: Math.min(top, bottom), bottom: Math.max(top, bottom), left: Math.min(left, right), right: Math.max(left, right) };
}

/** An address as Excel reports it (optionally 'Sheet'!-prefixed, several areas joined by commas) → its bounding range. */
export function parseAddress(address: string): CellRange {
  const local = address.slice(address.lastIndexOf('!') + 1);
  return local.split(',').map((area) => parseArea(area.trim())).reduce((box, r) => ({
    top: Math.min(box.top, r.top), left: Math.min(box.left, r.left), bottom: Math.max(box.bottom, r.bottom), right: Math.max(box.right, r.right),
  }));
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

