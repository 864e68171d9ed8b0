import { rowFingerprint, showsSame } from '../core/register/rowFingerprint';
import type { CustomerRecord } from '../core/register/customerRecord';
import type { StoredCustomer } from '../store/claimStore';
import type { RegisterModel } from './registerModel';
import type { SheetRow } from './registerRows';
import { timeSlices } from './timeSlices';

/**
 * Why a row that differs from the store is listed: edited while the add-in was closed but a colleague's
 * (the current user may not submit it); changed both in the sheet and in the store; or never seen on this
 * computer, so which side is newer cannot be told.
 */
export type DifferenceReason = 'colleague' | 'both' | 'unseen';

/** A stored customer's row that shows something else than the store, listed until someone decides. */
export interface RowDifference {
  key: string;
  row: number;
  why: DifferenceReason;
}

/**
 * The rows the add-in must not write over: rows that differ from the store for a reason it cannot tell
 * (listed, for the user to keep either side), and rows edited while it was closed, until their push is done.
 */
export class HeldRows {
  private readonly listed = new Map<string, RowDifference>();
  private readonly pushing = new Set<string>();

  holds(key: string): boolean {
    return this.listed.has(key) || this.pushing.has(key);
  }

  list(difference: RowDifference): void {
    this.listed.set(difference.key, difference);
  }

  /** The listed rows, top to bottom. */
  differences(): RowDifference[] {
    return [...this.listed.values()].sort((a, b) => a.row - b.row);
  }

  /** The listed row of `key`, taken off the list (the user decided). */
  take(key: string): RowDifference | undefined {
    const difference = this.listed.get(key);
    this.listed.delete(key);
    return difference;
  }

  holdWhilePushed(key: string): void {
    this.pushing.add(key);
  }

  release(key: string): void {
    this.pushing.delete(key);
  }
}

/** What an open found, comparing each stored customer with its row once. */
export interface OpenDifferences {
  /** Customers the sheet lacks, or shows as they were before the store moved on: syncSheet writes them. */
  due: StoredCustomer[];
  /** Rows edited in the sheet while the add-in was closed, by their owner or a manager: pushed as typed rows. */
  edited: number[];
}

/**
 * Sorts the stored customers whose rows differ from the store when the register opens, by what this computer
 * last saw on each row (store/sheetMemory): never a silent rewrite over an edit made without the add-in.
 * - the row shows what was last seen there: the store moved on (a colleague, a transfer) → due, the row
 *   follows;
 * - the store still holds what was last seen, the row does not: edited in the sheet meanwhile → held, and
 *   pushed through the rules like a typed edit when the current user may edit it (the owner, a manager);
 * - otherwise (both changed, nothing remembered on this computer, a colleague's row edited): held and listed.
 */
export async function sortOutDifferences(model: RegisterModel): Promise<OpenDifferences> {
  const differing: { key: string; row: SheetRow; stored: StoredCustomer }[] = [];
  const open: OpenDifferences = { due: [], edited: [] };
  for (const stored of model.customers.storedCustomers()) {
    const key = stored.record.dedupeKey;
    const row = model.customers.placed(key);
    if (!row) open.due.push(stored);
    else if (!showsSame(row.record, stored.record)) differing.push({ key, row, stored });
  }
  if (differing.length === 0) return open;
  const remembered = await model.sheetMemory.recall(differing.map(({ key }) => key));
  const user = model.currentUser;
  for (const { key, row, stored } of differing) {
    const seen = remembered.get(key);
    const shown = rowFingerprint(row.record);
    const holds = rowFingerprint(stored.record);
    // Only a computed cell differs (a key moved), or the row is as last seen: the row follows the store.
    if (shown === holds || seen === shown) open.due.push(stored);
    else if (seen !== holds) {
      model.held.list({ key, row: row.row, why: seen === undefined ? 'unseen' : 'both' });
    } else if (user && (user.isManager || stored.record.rep === user.name)) {
      open.edited.push(row.row);
      model.held.holdWhilePushed(key);
    } else model.held.list({ key, row: row.row, why: 'colleague' });
  }
  return open;
}

/** Remembers that `rows` show these records now (written by the add-in, or found in step with the store). */
export function rememberShown(model: RegisterModel, rows: readonly SheetRow[]): Promise<void> {
  if (rows.length === 0) return Promise.resolve();
  return model.sheetMemory.remember(new Map(rows.map(({ record }) => [record.dedupeKey, rowFingerprint(record)])));
}

/**
 * After the open settled: every row in step with the store is remembered as it is, where this computer
 * remembered something else or nothing (a register first opened here, a row brought in step meanwhile).
 */
export async function rememberRowsInStep(model: RegisterModel): Promise<void> {
  if (model.stopped.aborted) return;
  const remembered = await model.sheetMemory.all();
  const due = new Map<string, string>();
  // A 100,000-row register is fingerprinted a slice at a time: the rep may be typing meanwhile.
  const slices = timeSlices(model.stopped);
  for (const stored of [...model.customers.storedCustomers()]) {
    if (slices.due()) await slices.yieldTurn();
    if (slices.stopped()) return;
    const key = stored.record.dedupeKey;
    const sheet = sheetRecordOf(model, key);
    if (!sheet || model.held.holds(key)) continue;
    const fingerprint = rowFingerprint(stored.record);
    if (rowFingerprint(sheet) === fingerprint && remembered.get(key) !== fingerprint) due.set(key, fingerprint);
  }
  await model.sheetMemory.remember(due);
}

/** What the row showing `key` holds now, as the live check read it. */
export function sheetRecordOf(model: RegisterModel, key: string): CustomerRecord | undefined {
  const row = model.customers.placed(key)?.row;
  return row === undefined ? undefined : model.session?.registerRows.entry(row)?.record;
}
