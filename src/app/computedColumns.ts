import { claimKeyOf, protectedUntilOf, type ActivityEntry, type ClaimPolicy } from '../core/claims';
import type { CellValue } from '../core/register/cellValue';
import { excelSerialOf } from '../core/register/dateCell';
import type { RegisterEntry, RowFinding } from '../core/register/rowFindings';
import { DATE_FORMAT, TEXT_FORMAT } from '../core/register/registerSchema';
import type { SpreadsheetHost } from '../hosts/spreadsheetHost';
import type { RegisterRows } from './registerRows';
import { timeSlices } from './timeSlices';

/** The logged history of a claim, by its key: 保护到期 in the sheet agrees with the lookup and 我的客户. */
export type HistoryOf = (claimKey: string) => readonly ActivityEntry[];

/** What the add-in computes into a row: its 查重键, and its 保护到期 — none for a 撞单 row (a colleague holds it). */
export function computedCells(
  { record }: RegisterEntry, finding: RowFinding | undefined, policy: ClaimPolicy, historyOf: HistoryOf,
): [CellValue, CellValue] {
  if (record.name.trim() === '') return ['', ''];
  const history = historyOf(claimKeyOf(record.dedupeKey, record.productLine, policy));
  const until = finding?.heldBy ? null : protectedUntilOf(record, policy, history);
  return [record.dedupeKey, until ? excelSerialOf(until) : ''];
}

/**
 * Writes 查重键 and 保护到期 of `candidates` where the sheet does not already hold the right value: one span
 * from the first to the last row due, one host call per column (rows between keep what they hold). `sliced`:
 * a whole register's rows are compared a slice at a time, giving the pane turns in between, and nothing is
 * written once `stop` is aborted (the live check stopped meanwhile).
 */
export async function writeComputedColumns(
  host: SpreadsheetHost, rows: RegisterRows, candidates: readonly number[], expectedOf: (entry: RegisterEntry) => [CellValue, CellValue],
  sliced = false, stop?: AbortSignal,
): Promise<void> {
  const due: number[] = [];
  const slices = timeSlices(stop);
  for (const row of candidates) {
    if (sliced && slices.due()) {
      await slices.yieldTurn();
      if (slices.stopped()) return;
    }
    const entry = rows.entry(row);
    if (!entry) continue;
    const [key, until] = expectedOf(entry);
    const [sheetKey, sheetUntil] = rows.computed(row) ?? ['', ''];
    if (key !== sheetKey || until !== sheetUntil) due.push(row);
  }
  due.sort((a, b) => a - b);
  if (due.length === 0) return;
  const first = due[0];
  const span = Array.from({ length: due[due.length - 1] - first + 1 }, (_, i) => first + i);
  const expected = span.map((row) => {
    const entry = rows.entry(row);
    return entry ? expectedOf(entry) : rows.computed(row) ?? (['', ''] as [CellValue, CellValue]);
  });
  const { sheet, columns } = rows.layout;
  await host.writeRange(sheet, first, columns.dedupeKey, expected.map(([key]) => [key]), [TEXT_FORMAT]);
  await host.writeRange(sheet, first, columns.protectedUntil, expected.map(([, until]) => [until]), [DATE_FORMAT]);
  span.forEach((row, i) => rows.setComputed(row, expected[i]));
}
