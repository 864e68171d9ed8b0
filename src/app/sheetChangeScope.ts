import type { SheetChange } from '../hosts/spreadsheetHost';
import type { RegisterLayout } from './registerLayout';

/** Excel's last row: a change reaching it is a whole column, read through the table instead. */
const SHEET_LAST_ROW = 1_048_575;
/** Excel's last column (XFD): a change from A to it is whole rows. */
const SHEET_LAST_COLUMN = 16_383;

/**
 * What a sheet change means for the register: nothing (above its data or right of its columns), the whole
 * register to read again (rows inserted, deleted or shifted; whole rows or columns), or the data rows to read.
 */
export function changeScope(change: SheetChange, layout: RegisterLayout): 'none' | 'whole' | { top: number; bottom: number } {
  const { range } = change;
  if (range.bottom < layout.firstDataRow || range.left >= layout.columnCount) return 'none';
  const wholeRows = range.left === 0 && range.right >= SHEET_LAST_COLUMN;
  if ((change.shifted ?? wholeRows) || range.bottom >= SHEET_LAST_ROW) return 'whole';
  return { top: Math.max(range.top, layout.firstDataRow), bottom: range.bottom };
}
