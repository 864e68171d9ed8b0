import type { CellRange, HexColor } from '../../core/summary/sheetSpec';
import { ROW_MARK_FILLS, ROW_MARK_NOTE_PREFIX, type ColumnSpan, type RowMark } from '../spreadsheetHost';
import { a1Area } from './a1Blocks';
import { bgrOf } from './bgrColor';
import { XL_NONE } from './etConstants';
import type { EtInterior, EtWorksheet } from './etObjectModel';

const OWN_FILLS = new Map<number, HexColor>(Object.values(ROW_MARK_FILLS).map((hex) => [bgrOf(hex), hex]));

/** What a row shows now: no fill, one of the add-in's marks, or a colour of the user's. */
type Current = { kind: 'none' } | { kind: 'mark'; fill: HexColor } | { kind: 'user' } | { kind: 'mixed' };

function currentOf(interior: EtInterior): Current {
  if (interior.ColorIndex === XL_NONE) return { kind: 'none' };
  const color: unknown = interior.Color;
  if (typeof color !== 'number') return { kind: 'mixed' };
  const mark = OWN_FILLS.get(color);
  return mark ? { kind: 'mark', fill: mark } : { kind: 'user' };
}

/**
 * What each marked row shows in its first column, which decides whose the row's colour is (as in the Excel
 * adapter). ET answers one colour for a whole block, so the block of all marked rows is asked first; only
 * when its rows differ is each row's cell asked on its own.
 */
function currentFills(sheet: EtWorksheet, rows: number[], column: number): Map<number, Current> {
  const top = Math.min(...rows);
  const bottom = Math.max(...rows);
  const whole = currentOf(sheet.Range(a1Area({ top, bottom, left: column, right: column })).Interior);
  const current = new Map<number, Current>();
  for (const row of rows) {
    current.set(row, whole.kind === 'mixed'
      ? currentOf(sheet.Range(a1Area({ top: row, bottom: row, left: column, right: column })).Interior)
      : whole);
  }
  return current;
}

/** The fill a row should get, or undefined to leave it as it is (a user's colour, or already right). */
function wanted(current: Current, fill: HexColor | null): HexColor | null | undefined {
  if (current.kind === 'mark') return current.fill === fill ? undefined : fill;
  if (current.kind === 'none') return fill ?? undefined;
  return undefined;
}

/** One range per run of consecutive rows getting the same paint. */
function paintRuns(sheet: EtWorksheet, paints: { row: number; fill: HexColor | null }[], columns: ColumnSpan): void {
  const sorted = [...paints].sort((a, b) => a.row - b.row);
  let start = 0;
  for (let i = 1; i <= sorted.length; i += 1) {
    if (i < sorted.length && sorted[i].row === sorted[i - 1].row + 1 && sorted[i].fill === sorted[start].fill) continue;
    const block: CellRange = { top: sorted[start].row, bottom: sorted[i - 1].row, left: columns.left, right: columns.right };
    const interior = sheet.Range(a1Area(block)).Interior;
    const { fill } = sorted[start];
    if (fill === null) interior.ColorIndex = XL_NONE;
    else interior.Color = bgrOf(fill);
    start = i;
  }
}

/** The add-in's note on a cell: its own notes are replaced or removed, a user's note is left alone. */
function setNote(sheet: EtWorksheet, row: number, column: number, note: string | null): void {
  const cell = sheet.Range(a1Area({ top: row, bottom: row, left: column, right: column }));
  const existing = cell.Comment;
  const text = note === null || note.startsWith(ROW_MARK_NOTE_PREFIX) ? note : `${ROW_MARK_NOTE_PREFIX}${note}`;
  if (existing) {
    const current = existing.Text();
    if (!current.startsWith(ROW_MARK_NOTE_PREFIX) || current === text) return;
    existing.Delete();
  }
  if (text !== null) cell.AddComment(text);
}

/**
 * Paints and clears the add-in's row marks across `columns`, never over a user's colour or note. Runs of rows
 * getting the same paint share one call; notes are one comment per row, so they cost a few calls per marked
 * row — never per cell.
 */
export function applyRowMarks(sheet: EtWorksheet, marks: RowMark[], columns: ColumnSpan): void {
  if (marks.length === 0) return;
  const current = currentFills(sheet, marks.map((m) => m.row), columns.left);
  const paints = marks.flatMap((mark) => {
    const fill = wanted(current.get(mark.row)!, mark.fill);
    return fill === undefined ? [] : [{ row: mark.row, fill }];
  });
  paintRuns(sheet, paints, columns);
  for (const mark of marks) setNote(sheet, mark.row, mark.noteColumn, mark.note);
}
