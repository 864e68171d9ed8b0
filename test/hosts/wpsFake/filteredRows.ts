import type { Rect } from './a1Notation';

/**
 * Rows (1-based) an AutoFilter has filtered out of a sheet: hidden, values kept and read by Value2 like any
 * other row. ET copies Excel's COM model, where an array written across filtered-out rows is not written cell for
 * cell: the values go to the visible rows, as a paste into a filtered range does (xlwings#747 in Excel;
 * office-js#224 the same through Office.js). A block of one row, or with no filtered-out row, or only such rows, is
 * written as given. Returns the sheet row each array row lands on (null: dropped).
 */
export function rowsWrittenTo(filtered: ReadonlySet<number>, area: Rect): (number | null)[] {
  const straight = Array.from({ length: area.bottom - area.top + 1 }, (_, r) => area.top + r);
  const visible = straight.filter((row) => !filtered.has(row));
  if (straight.length === 1 || visible.length === 0 || visible.length === straight.length) return straight;
  return straight.map((_, r) => visible[r] ?? null);
}

/** Range.EntireRow.Hidden: true when every row is hidden, false when none is, null when some are (as in Excel). */
export function entireRowHidden(filtered: ReadonlySet<number>, area: Rect): boolean | null {
  let hidden = 0;
  for (let row = area.top; row <= area.bottom; row += 1) if (filtered.has(row)) hidden += 1;
  if (hidden === 0) return false;
  return hidden === area.bottom - area.top + 1 ? true : null;
}
