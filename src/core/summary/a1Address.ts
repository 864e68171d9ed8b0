import type { CellRange, RowSpan } from './sheetSpec';

/** 0 → 'A', 25 → 'Z', 26 → 'AA'. */
export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** A 0-based range as 'A1:J40', the form print areas take in Excel, WPS and ExcelJS. */
export function a1Range(range: CellRange): string {
  return `${columnLetters(range.left)}${range.top + 1}:${columnLetters(range.right)}${range.bottom + 1}`;
}

/** 0-based rows as '3:3', the form print titles take. */
export function a1Rows(span: RowSpan): string {
  return `${span.first + 1}:${span.last + 1}`;
}
