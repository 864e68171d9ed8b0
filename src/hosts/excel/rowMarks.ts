/// <reference types="office-js" />
import { ROW_MARK_FILLS, ROW_MARK_NOTE_PREFIX, type ColumnSpan, type RowMark } from '../spreadsheetHost';
import { cellAddress } from './a1Address';
import { ACTION_BYTES, RequestBudget, valueBytes } from './payloadBudget';

const MARK_FILLS: ReadonlySet<string> = new Set(Object.values(ROW_MARK_FILLS).map((c) => c.toUpperCase()));
/** Office.js reports an unfilled cell as white. */
const NO_FILL = '#FFFFFF';

interface NoteAt {
  note: Excel.Note;
  ours: boolean;
}

/**
 * Paints and clears the add-in's row marks. What is on the rows now is read first (fills of the first marked
 * column, and every note of the sheet with its cell), so a user's own colour or note is never replaced.
 * Consecutive rows that get the same paint share one range. Three round trips with notes, two without (one
 * more per 4.5 MB of notes).
 */
export async function markRows(
  context: Excel.RequestContext,
  sheetName: string,
  marks: RowMark[],
  columns: ColumnSpan,
  withNotes: boolean,
): Promise<void> {
  if (marks.length === 0) return;
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const rows = marks.map((m) => m.row);
  const top = Math.min(...rows);
  const bottom = Math.max(...rows);
  const fills = sheet.getRangeByIndexes(top, columns.left, bottom - top + 1, 1).getCellProperties({ format: { fill: { color: true } } });
  const notes = withNotes ? sheet.notes.load('items/content') : null;
  await context.sync();

  const notesAt = new Map<string, NoteAt>();
  if (notes && notes.items.length > 0) {
    const located = notes.items.map((note) => ({ note, cell: note.getLocation().load('rowIndex,columnIndex') }));
    await context.sync();
    for (const { note, cell } of located) {
      notesAt.set(`${cell.rowIndex},${cell.columnIndex}`, { note, ours: note.content.startsWith(ROW_MARK_NOTE_PREFIX) });
    }
  }

  const budget = new RequestBudget(context);
  await paintFills(sheet, marks, columns, (row) => (fills.value[row - top]?.[0]?.format?.fill?.color ?? NO_FILL).toUpperCase(), budget);
  if (withNotes) {
    for (const mark of marks) {
      const existing = notesAt.get(`${mark.row},${mark.noteColumn}`);
      if (existing && !existing.ours) continue;
      if (mark.note === null && !existing) continue;
      await budget.spend(2 * ACTION_BYTES + valueBytes(mark.note));
      if (mark.note === null) existing?.note.delete();
      else if (existing) existing.note.content = mark.note;
      else sheet.notes.add(cellAddress(mark.row, mark.noteColumn), mark.note);
    }
  }
}

/** One range per run of consecutive rows getting the same fill; rows the user coloured are left alone. */
async function paintFills(
  sheet: Excel.Worksheet, marks: RowMark[], columns: ColumnSpan, currentFill: (row: number) => string, budget: RequestBudget,
): Promise<void> {
  const paints = marks
    .map((mark) => ({ row: mark.row, fill: mark.fill ? mark.fill.toUpperCase() : null, current: currentFill(mark.row) }))
    .filter(({ fill, current }) => {
      if (MARK_FILLS.has(current)) return fill !== current;
      return current === NO_FILL && fill !== null;
    })
    .sort((a, b) => a.row - b.row);
  let start = 0;
  for (let i = 1; i <= paints.length; i++) {
    const run = paints[start];
    if (i < paints.length && paints[i].row === paints[i - 1].row + 1 && paints[i].fill === run.fill) continue;
    await budget.spend(3 * ACTION_BYTES);
    const range = sheet.getRangeByIndexes(run.row, columns.left, paints[i - 1].row - run.row + 1, columns.right - columns.left + 1);
    if (run.fill) range.format.fill.color = run.fill;
    else range.format.fill.clear();
    start = i;
  }
}
