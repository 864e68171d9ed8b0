import type { CustomerRecord } from '../../core/register/customerRecord';
import { REGISTER_COLUMNS, REGISTER_TABLE_NAME } from '../../core/register/registerSchema';
import { recordToRow, rowToRecord, type DedupeKeyFn } from '../../core/register/registerRow';
import { registerPrintLayout } from '../../core/summary';
import type { SpreadsheetHost } from '../../hosts/spreadsheetHost';
import {
  applyRegisterRules, registerLayout, registerTableDefinition, type RegisterLayout, type RegisterSettings,
} from '../../services';

const FORMATS = REGISTER_COLUMNS.map((c) => c.numberFormat);

/** A register row as read from the sheet: where it is and what it holds. */
export interface SheetRow {
  row: number;
  record: CustomerRecord;
}

/**
 * The register table in the workbook, seen through the host port and the register services: opened (created
 * when missing, with its validation, highlights and print layout), read as records, and written one row or
 * one block per call. The pane writes rows in the register's own column order, so it works on registers the
 * add-in created (an adopted sheet keeps its own order and is the ribbon's and the live check's business).
 */
export class RegisterSheet {
  private current: RegisterLayout | null = null;

  constructor(private readonly host: SpreadsheetHost, private readonly dedupeKey: DedupeKeyFn) {}

  get layout(): RegisterLayout {
    if (!this.current) throw new Error('The register sheet is not open');
    return this.current;
  }

  /** Creates the table when the workbook has none (and shows it, ready to print), applies the rules, reads the rows. */
  async open(settings: RegisterSettings): Promise<SheetRow[]> {
    const { created } = await this.host.ensureTable(registerTableDefinition());
    const table = await this.host.readTable(REGISTER_TABLE_NAME);
    if (!table) throw new Error('The register table was not created');
    const found = registerLayout(table, settings.columnMapping);
    if ('error' in found) throw new Error(found.error.key);
    this.current = found.layout;
    await applyRegisterRules(this.host, found.layout, settings);
    if (created) {
      await this.host.setPageLayout(found.layout.sheet, registerPrintLayout(found.layout.headerRow));
      await this.host.activateSheet(found.layout.sheet);
    }
    return table.rows.map((cells, i) => ({
      row: table.firstDataRow + i,
      record: rowToRecord(cells, { dedupeKey: this.dedupeKey, columns: found.layout.columns }).record,
    }));
  }

  /** The roster or the policy changed: list validation and highlights follow. */
  applyRules(settings: RegisterSettings): Promise<void> {
    return applyRegisterRules(this.host, this.layout, settings);
  }

  /** Rewrites rows in place (one host call per run of adjacent rows). */
  async update(rows: readonly SheetRow[]): Promise<void> {
    const sorted = [...rows].sort((a, b) => a.row - b.row);
    let start = 0;
    while (start < sorted.length) {
      let end = start + 1;
      while (end < sorted.length && sorted[end].row === sorted[end - 1].row + 1) end++;
      const run = sorted.slice(start, end);
      await this.host.writeRange(this.layout.sheet, run[0].row, 0, run.map((r) => recordToRow(r.record)), FORMATS);
      start = end;
    }
  }

  /** Adds records below the last row, in one host call; returns where they landed. */
  async append(records: readonly CustomerRecord[]): Promise<SheetRow[]> {
    if (records.length === 0) return [];
    const { firstRow } = await this.host.appendRows(REGISTER_TABLE_NAME, records.map(recordToRow), FORMATS);
    return records.map((record, i) => ({ row: firstRow + i, record }));
  }
}
