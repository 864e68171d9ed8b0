import type { CellValue } from '../core/register/cellValue';
import type { CustomerRecord } from '../core/register/customerRecord';
import {
  REGISTER_COLUMNS, REGISTER_FIELD_COLUMNS, REGISTER_TABLE_NAME, type RegisterField,
} from '../core/register/registerSchema';
import { recordToRow } from '../core/register/registerRow';
import type { SpreadsheetHost } from '../hosts/spreadsheetHost';
import { applyRegisterRules, type RegisterLayout, type RegisterSettings } from '.';
import type { SheetRow } from './registerRows';

/** Runs of adjacent sheet rows, as [top, bottom] pairs: one host call each. */
export function rowRuns(rows: readonly number[]): [number, number][] {
  const sorted = [...new Set(rows)].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const row of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[1] === row - 1) last[1] = row;
    else runs.push([row, row]);
  }
  return runs;
}

/**
 * The register table in the workbook, seen through the host port (opened by openRegister, the one way every
 * caller opens it), written one row or one block per call. Rows are written in the sheet's own column order, so an adopted team sheet works too;
 * its columns that are no register field are never written over.
 */
export class RegisterSheet {
  private current: RegisterLayout | null = null;

  constructor(private readonly host: SpreadsheetHost) {}

  get layout(): RegisterLayout {
    if (!this.current) throw new Error('The register sheet is not open');
    return this.current;
  }

  /** The register's place in the workbook, once openRegister has found (or created) it. */
  use(layout: RegisterLayout): void {
    this.current = layout;
  }

  /** The roster or the policy changed: list validation and highlights follow. */
  applyRules(settings: RegisterSettings): Promise<void> {
    return applyRegisterRules(this.host, this.layout, settings);
  }

  /**
   * Rewrites rows in place: one host call per run of adjacent rows and run of adjacent register columns
   * (a register the add-in created is one block).
   */
  async update(rows: readonly SheetRow[]): Promise<void> {
    const byRow = new Map(rows.map((r) => [r.row, r.record]));
    const fieldAt = this.fieldsByColumn();
    const columns = rowRuns([...fieldAt.keys()]);
    for (const [top, bottom] of rowRuns([...byRow.keys()])) {
      const cells = Array.from({ length: bottom - top + 1 }, (_, i) => this.cells(byRow.get(top + i)!));
      for (const [left, right] of columns) {
        await this.host.writeRange(this.layout.sheet, top, left, cells.map((row) => row.slice(left, right + 1)), this.formats().slice(left, right + 1));
      }
    }
  }

  /** Adds records below the last row, in one host call; returns where they landed. */
  async append(records: readonly CustomerRecord[]): Promise<SheetRow[]> {
    if (records.length === 0) return [];
    const { firstRow } = await this.host.appendRows(REGISTER_TABLE_NAME, records.map((r) => this.cells(r)), this.formats());
    return records.map((record, i) => ({ row: firstRow + i, record }));
  }

  /** Sheet column → the register field it holds. */
  private fieldsByColumn(): Map<number, RegisterField> {
    const entries = Object.entries(this.layout.columns) as [RegisterField, number][];
    return new Map(entries.map(([field, column]) => [column, field]));
  }

  /** A record's cells in the sheet's column order (blank under the team's own extra columns). */
  cells(record: CustomerRecord): CellValue[] {
    const own = recordToRow(record);
    const cells: CellValue[] = Array.from({ length: this.layout.columnCount }, () => '');
    for (const [column, field] of this.fieldsByColumn()) cells[column] = own[REGISTER_FIELD_COLUMNS[field]];
    return cells;
  }

  private formats(): string[] {
    const formats = Array.from({ length: this.layout.columnCount }, () => '@');
    for (const [column, field] of this.fieldsByColumn()) formats[column] = REGISTER_COLUMNS[REGISTER_FIELD_COLUMNS[field]].numberFormat;
    return formats;
  }
}
