import { STATUS_LABELS, type ContactStatus, type CustomerRecord } from '../core/register/customerRecord';
import { REGISTER_COLUMNS } from '../core/register/registerSchema';
import type { RegisterModel } from './registerModel';
import { sheetRecordOf, type DifferenceReason } from './sheetDifferences';
import { syncSheet } from './sheetSync';
import { pushTypedRows } from './typedRowPush';

/** One cell of a listed row: what the sheet shows and what the register holds. */
export interface CellDifference {
  header: string;
  sheet: string;
  stored: string;
}

/** A row listed because it differs from the register for a reason the add-in cannot tell, as the pane shows it. */
export interface HeldRowView {
  key: string;
  /** 0-based sheet row. */
  row: number;
  name: string;
  owner: string;
  why: DifferenceReason;
  cells: CellDifference[];
  /** Whether the current user may keep the sheet's version (the owner, a manager): the store decides again. */
  mayKeepSheet: boolean;
}

/** The listed rows with the cells that differ, top to bottom (a row the user meanwhile edited is gone). */
export function heldRowViews(model: RegisterModel): HeldRowView[] {
  const user = model.currentUser;
  return model.held.differences().flatMap(({ key, row, why }) => {
    const stored = model.customer(key)?.record;
    const sheet = sheetRecordOf(model, key);
    if (!stored || !sheet) return [];
    const cells = REGISTER_COLUMNS.filter((column) => !column.computed && (sheet[column.field] ?? null) !== (stored[column.field] ?? null))
      .map(({ header, field }) => ({ header, sheet: text(sheet[field], field), stored: text(stored[field], field) }));
    const mayKeepSheet = !!user && (user.isManager || stored.rep === user.name);
    return [{ key, row, name: stored.name, owner: stored.rep, why, cells, mayKeepSheet }];
  });
}

/** A cell as the sheet shows it: 状态 in its words (拜访, not visit). */
function text(value: CustomerRecord[keyof CustomerRecord], field: keyof CustomerRecord): string {
  if (value === null || value === undefined) return '';
  return field === 'status' ? STATUS_LABELS[value as ContactStatus] : String(value);
}

/**
 * Rows edited in the sheet while the add-in was closed (sheetDifferences), once the first full check has
 * marked them: pushed exactly like typed rows — the rules and the store decide, the pane lists the outcome.
 */
export async function pushRowsEditedWhileClosed(model: RegisterModel, rows: readonly number[]): Promise<void> {
  const session = model.session;
  if (!session || rows.length === 0) return;
  const edits = rows.flatMap((row) => {
    const entry = session.registerRows.entry(row);
    const finding = session.finding(row);
    return entry && finding ? [{ row, record: entry.record, finding }] : [];
  });
  try {
    await pushTypedRows(model, { rows: edits, namesTyped: false }, true);
  } finally {
    for (const row of rows) {
      const key = model.customers.keyShownAt(row);
      if (key !== undefined) model.held.release(key);
    }
    model.changed();
  }
}

/** The user keeps the register's version of a listed row: the row is written from the store. */
export async function keepRegisterRow(model: RegisterModel, key: string): Promise<void> {
  const stored = model.customer(key);
  if (!model.held.take(key) || !stored) return;
  await syncSheet(model, [stored]);
}

/** The owner or a manager keeps the sheet's version of a listed row: it goes to the store as an edit. */
export async function keepSheetRow(model: RegisterModel, key: string): Promise<void> {
  const listed = model.held.take(key);
  if (!listed) return;
  model.held.holdWhilePushed(key);
  await pushRowsEditedWhileClosed(model, [listed.row]);
}
