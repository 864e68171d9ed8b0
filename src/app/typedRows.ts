import type { Message } from '../i18n/message';

/**
 * What became of a row typed into the register: claimed in the store; blocked by the claim rules (a 撞单,
 * logged); refused by the store or the rules (the reason is on the row); a customer the register already
 * holds (the row's mark says which); or not complete enough to claim yet (no 业务员, a cell to fix).
 */
export type TypedRowStatus = 'claimed' | 'blocked' | 'refused' | 'registered' | 'incomplete';

export interface TypedRow {
  /** 0-based sheet row. */
  row: number;
  name: string;
  rep: string;
  status: TypedRowStatus;
  reasons: Message[];
  /** Edited in the sheet while the add-in was closed, found when the register opened (sheetDifferences). */
  whileClosed?: boolean;
}

/** The rows typed this session, one entry per row (its latest outcome), and the 撞单 attempts already logged. */
export class TypedRows {
  private readonly byRow = new Map<number, TypedRow>();
  private readonly attempts = new Set<string>();

  put(entry: TypedRow): void {
    // Re-inserted, so the row moves to the front of the pane's list.
    this.byRow.delete(entry.row);
    this.byRow.set(entry.row, entry);
  }

  forget(row: number): void {
    this.byRow.delete(row);
  }

  latestFirst(): TypedRow[] {
    return [...this.byRow.values()].reverse();
  }

  /** True the first time an attempt (row, customer, rep) is seen. */
  firstAttempt(attempt: string): boolean {
    if (this.attempts.has(attempt)) return false;
    this.attempts.add(attempt);
    return true;
  }
}
