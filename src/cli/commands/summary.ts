import ExcelJS from 'exceljs';
import { dedupeKey } from '../../core/names';
import { rowToRecord } from '../../core/register/registerRow';
import { isBlankCell } from '../../core/register/cellValue';
import type { CalendarDate, YearMonth } from '../../core/dates/calendarDate';
import { buildMonthlySummary } from '../../core/summary';
import type { SheetSpec } from '../../core/summary';
import type { LocatedTable } from '../locateColumns';
import { writeSheetSpec } from '../xlsx/writeSheetSpec';

/** The month's summary sheet (per-rep sections, the two zones, PK tables) from a register's rows. */
export function summarizeTable(table: LocatedTable, month: YearMonth, today: CalendarDate): { spec: SheetSpec; customers: number } {
  const records = table.dataRows
    .filter((row) => !isBlankCell(row[table.columns.name] ?? null))
    .map((row) => rowToRecord(row, { dedupeKey, columns: table.columns }).record);
  return { spec: buildMonthlySummary(records, month, { today }), customers: records.length };
}

export async function writeSummaryWorkbook(spec: SheetSpec, outPath: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '客户登记册';
  writeSheetSpec(workbook, spec);
  await workbook.xlsx.writeFile(outPath);
}
