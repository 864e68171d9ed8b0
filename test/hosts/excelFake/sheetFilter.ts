import type { Rect } from './a1';
import type { SheetModel } from './workbookModel';

/**
 * Rows an AutoFilter (a table's filter buttons or the sheet's) has filtered out, 0-based. They are hidden; their
 * cells keep their values and `range.values` reads them like any other row (Office.js reads hidden cells; only
 * `getVisibleView` leaves them out).
 */
const filtered = new WeakMap<SheetModel, Set<number>>();

export function filteredRowsOf(sheet: SheetModel): Set<number> {
  let rows = filtered.get(sheet);
  if (!rows) filtered.set(sheet, (rows = new Set()));
  return rows;
}

/** Range.rowHidden (ExcelApi 1.2): true when every row is hidden, false when none is, null when some are. */
export function rowHidden(sheet: SheetModel, rect: Rect): boolean | null {
  const rows = filteredRowsOf(sheet);
  let hidden = 0;
  for (const row of rows) if (row >= rect.top && row <= rect.bottom) hidden += 1;
  if (hidden === 0) return false;
  return hidden === rect.bottom - rect.top + 1 ? true : null;
}

/**
 * Where each row of an array written over `rect` lands. Excel does not write an array across filtered-out rows
 * cell for cell: the values go to the visible rows, as a paste into a filtered range does, so they land in the
 * wrong rows and the filtered-out rows keep their old values (OfficeDev/office-js#224, "Setting range data when
 * filter is applied doesn't work"; the same in Excel's COM model, xlwings#747). A block of one row, or one with
 * no filtered-out row, or only filtered-out rows, is written as given. null: the array row is dropped.
 */
export function writtenRows(sheet: SheetModel, rect: Rect): (number | null)[] {
  const height = rect.bottom - rect.top + 1;
  const straight = Array.from({ length: height }, (_, r) => rect.top + r);
  const hidden = rowHidden(sheet, rect);
  if (height === 1 || hidden !== null) return straight;
  const rows = filteredRowsOf(sheet);
  const visible = straight.filter((row) => !rows.has(row));
  return straight.map((_, r) => visible[r] ?? null);
}
