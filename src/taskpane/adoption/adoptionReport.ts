import type { Verdict } from '../../core/names';
import type { CellValue } from '../../core/register/cellValue';
import type { AdoptionResult } from '../../app/adoptSheet';
import type { Message } from '../../i18n/message';

/** One group of the adopted sheet's duplicates, with each row's name as the sheet shows it. */
export interface NamedGroup {
  kind: Verdict;
  reason: Message;
  rows: { row: number; name: string }[];
}

/** What the pane shows once a team's sheet has become the register. */
export interface AdoptionReport {
  sheet: string;
  groups: NamedGroup[];
}

/**
 * Puts the names back on the audit's rows (numbered as Excel shows them, 1-based), read from the adopted
 * table, so the rep sees "第 5 行：格林.电子" rather than bare row numbers.
 */
export function adoptionReport(
  sheet: string,
  result: AdoptionResult,
  table: { firstDataRow: number; rows: readonly CellValue[][] },
  nameColumn: number,
): AdoptionReport {
  const nameAt = (row: number) => String(table.rows[row - 1 - table.firstDataRow]?.[nameColumn] ?? '').trim();
  return {
    sheet,
    groups: result.groups.map((g) => ({ kind: g.kind, reason: g.reason, rows: g.rows.map((row) => ({ row, name: nameAt(row) })) })),
  };
}
