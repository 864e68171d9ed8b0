import { dedupeKey } from '../../core/names';
import { rowToRecord } from '../../core/register/registerRow';
import { isBlankCell } from '../../core/register/cellValue';
import type { CustomerRecord } from '../../core/register/customerRecord';
import { REGISTER_COLUMNS } from '../../core/register/registerSchema';
import type { CalendarDate, YearMonth } from '../../core/dates/calendarDate';
import { buildMonthlySummary } from '../../core/summary';
import type { SheetSpec } from '../../core/summary';
import { formatMessage, message, type Message } from '../../i18n/message';
import type { LocatedTable } from '../locateColumns';
import { streamSheetSpecToFile } from '../xlsx/writeSheetSpec';

/** A data row with cells the summary could not read, with every reason, so the manager can fix the sheet. */
export interface RowProblem {
  /** 1-based row of the sheet. */
  sheetRow: number;
  reasons: string[];
  /** false when a date or a customer cell is unreadable: the row is left out rather than counted with a guess. */
  used: boolean;
}

export interface TableSummary {
  spec: SheetSpec;
  /** Rows with a customer name. */
  customers: number;
  used: number;
  problems: RowProblem[];
  /** No used row has any date, so no customer can fall in a month. */
  noDates: boolean;
}

const DATE_FIELDS = REGISTER_COLUMNS.filter((c) => c.kind === 'date' && !c.computed).map((c) => c.field as keyof CustomerRecord);

/**
 * The month's summary sheet (per-rep sections, the two zones, PK tables) from a register's rows. A row with a
 * cell that cannot be read (an ambiguous date such as 8/10/2026, a formula without a value) is left out and
 * reported, never counted with a guess.
 */
export function summarizeTable(table: LocatedTable, month: YearMonth, today: CalendarDate): TableSummary {
  const sheetRow = (dataRow: number) => table.headerRow + 2 + dataRow;
  const fieldOf = new Map(Object.entries(table.columns).map(([field, column]) => [column, field]));
  const unreadable = new Map<number, string[]>();
  for (const cell of table.unreadable) {
    if (!fieldOf.has(cell.column)) continue;
    const header = REGISTER_COLUMNS.find((c) => c.field === fieldOf.get(cell.column))?.header ?? '';
    const reasons = unreadable.get(cell.row) ?? [];
    reasons.push(formatMessage(message(`cli.summary.unreadable.${cell.kind}`, { header })));
    unreadable.set(cell.row, reasons);
  }

  const records: CustomerRecord[] = [];
  const problems: RowProblem[] = [];
  let customers = 0;
  table.dataRows.forEach((row, index) => {
    const cellProblems = unreadable.get(index) ?? [];
    if (isBlankCell(row[table.columns.name] ?? null) && cellProblems.length === 0) return;
    customers++;
    const { record, errors } = rowToRecord(row, { dedupeKey, columns: table.columns });
    const reasons = [...cellProblems, ...errors.map((e) => `${e.header}：${formatMessage(e.message)}`)];
    // A bad 状态 or 等级 falls back as the register does (status from the dates); a bad date cannot.
    const used = cellProblems.length === 0 && !errors.some((e) => DATE_FIELDS.includes(e.field as keyof CustomerRecord));
    if (reasons.length > 0) problems.push({ sheetRow: sheetRow(index), reasons, used });
    if (used) records.push(record);
  });
  const noDates = !records.some((record) => DATE_FIELDS.some((field) => record[field] !== null));
  const spec = buildMonthlySummary(records, month, { today });
  return { spec, customers, used: records.length, problems, noDates };
}

/** What summary tells the user on stderr: each row with a problem, the counts, and a file without dates. */
export function summaryNotices(summary: TableSummary): Message[] {
  const notices = summary.problems.map((row) => message(row.used ? 'cli.summary.rowWarning' : 'cli.summary.rowSkipped', {
    sheetRow: row.sheetRow, reasons: row.reasons.join('；'),
  }));
  const skipped = summary.customers - summary.used;
  notices.push(message('cli.summary.counted', { customers: summary.customers, used: summary.used, skipped }));
  if (summary.noDates) notices.push(message('cli.summary.noDates'));
  return notices;
}

export function writeSummaryWorkbook(spec: SheetSpec, outPath: string): Promise<void> {
  return streamSheetSpecToFile(spec, outPath, '客户登记册');
}
